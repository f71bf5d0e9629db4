package remind

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"contestbot"
	"contestbot/bot"
	"contestbot/dialogs"
	"contestbot/store"
)

// Sender delivers messages through WeChat. *bot.Client implements it.
type Sender interface {
	SendText(ctx context.Context, openID, text string) error
	SendTemplate(ctx context.Context, m bot.TemplateMessage) error
}

var _ Sender = (*bot.Client)(nil)

// Store is what reminders need from the database. *store.DB implements it.
type Store interface {
	User(ctx context.Context, openID string) (*store.User, error)
	Users(ctx context.Context) ([]*store.User, error)
	Entries(ctx context.Context, f store.EntryFilter) ([]*contestbot.Entry, error)
	EntriesByOpenID(ctx context.Context, openID string) ([]*contestbot.Entry, error)
	Reminders(ctx context.Context) ([]*store.Reminder, error)
	ClaimReminder(ctx context.Context, openID, slot string, plannedAt time.Time) (bool, error)
	FinishReminder(ctx context.Context, openID, slot, channel, status, detail string) error
	PushesSince(ctx context.Context, openID string, t time.Time) (int, error)
	RemindersSentSince(ctx context.Context, openID, channel string, t time.Time) (int, error)
	SetSubscribed(ctx context.Context, openID string, subscribed bool) error
	ClaimNudge(ctx context.Context, openID string, at, since time.Time) (bool, error)
	Setting(ctx context.Context, key string) (string, time.Time, error)
	SetSetting(ctx context.Context, key, value string) error
}

var _ Store = (*store.DB)(nil)

// Service is the dialog's source of in-conversation nudges.
var _ dialogs.Nudger = (*Service)(nil)

// WeChat's customer-service rules: 5 messages within 48 h of the user's
// last message.
const (
	Window = 48 * time.Hour
	Budget = 5
)

// WeChat errcodes reminders act on.
const (
	codeRequireSubscribe = 43004 // the user unfollowed the account
	codeOutOfTimeLimit   = 45015 // outside the 48 h customer-service window
	codeQuotaExceeded    = 45047 // customer-service quota for this user spent
	codeBadArgument      = 47003 // a template field's value was refused
)

// Options configure a Service. The lead copies them from config.Reminders,
// config.Contest.Deadline and config.Server.PublicURL.
type Options struct {
	// Deadline is the contest deadline instant.
	Deadline time.Time
	// Season decides what an entry still lacks (the AI category needs no
	// AI question); nil means a season with no AI category.
	Season *contestbot.Season
	// Offsets are reminders.offsets (DefaultOffsets when empty): "Nd" is N
	// days before the deadline, "Nh" N hours before it, "HH:MM" that time on
	// the deadline's last day.
	Offsets []string
	// QuietHours is reminders.quiet_hours (default "22:00-08:00") and
	// Timezone the zone it is read in (default "Asia/Shanghai").
	QuietHours string
	Timezone   string
	// TemplateID is reminders.template_id: the template for users outside the
	// 48 h window. Empty means such users are recorded as unreachable.
	TemplateID string
	// PublicURL is opened when the user taps a template message (optional).
	PublicURL string
	// Now is the clock (default time.Now); Logger defaults to slog.Default().
	Now    func() time.Time
	Logger *slog.Logger
}

// Service plans and sends deadline reminders.
type Service struct {
	db       Store
	send     Sender
	deadline time.Time
	season   *contestbot.Season
	slots    []Slot
	quiet    quietHours
	loc      *time.Location
	template string
	url      string
	log      *slog.Logger

	// Now is the clock every pass reads.
	Now func() time.Time
}

