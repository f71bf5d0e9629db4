package bot

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"contestbot"
	"contestbot/dialogs"
	"contestbot/store"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/silenceper/wechat/v2/util"
)

// MaxParts is the most messages one answer is sent as, the passive reply
// included: WeChat allows 5 customer-service messages after each message
// from a user.
const MaxParts = 5

const cutNote = "……（内容过长，其余部分未发送）"

// MaxBodyBytes is the largest callback body accepted (413 beyond).
const MaxBodyBytes = 1 << 20

// Handler answers one message; *dialogs.Core implements it.
type Handler interface {
	Handle(ctx context.Context, m dialogs.Message) (dialogs.Reply, error)
}

// Outbox is the part of the store the Deliverer needs. Every change after
// the claim names the lease (the item's LeaseToken): an instance whose
// lease ran out cannot resolve an item another instance now holds.
type Outbox interface {
	ClaimDue(ctx context.Context, limit int, lease time.Duration) ([]*store.OutboxItem, error)
	BeginSend(ctx context.Context, it *store.OutboxItem, lease time.Duration) (bool, error)
	FinishSent(ctx context.Context, it *store.OutboxItem) error
	FinishRetry(ctx context.Context, it *store.OutboxItem, next time.Time, errText string) error
	FinishFailed(ctx context.Context, it *store.OutboxItem, errText string) error
}

// Store is what the callback keeps: the seen callbacks, the inbound
// messages with their leases, users, the per-user lock, and the outbox of
// customer-service messages.
type Store interface {
	Outbox
	SeenCallback(ctx context.Context, timestamp, nonce, signature, bodySHA256 string) (bool, error)
	ClaimInbound(ctx context.Context, key, openID, msgType, message string, lease time.Duration) (bool, error)
	TakeOverInbound(ctx context.Context, key string, lease time.Duration) (bool, error)
	RenewInbound(ctx context.Context, key string, lease time.Duration) error
	AbandonedInbound(ctx context.Context, limit int) ([]*store.Inbound, error)
	FinishInbound(ctx context.Context, key, state, reply string) error
	Inbound(ctx context.Context, key string) (*store.Inbound, error)
	LockUser(ctx context.Context, openID string) (func(), error)
	Enqueue(ctx context.Context, openID, kind, body, dedupeKey string) (int64, error)
	OutboxStats(ctx context.Context) (pending, failed int, err error)
	TouchUser(ctx context.Context, openID string, at time.Time) error
	SetSubscribed(ctx context.Context, openID string, subscribed bool) error
}

// Callback modes (wechat.mode), as the 公众平台 names them: 明文模式,
// 兼容模式 and 安全模式.
const (
	ModePlain  = "plain"  // plaintext only; an encrypted POST is refused
	ModeCompat = "compat" // both; when a POST carries an encrypted part, it wins
	ModeSafe   = "safe"   // encrypted only; a POST without a valid encrypted body is 403
)

// TimestampWindow is how far a callback's timestamp may be from the
// server's clock, either way.
const TimestampWindow = 5 * time.Minute

// Options configures the callback Server.
type Options struct {
	AppID string
	// Token is the 令牌 set on the 公众平台's server configuration page.
	Token string
	// EncodingAESKey (43 characters) enables safe and compatible modes;
	// empty means plaintext only.
	EncodingAESKey string
	// Mode is ModePlain, ModeCompat or ModeSafe; empty means safe with an
	// EncodingAESKey and plain without.
	Mode string
	// OriginalID is the account's 原始ID (gh_…); when set, a message to any
	// other ToUserName is refused.
	OriginalID string
	// InboundLease is how long a message being answered is this
	// instance's without renewal; a message whose lease ran out (its
	// instance died) is taken over (default 10 s).
	InboundLease time.Duration
	// ReplyBudget is how long after a POST arrives its passive reply goes out
	// (default 4.5 s; WeChat gives up at 5 s).
	ReplyBudget time.Duration
	// HandleTimeout bounds a Handle call that overran the budget and will be
	// delivered by customer-service message (default 60 s).
	HandleTimeout time.Duration
	Now           func() time.Time
	Logger        *slog.Logger
	// Registerer receives the bot's metrics; nil means no metrics.
	Registerer prometheus.Registerer
}

