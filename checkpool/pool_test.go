package checkpool_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"contestbot"
	"contestbot/checkpool"
	"contestbot/checks"
	"contestbot/store/storetest"
)

// gateChecker holds every check until the test opens its gate, and records
// how many run at once, in all and per user (the user is the URL's first
// path element). Tests wait on what it reports, never on how fast the
// machine is: a loaded CI box must not turn a limit test into a race
// against a timer.
type gateChecker struct {
	gate    chan struct{} // closed by the test; nil lets checks through at once
	started chan string   // each check's input as it starts (buffered; nil: not reported)

	mu                 sync.Mutex
	active, peak       int
	userActive, uPeaks map[string]int
}

func newGateChecker(buffer int) *gateChecker {
	return &gateChecker{gate: make(chan struct{}), started: make(chan string, buffer),
		userActive: map[string]int{}, uPeaks: map[string]int{}}
}

func (c *gateChecker) Check(ctx context.Context, input string, want *checks.Expect) (contestbot.Report, error) {
	user := strings.SplitN(strings.TrimPrefix(input, "https://v.example.com/"), "/", 2)[0]
	c.mu.Lock()
	if c.userActive == nil {
		c.userActive, c.uPeaks = map[string]int{}, map[string]int{}
	}
	c.active++
	c.peak = max(c.peak, c.active)
	c.userActive[user]++
	c.uPeaks[user] = max(c.uPeaks[user], c.userActive[user])
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.active--
		c.userActive[user]--
		c.mu.Unlock()
	}()
	if c.started != nil {
		c.started <- input
	}
	if c.gate != nil {
		select {
		case <-c.gate:
		case <-ctx.Done():
			return contestbot.Report{}, ctx.Err()
		}
	}
	return contestbot.Report{Input: input, Verdict: contestbot.VerdictPass}, nil
}

// peaks returns the most checks that ran at once, in all and of one user.
func (c *gateChecker) peaks() (all, perUser int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, n := range c.uPeaks {
		perUser = max(perUser, n)
	}
	return c.peak, perUser
}

// results collects finished checks and reports each on got.
type results struct {
	mu   sync.Mutex
	keys map[string]int
	got  chan string
}

func newResults(n int) *results { return &results{keys: map[string]int{}, got: make(chan string, n)} }

func (r *results) done(_ context.Context, res checkpool.Result) {
	r.mu.Lock()
	r.keys[res.Key]++
	r.mu.Unlock()
	select {
	case r.got <- res.Key:
	default:
	}
}

// wait waits for n distinct results; the timeout is only a guard against a
// hung pool, far above what a loaded machine needs.
func (r *results) wait(t *testing.T, n int) {
	t.Helper()
	guard := time.After(time.Minute)
	for {
		r.mu.Lock()
		k := len(r.keys)
		r.mu.Unlock()
		if k >= n {
			return
		}
		select {
		case <-r.got:
		case <-guard:
			t.Fatalf("%d of %d checks finished", k, n)
		}
	}
}

// start runs p until the test ends and returns a stop that cancels it and
// waits for Run to return (every running check finished or cut short).
func start(t *testing.T, p *checkpool.Pool) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Run(ctx); close(done) }()
	stop = func() { cancel(); <-done }
	t.Cleanup(stop)
	return stop
}

func TestLimits(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t)
	// Every check waits at the gate, so the first eight links are all
	// unfinished when the ninth comes, however slow the machine.
	ck := newGateChecker(16)
	res := newResults(16)
	p := checkpool.New(db, ck, checkpool.Options{Workers: 3, PerUser: 1, MaxQueued: 8, Interval: 20 * time.Millisecond, Done: res.done})
	stop := start(t, p)
	opened := false
	defer func() {
		if !opened {
			close(ck.gate) // a failed assertion must not leave checks hanging
		}
	}()
	busy := 0
	for i := range 8 {
		ahead, _, err := p.Submit(ctx, "oA", 0, "", fmt.Sprintf("https://v.example.com/oA/%d.mp4", i), nil, fmt.Sprintf("check:a%d", i))
		if err != nil {
			t.Fatal(err)
		}
		if ahead > 0 {
			busy++
		}
	}
	if busy != 7 {
		t.Errorf("%d of 8 links were told they wait, want 7", busy)
	}
	if _, _, err := p.Submit(ctx, "oA", 0, "", "https://v.example.com/oA/9.mp4", nil, "check:a9"); err != checkpool.ErrTooMany {
		t.Fatalf("ninth link: %v, want ErrTooMany", err)
	}
	if _, _, err := p.Submit(ctx, "oA", 0, "", "https://v.example.com/"+string(make([]byte, checks.MaxLinkBytes)), nil, "check:long"); contestbot.ErrorCode(err) != contestbot.EINVALID {
		t.Fatalf("long link: %v", err)
	}
	for i := range 4 {
		u := fmt.Sprintf("oU%d", i)
		if _, _, err := p.Submit(ctx, u, 0, "", "https://v.example.com/"+u+"/x.mp4", nil, "check:u"+u); err != nil {
			t.Fatal(err)
		}
	}
	// Five users have work and three workers: three checks start, one of
	// them oA's, and the rest wait for a slot.
	for range 3 {
		select {
		case <-ck.started:
		case <-time.After(time.Minute):
			t.Fatal("the pool did not start three checks")
		}
	}
	close(ck.gate)
	opened = true
	res.wait(t, 12)
	// Run returns once every job goroutine is done, so each job is
	// finished in the store (that happens just after its result is
	// delivered).
	stop()
	if all, perUser := ck.peaks(); all != 3 || perUser != 1 {
		t.Errorf("%d checks at once, %d of one user; want 3 and 1", all, perUser)
	}
	if p.Peak() != 3 {
		t.Errorf("pool peak %d, want 3", p.Peak())
	}
	if n, err := db.CountCheckJobs(ctx, ""); err != nil || n != 0 {
		t.Errorf("%d jobs left (%v)", n, err)
	}
}

// TestSurvivesRestart: checks queued when a process stops run in the next one.
func TestSurvivesRestart(t *testing.T) {
	open := storetest.SQLite(t)
	db := open(t)
	res := newResults(3)
	p := checkpool.New(db, &gateChecker{}, checkpool.Options{Done: res.done})
	// Never run: the process stopped with the jobs queued.
	for i := range 3 {
		if _, _, err := p.Submit(context.Background(), "oA", 0, "", "https://v.example.com/a.mp4", nil, fmt.Sprintf("check:%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	db2 := open(t)
	p2 := checkpool.New(db2, &gateChecker{}, checkpool.Options{Interval: 20 * time.Millisecond, Done: res.done})
	start(t, p2)
	res.wait(t, 3)
}
