package bot

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"contestbot"
	"contestbot/store"
)

// Sender sends customer-service and template messages; *Client implements it.
type Sender interface {
	SendText(ctx context.Context, openID, text string) error
	SendTemplate(ctx context.Context, m TemplateMessage) error
}

var _ Sender = (*Client)(nil)

// DelivererOptions configures a Deliverer. Zero values take the defaults.
type DelivererOptions struct {
	Batch       int           // items claimed per pass (10)
	Lease       time.Duration // how long a claimed item is ours (30 s)
	Parallel    int           // users sent to at once (8)
	Interval    time.Duration // poll interval when idle (1 s)
	MaxAttempts int           // attempts before giving up (8)
	Backoff     time.Duration // first retry delay, doubled per attempt with ±20% jitter (2 s)
	MaxBackoff  time.Duration // cap on the retry delay (10 min)
	Now         func() time.Time
	Logger      *slog.Logger
}

// Deliverer sends the outbox: slow and long replies, pushes and reminders.
// Items are leased so that of several instances exactly one sends each,
// and only the lease holder resolves an item. Delivery is at least once:
// an item is recorded "sending" just before the API call and "sent" just
// after, and an instance killed between the two leaves it to be sent again
// when the lease runs out. The window is one API call.
// failures are retried with exponential backoff, and WeChat's permanent
// refusals (out of the 48 h window, quota, unfollowed, bad openid) are
// marked failed at once with a readable reason.
type Deliverer struct {
	st   Outbox
	send Sender // nil: no credentials, nothing is sent
	o    DelivererOptions
	m    *metrics
	wake chan struct{}
}

// NewDeliverer returns a Deliverer of st's outbox through send (nil: Run
// returns at once and items wait for an instance with credentials).
func NewDeliverer(st Outbox, send Sender, opts DelivererOptions) *Deliverer {
	return newDeliverer(st, send, opts, newMetrics(nil, nil))
}

func newDeliverer(st Outbox, send Sender, o DelivererOptions, m *metrics) *Deliverer {
	if o.Batch <= 0 {
		o.Batch = 10
	}
	if o.Lease <= 0 {
		o.Lease = 30 * time.Second
	}
	if o.Parallel <= 0 {
		o.Parallel = 8
	}
	if o.Interval <= 0 {
		o.Interval = time.Second
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 8
	}
	if o.Backoff <= 0 {
		o.Backoff = 2 * time.Second
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 10 * time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Deliverer{st: st, send: send, o: o, m: m, wake: make(chan struct{}, 1)}
}

// Notify wakes Run to look at the outbox now rather than at the next poll.
func (d *Deliverer) Notify() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Run delivers due items until ctx is done.
func (d *Deliverer) Run(ctx context.Context) error {
	if d.send == nil {
		d.o.Logger.Warn("wechat credentials not set: outbox messages are kept, not sent")
		return nil
	}
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-d.wake:
		}
		n, err := d.DeliverDue(ctx)
		if err != nil && ctx.Err() == nil {
			d.o.Logger.Error("outbox pass failed", "err", err)
		}
		// A full batch means more may be due: go again at once.
		next := d.o.Interval
		if n == d.o.Batch {
			next = 0
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(next)
	}
}

// DeliverDue makes one pass: it claims up to Batch due items and tries each
// once. It returns how many it claimed.
func (d *Deliverer) DeliverDue(ctx context.Context) (int, error) {
	if d.send == nil {
		return 0, nil
	}
	items, err := d.st.ClaimDue(ctx, d.o.Batch, d.o.Lease)
	if err != nil {
		return 0, err
	}
	// Oldest first, so a user's parts go out in order even when an earlier
	// part's retry came due after a later part.
	slices.SortFunc(items, func(a, b *store.OutboxItem) int { return cmp.Compare(a.ID, b.ID) })
	// Each user's items go out one after another, different users' side by
	// side (at most Parallel calls at once): at 2 s of API latency a
	// sequential pass of 10 would take 20 s.
	var users []string
	byUser := map[string][]*store.OutboxItem{}
	for _, it := range items {
		if byUser[it.OpenID] == nil {
			users = append(users, it.OpenID)
		}
		byUser[it.OpenID] = append(byUser[it.OpenID], it)
	}
	sem := make(chan struct{}, d.o.Parallel)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for _, u := range users {
		wg.Add(1)
		sem <- struct{}{}
		go func(its []*store.OutboxItem) {
			defer func() { <-sem; wg.Done() }()
			if err := d.deliverUser(ctx, its); err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		}(byUser[u])
	}
	wg.Wait()
	return len(items), firstErr
}