// Server is WeChat's callback: "GET /wechat" (URL verification) and
// "POST /wechat" (messages and events). It also delivers pushes (Push)
// through its Deliverer.
type Server struct {
	h         Handler
	st        Store
	deliverer *Deliverer
	appID     string
	token     string
	aesKey    string
	mode      string
	origID    string
	lease     time.Duration
	budget    time.Duration
	handleTTL time.Duration
	now       func() time.Time
	log       *slog.Logger
	m         *metrics

	mu       sync.Mutex
	inflight map[string]*attempt  // by dedupe key, while a message is being answered
	touched  map[string]time.Time // openid → when this process last recorded a message

	// writeMu queues this server's store writes. SQLite has one writer, and
	// a writer that finds the lock taken sleeps in SQLite's busy handler
	// (1, 2, 5, 10 ms ...): BenchmarkCallback/PlaintextParallel went from
	// 0.82 to 0.16 ms/op when the writes took turns here instead.
	writeMu sync.Mutex

	bg       sync.WaitGroup // background Handle calls
	bgCtx    context.Context
	bgCancel context.CancelFunc
}

// New returns the callback server. client may be nil (no WeChat
// credentials): messages are still answered passively, and pushes wait in
// the outbox until an instance with credentials delivers them.
func New(h Handler, st Store, client *Client, opts Options) *Server {
	s := &Server{
		h:         h,
		st:        st,
		appID:     opts.AppID,
		token:     opts.Token,
		aesKey:    opts.EncodingAESKey,
		mode:      opts.Mode,
		origID:    opts.OriginalID,
		lease:     opts.InboundLease,
		budget:    opts.ReplyBudget,
		handleTTL: opts.HandleTimeout,
		now:       opts.Now,
		log:       opts.Logger,
		inflight:  make(map[string]*attempt),
		touched:   make(map[string]time.Time),
	}
	if s.budget <= 0 {
		s.budget = 4500 * time.Millisecond
	}
	if s.mode == "" {
		s.mode = ModePlain
		if s.aesKey != "" {
			s.mode = ModeSafe
		}
	}
	if s.lease <= 0 {
		s.lease = 10 * time.Second
	}
	if s.handleTTL <= 0 {
		s.handleTTL = 60 * time.Second
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.m = newMetrics(opts.Registerer, st)
	var sender Sender
	if client != nil {
		sender = client
	}
	s.deliverer = newDeliverer(st, sender, DelivererOptions{Now: s.now, Logger: s.log}, s.m)
	// Slow answers must outlive the request that started them, so they run
	// under the server's own context, cancelled only by Shutdown.
	s.bgCtx, s.bgCancel = context.WithCancel(context.Background())
	return s
}

// Deliverer returns the deliverer of the server's outbox; run it with
// go s.Deliverer().Run(ctx).
func (s *Server) Deliverer() *Deliverer { return s.deliverer }

// Shutdown waits for answers still being computed (they enqueue their
// result) until ctx is done, then cancels them.
func (s *Server) Shutdown(ctx context.Context) error {
	done := make(chan struct{})
	go func() { s.bg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		s.bgCancel()
		<-done
		return ctx.Err()
	}
}

// ServeHTTP handles the "GET /wechat" and "POST /wechat" routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		s.serveVerify(w, r)
	case http.MethodPost:
		s.serveMessage(w, r)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// serveVerify handles the "GET /wechat" route: WeChat's URL verification,
// answered with echostr when the signature is right.
func (s *Server) serveVerify(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !s.signed(q.Get("signature"), q.Get("timestamp"), q.Get("nonce")) {
		s.reject(w, r, http.StatusForbidden, "bad signature")
		return
	}
	if !s.fresh(q.Get("timestamp")) {
		s.reject(w, r, http.StatusForbidden, "timestamp outside the window")
		return
	}
	echo := q.Get("echostr")
	if echo == "" {
		s.reject(w, r, http.StatusBadRequest, "no echostr")
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, echo)
}

// signed reports whether sig is the SHA-1 signature of the Token with
// timestamp and nonce (plus the Encrypt payload for msg_signature).
func (s *Server) signed(sig string, parts ...string) bool {
	if sig == "" || s.token == "" {
		return false
	}
	want := util.Signature(append([]string{s.token}, parts...)...)
	return subtle.ConstantTimeCompare([]byte(sig), []byte(want)) == 1
}

// fresh reports whether a callback timestamp (Unix seconds) is within
// TimestampWindow of the server's clock.
func (s *Server) fresh(timestamp string) bool {
	ts, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil {
		return false
	}
	d := s.now().Sub(time.Unix(ts, 0))
	return d <= TimestampWindow && d >= -TimestampWindow
}

// reject answers a request that is not a genuine, readable WeChat message.
// Nothing is stored; the log line names the reason, never the body.
func (s *Server) reject(w http.ResponseWriter, r *http.Request, status int, reason string) {
	s.m.rejected.WithLabelValues(reason).Inc()
	s.log.Warn("wechat callback rejected", "status", status, "reason", reason, "remote", r.RemoteAddr)
	http.Error(w, http.StatusText(status), status)
}

// serveMessage handles the "POST /wechat" route.
func (s *Server) serveMessage(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	deadline := start.Add(s.budget)
	q := r.URL.Query()
	timestamp, nonce, signature := q.Get("timestamp"), q.Get("nonce"), q.Get("signature")
	if !s.signed(signature, timestamp, nonce) {
		s.reject(w, r, http.StatusForbidden, "bad signature")
		return
	}
	// The plaintext signature covers only the token, timestamp and nonce:
	// a captured callback URL is refused once its timestamp is old, and
	// within the window by the seen-triple check below.
	if !s.fresh(timestamp) {
		s.reject(w, r, http.StatusForbidden, "timestamp outside the window")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.reject(w, r, http.StatusRequestEntityTooLarge, "body too large")
		} else {
			s.reject(w, r, http.StatusBadRequest, "unreadable body")
		}
		return
	}
	var msg wxMessage
	if err := xml.Unmarshal(body, &msg); err != nil {
		s.reject(w, r, http.StatusBadRequest, "malformed xml")
		return
	}
	safe := q.Get("encrypt_type") == "aes"
	switch {
	case s.mode == ModeSafe && (!safe || msg.Encrypt == ""):
		s.reject(w, r, http.StatusForbidden, "plaintext message in safe mode")
		return
	case s.mode == ModePlain && safe:
		s.reject(w, r, http.StatusForbidden, "encrypted message in plain mode")
		return
	}
	if safe {
		switch {
		case s.aesKey == "":
			s.reject(w, r, http.StatusForbidden, "encrypted message but no EncodingAESKey configured")
			return
		case msg.Encrypt == "":
			s.reject(w, r, http.StatusBadRequest, "no Encrypt element")
			return
		case !s.signed(q.Get("msg_signature"), timestamp, nonce, msg.Encrypt):
			s.reject(w, r, http.StatusForbidden, "bad msg_signature")
			return
		}
		_, plain, err := util.DecryptMsg(s.appID, msg.Encrypt, s.aesKey)
		if err != nil {
			s.reject(w, r, http.StatusBadRequest, "undecryptable")
			return
		}
		// Compatible mode sends plaintext fields too; the encrypted part,
		// which the signature covers, is the only one read.
		msg = wxMessage{}
		if err := xml.Unmarshal(plain, &msg); err != nil {
			s.reject(w, r, http.StatusBadRequest, "malformed decrypted xml")
			return
		}
	}
	if !msg.valid() {
		s.reject(w, r, http.StatusBadRequest, "not a wechat message")
		return
	}
	if s.origID != "" && msg.ToUserName != s.origID {
		s.reject(w, r, http.StatusForbidden, "wrong ToUserName")
		return
	}
	sum := sha256.Sum256(body)
	ctx, cancel := context.WithDeadline(r.Context(), deadline)
	s.writeMu.Lock()
	ok, err := s.st.SeenCallback(ctx, timestamp, nonce, signature, hex.EncodeToString(sum[:]))
	s.writeMu.Unlock()
	cancel()
	switch {
	case err != nil:
		s.log.Error("wechat callback not recorded", "err", err)
		http.Error(w, "internal error", http.StatusServiceUnavailable) // WeChat retries
		return
	case !ok:
		s.reject(w, r, http.StatusForbidden, "replayed timestamp, nonce and signature with another body")
		return
	}

	typ := msg.MsgType
	if !knownTypes[typ] {
		typ = "other"
	}
	s.m.messages.WithLabelValues(typ).Inc()

	var text string
	var a *attempt
	if dm, ok := msg.toMessage(); ok {
		a = s.answer(dm, deadline)
		var async bool
		text, async = a.result()
		if async {
			s.m.fallbacks.Inc()
		}
	}
	if text == "" {
		// "success" tells WeChat there is no passive reply, in safe mode too
		// (the SDK's encrypted empty reply shows users an error: #543, #784).
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "success")
	} else if err := s.writeReply(w, &msg, text, safe, timestamp, nonce); err != nil {
		s.log.Error("wechat reply not written", "user", contestbot.LogID(msg.FromUserName), "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
	if a != nil {
		a.markWritten()
	}
	s.m.replySeconds.Observe(time.Since(start).Seconds())
}

// writeReply writes text as the passive reply to msg.
func (s *Server) writeReply(w http.ResponseWriter, msg *wxMessage, text string, safe bool, timestamp, nonce string) error {
	out, err := replyXML(msg.FromUserName, msg.ToUserName, text, s.now())
	if err != nil {
		return err
	}
	if safe {
		if out, err = encryptReply(out, s.appID, s.aesKey, s.token, timestamp, nonce); err != nil {
			return err
		}
	}
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	_, err = w.Write(out)
	return err
}

// attempt is the answer to one dedupe key being computed in this process.
// WeChat's retries of the same message join it instead of starting again.
type attempt struct {
	decided chan struct{} // closed once the passive answer is settled
	written chan struct{} // closed once a passive reply was written
	once    sync.Once

	mu    sync.Mutex
	done  bool
	async bool   // fell back to "success"; the answer goes by the outbox
	text  string // the passive reply; "" means "success"
}

func newAttempt() *attempt {
	return &attempt{decided: make(chan struct{}), written: make(chan struct{})}
}

// decide settles the passive answer, unless it already is; it reports
// whether this call settled it.
func (a *attempt) decide(text string, async bool) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.done {
		return false
	}
	a.done, a.text, a.async = true, text, async
	close(a.decided)
	return true
}

