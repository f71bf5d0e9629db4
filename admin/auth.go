package admin

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"contestbot"
	"contestbot/store"

	"golang.org/x/crypto/bcrypt"
)

// Cookie names.
const (
	sessionCookie = "cb_admin"
	loginCookie   = "cb_login" // pre-session nonce that the login form's CSRF token is bound to
)

// Login rate limits, checked and recorded atomically in the store (so
// parallel attempts and several instances share them): failures per client
// address, and per account, each in a sliding window. The account limit is
// looser, so one address guessing cannot lock the staff out for long,
// while a spray from many addresses still meets it.
const (
	loginFailures      = 5 // per address
	loginWindow        = 5 * time.Minute
	accountFailures    = 20 // per account, from any address
	accountLoginWindow = 15 * time.Minute
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

// session is a staff login: the cookie holds a random id (32 bytes), the
// store its SHA-256 with the account, the password's fingerprint, the
// expiry and the address it came from. Logout deletes it; a password
// change makes its fingerprint stale, which ends it.
type session struct {
	id      []byte
	expires time.Time
}

// passwordFP fingerprints the configured account and password under the
// server secret: stored with each session, compared on each request.
func (s *Server) passwordFP() string {
	return hex.EncodeToString(s.mac("password", []byte(s.opts.Username), []byte(s.opts.Password))[:16])
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// newSession stores a new session and returns its cookie value.
func (s *Server) newSession(ctx context.Context, addr string) (string, error) {
	sess := session{id: make([]byte, 32), expires: s.opts.Now().Add(SessionTTL)}
	rand.Read(sess.id)
	err := s.db.CreateSession(ctx, &store.AdminSession{
		IDSHA256: digest(sess.id), Username: s.opts.Username, PasswordFP: s.passwordFP(),
		ExpiresAt: sess.expires, Address: addr,
	})
	if err != nil {
		return "", err
	}
	return b64.EncodeToString(sess.id), nil
}

// session returns the request's valid session, if any.
func (s *Server) session(r *http.Request) (session, bool) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || s.opts.Password == "" {
		return session{}, false
	}
	id, err := b64.DecodeString(c.Value)
	if err != nil || len(id) != 32 {
		return session{}, false
	}
	st, err := s.db.Session(r.Context(), digest(id))
	if err != nil {
		if contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
			s.log.Error("admin: session lookup", "err", err)
		}
		return session{}, false
	}
	if !hmac.Equal([]byte(st.PasswordFP), []byte(s.passwordFP())) || st.Username != s.opts.Username ||
		!s.opts.Now().Before(st.ExpiresAt) {
		return session{}, false
	}
	return session{id: id, expires: st.ExpiresAt}, true
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
	addr := s.clientIP(r)
	user := r.PostFormValue("username")
	now := s.opts.Now()
	scopes := []store.LoginScope{
		{Key: "addr:" + addr, Since: now.Add(-loginWindow), Max: loginFailures},
		{Key: "user:" + strings.ToLower(strings.TrimSpace(user)), Since: now.Add(-accountLoginWindow), Max: accountFailures},
	}
	// The attempt is recorded as a failure before the password is compared,
	// in the same transaction as the count: parallel guesses see each other.
	ids, allowed, err := s.db.LoginAttempt(r.Context(), scopes)
	if err != nil {
		return err
	}
	if !allowed {
		s.log.Warn("admin: login locked out", "address", addr, "known_account", user == s.opts.Username)
		return &contestbot.Error{Code: errTooManyCode, Message: "登录失败次数过多，请稍后再试。"}
	}
	if !s.checkPassword(user, r.PostFormValue("password")) {
		s.log.Warn("admin: failed login", "address", addr, "known_account", user == s.opts.Username)
		s.renderLogin(w, r, http.StatusUnauthorized, "用户名或密码错误。")
		return nil
	}
	if err := s.db.ForgetFailures(r.Context(), ids, "addr:"+addr); err != nil {
		s.log.Warn("admin: login failures not cleared", "err", err)
	}
	value, err := s.newSession(r.Context(), addr)
	if err != nil {
		return err
	}
	s.setCookie(w, sessionCookie, value, int(SessionTTL/time.Second))
	s.setCookie(w, loginCookie, "", -1)
	s.log.Info("admin: login", "address", addr)
	http.Redirect(w, r, safeNext(r.PostFormValue("next")), http.StatusSeeOther)
	return nil
}

// serveLogout handles the "POST /admin/logout" route: the session is
// deleted from the store, so a copy of the cookie no longer works.
func (s *Server) serveLogout(w http.ResponseWriter, r *http.Request) error {
	if c, err := r.Cookie(sessionCookie); err == nil {
		if id, err := b64.DecodeString(c.Value); err == nil {
			if err := s.db.DeleteSession(r.Context(), digest(id)); err != nil {
				return err
			}
		}
	}
	s.setCookie(w, sessionCookie, "", -1)
	s.log.Info("admin: logout", "address", s.clientIP(r))
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

// clientIP is the client's address: the peer, or, when the peer is one of
// Options.TrustedProxies, the right-most X-Forwarded-For address that is
// not itself a trusted proxy. From anyone else the header is ignored, or
// anyone could set it to dodge the rate limit.
func (s *Server) clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || !s.trusted(peer) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break
		}
		if !s.trusted(a) {
			return a.Unmap().String()
		}
	}
	return host
}

func (s *Server) trusted(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range s.opts.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