// deliverUser sends one user's items in order. A user whose earlier item
// failed gets nothing more in this pass; the later items' leases run out
// after the earlier item's first retries (2+4+8+16 s < 30 s lease), so
// order holds unless a send keeps failing.
func (d *Deliverer) deliverUser(ctx context.Context, items []*store.OutboxItem) error {
	for _, it := range items {
		if ctx.Err() != nil {
			return ctx.Err() // the leases run out; another pass takes them
		}
		// Record "sending" before the call, renewing the lease for it; an
		// item whose lease ran out while earlier ones were sent belongs to
		// another instance now and is left alone, with the user's later
		// items (that instance sends them in order).
		ok, err := d.st.BeginSend(ctx, it, d.o.Lease)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		// The call and its resolution are not cut short by shutdown: an
		// interrupted call would leave the item to be sent again.
		sctx := context.WithoutCancel(ctx)
		if err := d.deliver(sctx, it); err != nil {
			if err := d.fail(sctx, it, err); err != nil && !errors.Is(err, store.ErrLeaseLost) {
				return err
			}
			return nil
		}
		d.m.sent.Inc()
		if err := d.st.FinishSent(sctx, it); err != nil {
			if errors.Is(err, store.ErrLeaseLost) {
				d.o.Logger.Warn("outbox lease lost during a send", "outbox_id", it.ID)
				continue
			}
			return err
		}
	}
	return nil
}

func (d *Deliverer) deliver(ctx context.Context, it *store.OutboxItem) error {
	switch it.Kind {
	case store.OutboxText:
		return d.send.SendText(ctx, it.OpenID, it.Body)
	case store.OutboxTemplate:
		var m TemplateMessage
		if err := json.Unmarshal([]byte(it.Body), &m); err != nil {
			return permanent("模板消息内容不是有效的 JSON")
		}
		if m.ToUser == "" {
			m.ToUser = it.OpenID
		}
		return d.send.SendTemplate(ctx, m)
	}
	return permanent(fmt.Sprintf("未知的消息类型 %q", it.Kind))
}

// fail records a failed attempt: permanent failures and the last attempt
// are marked failed, the rest retried after a backoff.
func (d *Deliverer) fail(ctx context.Context, it *store.OutboxItem, err error) error {
	reason, perm := permanentReason(err)
	attempt := it.Attempts + 1
	log := d.o.Logger.With("outbox_id", it.ID, "user", contestbot.LogID(it.OpenID), "attempt", attempt, "err", err)
	if perm || attempt >= d.o.MaxAttempts {
		if !perm {
			reason = fmt.Sprintf("重试 %d 次仍失败：%s", attempt, truncate(err.Error(), 200))
		}
		d.m.failures.WithLabelValues("permanent").Inc()
		log.Warn("outbox message given up", "reason", reason)
		return d.st.FinishFailed(ctx, it, reason)
	}
	d.m.failures.WithLabelValues("retry").Inc()
	delay := d.backoff(it.Attempts)
	log.Info("outbox message will be retried", "in", delay)
	return d.st.FinishRetry(ctx, it, d.o.Now().Add(delay), truncate(err.Error(), 200))
}

// backoff is Backoff·2^attempts, capped at MaxBackoff, with ±20% jitter.
func (d *Deliverer) backoff(attempts int) time.Duration {
	delay := d.o.Backoff
	for i := 0; i < attempts && delay < d.o.MaxBackoff; i++ {
		delay *= 2
	}
	delay = min(delay, d.o.MaxBackoff)
	jitter := 0.8 + 0.4*rand.Float64()
	return time.Duration(float64(delay) * jitter)
}

// permanentError is a failure retrying cannot fix.
type permanentError string

func (e permanentError) Error() string { return string(e) }

func permanent(reason string) error { return permanentError(reason) }

// permanentReason says whether err is a failure retrying cannot fix, and
// why in words staff understand.
func permanentReason(err error) (string, bool) {
	var pe permanentError
	if errors.As(err, &pe) {
		return string(pe), true
	}
	switch ErrCode(err) {
	case CodeOutOfTimeLimit:
		return "用户超过48小时没有发消息，客服消息已无法送达（45015）", true
	case CodeQuotaExceeded:
		return "客服消息超过微信的条数上限（45047）", true
	case CodeRequireSubscribe:
		return "用户已取消关注公众号（43004）", true
	case CodeInvalidOpenID:
		return "openid 无效（40003）", true
	case 45002:
		return "消息内容超过微信的长度上限（45002）", true
	case 47003:
		return "模板消息的字段不符合模板要求（47003）", true
	case 48001:
		return "公众号没有这个接口的权限（48001），请检查公众号类型和认证", true
	}
	if contestbot.ErrorCode(err) == contestbot.EINVALID {
		return contestbot.ErrorMessage(err), true
	}
	return "", false
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s[:n])
	return string(r[:len(r)-1]) + "…"
}