// New returns a Service. Invalid options give an EINVALID error naming the
// config key.
func New(db Store, s Sender, opts Options) (*Service, error) {
	if opts.Deadline.IsZero() {
		return nil, contestbot.Errorf(contestbot.EINVALID, "contest.deadline: 未设置截止时间，无法安排提醒")
	}
	if opts.QuietHours == "" {
		opts.QuietHours = "22:00-08:00"
	}
	if opts.Timezone == "" {
		opts.Timezone = "Asia/Shanghai"
	}
	if len(opts.Offsets) == 0 {
		opts.Offsets = DefaultOffsets
	}
	loc, err := loadLocation(opts.Timezone)
	if err != nil {
		return nil, err
	}
	q, err := parseQuietHours(opts.QuietHours)
	if err != nil {
		return nil, err
	}
	var offs []offset
	for _, raw := range opts.Offsets {
		o, err := parseOffset(raw)
		if err != nil {
			return nil, err
		}
		offs = append(offs, o)
	}
	svc := &Service{
		db:       db,
		send:     s,
		deadline: opts.Deadline,
		season:   opts.Season,
		quiet:    q,
		loc:      loc,
		template: strings.TrimSpace(opts.TemplateID),
		url:      opts.PublicURL,
		log:      opts.Logger,
		Now:      opts.Now,
	}
	if svc.log == nil {
		svc.log = slog.Default()
	}
	if svc.season == nil {
		svc.season = &contestbot.Season{}
	}
	if svc.Now == nil {
		svc.Now = time.Now
	}
	var dropped []string
	svc.slots, dropped = slots(offs, opts.Deadline, q, loc)
	if len(dropped) > 0 {
		svc.log.Warn("reminder offsets at or after the deadline are ignored", "offsets", dropped)
	}
	return svc, nil
}

// loadLocation loads a time zone; Asia/Shanghai has no daylight saving, so a
// fixed +08:00 stands in where the system has no tz database.
func loadLocation(name string) (*time.Location, error) {
	loc, err := time.LoadLocation(name)
	if err == nil {
		return loc, nil
	}
	if name == "Asia/Shanghai" {
		return time.FixedZone("CST", 8*3600), nil
	}
	return nil, contestbot.Errorf(contestbot.EINVALID, "reminders.timezone: 不认识时区 %q（例如 Asia/Shanghai）", name)
}

// Slots returns the planned slots, sorted by due time.
func (s *Service) Slots() []Slot { return append([]Slot(nil), s.slots...) }

// Planned is one reminder a pass would send.
type Planned struct {
	OpenID string
	Slot   Slot
	// Channel is store.ReminderCustomer, store.ReminderTemplate or
	// store.ReminderUnreachable; Reason says why when it is not customer.
	Channel string
	Reason  string
	// Text is the customer-service text (also what staff read in a dry run).
	Text string
	// Template is set when Channel is template.
	Template *bot.TemplateMessage
	Items    []Item
	// Skipped are older slots missed while no pass ran (the server was
	// down), recorded as skipped rather than sent: a user never gets a burst
	// of stale reminders.
	Skipped []Slot
}

// lastPassKey is the setting recording the time of the last completed
// pass, shared by all instances.
const lastPassKey = "reminders.last_pass"

// due returns the slot due at now, given the time of the last completed pass
// (zero if none), and the older slots that came due while no pass ran.
//
// Nothing is due in quiet hours or after the deadline. The due slot is the
// latest whose time has come, and only while no pass has completed since it
// came due: a pass at or after its time handles it for everyone eligible
// then, so a user who starts an entry later waits for the next slot instead
// of getting a stale reminder at once. When the server was down over a slot,
// the first pass after it comes back is still "fresh" and sends it once (if
// the next slot has not come yet); slots missed before it are skipped.
func (s *Service) due(now, lastPass time.Time) (due Slot, missed []Slot, ok bool) {
	if !now.Before(s.deadline) || s.quiet.contains(now, s.loc) {
		return Slot{}, nil, false
	}
	i := -1
	for j, sl := range s.slots {
		if !sl.At.After(now) {
			i = j
		}
	}
	if i < 0 || !lastPass.Before(s.slots[i].At) {
		return Slot{}, nil, false
	}
	for _, o := range s.slots[:i] {
		if lastPass.Before(o.At) {
			missed = append(missed, o)
		}
	}
	return s.slots[i], missed, true
}

// lastPass reads when the last pass completed.
func (s *Service) lastPass(ctx context.Context) (time.Time, error) {
	v, _, err := s.db.Setting(ctx, lastPassKey)
	if err != nil || v == "" {
		return time.Time{}, err
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		// A damaged marker must not block reminders: treat it as never.
		s.log.Warn("unreadable reminders.last_pass setting; treating as none")
		return time.Time{}, nil
	}
	return t, nil
}