func (a *attempt) result() (text string, async bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.text, a.async
}

func (a *attempt) markWritten() { a.once.Do(func() { close(a.written) }) }

// await waits for the passive answer until deadline; past it the answer
// falls back to "success" and the result will go by the outbox.
func (a *attempt) await(deadline time.Time) *attempt {
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case <-a.decided:
	case <-t.C:
		a.decide("", true)
	}
	return a
}

// answer returns the settled attempt for m: a new one whose Handle runs in
// the background, or the one a retry of m joins.
func (s *Server) answer(m dialogs.Message, deadline time.Time) *attempt {
	key := m.MsgID
	s.mu.Lock()
	a, dup := s.inflight[key]
	if !dup {
		a = newAttempt()
		s.inflight[key] = a
	}
	s.mu.Unlock()
	if dup {
		s.m.dedupeHits.Inc()
		return a.await(deadline)
	}

	raw, _ := json.Marshal(m)
	ctx, cancel := context.WithDeadline(s.bgCtx, deadline)
	s.writeMu.Lock()
	claimed, err := s.st.ClaimInbound(ctx, key, m.OpenID, m.Type, string(raw), s.lease)
	s.writeMu.Unlock()
	cancel()
	switch {
	case err != nil:
		// Without the dedupe row a retry could act twice, so act not at all:
		// tell the user to try again; WeChat's retry may find the store back.
		s.log.Error("wechat inbound not recorded", "key", logKey(key), "user", contestbot.LogID(m.OpenID), "err", err)
		a.decide(contestbot.BusyMessage, false)
		s.forget(key, a)
		return a
	case !claimed:
		// Seen before: by this process earlier, or by another instance.
		s.m.dedupeHits.Inc()
		s.fromStore(a, m, deadline)
		return a
	}
	s.bg.Add(1)
	go s.work(a, m)
	return a.await(deadline)
}

