package admin

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"contestbot"

	"golang.org/x/crypto/bcrypt"
)

// Cookie names.
const (
	sessionCookie = "cb_admin"
	loginCookie   = "cb_login" // pre-session nonce that the login form's CSRF token is bound to
)

// Login rate limit: this many failures per IP within the window lock the IP
// out until the oldest failure leaves the window.
const (
	loginFailures = 5
	loginWindow   = 5 * time.Minute
)

var b64 = base64.RawURLEncoding

// mac is HMAC-SHA256 under the server secret, with a purpose prefix so a
// token minted for one use (a file link) never passes as another (a session).
func (s *Server) mac(purpose string, parts ...[]byte) []byte {
	h := hmac.New(sha256.New, s.opts.Secret)
	h.Write([]byte(purpose))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write(p)
	}
	return h.Sum(nil)
}

// session is a signed cookie value: expiry (8 bytes) and a random id (16
// bytes). The MAC also covers the password, so changing it logs everyone out.
type session struct {
	id      []byte
	expires time.Time
}

func (s *Server) newSessionValue() (string, session) {
	sess := session{id: make([]byte, 16), expires: s.opts.Now().Add(SessionTTL)}
	rand.Read(sess.id)
	payload := make([]byte, 8, 24)
	binary.BigEndian.PutUint64(payload, uint64(sess.expires.Unix()))
	payload = append(payload, sess.id...)
	sig := s.mac("session", payload, []byte(s.opts.Username), []byte(s.opts.Password))
	return b64.EncodeToString(payload) + "." + b64.EncodeToString(sig), sess
}

// session returns the request's valid session, if any.
func (s *Server) session(r *http.Request) (session, bool) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || s.opts.Password == "" {
		return session{}, false
	}
	p, sig, ok := strings.Cut(c.Value, ".")
	if !ok {
		return session{}, false
	}
	payload, err1 := b64.DecodeString(p)
	got, err2 := b64.DecodeString(sig)
	if err1 != nil || err2 != nil || len(payload) != 24 {
		return session{}, false
	}
	want := s.mac("session", payload, []byte(s.opts.Username), []byte(s.opts.Password))
	if !hmac.Equal(got, want) {
		return session{}, false
	}
	exp := time.Unix(int64(binary.BigEndian.Uint64(payload[:8])), 0)
	if !s.opts.Now().Before(exp) {
		return session{}, false
	}
	return session{id: payload[8:], expires: exp}, true
}

func (s *Server) authenticated(r *http.Request) bool {
	_, ok := s.session(r)
	return ok
}

// csrfToken is the form token of a session.
func (s *Server) csrfToken(sess session) string {
	return b64.EncodeToString(s.mac("csrf", sess.id))
}

// validCSRF reports whether a POST carries its session's form token.
func (s *Server) validCSRF(r *http.Request) bool {
	sess, ok := s.session(r)
	if !ok {
		return false
	}
	got := r.PostFormValue("csrf")
	return got != "" && hmac.Equal([]byte(got), []byte(s.csrfToken(sess)))
}

func (s *Server) setCookie(w http.ResponseWriter, name, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Value: value, Path: "/admin/", MaxAge: maxAge,
		HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteLaxMode,
	})
}

// loginPage is the data of the login form.
type loginPage struct {
	CSRF    string
	Next    string
	Message string
}

// serveLoginForm handles the "GET /admin/login" route.
func (s *Server) serveLoginForm(w http.ResponseWriter, r *http.Request) error {
	if s.authenticated(r) {
		http.Redirect(w, r, safeNext(r.URL.Query().Get("next")), http.StatusSeeOther)
		return nil
	}
	s.renderLogin(w, r, http.StatusOK, "")
	return nil
}

// renderLogin shows the login form with a fresh pre-session nonce.
func (s *Server) renderLogin(w http.ResponseWriter, r *http.Request, status int, msg string) {
	nonce := make([]byte, 16)
	rand.Read(nonce)
	s.setCookie(w, loginCookie, b64.EncodeToString(nonce), int(time.Hour/time.Second))
	next := r.URL.Query().Get("next")
	if r.Method == http.MethodPost {
		next = r.PostFormValue("next")
	}
	s.render(w, r, status, "login", loginPage{
		CSRF:    b64.EncodeToString(s.mac("login", nonce)),
		Next:    safeNext(next),
		Message: msg,
	})
}