// Plan returns who would get which reminder at now, changing nothing: when a
// slot is due (see due), each subscribed user who has not opted out, has
// unfinished entries and has not yet had it.
func (s *Service) Plan(ctx context.Context, now time.Time) ([]Planned, error) {
	last, err := s.lastPass(ctx)
	if err != nil {
		return nil, fmt.Errorf("plan reminders: %w", err)
	}
	due, older, ok := s.due(now, last)
	if !ok {
		return nil, nil
	}
	entries, err := s.db.Entries(ctx, store.EntryFilter{})
	if err != nil {
		return nil, fmt.Errorf("plan reminders: %w", err)
	}
	byUser := map[string][]*contestbot.Entry{}
	var order []string
	for _, e := range entries {
		if _, seen := byUser[e.OpenID]; !seen {
			order = append(order, e.OpenID)
		}
		byUser[e.OpenID] = append(byUser[e.OpenID], e)
	}
	if len(order) == 0 {
		return nil, nil
	}
	users, err := s.db.Users(ctx)
	if err != nil {
		return nil, fmt.Errorf("plan reminders: %w", err)
	}
	userOf := make(map[string]*store.User, len(users))
	for _, u := range users {
		userOf[u.OpenID] = u
	}
	rows, err := s.db.Reminders(ctx)
	if err != nil {
		return nil, fmt.Errorf("plan reminders: %w", err)
	}
	had := map[[2]string]bool{}
	for _, r := range rows {
		had[[2]string{r.OpenID, r.Slot}] = true
	}
	var out []Planned
	for _, id := range order {
		u := userOf[id]
		if u == nil {
			// Entries without a user row (imported by staff): nobody wrote, so
			// the window is closed.
			u = &store.User{OpenID: id, Subscribed: true}
		}
		if !u.Subscribed || u.RemindersOff || had[[2]string{id, due.Key}] {
			continue
		}
		items := itemsOf(s.season, byUser[id])
		if len(items) == 0 {
			continue
		}
		p := Planned{OpenID: id, Slot: due, Items: items, Text: reminderText(items, now, s.deadline, s.loc)}
		for _, o := range older {
			if !had[[2]string{id, o.Key}] {
				p.Skipped = append(p.Skipped, o)
			}
		}
		if err := s.choose(ctx, &p, u, now); err != nil {
			return nil, fmt.Errorf("plan reminders: %w", err)
		}
		out = append(out, p)
	}
	return out, nil
}

// choose picks the channel: customer-service text within the 48 h window
// while the budget lasts, else the template if configured, else unreachable.
func (s *Service) choose(ctx context.Context, p *Planned, u *store.User, now time.Time) error {
	var reason string
	if !u.LastSeen.IsZero() && now.Sub(u.LastSeen) < Window {
		pushes, err := s.db.PushesSince(ctx, u.OpenID, u.LastSeen)
		if err != nil {
			return err
		}
		reminders, err := s.db.RemindersSentSince(ctx, u.OpenID, store.ReminderCustomer, u.LastSeen)
		if err != nil {
			return err
		}
		if pushes+reminders < Budget {
			p.Channel = store.ReminderCustomer
			return nil
		}
		reason = fmt.Sprintf("48小时内客服消息已发%d条，达到上限", pushes+reminders)
	} else {
		reason = "用户超过48小时未发消息"
	}
	s.fallback(p, reason)
	return nil
}

// fallback sets p to the template channel when one is configured, else
// unreachable, with reason.
func (s *Service) fallback(p *Planned, reason string) {
	if s.template != "" {
		p.Channel = store.ReminderTemplate
		p.Reason = reason + "，改发模板消息"
		p.Template = &bot.TemplateMessage{
			ToUser:     p.OpenID,
			TemplateID: s.template,
			URL:        s.url,
			Data:       templateData(p.Items, s.deadline, s.loc),
		}
		return
	}
	p.Channel = store.ReminderUnreachable
	p.Template = nil
	p.Reason = reason + "，且未配置模板消息（reminders.template_id）"
}

