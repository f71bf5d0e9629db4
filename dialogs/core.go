package dialogs

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"contestbot"
	"contestbot/checks"
	"contestbot/knowledge"
)

// Entries is the part of the store the dialogs use. *store.DB implements it.
type Entries interface {
	DialogState(ctx context.Context, openID string) ([]byte, error)
	// SaveTurn stores the dialog state (nil leaves it alone) and the touched
	// entries atomically, assigning 序号 to entries that became complete.
	SaveTurn(ctx context.Context, openID string, state []byte, entries ...*contestbot.Entry) error
	EntriesByOpenID(ctx context.Context, openID string) ([]*contestbot.Entry, error)
	Entry(ctx context.Context, id int64) (*contestbot.Entry, error)
	TouchUser(ctx context.Context, openID string, at time.Time) error
	SetRemindersOff(ctx context.Context, openID string, off bool) error
	AddEntryEvent(ctx context.Context, entryID int64, what string) error
	// SetEntryCheck records a video check without touching other columns.
	SetEntryCheck(ctx context.Context, id int64, verdict contestbot.Verdict, reportJSON string, at time.Time) error
}

// Answerer answers questions from the notice (knowledge.Base implements it).
type Answerer interface {
	Answer(ctx context.Context, question string) knowledge.Answer
	Welcome() string
}

// Checker checks a video link against the notice's rules (checks.Checker
// implements it).
type Checker interface {
	Check(ctx context.Context, input string, want *checks.Expect) (contestbot.Report, error)
	EstimateSeconds() int
}

// Pusher delivers a message later, outside the passive reply (the outbox).
// dedupeKey makes a repeated push a no-op.
type Pusher interface {
	Push(ctx context.Context, openID, text, dedupeKey string) error
}

// CheckQueue runs video checks in the background, a bounded number at a
// time (checkpool.Pool implements it). Submit reports how many of the
// user's checks come first and whether the server is busy; key makes a
// repeated submit a no-op. The result comes back through Core.CheckDone.
type CheckQueue interface {
	Submit(ctx context.Context, openID string, entryID int64, name, url string, want *checks.Expect, key string) (ahead int, busy bool, err error)
}

// DocLinker gives a user's link to download their filled forms.
type DocLinker interface {
	DocumentsLink(openID string) string
}

// Nudger returns a one-line reminder to append to a reply ("" for none);
// it decides how often.
type Nudger interface {
	Nudge(ctx context.Context, openID string) (string, error)
}

// Options configure the dialogs.
type Options struct {
	Now    func() time.Time
	Logger *slog.Logger

	// Deadline closes new registrations after it, unless AcceptLate. Zero
	// means no deadline is enforced.
	Deadline   time.Time
	AcceptLate bool

	// Season is the season the bot registers entries for: its contacts,
	// categories, period and citations. Nil means the season Deps.Knowledge
	// loaded (knowledge.Base has it).
	Season *contestbot.Season

	// Privacy is what the personal-information notice names.
	Privacy PrivacyOptions

	// BackgroundTimeout bounds a video check (default 2 minutes).
	BackgroundTimeout time.Duration
}

// Deps are the collaborators of the dialogs. Store and Knowledge are
// required; the rest may be nil.
type Deps struct {
	Store     Entries
	Knowledge Answerer
	Checker   Checker
	Pusher    Pusher
	Checks    CheckQueue // with Pusher: checks wait their turn here
	Docs      DocLinker
	Nudger    Nudger
	// Privacy keeps the personal-information rights; nil: Store's, if it
	// implements PrivacyStore.
	Privacy   PrivacyStore
	CheckPage CheckPager // the check page link; nil: none offered
	// Extractor reads form messages the rules could not fully read
	// (llm.enabled); nil: rules only.
	Extractor Extractor
	// Summarizer writes a shorter 简介 to offer as the 摘要 (llm.enabled,
	// s6-o); nil: sentences taken from the 简介.
	Summarizer Summarizer
}

// Core is the conversation engine shared by `serve` and `chat`: a plain
// message in, a plain reply out, the state in the store.
type Core struct {
	opts   Options
	season *contestbot.Season
	boxes  *boxes // the 分类 row's boxes, for the season's categories
	deps   Deps
	log    *slog.Logger
	locks  sync.Map // openid → *sync.Mutex: one turn at a time per user
	wg     sync.WaitGroup
	// contentSlots bounds the content stages running at once.
	contentSlots chan struct{}
}

// New returns a Core.
func New(opts Options, deps Deps) *Core {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.BackgroundTimeout <= 0 {
		opts.BackgroundTimeout = 2 * time.Minute
	}
	if opts.Season == nil {
		if k, ok := deps.Knowledge.(interface{ Season() *contestbot.Season }); ok {
			opts.Season = k.Season()
		} else {
			opts.Season = &contestbot.Season{}
		}
	}
	opts.Privacy = opts.Privacy.withDefaults()
	return &Core{opts: opts, deps: deps, log: opts.Logger, season: opts.Season, boxes: newBoxes(opts.Season),
		contentSlots: make(chan struct{}, contentAtOnce)}
}