// fromStore settles a from the inbound row another attempt is answering,
// polling until that attempt finished or deadline passed. If the row's
// lease runs out meanwhile (the instance answering it died), this attempt
// takes the message over and answers it.
func (s *Server) fromStore(a *attempt, m dialogs.Message, deadline time.Time) {
	const poll = 50 * time.Millisecond
	key := m.MsgID
	for {
		ctx, cancel := context.WithDeadline(s.bgCtx, deadline)
		in, err := s.st.Inbound(ctx, key)
		if err == nil && in.State == store.InboundWorking && in.LeaseUntil != nil && !s.now().Before(*in.LeaseUntil) {
			s.writeMu.Lock()
			took, terr := s.st.TakeOverInbound(ctx, key, s.lease)
			s.writeMu.Unlock()
			if terr == nil && took {
				cancel()
				s.log.Info("wechat message taken over from a dead instance", "key", logKey(key), "user", contestbot.LogID(m.OpenID))
				s.bg.Add(1)
				go s.work(a, m)
				a.await(deadline)
				return
			}
		}
		cancel()
		if err == nil && in.State == store.InboundReplied {
			a.decide(in.Reply, false)
			s.forget(key, a)
			return
		}
		if (err == nil && in.State != store.InboundWorking) || time.Until(deadline) < poll {
			a.decide("", true)
			s.forget(key, a)
			return
		}
		time.Sleep(poll)
	}
}

