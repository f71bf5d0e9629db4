package admin

import (
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// loginForm fetches the login form and returns its nonce cookie and token,
// for requests made without a cookie jar.
func (f *fixture) loginForm(t *testing.T) (*http.Cookie, string) {
	t.Helper()
	resp, err := http.Get(f.ts.URL + "/admin/login")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var nonce *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == loginCookie {
			nonce = c
		}
	}
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	m := csrfRE.FindStringSubmatch(b.String())
	if nonce == nil || m == nil {
		t.Fatal("no login form")
	}
	return nonce, m[1]
}

func (f *fixture) rawLogin(t *testing.T, nonce *http.Cookie, csrf, pass, xff string) int {
	t.Helper()
	form := url.Values{"csrf": {csrf}, "username": {"staff"}, "password": {pass}}
	req, _ := http.NewRequest(http.MethodPost, f.ts.URL+"/admin/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(nonce)
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Error(err)
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestLoginParallel: 100 guesses at once get no more tries than the limit.
func TestLoginParallel(t *testing.T) {
	f := newFixture(t, nil)
	nonce, csrf := f.loginForm(t)
	var tried atomic.Int32
	var wg sync.WaitGroup
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if f.rawLogin(t, nonce, csrf, "guess", "") == http.StatusUnauthorized {
				tried.Add(1)
			}
		}()
	}
	wg.Wait()
	if n := tried.Load(); n > loginFailures {
		t.Fatalf("%d of 100 parallel guesses were tried, want at most %d", n, loginFailures)
	}
}

// TestLoginByAddress: behind a trusted proxy each client address has its
// own limit, so one guesser does not lock every staff member out; from an
// untrusted peer X-Forwarded-For is ignored.
func TestLoginByAddress(t *testing.T) {
	t.Run("TrustedProxy", func(t *testing.T) {
		f := newFixture(t, func(o *Options) { o.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")} })
		nonce, csrf := f.loginForm(t)
		for range loginFailures {
			f.rawLogin(t, nonce, csrf, "guess", "203.0.113.1")
		}
		if got := f.rawLogin(t, nonce, csrf, testPassword, "203.0.113.1"); got != http.StatusTooManyRequests {
			t.Fatalf("guesser: %d, want 429", got)
		}
		if got := f.rawLogin(t, nonce, csrf, testPassword, "203.0.113.2"); got != http.StatusSeeOther {
			t.Fatalf("colleague behind the same proxy: %d, want 303", got)
		}
	})
	t.Run("UntrustedPeer", func(t *testing.T) {
		f := newFixture(t, nil)
		nonce, csrf := f.loginForm(t)
		for i := range loginFailures {
			f.rawLogin(t, nonce, csrf, "guess", "203.0.113."+itoa(int64(i)))
		}
		if got := f.rawLogin(t, nonce, csrf, testPassword, "203.0.113.99"); got != http.StatusTooManyRequests {
			t.Fatalf("a forged X-Forwarded-For dodged the limit: %d", got)
		}
	})
}

// TestSessionRevoked: logout and a password change end a session; an old
// cookie no longer exports anything.
func TestSessionRevoked(t *testing.T) {
	t.Run("Logout", func(t *testing.T) {
		f := newFixture(t, nil)
		c, csrf := f.loggedIn(t)
		u, _ := url.Parse(f.ts.URL + "/admin/")
		old := c.Jar.Cookies(u)
		if resp, _ := get(t, c, f.ts.URL+"/admin/export/csv"); resp.StatusCode != http.StatusOK {
			t.Fatalf("export before logout: %d", resp.StatusCode)
		}
		post(t, c, f.ts.URL+"/admin/logout", url.Values{"csrf": {csrf}})
		req, _ := http.NewRequest(http.MethodGet, f.ts.URL+"/admin/export/csv", nil)
		for _, ck := range old {
			req.AddCookie(ck)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Fatal("a logged-out cookie still exports")
		}
	})
	t.Run("PasswordChange", func(t *testing.T) {
		f := newFixture(t, nil)
		c, _ := f.loggedIn(t)
		if resp, _ := get(t, c, f.ts.URL+"/admin/export/csv"); resp.StatusCode != http.StatusOK {
			t.Fatalf("export before the change: %d", resp.StatusCode)
		}
		// The staff change admin.password and restart: a new Server over
		// the same store.
		srv := New(f.db, Options{Username: "staff", Password: "new-password", Secret: []byte("0123456789abcdef0123456789abcdef"),
			Now: f.clock.Now, Logger: testLogger(t)})
		f.ts.Config.Handler = srv
		resp, _ := get(t, c, f.ts.URL+"/admin/export/csv")
		if resp.StatusCode == http.StatusOK {
			t.Fatal("a session from before the password change still exports")
		}
	})
}