// RunOnce runs one pass at s.Now(): for each planned reminder it claims the
// (user, slot) — so no instance or restart sends it twice — records older
// missed slots as skipped, sends and records the outcome. A reminder whose
// send fails is recorded and not retried. It returns how many were sent.
//
// A Service built without a Sender (for Plan and Nudge only) refuses to run.
func (s *Service) RunOnce(ctx context.Context) (sent int, err error) {
	if s.send == nil {
		return 0, contestbot.Errorf(contestbot.EUNAVAILABLE, "未配置公众号（wechat.app_id、wechat.app_secret），无法发送提醒")
	}
	now := s.Now()
	plans, err := s.Plan(ctx, now)
	if err != nil {
		return 0, err
	}
	var errs []error
	for i := range plans {
		if ctx.Err() != nil {
			errs = append(errs, ctx.Err())
			break
		}
		ok, err := s.deliver(ctx, &plans[i])
		if err != nil {
			errs = append(errs, err)
		}
		if ok {
			sent++
		}
	}
	if len(errs) == 0 && now.Before(s.deadline) && !s.quiet.contains(now, s.loc) {
		errs = append(errs, s.markPass(ctx, now))
	}
	return sent, errors.Join(errs...)
}

// markPass records that a pass completed at now. A pass in quiet hours
// handles nothing and is not recorded; an earlier time (another instance's
// slower clock) never moves the marker back.
func (s *Service) markPass(ctx context.Context, now time.Time) error {
	last, err := s.lastPass(ctx)
	if err != nil {
		return err
	}
	if !now.After(last) {
		return nil
	}
	if err := s.db.SetSetting(ctx, lastPassKey, now.UTC().Format(time.RFC3339Nano)); err != nil {
		return fmt.Errorf("record reminder pass: %w", err)
	}
	return nil
}

// deliver claims and sends one planned reminder, reporting whether a
// message went out.
func (s *Service) deliver(ctx context.Context, p *Planned) (bool, error) {
	claimed, err := s.db.ClaimReminder(ctx, p.OpenID, p.Slot.Key, p.Slot.At)
	if err != nil || !claimed {
		return false, err
	}
	sent, err := s.sendClaimed(ctx, p)
	// Record the missed slots after sending: a store error here must not
	// leave the claimed reminder unsent.
	for _, o := range p.Skipped {
		ok, cerr := s.db.ClaimReminder(ctx, p.OpenID, o.Key, o.At)
		if cerr == nil && ok {
			cerr = s.db.FinishReminder(ctx, p.OpenID, o.Key, store.ReminderSkipped, store.ReminderSkipped,
				"错过的提醒已由 "+p.Slot.Offset+" 提醒取代")
		}
		if cerr != nil {
			return sent, errors.Join(err, cerr)
		}
	}
	return sent, err
}

// sendClaimed sends a claimed reminder over its channel, falling back as
// WeChat's errcodes direct, and records the outcome.
func (s *Service) sendClaimed(ctx context.Context, p *Planned) (bool, error) {
	log := s.log.With("user", contestbot.LogID(p.OpenID), "slot", p.Slot.Key)
	finish := func(channel, status, detail string) error {
		log.Info("reminder", "channel", channel, "status", status)
		return s.db.FinishReminder(ctx, p.OpenID, p.Slot.Key, channel, status, detail)
	}

	if p.Channel == store.ReminderCustomer {
		err := s.send.SendText(ctx, p.OpenID, p.Text)
		switch code := errCode(err); {
		case err == nil:
			return true, finish(store.ReminderCustomer, store.ReminderSent, "")
		case code == codeOutOfTimeLimit || code == codeQuotaExceeded:
			s.fallback(p, fmt.Sprintf("客服消息被拒（%d）", code))
		case code == codeRequireSubscribe:
			return false, s.unfollowed(ctx, p, store.ReminderCustomer, finish)
		default:
			log.Warn("reminder text failed", "errcode", code, "err", detail(err))
			return false, finish(store.ReminderCustomer, store.ReminderFailed, detail(err))
		}
	}
	switch p.Channel {
	case store.ReminderTemplate:
		err := s.send.SendTemplate(ctx, *p.Template)
		switch code := errCode(err); {
		case err == nil:
			return true, finish(store.ReminderTemplate, store.ReminderSent, p.Reason)
		case code == codeRequireSubscribe:
			return false, s.unfollowed(ctx, p, store.ReminderTemplate, finish)
		case code == codeBadArgument:
			d := "模板字段不合法（47003）"
			if f := badField(err); f != "" {
				d = fmt.Sprintf("模板字段 %s 不合法（47003）", f)
			}
			log.Warn("reminder template refused", "errcode", code, "field", badField(err))
			return false, finish(store.ReminderTemplate, store.ReminderFailed, d)
		default:
			log.Warn("reminder template failed", "errcode", code, "err", detail(err))
			return false, finish(store.ReminderTemplate, store.ReminderFailed, detail(err))
		}
	default:
		return false, finish(store.ReminderUnreachable, store.ReminderUnreachable, p.Reason)
	}
}