// Recover answers messages whose instance died before answering them
// (their lease ran out with no retry to take them over), by
// customer-service message since their passive reply is gone. It runs
// until ctx is done, every half lease.
func (s *Server) Recover(ctx context.Context) {
	t := time.NewTicker(s.lease / 2)
	defer t.Stop()
	for {
		s.RecoverOnce(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// RecoverOnce makes one recovery pass and reports how many messages it
// took over.
func (s *Server) RecoverOnce(ctx context.Context) int {
	rows, err := s.st.AbandonedInbound(ctx, 20)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("wechat recovery pass", "err", err)
		}
		return 0
	}
	n := 0
	for _, in := range rows {
		var m dialogs.Message
		if err := json.Unmarshal([]byte(in.Message), &m); err != nil || m.MsgID == "" {
			// A row from before messages were kept: nothing to answer from.
			s.st.FinishInbound(ctx, in.DedupeKey, store.InboundAsync, "")
			continue
		}
		s.mu.Lock()
		_, busy := s.inflight[in.DedupeKey]
		s.mu.Unlock()
		if busy {
			continue
		}
		s.writeMu.Lock()
		took, err := s.st.TakeOverInbound(ctx, in.DedupeKey, s.lease)
		s.writeMu.Unlock()
		if err != nil || !took {
			continue
		}
		n++
		s.log.Info("wechat message recovered from a dead instance", "key", logKey(in.DedupeKey), "user", contestbot.LogID(in.OpenID))
		a := newAttempt()
		a.decide("", true) // the passive reply is gone: everything goes by the outbox
		s.mu.Lock()
		s.inflight[in.DedupeKey] = a
		s.mu.Unlock()
		s.bg.Add(1)
		go s.work(a, m)
	}
	return n
}

func (s *Server) forget(key string, a *attempt) {
	s.mu.Lock()
	if s.inflight[key] == a {
		delete(s.inflight, key)
	}
	s.mu.Unlock()
}

// work runs Handle for a freshly claimed message and delivers its result:
// the first part passively if the budget allows, the rest (or everything,
// after a fallback to "success") through the outbox. It also records the
// user's activity, after the reply for messages.
func (s *Server) work(a *attempt, m dialogs.Message) {
	defer s.bg.Done()
	key := m.MsgID
	defer s.forget(key, a)
	ctx, cancel := context.WithTimeout(s.bgCtx, s.handleTTL)
	defer cancel()

	if m.Event == dialogs.EventSubscribe || m.Event == dialogs.EventUnsubscribe {
		s.record(ctx, m) // before Handle, so the follow flag follows arrival order
	}
	stop := s.renewLease(ctx, key)
	text := s.handleLocked(ctx, m)
	stop()
	if m.Event == dialogs.EventUnsubscribe {
		text = "" // the user can no longer receive anything
	}
	parts := SplitText(text, MaxPartBytes)
	first := ""
	if len(parts) > 0 {
		first = parts[0]
	}
	state, queued := store.InboundReplied, parts
	if a.decide(first, false) {
		queued = nil
		if len(parts) > 1 {
			queued = parts[1:]
		}
		// Let the passive part reach WeChat before the rest is pushed.
		select {
		case <-a.written:
		case <-time.After(s.budget):
		}
	} else {
		state, first = store.InboundAsync, ""
		if len(parts) > 0 {
			s.log.Info("wechat answer overran the reply budget; delivering by customer-service message",
				"key", logKey(key), "user", contestbot.LogID(m.OpenID))
		}
	}
	if len(queued) > 0 {
		n0 := len(parts) - len(queued) + 1 // number of the first queued part
		if err := s.enqueueParts(ctx, m.OpenID, "reply:"+key, n0, queued); err != nil {
			s.log.Error("wechat reply not queued", "key", logKey(key), "user", contestbot.LogID(m.OpenID), "err", err)
		}
	}
	s.writeMu.Lock()
	err := s.st.FinishInbound(ctx, key, state, first)
	s.writeMu.Unlock()
	if err != nil {
		s.log.Error("wechat inbound not finished", "key", logKey(key), "err", err)
	}
	if m.Type != dialogs.TypeEvent {
		s.record(ctx, m)
	}
}

// renewLease keeps the message's inbound lease alive while it is answered,
// so no other instance takes it over; stop ends the renewals.
func (s *Server) renewLease(ctx context.Context, key string) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(s.lease / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if err := s.st.RenewInbound(ctx, key, s.lease); err != nil && ctx.Err() == nil {
					s.log.Warn("wechat inbound lease not renewed", "key", logKey(key), "err", err)
				}
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done) }) }
}

