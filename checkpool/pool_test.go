package checkpool_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"contestbot"
	"contestbot/checkpool"
	"contestbot/checks"
	"contestbot/store/storetest"
)

// slowChecker takes a while per check and records how many run at once.
type slowChecker struct {
	delay        time.Duration
	active, peak atomic.Int32
}

func (c *slowChecker) Check(ctx context.Context, input string, want *checks.Expect) (contestbot.Report, error) {
	n := c.active.Add(1)
	defer c.active.Add(-1)
	for p := c.peak.Load(); n > p && !c.peak.CompareAndSwap(p, n); p = c.peak.Load() {
	}
	select {
	case <-time.After(c.delay):
	case <-ctx.Done():
		return contestbot.Report{}, ctx.Err()
	}
	return contestbot.Report{Input: input, Verdict: contestbot.VerdictPass}, nil
}

type results struct {
	mu  sync.Mutex
	got map[string]int
}

func (r *results) done(_ context.Context, res checkpool.Result) {
	r.mu.Lock()
	r.got[res.Key]++
	r.mu.Unlock()
}

func (r *results) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.got)
}

func TestLimits(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := storetest.Open(t)
	ck := &slowChecker{delay: 300 * time.Millisecond} // the ninth link comes while the first eight wait
	res := &results{got: map[string]int{}}
	p := checkpool.New(db, ck, checkpool.Options{Workers: 3, PerUser: 1, MaxQueued: 8, Interval: 20 * time.Millisecond, Done: res.done})
	go p.Run(ctx)
	busy := 0
	for i := range 8 {
		ahead, _, err := p.Submit(ctx, "oA", 0, "", fmt.Sprintf("https://v.example.com/%d.mp4", i), nil, fmt.Sprintf("check:a%d", i))
		if err != nil {
			t.Fatal(err)
		}
		if ahead > 0 {
			busy++
		}
	}
	if _, _, err := p.Submit(ctx, "oA", 0, "", "https://v.example.com/9.mp4", nil, "check:a9"); err != checkpool.ErrTooMany {
		t.Fatalf("ninth link: %v, want ErrTooMany", err)
	}
	if _, _, err := p.Submit(ctx, "oA", 0, "", "https://v.example.com/"+string(make([]byte, checks.MaxLinkBytes)), nil, "check:long"); contestbot.ErrorCode(err) != contestbot.EINVALID {
		t.Fatalf("long link: %v", err)
	}
	for i := range 4 {
		p.Submit(ctx, fmt.Sprintf("oU%d", i), 0, "", "https://v.example.com/x.mp4", nil, fmt.Sprintf("check:u%d", i))
	}
	deadline := time.Now().Add(10 * time.Second)
	for res.count() < 12 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if res.count() != 12 {
		t.Fatalf("%d of 12 checks finished", res.count())
	}
	if busy < 7 {
		t.Errorf("%d of 8 links were told they wait, want at least 7", busy)
	}
	if p.Peak() > 3 {
		t.Errorf("%d checks at once, want at most 3", p.Peak())
	}
	// A job is finished in the store just after its result is delivered.
	n := -1
	for n != 0 && time.Now().Before(deadline.Add(5*time.Second)) {
		n, _ = db.CountCheckJobs(ctx, "")
		time.Sleep(10 * time.Millisecond)
	}
	if n != 0 {
		t.Errorf("%d jobs left", n)
	}
}

// TestSurvivesRestart: checks queued when a process stops run in the next one.
func TestSurvivesRestart(t *testing.T) {
	open := storetest.SQLite(t)
	db := open(t)
	res := &results{got: map[string]int{}}
	p := checkpool.New(db, &slowChecker{}, checkpool.Options{Done: res.done})
	// Never run: the process stopped with the jobs queued.
	for i := range 3 {
		if _, _, err := p.Submit(context.Background(), "oA", 0, "", "https://v.example.com/a.mp4", nil, fmt.Sprintf("check:%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	db2 := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p2 := checkpool.New(db2, &slowChecker{}, checkpool.Options{Interval: 20 * time.Millisecond, Done: res.done})
	go p2.Run(ctx)
	deadline := time.Now().Add(10 * time.Second)
	for res.count() < 3 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if res.count() != 3 {
		t.Fatalf("%d of 3 queued checks ran after the restart", res.count())
	}
}