// unfollowed handles 43004: the user no longer follows the account, so they
// are marked unsubscribed and get nothing more.
func (s *Service) unfollowed(ctx context.Context, p *Planned, channel string, finish func(channel, status, detail string) error) error {
	err := s.db.SetSubscribed(ctx, p.OpenID, false)
	return errors.Join(err, finish(channel, store.ReminderFailed, "用户已取消关注（43004）"))
}

// errCode reads WeChat's errcode from err without depending on the client's
// error type; 0 if there is none.
func errCode(err error) int {
	var c interface{ ErrCode() int }
	if errors.As(err, &c) {
		return c.ErrCode()
	}
	return 0
}

var (
	badFieldRE = regexp.MustCompile(`data\.([A-Za-z0-9_]+)`)
	tokenRE    = regexp.MustCompile(`access_token=[^&\s"]*`)
)

// badField finds the template field a 47003 names ("data.thing1.value invalid").
func badField(err error) string {
	if m := badFieldRE.FindStringSubmatch(err.Error()); m != nil {
		return m[1]
	}
	return ""
}

// detail is err as recorded for staff: no access_token, at most 200 characters.
func detail(err error) string {
	d := tokenRE.ReplaceAllString(err.Error(), "access_token=REDACTED")
	if utf8.RuneCountInString(d) > 200 {
		d = string([]rune(d)[:200])
	}
	return d
}

// Run runs a pass every interval (default one minute) until ctx ends: the
// scheduler inside serve. Errors are logged; the next pass tries again.
func (s *Service) Run(ctx context.Context, every time.Duration) {
	if every <= 0 {
		every = time.Minute
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if n, err := s.RunOnce(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("reminder pass", "sent", n, "err", err)
		} else if n > 0 {
			s.log.Info("reminder pass", "sent", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Nudge returns one short line to end a chat reply with, when the user has
// unfinished entries and has not been nudged today (in the reminders' time
// zone); "" otherwise, also after the deadline and for users who opted out of
// reminders or unknown users.
func (s *Service) Nudge(ctx context.Context, openID string) (string, error) {
	now := s.Now()
	if !now.Before(s.deadline) {
		return "", nil
	}
	u, err := s.db.User(ctx, openID)
	if contestbot.ErrorCode(err) == contestbot.ENOTFOUND {
		return "", nil
	} else if err != nil {
		return "", fmt.Errorf("nudge: %w", err)
	}
	if u.RemindersOff || !u.Subscribed {
		return "", nil
	}
	if u.LastNudge != nil && !u.LastNudge.Before(s.startOfDay(now)) {
		return "", nil
	}
	entries, err := s.db.EntriesByOpenID(ctx, openID)
	if err != nil {
		return "", fmt.Errorf("nudge: %w", err)
	}
	items := itemsOf(s.season, entries)
	if len(items) == 0 {
		return "", nil
	}
	ok, err := s.db.ClaimNudge(ctx, openID, now, s.startOfDay(now))
	if err != nil || !ok {
		return "", err
	}
	return nudgeText(items, now, s.deadline, s.loc), nil
}

func (s *Service) startOfDay(t time.Time) time.Time {
	y, m, d := t.In(s.loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, s.loc)
}