// handleLocked runs handle holding the user's lock in the store, so one
// user's turns take turns across every instance (see store.LockUser).
func (s *Server) handleLocked(ctx context.Context, m dialogs.Message) string {
	unlock, err := s.st.LockUser(ctx, m.OpenID)
	if err != nil {
		s.log.Error("wechat user lock", "key", logKey(m.MsgID), "user", contestbot.LogID(m.OpenID), "err", err)
		return contestbot.BusyMessage
	}
	defer unlock()
	return s.handle(ctx, m)
}

// handle calls the Handler, turning errors and panics into the user-safe
// message.
func (s *Server) handle(ctx context.Context, m dialogs.Message) (text string) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("wechat handler panicked", "key", logKey(m.MsgID), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			text = contestbot.BusyMessage
		}
	}()
	reply, err := s.h.Handle(ctx, m)
	if err != nil {
		if contestbot.ErrorCode(err) == contestbot.EINTERNAL {
			s.log.Error("wechat handler failed", "key", logKey(m.MsgID), "user", contestbot.LogID(m.OpenID), "err", err)
		}
		return contestbot.ErrorMessage(err)
	}
	return reply.Text
}

// record keeps the user's state: a message opens WeChat's 48 h
// customer-service window; subscribe and unsubscribe flip the follow flag.
// A user's messages within a minute of the last recorded one are not
// recorded again: the window is 48 hours, and the write is not free.
func (s *Server) record(ctx context.Context, m dialogs.Message) {
	now := s.now()
	var write func() error
	switch {
	case m.Event == dialogs.EventSubscribe:
		write = func() error { return s.st.SetSubscribed(ctx, m.OpenID, true) }
	case m.Event == dialogs.EventUnsubscribe:
		s.mu.Lock()
		delete(s.touched, m.OpenID)
		s.mu.Unlock()
		write = func() error { return s.st.SetSubscribed(ctx, m.OpenID, false) }
	case m.Type != dialogs.TypeEvent:
		s.mu.Lock()
		last, seen := s.touched[m.OpenID]
		fresh := seen && now.Sub(last) < time.Minute && !now.Before(last)
		if !fresh {
			s.touched[m.OpenID] = now
			if len(s.touched) > 100000 {
				clear(s.touched) // bound the memory; the cost is one extra write per user
			}
		}
		s.mu.Unlock()
		if fresh {
			return
		}
		write = func() error { return s.st.TouchUser(ctx, m.OpenID, now) }
	default:
		return
	}
	s.writeMu.Lock()
	err := write()
	s.writeMu.Unlock()
	if err != nil {
		s.log.Error("wechat user not recorded", "user", contestbot.LogID(m.OpenID), "err", err)
	}
}