// serveLogin handles the "POST /admin/login" route.
func (s *Server) serveLogin(w http.ResponseWriter, r *http.Request) error {
	c, err := r.Cookie(loginCookie)
	var nonce []byte
	if err == nil {
		nonce, err = b64.DecodeString(c.Value)
	}
	tok := r.PostFormValue("csrf")
	if err != nil || len(nonce) != 16 || tok == "" || !hmac.Equal([]byte(tok), []byte(b64.EncodeToString(s.mac("login", nonce)))) {
		return contestbot.Errorf(contestbot.EFORBIDDEN, "页面已过期或请求无效，请刷新登录页面后重试")
	}
	ip := clientIP(r)
	if !s.limiter.allow(ip, s.opts.Now()) {
		return &contestbot.Error{Code: errTooManyCode, Message: "登录失败次数过多，请5分钟后再试。"}
	}
	if !s.checkPassword(r.PostFormValue("username"), r.PostFormValue("password")) {
		s.limiter.fail(ip, s.opts.Now())
		s.log.Warn("admin: failed login")
		s.renderLogin(w, r, http.StatusUnauthorized, "用户名或密码错误。")
		return nil
	}
	s.limiter.reset(ip)
	value, _ := s.newSessionValue()
	s.setCookie(w, sessionCookie, value, int(SessionTTL/time.Second))
	s.setCookie(w, loginCookie, "", -1)
	s.log.Info("admin: login")
	http.Redirect(w, r, safeNext(r.PostFormValue("next")), http.StatusSeeOther)
	return nil
}

// serveLogout handles the "POST /admin/logout" route.
func (s *Server) serveLogout(w http.ResponseWriter, r *http.Request) error {
	s.setCookie(w, sessionCookie, "", -1)
	http.Redirect(w, r, "/admin/login", http.StatusSeeOther)
	return nil
}

// checkPassword compares in constant time: bcrypt for a hashed password,
// otherwise SHA-256 digests of both, so the length does not leak either.
func (s *Server) checkPassword(user, pass string) bool {
	uh, wh := sha256.Sum256([]byte(user)), sha256.Sum256([]byte(s.opts.Username))
	userOK := subtle.ConstantTimeCompare(uh[:], wh[:]) == 1
	var passOK bool
	if isBcrypt(s.opts.Password) {
		passOK = bcrypt.CompareHashAndPassword([]byte(s.opts.Password), []byte(pass)) == nil
	} else {
		ph, qh := sha256.Sum256([]byte(pass)), sha256.Sum256([]byte(s.opts.Password))
		passOK = subtle.ConstantTimeCompare(ph[:], qh[:]) == 1
	}
	return userOK && passOK
}

func isBcrypt(p string) bool {
	return strings.HasPrefix(p, "$2a$") || strings.HasPrefix(p, "$2b$") || strings.HasPrefix(p, "$2y$")
}

// safeNext keeps a post-login redirect on the admin page.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/admin/") || strings.HasPrefix(next, "/admin/login") || strings.ContainsAny(next, "\\\r\n") {
		return "/admin/"
	}
	return next
}

// clientIP is the peer address. X-Forwarded-For is not trusted: anyone
// could set it to dodge the rate limit.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limiter counts login failures per IP in a sliding window.
type limiter struct {
	mu     sync.Mutex
	max    int
	window time.Duration
	fails  map[string][]time.Time
}

func newLimiter(max int, window time.Duration) *limiter {
	return &limiter{max: max, window: window, fails: map[string][]time.Time{}}
}

func (l *limiter) recent(ip string, now time.Time) []time.Time {
	ts := l.fails[ip]
	i := 0
	for i < len(ts) && now.Sub(ts[i]) >= l.window {
		i++
	}
	ts = ts[i:]
	if len(ts) == 0 {
		delete(l.fails, ip)
	} else {
		l.fails[ip] = ts
	}
	return ts
}

func (l *limiter) allow(ip string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.recent(ip, now)) < l.max
}

func (l *limiter) fail(ip string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.fails) > 10000 { // bound memory under a spray of addresses
		for k := range l.fails {
			l.recent(k, now)
		}
	}
	l.fails[ip] = append(l.recent(ip, now), now)
}

func (l *limiter) reset(ip string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.fails, ip)
}