// Wait blocks until background work (video checks) has finished.
func (c *Core) Wait() { c.wg.Wait() }

// Menu keys of the account's CLICK buttons; each routes like the text beside it.
const (
	KeyRegister  = "REGISTER"   // 我要报名
	KeyMyEntries = "MY_ENTRIES" // 我的作品
	KeyAsk       = "ASK"        // help: how to ask
	KeyCheck     = "CHECK"      // how to send a video link
	KeyDocs      = "DOCS"       // 下载报名材料
)

var clickText = map[string]string{
	KeyRegister:  "我要报名",
	KeyMyEntries: "我的作品",
	KeyAsk:       "帮助",
	KeyCheck:     "检查视频",
	KeyDocs:      "下载报名材料",
}

func (c *Core) lock(openID string) func() {
	v, _ := c.locks.LoadOrStore(openID, &sync.Mutex{})
	mu := v.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

// Handle answers one message. Mistakes by the user come back as replies;
// the error is for internal failures only (the store is down), and the
// caller shows contestbot.ErrorMessage(err).
func (c *Core) Handle(ctx context.Context, m Message) (Reply, error) {
	if m.OpenID == "" {
		return Reply{}, contestbot.Errorf(contestbot.EINVALID, "消息缺少发送者")
	}
	if m.Type == TypeEvent && (m.Event == EventUnsubscribe || m.Event == EventView) {
		return Reply{}, nil
	}
	if m.Time.IsZero() {
		m.Time = c.opts.Now()
	}
	if m.Type != TypeLink {
		// The form and the export are in simplified Chinese: a message typed
		// in traditional characters (報名, 聯繫人：鄭偉) is read, and its
		// values stored, as simplified. Simplified text comes back unchanged.
		m.Text = knowledge.FoldTraditional(m.Text)
	}
	if err := c.deps.Store.TouchUser(ctx, m.OpenID, m.Time); err != nil {
		return Reply{}, fmt.Errorf("handle: %w", err)
	}

	unlock := c.lock(m.OpenID)
	t, err := c.newTurn(ctx, m)
	if err != nil {
		unlock()
		return Reply{}, err
	}
	if m.Type != TypeLink && m.Type != TypeEvent {
		// s5-f1: field names heard as homophones (至做单位, 建制, 市场是两分钟)
		// are read as the labels they stand for (spokenlabel.go).
		t.m.Text = spokenLabels(t.m.Text, t.st.Mode == modeForm && t.st.Pending.freeText())
	}
	text := t.route()
	if t.st.Mode == modeForm {
		// Registration goes on only once the personal-information notice
		// has been shown: the first time, it comes before the question.
		if n := t.noticeOnce(); n != "" {
			text = n + "\n\n" + text
		}
	}
	// s7-f confirmedguard.go: a confirmed work changes only in the edit flow.
	t.guardConfirmed()
	t.keepTyped()  // s12-d typed.go: a 片名, 简介 or 摘要 keeps the user's own —— and full-width marks
	t.noteChange() // s6-g whichwork.go: a change to a submitted work can be taken back
	t.noteEdits()  // s11-d restore.go: "改回来" restores what a change replaced
	err = t.save()
	unlock()
	if err != nil {
		return Reply{}, err
	}
	if t.forgotten {
		// The user's information was just deleted: nothing more is written.
		return Reply{Text: strings.TrimSpace(text)}, nil
	}
	for _, ev := range t.events {
		if err := c.deps.Store.AddEntryEvent(ctx, ev.entry.ID, ev.what); err != nil {
			c.log.Warn("add entry event", "user", contestbot.LogID(m.OpenID), "err", err)
		}
	}
	for _, f := range t.after {
		f()
	}
	if t.late != nil {
		text = strings.TrimSpace(t.late() + "\n\n" + text)
	}
	if n := t.unitNote(); n != "" {
		text = strings.TrimSpace(text + "\n\n" + n)
	}
	// The nudge is for users who stopped: one who is filling a form is asked
	// the next question instead, and a turn that just changed an entry
	// already says what comes next.
	// s6-k: nor does an answer to a question about the contest: a line on
	// the deadline and what is missing is no part of what was asked.
	if c.deps.Nudger != nil && text != "" && t.st.Mode == modeIdle && len(t.touched) == 0 && !t.asked {
		n, err := c.deps.Nudger.Nudge(ctx, m.OpenID)
		if err != nil {
			c.log.Warn("nudge", "user", contestbot.LogID(m.OpenID), "err", err)
		} else if n = strings.TrimSpace(n); n != "" {
			text += "\n\n" + n
		}
	}
	return Reply{Text: strings.TrimSpace(text)}, nil
}

// turn is one message being handled: the user's state and entries, what
// the turn changed, and what to do once it is saved.
type turn struct {
	c       *Core
	ctx     context.Context
	m       Message
	st      *state
	entries []*contestbot.Entry // the user's entries, oldest first
	touched []*contestbot.Entry
	events  []entryEvent
	after   []func()      // run after the turn is saved (background checks)
	late    func() string // text that needs what the save assigned (序号), put first
	asked   bool          // s6-k: the reply answers a question about the contest
	trying  bool          // inside a trial fill (wouldFill): no nested trials
	// forgotten: the user's information was deleted this turn; the state is
	// not saved again.
	forgotten bool
	units     unitTurn // unit sharing (unit.go)
	undo      *undo    // the answer the turn before stored, for a complaint to take back
	nested    bool     // reading the rest of a message whose act was taken (no second act)
	nickHeld  bool     // s12-e nickhold.go: a nickname was held this turn; its full name is asked
	stated    []string // s5-g3 stated.go: clauses said with the wish to register, for the new draft
	llmTried  bool     // the model was asked about this message (at most once)
	pasted    bool     // the message was a pasted chat, read once (chatpaste.go, s5-f2)
	// doneBefore is the submitted works' contents as the turn began
	// (whichwork.go, s6-g).
	doneBefore map[int64]workFields
	// editBefore is every stored entry's contents as the turn began
	// (s11-d restore.go).
	editBefore map[int64]workFields
	changeKept bool       // the turn set state.Change itself
	offer      *textOffer // s6-o: the text offered by the turn before (summaryhelp.go)
	dotAsk     int        // s6-p: the running time asked about by the turn before (whatasked.go)

	// s8-a selffix.go: the readings asked about by the turn before.
	readings *textReadings
}

type entryEvent struct {
	entry *contestbot.Entry
	what  string
}

func (c *Core) newTurn(ctx context.Context, m Message) (*turn, error) {
	raw, err := c.deps.Store.DialogState(ctx, m.OpenID)
	if err != nil {
		return nil, fmt.Errorf("handle: %w", err)
	}
	st := &state{}
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, st); err != nil {
			// A state we cannot read is dropped, not fatal: the entries are
			// in their own table, and "继续报名" finds the draft.
			c.log.Warn("bad dialog state; starting fresh", "user", contestbot.LogID(m.OpenID), "err", err)
			st = &state{}
		}
	}
	es, err := c.deps.Store.EntriesByOpenID(ctx, m.OpenID)
	if err != nil {
		return nil, fmt.Errorf("handle: %w", err)
	}
	t := &turn{c: c, ctx: ctx, m: m, st: st, entries: es}
	t.offer, st.Offer = st.Offer, nil  // s6-o summaryhelp.go: an offer lives for one message
	t.dotAsk, st.DotAsk = st.DotAsk, 0 // s6-p whatasked.go: likewise the time asked after "2.3"
	// s8-a selffix.go: so do two readings of a self-corrected text.
	t.readings, st.Readings = st.Readings, nil
	t.snapUnits()
	t.snapDone()  // s6-g whichwork.go
	t.snapEdits() // s11-d restore.go
	return t, nil
}