// Push sends text to openID by customer-service message, split like
// replies, once per dedupeKey (parts get dedupeKey, dedupeKey+":2", ...).
// It only queues; the Deliverer sends. Pushing a key already queued is a
// no-op.
func (s *Server) Push(ctx context.Context, openID, text, dedupeKey string) error {
	if openID == "" {
		return contestbot.Errorf(contestbot.EINVALID, "缺少接收人")
	}
	parts := SplitText(text, MaxPartBytes)
	if len(parts) == 0 {
		return nil
	}
	return s.enqueueParts(ctx, openID, dedupeKey, 1, parts)
}

// enqueueParts queues parts numbered from n0; part 1 has key base, part n
// has base+":n". An empty base queues without dedupe.
//
// WeChat lets an account send a user only a few customer-service messages
// after each message from them, so one answer never takes more than
// MaxParts messages counting its passive reply: the rest is cut, with a
// note saying so.
func (s *Server) enqueueParts(ctx context.Context, openID, base string, n0 int, parts []string) error {
	if keep := MaxParts - n0 + 1; len(parts) > keep {
		s.log.Warn("wechat answer cut to the per-user message limit", "user", contestbot.LogID(openID), "parts", n0+len(parts)-1)
		parts = parts[:max(keep, 1)]
		last := parts[len(parts)-1]
		for len(last)+len(cutNote) > MaxPartBytes {
			_, size := utf8.DecodeLastRuneInString(last)
			last = last[:len(last)-size]
		}
		parts[len(parts)-1] = last + cutNote
	}
	for i, p := range parts {
		key := base
		if n := n0 + i; n > 1 && base != "" {
			key = fmt.Sprintf("%s:%d", base, n)
		}
		s.writeMu.Lock()
		_, err := s.st.Enqueue(ctx, openID, store.OutboxText, p, key)
		s.writeMu.Unlock()
		if err != nil && contestbot.ErrorCode(err) != contestbot.ECONFLICT {
			return fmt.Errorf("push: %w", err)
		}
	}
	s.deliverer.Notify()
	return nil
}

// logKey is a dedupe key fit for logs: an event's key starts with the
// openid, which is hashed.
func logKey(key string) string {
	if i := strings.IndexByte(key, ':'); i >= 0 {
		return contestbot.LogID(key[:i]) + key[i:]
	}
	return key
}
