package admin

import (
	"bytes"
	"context"
	"crypto/rand"

	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	"contestbot"
	"contestbot/checks"
	"contestbot/store"
)

// Checker checks one video link against the rules, with the file name the
// entry implies. checks.Checker satisfies it; admin declares only what the
// re-check action needs.
type Checker interface {
	Check(ctx context.Context, input string, want *checks.Expect) (contestbot.Report, error)
}

var _ Checker = (*checks.Checker)(nil)

// Options configure the Server. The lead copies them from config.
type Options struct {
	// Username and Password guard the staff page. Password is plain text or
	// a bcrypt hash ("$2a$…", "$2b$…"). With no Password the page is shut.
	Username, Password string
	// PublicURL is the server's public base URL (https://bot.example.com);
	// file links start with it, and cookies are Secure when it is https.
	PublicURL string
	// Secret keys the HMAC of sessions, CSRF tokens and file links. If empty,
	// a random one is made, so links and sessions die with the process.
	Secret []byte
	// LinkTTL is how long a file link works; 7 days when zero.
	LinkTTL time.Duration
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// Logger gets errors; slog.Default() when nil.
	Logger *slog.Logger
	// Checker runs the "重新检查全部链接" action; nil disables it.
	Checker Checker
	// Privacy is the retention the privacy page shows.
	Privacy PrivacySettings
	// PrivacyNotice is the personal-information notice the check page
	// shows; showing it records that the user saw it.
	PrivacyNotice string
	// UploadChecker runs the check page's checks (/check/TOKEN); nil
	// disables the page.
	UploadChecker UploadChecker
	// Pusher sends a check page's result to the user's chat; nil sends none.
	Pusher Pusher
	// Season supplies the categories, the period question and the forms'
	// season texts; nil means an empty season (no categories).
	Season *contestbot.Season
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client (server.trusted_proxies).
	TrustedProxies []netip.Prefix
}

// DefaultLinkTTL is how long a documents link works unless configured.
const DefaultLinkTTL = 7 * 24 * time.Hour

// SessionTTL is how long a staff login lasts.
const SessionTTL = 12 * time.Hour

// Server is the staff page and the file links. It implements http.Handler
// for paths under /admin/, /files/ and /check/.
type Server struct {
	db     *store.DB
	opts   Options
	log    *slog.Logger
	mux    *http.ServeMux
	pages  map[string]*template.Template
	secure bool

	recheck recheckState
	uploads chan struct{}  // check page posts in memory at once
	wg      sync.WaitGroup // background re-checks, for tests
}

// New returns a Server over db.
func New(db *store.DB, opts Options) *Server {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Season == nil {
		opts.Season = &contestbot.Season{}
	}
	if opts.LinkTTL <= 0 {
		opts.LinkTTL = DefaultLinkTTL
	}
	if opts.Username == "" {
		opts.Username = "admin"
	}
	if len(opts.Secret) == 0 {
		opts.Secret = make([]byte, 32)
		rand.Read(opts.Secret) // never fails (crypto/rand panics on broken systems)
		opts.Logger.Warn("admin: no server secret configured; sessions and file links last only until restart")
	}
	opts.PublicURL = strings.TrimRight(opts.PublicURL, "/")
	s := &Server{
		db:      db,
		opts:    opts,
		log:     opts.Logger,
		pages:   parsePages(),
		secure:  strings.HasPrefix(strings.ToLower(opts.PublicURL), "https://"),
		uploads: make(chan struct{}, checkUploadsAtOnce),
	}
	s.routes()
	return s
}

// ServeHTTP serves /admin/…, /files/… and /check/….
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer") // file links carry their token in the path
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	s.mux.ServeHTTP(w, r)
}

// Route kinds decide what a request without a session gets.
type kind int

const (
	kindPublic   kind = iota // login form, file links
	kindPage                 // HTML page: redirect to the login form
	kindDownload             // a file: 401
	kindAction               // a POST form: redirect to login, then CSRF check
)

func (s *Server) routes() {
	m := http.NewServeMux()
	handle := func(pattern string, k kind, h handlerFunc) { m.Handle(pattern, s.errorHandler(k, h)) }

	m.Handle("/admin", http.RedirectHandler("/admin/", http.StatusMovedPermanently))
	handle("GET /admin/{$}", kindPage, s.serveEntries)
	handle("GET /admin/login", kindPublic, s.serveLoginForm)
	handle("POST /admin/login", kindPublic, s.serveLogin)
	handle("POST /admin/logout", kindAction, s.serveLogout)
	handle("GET /admin/entries/{id}", kindPage, s.serveEntry)
	handle("GET /admin/entries/{id}/form.docx", kindDownload, s.serveEntryForm)
	handle("GET /admin/entries/{id}/agreement.docx", kindDownload, s.serveAgreement)
	handle("GET /admin/entries/{id}/evidence/{n}", kindDownload, s.serveEvidence)
	handle("GET /admin/units", kindPage, s.serveUnits)
	handle("POST /admin/units/members", kindAction, s.serveUnitMember)
	handle("GET /admin/downloads", kindPage, s.serveDownloads)
	handle("GET /admin/export/{format}", kindDownload, s.serveExport)
	handle("GET /admin/zip", kindDownload, s.serveUnitZip)
	handle("POST /admin/recheck", kindAction, s.serveRecheck)
	handle("GET /admin/diagnostics", kindPage, s.serveDiagnostics)
	handle("GET /admin/privacy", kindPage, s.servePrivacy)
	handle("POST /admin/entries/{id}/delete", kindAction, s.serveDeleteEntry)
	handle("POST /admin/entries/{id}/delete-user", kindAction, s.serveDeleteUser)
	handle("/admin/", kindPage, func(w http.ResponseWriter, r *http.Request) error {
		return contestbot.Errorf(contestbot.ENOTFOUND, "页面不存在")
	})

	handle("GET /files/{token}", kindPublic, s.serveFiles)
	handle("GET /files/{token}/entries.xlsx", kindPublic, s.serveFilesXLSX)
	handle("GET /files/{token}/{id}/form.docx", kindPublic, s.serveFilesForm)
	handle("GET /files/{token}/{id}/agreement.docx", kindPublic, s.serveFilesAgreement)
	handle("/files/", kindPublic, func(w http.ResponseWriter, r *http.Request) error {
		return contestbot.Errorf(contestbot.ENOTFOUND, "文件不存在")
	})

	handle("GET /check/{token}", kindPublic, s.serveCheckPage)
	handle("POST /check/{token}", kindPublic, s.serveCheckUpload)
	handle("/check/", kindPublic, func(w http.ResponseWriter, r *http.Request) error { return errCheckLink })
	s.mux = m
}

