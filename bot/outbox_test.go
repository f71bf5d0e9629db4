package bot_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"contestbot/bot"
	"contestbot/internal/testclock"
	"contestbot/store"
	"contestbot/store/storetest"
)

// clock is the settable test clock shared by the store and the code under test.
type clock = testclock.Clock

type outboxEnv struct {
	db  *store.DB
	api *fakeAPI
	d   *bot.Deliverer
	clk *clock
}

func newOutboxEnv(t *testing.T, opts bot.DelivererOptions) *outboxEnv {
	e := &outboxEnv{db: storetest.Open(t), api: newFakeAPI(t), clk: testclock.New(time.Date(2025, 10, 1, 10, 0, 0, 0, time.UTC))}
	e.db.Now = e.clk.Now
	opts.Now, opts.Logger = e.clk.Now, quiet
	e.d = bot.NewDeliverer(e.db, newClient(e.api), opts)
	return e
}

func (e *outboxEnv) pass(t *testing.T) int {
	t.Helper()
	n, err := e.d.DeliverDue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *outboxEnv) item(t *testing.T, id int64) *store.OutboxItem {
	t.Helper()
	items, err := e.db.Outbox(context.Background(), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.ID == id {
			return it
		}
	}
	t.Fatalf("no outbox item %d", id)
	return nil
}

func TestDeliverer(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		e := newOutboxEnv(t, bot.DelivererOptions{})
		id, _ := e.db.Enqueue(ctx, "oU", store.OutboxText, "你好", "k1")
		if n := e.pass(t); n != 1 {
			t.Fatalf("claimed %d", n)
		}
		if it := e.item(t, id); it.State != store.OutboxSent || it.Attempts != 1 {
			t.Fatalf("item %+v", it)
		}
		if e.pass(t) != 0 || len(e.api.sent()) != 1 {
			t.Fatal("sent twice")
		}
	})
	t.Run("ErrPermanent", func(t *testing.T) {
		for _, code := range []int{45015, 45047, 43004, 40003} {
			e := newOutboxEnv(t, bot.DelivererOptions{})
			e.api.failNext(code)
			id, _ := e.db.Enqueue(ctx, "oU", store.OutboxText, "你好", "")
			e.pass(t)
			it := e.item(t, id)
			if it.State != store.OutboxFailed || !strings.Contains(it.LastError, "（"+itoa(code)+"）") {
				t.Fatalf("%d: item %+v", code, it)
			}
			e.clk.Add(time.Hour)
			e.pass(t)
			if n := e.api.calls(); n != 1 {
				t.Fatalf("%d: %d send calls, want 1 (not retried)", code, n)
			}
		}
	})
	t.Run("RetryWithBackoff", func(t *testing.T) {
		e := newOutboxEnv(t, bot.DelivererOptions{Backoff: 10 * time.Second})
		e.api.failNext(-1, -1) // "system busy"
		id, _ := e.db.Enqueue(ctx, "oU", store.OutboxText, "你好", "")
		e.pass(t)
		it := e.item(t, id)
		if it.State != store.OutboxPending || it.Attempts != 1 {
			t.Fatalf("after 1 failure: %+v", it)
		}
		if d := it.NextAttemptAt.Sub(e.clk.Now()); d < 8*time.Second || d > 12*time.Second {
			t.Fatalf("first retry in %v, want 10 s ± 20%%", d)
		}
		if e.pass(t) != 0 {
			t.Fatal("retried before the backoff")
		}
		e.clk.Add(12 * time.Second)
		e.pass(t)
		if d := e.item(t, id).NextAttemptAt.Sub(e.clk.Now()); d < 16*time.Second || d > 24*time.Second {
			t.Fatalf("second retry in %v, want 20 s ± 20%%", d)
		}
		e.clk.Add(25 * time.Second)
		e.pass(t)
		if it := e.item(t, id); it.State != store.OutboxSent || it.Attempts != 3 {
			t.Fatalf("after retries: %+v", it)
		}
	})
	t.Run("ErrTooManyAttempts", func(t *testing.T) {
		e := newOutboxEnv(t, bot.DelivererOptions{MaxAttempts: 2, Backoff: time.Second})
		e.api.failNext(-1, -1, -1)
		id, _ := e.db.Enqueue(ctx, "oU", store.OutboxText, "你好", "")
		e.pass(t)
		e.clk.Add(2 * time.Second)
		e.pass(t)
		if it := e.item(t, id); it.State != store.OutboxFailed || !strings.Contains(it.LastError, "重试 2 次") {
			t.Fatalf("item %+v", it)
		}
	})
	t.Run("KeepsOrderPerUser", func(t *testing.T) {
		e := newOutboxEnv(t, bot.DelivererOptions{Backoff: time.Second, Lease: 30 * time.Second, Parallel: 1}) // which call fails is deterministic
		e.api.failNext(-1)
		e.db.Enqueue(ctx, "oU", store.OutboxText, "第一段", "")
		e.db.Enqueue(ctx, "oU", store.OutboxText, "第二段", "")
		e.db.Enqueue(ctx, "oV", store.OutboxText, "别人的", "")
		e.pass(t)
		if got := texts(e.api.sent()); len(got) != 1 || got[0] != "别人的" {
			t.Fatalf("sent %q", got)
		}
		e.clk.Add(31 * time.Second) // the retry is due and the held item's lease ran out
		e.pass(t)
		if got := texts(e.api.sent()); strings.Join(got, "|") != "别人的|第一段|第二段" {
			t.Fatalf("sent %q", got)
		}
	})
	t.Run("Template", func(t *testing.T) {
		e := newOutboxEnv(t, bot.DelivererOptions{})
		body, _ := json.Marshal(bot.TemplateMessage{TemplateID: "T1", Data: map[string]string{"thing1": "作品未完成"}})
		id, _ := e.db.Enqueue(ctx, "oU", store.OutboxTemplate, string(body), "")
		e.pass(t)
		if it := e.item(t, id); it.State != store.OutboxSent {
			t.Fatalf("item %+v", it)
		}
		want := `{"touser":"oU","template_id":"T1","data":{"thing1":{"value":"作品未完成"}}}`
		if len(e.api.templates) != 1 || string(e.api.templates[0]) != want {
			t.Fatalf("sent %s", e.api.templates)
		}
	})
	t.Run("ErrBadTemplate", func(t *testing.T) {
		e := newOutboxEnv(t, bot.DelivererOptions{})
		id, _ := e.db.Enqueue(ctx, "oU", store.OutboxTemplate, "{", "")
		e.pass(t)
		if it := e.item(t, id); it.State != store.OutboxFailed || it.LastError == "" {
			t.Fatalf("item %+v", it)
		}
	})
}

