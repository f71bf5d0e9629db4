// Package checkpool runs background video checks a bounded number at a
// time: at most Workers checks in this process, at most PerUser of one
// user's. Jobs wait in the store (check_jobs), so a check queued or running
// when the process stops is run after the restart, by this instance or
// another.
package checkpool

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"contestbot"
	"contestbot/checks"
	"contestbot/store"
)

// Checker runs one check; *checks.Checker implements it.
type Checker interface {
	Check(ctx context.Context, input string, want *checks.Expect) (contestbot.Report, error)
}

// Store is the part of the store the pool uses; *store.DB implements it.
type Store interface {
	AddCheckJob(ctx context.Context, j *store.CheckJob) (ahead int, err error)
	CountCheckJobs(ctx context.Context, openID string) (int, error)
	ClaimCheckJob(ctx context.Context, busy []string, lease time.Duration) (*store.CheckJob, error)
	RenewCheckJob(ctx context.Context, j *store.CheckJob, lease time.Duration) error
	FinishCheckJob(ctx context.Context, j *store.CheckJob) (bool, error)
	LockUser(ctx context.Context, openID string) (func(), error)
}

var _ Store = (*store.DB)(nil)

// Result is a finished check, handed to Options.Done.
type Result struct {
	OpenID  string
	EntryID int64
	Name    string
	URL     string
	Key     string // the dedupe key the job was submitted with
	Report  contestbot.Report
	Err     error
}

// Options configure a Pool. Zero values take the defaults.
type Options struct {
	Workers   int           // checks at once in this process (4)
	PerUser   int           // checks at once of one user (1)
	MaxQueued int           // a user's unfinished checks beyond which links are refused (20)
	Timeout   time.Duration // one check, recording and pushing included (2 min)
	Lease     time.Duration // how long a running job is this process's without renewal (1 min)
	Interval  time.Duration // how often the store is polled for jobs from other instances (2 s)
	Done      func(ctx context.Context, r Result)
	// After runs once the job is finished and its result delivered, still
	// in the job's slot (so it counts against Workers and PerUser): the
	// content stage of a video check. It is not retried after a crash.
	After  func(ctx context.Context, r Result)
	Logger *slog.Logger
}

// Pool is the check worker pool.
type Pool struct {
	st  Store
	ck  Checker
	o   Options
	log *slog.Logger

	mu      sync.Mutex
	running int
	users   map[string]int
	peak    int

	wake chan struct{}
	wg   sync.WaitGroup
}

// New returns a pool; Run starts it.
func New(st Store, ck Checker, o Options) *Pool {
	if o.Workers <= 0 {
		o.Workers = 4
	}
	if o.PerUser <= 0 {
		o.PerUser = 1
	}
	if o.MaxQueued <= 0 {
		o.MaxQueued = 20
	}
	if o.Timeout <= 0 {
		o.Timeout = 2 * time.Minute
	}
	if o.Lease <= 0 {
		o.Lease = time.Minute
	}
	if o.Interval <= 0 {
		o.Interval = 2 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Pool{st: st, ck: ck, o: o, log: o.Logger, users: map[string]int{}, wake: make(chan struct{}, 1)}
}

// ErrTooMany is the user-safe refusal of a link past MaxQueued.
var ErrTooMany = contestbot.Errorf(contestbot.EINVALID, "您已有多个链接在排队检查，请等结果发来后再发新的链接。")

// Submit queues a check of url for openID and reports how many of the
// user's checks come before it (0: it starts at once unless the server is
// busy, which busy reports). key makes a repeated submit (WeChat's retry)
// a no-op.
func (p *Pool) Submit(ctx context.Context, openID string, entryID int64, name, url string, want *checks.Expect, key string) (ahead int, busy bool, err error) {
	if err := checks.CheckLinkLength(url); err != nil {
		return 0, false, err
	}
	n, err := p.st.CountCheckJobs(ctx, openID)
	if err != nil {
		return 0, false, err
	}
	if n >= p.o.MaxQueued {
		return 0, false, ErrTooMany
	}
	j := &store.CheckJob{OpenID: openID, EntryID: entryID, Name: name, URL: url, DedupeKey: key}
	if want != nil {
		b, _ := json.Marshal(want)
		j.Expect = string(b)
	}
	if ahead, err = p.st.AddCheckJob(ctx, j); err != nil {
		return 0, false, err
	}
	p.mu.Lock()
	busy = p.running >= p.o.Workers
	p.mu.Unlock()
	p.notify()
	return ahead, busy, nil
}

func (p *Pool) notify() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Peak is the most checks that ran at once in this process (tests, metrics).
func (p *Pool) Peak() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.peak
}