func (t *turn) touch(e *contestbot.Entry) {
	for _, x := range t.touched {
		if x == e {
			return
		}
	}
	t.touched = append(t.touched, e)
}

// touchedNow reports whether this turn has changed e.
func (t *turn) touchedNow(e *contestbot.Entry) bool {
	for _, x := range t.touched {
		if x == e {
			return true
		}
	}
	return false
}

func (t *turn) event(e *contestbot.Entry, what string) {
	t.events = append(t.events, entryEvent{e, what})
}

func (t *turn) save() error {
	if t.forgotten {
		return nil
	}
	raw, err := json.Marshal(t.st)
	if err != nil {
		return fmt.Errorf("handle: %w", err)
	}
	for _, e := range t.touched {
		e.NormalizeFacts(t.c.season) // s7-j: one place keeps uses_ai=false ⇒ ai_labelled null, whatever path set them
		summaryReference(e)          // s9-f summaryref.go: "同简介" is never stored as the 摘要
	}
	if err := t.c.deps.Store.SaveTurn(t.ctx, t.m.OpenID, raw, t.touched...); err != nil {
		return fmt.Errorf("handle: %w", err)
	}
	// A new entry got its ID in SaveTurn; the state may point at it.
	if t.st.newEntry != nil && t.st.EntryID == 0 {
		t.st.EntryID = t.st.newEntry.ID
		raw, _ = json.Marshal(t.st)
		if err := t.c.deps.Store.SaveTurn(t.ctx, t.m.OpenID, raw); err != nil {
			return fmt.Errorf("handle: %w", err)
		}
	}
	return nil
}

// now is the clock of the turn.
func (t *turn) now() time.Time { return t.c.opts.Now() }