func TestPush(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, &fakeHandler{}, false)
	long := strings.Repeat("请在10月15日前提交作品。", 200)
	for range 2 { // a second push of the same key is a no-op
		if err := e.srv.Push(ctx, testUser, long, "remind:1"); err != nil {
			t.Fatal(err)
		}
	}
	want := len(bot.SplitText(long, bot.MaxPartBytes))
	waitFor(t, "pushed parts", func() bool { return len(e.api.sent()) >= want })
	time.Sleep(200 * time.Millisecond)
	got := texts(e.api.sent())
	if len(got) != want || strings.Join(got, "") != long {
		t.Fatalf("sent %d parts, want %d", len(got), want)
	}
	items, _ := e.db.Outbox(ctx, "", 100)
	keys := map[string]bool{}
	for _, it := range items {
		keys[it.DedupeKey.String] = true
	}
	if !keys["remind:1"] || !keys["remind:1:2"] || len(keys) != want {
		t.Fatalf("keys %v", keys)
	}
	if err := e.srv.Push(ctx, "", "x", "k"); err == nil {
		t.Fatal("push without openid: no error")
	}
}

func TestPermanentFailureThroughServer(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, &fakeHandler{}, false)
	e.api.failNext(45015)
	if err := e.srv.Push(ctx, testUser, "提醒", "remind:2"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "failed", func() bool {
		items, _ := e.db.Outbox(ctx, store.OutboxFailed, 10)
		return len(items) == 1 && strings.Contains(items[0].LastError, "48小时")
	})
	time.Sleep(1500 * time.Millisecond) // past the deliverer's poll interval
	if n := e.api.calls(); n != 1 {
		t.Fatalf("%d send calls, want 1", n)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