// Run starts checks as slots free up until ctx is done, then waits for the
// running ones (their jobs stay in the store if cut short).
func (p *Pool) Run(ctx context.Context) {
	t := time.NewTicker(p.o.Interval)
	defer t.Stop()
	for {
		p.fill(ctx)
		select {
		case <-ctx.Done():
			p.wg.Wait()
			return
		case <-p.wake:
		case <-t.C:
		}
	}
}

// fill claims jobs while slots are free.
func (p *Pool) fill(ctx context.Context) {
	for ctx.Err() == nil {
		p.mu.Lock()
		if p.running >= p.o.Workers {
			p.mu.Unlock()
			return
		}
		var busy []string
		for u, n := range p.users {
			if n >= p.o.PerUser {
				busy = append(busy, u)
			}
		}
		p.mu.Unlock()
		j, err := p.st.ClaimCheckJob(ctx, busy, p.o.Lease)
		if contestbot.ErrorCode(err) == contestbot.ENOTFOUND {
			return
		} else if err != nil {
			if ctx.Err() == nil {
				p.log.Error("check pool: claim", "err", err)
			}
			return
		}
		p.mu.Lock()
		p.running++
		p.users[j.OpenID]++
		p.peak = max(p.peak, p.running)
		p.mu.Unlock()
		p.wg.Add(1)
		go p.run(ctx, j)
	}
}

func (p *Pool) run(parent context.Context, j *store.CheckJob) {
	defer p.wg.Done()
	defer func() {
		p.mu.Lock()
		p.running--
		if p.users[j.OpenID]--; p.users[j.OpenID] <= 0 {
			delete(p.users, j.OpenID)
		}
		p.mu.Unlock()
		p.notify()
	}()
	ctx, cancel := context.WithTimeout(parent, p.o.Timeout)
	defer cancel()
	stop := p.renew(ctx, j)
	defer stop()

	var want *checks.Expect
	if j.Expect != "" {
		want = &checks.Expect{}
		if err := json.Unmarshal([]byte(j.Expect), want); err != nil {
			want = nil
		}
	}
	rep, err := p.ck.Check(ctx, j.URL, want)
	if parent.Err() != nil {
		return // shutting down: the job stays in the store and runs after the restart
	}
	r := Result{OpenID: j.OpenID, EntryID: j.EntryID, Name: j.Name, URL: j.URL, Key: j.DedupeKey, Report: rep, Err: err}
	if p.o.Done != nil {
		// Under the user's lock the turn that queued the check has saved
		// the link the result is recorded against.
		if unlock, lerr := p.st.LockUser(ctx, j.OpenID); lerr == nil {
			p.o.Done(ctx, r)
			unlock()
		} else {
			p.log.Error("check pool: lock user", "user", contestbot.LogID(j.OpenID), "err", lerr)
			return
		}
	}
	if _, err := p.st.FinishCheckJob(context.WithoutCancel(ctx), j); err != nil {
		p.log.Error("check pool: finish", "err", err)
		return
	}
	if p.o.After != nil && err == nil && parent.Err() == nil {
		p.o.After(parent, r)
	}
}

// renew keeps the job's lease alive while it runs.
func (p *Pool) renew(ctx context.Context, j *store.CheckJob) func() {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(p.o.Lease / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if err := p.st.RenewCheckJob(ctx, j, p.o.Lease); err != nil && ctx.Err() == nil {
					p.log.Warn("check pool: renew", "err", err)
				}
			}
		}
	}()
	return func() { close(done) }
}