// handlerFunc is a handler that returns its error for errorHandler to show.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// errorHandler checks the session the route kind needs, runs h, and renders
// any error it returns: a contestbot.Error as its Chinese message with the
// matching status, anything else as a logged 500 with a fixed message.
func (s *Server) errorHandler(k kind, h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if k != kindPublic || strings.HasPrefix(r.URL.Path, "/admin/") {
			if s.opts.Password == "" {
				s.render(w, r, http.StatusServiceUnavailable, "disabled", nil)
				return
			}
		}
		switch k {
		case kindPage, kindAction:
			if !s.authenticated(r) {
				http.Redirect(w, r, loginURL(r), http.StatusSeeOther)
				return
			}
		case kindDownload:
			if !s.authenticated(r) {
				s.serveError(w, r, contestbot.Errorf(contestbot.EUNAUTHORIZED, "请先登录管理页面"))
				return
			}
		}
		if k == kindAction && !s.validCSRF(r) {
			s.serveError(w, r, contestbot.Errorf(contestbot.EFORBIDDEN, "页面已过期或请求无效，请刷新页面后重试"))
			return
		}
		if err := h(w, r); err != nil {
			s.serveError(w, r, err)
		}
	})
}

func loginURL(r *http.Request) string {
	next := r.URL.RequestURI()
	if r.Method != http.MethodGet {
		next = "/admin/"
	}
	return "/admin/login?next=" + url.QueryEscape(next)
}

// serveError shows err as a page with the status its code implies.
func (s *Server) serveError(w http.ResponseWriter, r *http.Request, err error) {
	status := httpStatus(contestbot.ErrorCode(err))
	if status == http.StatusInternalServerError {
		// The pattern, not the path: a /files/ path holds a token.
		s.log.Error("admin request failed", "route", r.Pattern, "method", r.Method, "err", err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Cookie realm="admin"`)
	}
	s.render(w, r, status, "error", errorPage{Status: status, Message: contestbot.ErrorMessage(err)})
}

type errorPage struct {
	Status  int
	Message string
}

func httpStatus(code string) int {
	switch code {
	case contestbot.EINVALID:
		return http.StatusBadRequest
	case contestbot.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case contestbot.EFORBIDDEN:
		return http.StatusForbidden
	case contestbot.ENOTFOUND:
		return http.StatusNotFound
	case contestbot.ECONFLICT:
		return http.StatusConflict
	case contestbot.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	case errTooManyCode:
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

// errTooManyCode marks the login rate limit; it is admin's own code,
// rendered as 429.
const errTooManyCode = "too_many_requests"

// render writes page with data into a buffer first, so a template error
// becomes a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
	pd := pageData{Page: page, Data: data, Now: s.opts.Now()}
	if sess, ok := s.session(r); ok && strings.HasPrefix(r.URL.Path, "/admin/") {
		pd.LoggedIn = true
		pd.CSRF = s.csrfToken(sess)
	}
	var buf bytes.Buffer
	t, ok := s.pages[page]
	if !ok {
		s.log.Error("admin: no such page template", "page", page)
		http.Error(w, contestbot.BusyMessage, http.StatusInternalServerError)
		return
	}
	if err := t.ExecuteTemplate(&buf, "layout", pd); err != nil {
		s.log.Error("admin: render page", "page", page, "err", err)
		http.Error(w, contestbot.BusyMessage, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// pageData is what every page template gets.
type pageData struct {
	Page     string
	LoggedIn bool
	CSRF     string
	Now      time.Time
	Data     any
}

// sendFile writes a generated file as an attachment. name is the real
// (Chinese) name; fallback is an ASCII name for old clients.
func sendFile(w http.ResponseWriter, contentType, name, fallback string, body []byte) error {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"; filename*=UTF-8''%s`, fallback, url.PathEscape(name)))
	h.Set("Content-Length", fmt.Sprint(len(body)))
	_, err := w.Write(body)
	return err
}

// Content types of the generated files.
const (
	typeXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	typeDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	typeZIP  = "application/zip"
	typeCSV  = "text/csv; charset=utf-8"
	typeJSON = "application/json; charset=utf-8"
)
