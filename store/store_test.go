package store_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"contestbot"
	"contestbot/store"
	"contestbot/store/storetest"

	_ "github.com/jackc/pgx/v5/stdlib"
)

func TestInbound(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			if ok, err := db.ClaimInbound(ctx, "m1", "u1", "text", `{"Text":"你好"}`, time.Minute); err != nil || !ok {
				t.Fatal(ok, err)
			}
			if err := db.FinishInbound(ctx, "m1", store.InboundReplied, "好的"); err != nil {
				t.Fatal(err)
			}
			in, err := db.Inbound(ctx, "m1")
			if err != nil || in.Reply != "好的" || in.State != store.InboundReplied || in.Message != "" {
				t.Fatalf("got %+v, %v", in, err)
			}
		})
	})
	t.Run("ErrDuplicateMsgID", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			if ok, err := db.ClaimInbound(ctx, "m1", "u1", "text", "", time.Minute); err != nil || !ok {
				t.Fatal(ok, err)
			}
			if ok, err := db.ClaimInbound(ctx, "m1", "u1", "text", "", time.Minute); err != nil || ok {
				t.Fatalf("second claim: got %v, %v, want false", ok, err)
			}
		})
	})
	t.Run("TakeOverAfterLease", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			now := time.Date(2025, 10, 1, 10, 0, 0, 0, time.UTC)
			db.Now = func() time.Time { return now }
			if ok, _ := db.ClaimInbound(ctx, "m1", "u1", "text", "{}", 10*time.Second); !ok {
				t.Fatal("first claim failed")
			}
			if rows, _ := db.AbandonedInbound(ctx, 10); len(rows) != 0 {
				t.Fatalf("abandoned while leased: %v", rows)
			}
			now = now.Add(11 * time.Second)
			if rows, _ := db.AbandonedInbound(ctx, 10); len(rows) != 1 {
				t.Fatalf("abandoned after lease: %v", rows)
			}
			var wins atomic.Int32
			var wg sync.WaitGroup
			for range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if ok, err := db.ClaimInbound(ctx, "m1", "u1", "text", "{}", 10*time.Second); err == nil && ok {
						wins.Add(1)
					}
				}()
			}
			wg.Wait()
			if wins.Load() != 1 {
				t.Fatalf("%d instances took the message over, want 1", wins.Load())
			}
			db.FinishInbound(ctx, "m1", store.InboundAsync, "")
			now = now.Add(time.Hour)
			if ok, _ := db.TakeOverInbound(ctx, "m1", time.Second); ok {
				t.Fatal("a finished message was taken over")
			}
		})
	})
}

func TestSeqConcurrent(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		const n = 20
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				e := &contestbot.Entry{OpenID: fmt.Sprintf("u%d", i), Unit: "郑州大学", Title: fmt.Sprintf("片%d", i), Status: contestbot.StatusComplete}
				errs <- db.SaveTurn(ctx, e.OpenID, nil, e)
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		es, err := db.Entries(ctx, store.EntryFilter{Unit: "郑州大学"})
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range es {
			if e.Seq != i+1 {
				t.Fatalf("entry %d has 序号 %d, want %d (all: %v)", i, e.Seq, i+1, seqs(es))
			}
		}
	})
}

func seqs(es []*contestbot.Entry) []int {
	var out []int
	for _, e := range es {
		out = append(out, e.Seq)
	}
	return out
}

func TestLockUser(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		unlock, err := db.LockUser(ctx, "u1")
		if err != nil {
			t.Fatal(err)
		}
		other, err := db.LockUser(ctx, "u2")
		if err != nil {
			t.Fatal("another user's lock waited:", err)
		}
		other()
		tctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		if _, err := db.LockUser(tctx, "u1"); err == nil {
			t.Fatal("the same user's lock was taken twice")
		}
		cancel()
		got := make(chan struct{})
		go func() {
			u, err := db.LockUser(ctx, "u1")
			if err == nil {
				u()
			}
			close(got)
		}()
		unlock()
		select {
		case <-got:
		case <-time.After(5 * time.Second):
			t.Fatal("lock not handed on after unlock")
		}
	})
}

func TestMigrateConcurrently(t *testing.T) {
	url := storetest.PostgresURL(t)
	if url == "" {
		t.Skip(storetest.PostgresDSNEnv + " not set")
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := store.Open(context.Background(), "postgres", url)
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal("instance failed to start:", err)
		}
	}
}

func TestSeenCallback(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		if ok, err := db.SeenCallback(ctx, "1", "n", "sig", "body1"); err != nil || !ok {
			t.Fatal(ok, err)
		}
		if ok, _ := db.SeenCallback(ctx, "1", "n", "sig", "body1"); !ok {
			t.Fatal("WeChat's retry of the same body refused")
		}
		if ok, _ := db.SeenCallback(ctx, "1", "n", "sig", "forged"); ok {
			t.Fatal("replayed triple with another body accepted")
		}
		if n, _ := db.CountCallbacks(ctx); n != 1 {
			t.Fatalf("%d triples kept, want 1", n)
		}
	})
}

func TestLoginAttempt(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		since := time.Now().Add(-time.Hour)
		var ok atomic.Int32
		var wg sync.WaitGroup
		for range 30 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, allowed, err := db.LoginAttempt(ctx, []store.LoginScope{{Key: "user:admin", Since: since, Max: 5}, {Key: "addr:1.2.3.4", Since: since, Max: 50}}); err == nil && allowed {
					ok.Add(1)
				}
			}()
		}
		wg.Wait()
		if ok.Load() != 5 {
			t.Fatalf("%d parallel attempts allowed, want 5", ok.Load())
		}
		if _, allowed, _ := db.LoginAttempt(ctx, []store.LoginScope{{Key: "user:other", Since: since, Max: 5}, {Key: "addr:5.6.7.8", Since: since, Max: 5}}); !allowed {
			t.Fatal("another account from another address locked out")
		}
	})
}

func TestOutboxLease(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		now := time.Date(2025, 10, 1, 10, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { return now }
		db.Enqueue(ctx, "u1", store.OutboxText, "结果", "k1")
		a, _ := db.ClaimDue(ctx, 10, 30*time.Second)
		if len(a) != 1 {
			t.Fatal("not claimed")
		}
		now = now.Add(31 * time.Second) // A's lease ran out before it sent
		b, _ := db.ClaimDue(ctx, 10, 30*time.Second)
		if len(b) != 1 {
			t.Fatal("expired lease not claimed again")
		}
		if ok, _ := db.BeginSend(ctx, a[0], 30*time.Second); ok {
			t.Fatal("the old holder may send")
		}
		if err := db.FinishSent(ctx, a[0]); err != store.ErrLeaseLost {
			t.Fatalf("old holder marked sent: %v", err)
		}
		if ok, _ := db.BeginSend(ctx, b[0], 30*time.Second); !ok {
			t.Fatal("the holder may not send")
		}
		if err := db.FinishSent(ctx, b[0]); err != nil {
			t.Fatal(err)
		}
		now = now.Add(time.Hour)
		if c, _ := db.ClaimDue(ctx, 10, 30*time.Second); len(c) != 0 {
			t.Fatal("sent item claimed again")
		}
		// A holder killed between BeginSend and FinishSent: the item is
		// sent again after the lease (at least once).
		db.Enqueue(ctx, "u1", store.OutboxText, "结果2", "k2")
		d, _ := db.ClaimDue(ctx, 10, 30*time.Second)
		db.BeginSend(ctx, d[0], 30*time.Second)
		now = now.Add(31 * time.Second)
		if e, _ := db.ClaimDue(ctx, 10, 30*time.Second); len(e) != 1 {
			t.Fatal("an interrupted send is not retried")
		}
	})
}

func TestLinkTokens(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		exp := time.Now().Add(time.Hour)
		if err := db.CreateLinkToken(ctx, "h1", "files", "u1", exp); err != nil {
			t.Fatal(err)
		}
		if lt, err := db.LinkToken(ctx, "h1", "files"); err != nil || lt.OpenID != "u1" {
			t.Fatal(lt, err)
		}
		if _, err := db.LinkToken(ctx, "h1", "check"); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
			t.Fatal("token of another purpose accepted")
		}
	})
}

func TestSaveTurn(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := &contestbot.Entry{OpenID: "u1", Unit: "郑州职院", Title: "黄河岸边", Phone: "037169691670",
			Creators: contestbot.Creators{Director: "张伟、李娜"}, UnitWork: contestbot.Bool(true)}
		if err := db.SaveTurn(ctx, "u1", []byte(`{"x":1}`), e); err != nil {
			t.Fatal(err)
		}
		if e.ID == 0 {
			t.Fatal("no id")
		}
		e.Status = contestbot.StatusComplete
		if err := db.SaveTurn(ctx, "u1", []byte(`{"x":2}`), e); err != nil {
			t.Fatal(err)
		}
		e2 := &contestbot.Entry{OpenID: "u2", Unit: "郑州职院", Status: contestbot.StatusComplete}
		if err := db.SaveTurn(ctx, "u2", nil, e2); err != nil {
			t.Fatal(err)
		}
		got, err := db.Entry(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Seq != 1 || got.Creators.Director != "张伟、李娜" || got.UnitWork == nil || !*got.UnitWork || got.MadeInPeriod != nil || got.CompletedAt == nil {
			t.Fatalf("got %+v", got)
		}
		if e2.Seq != 2 {
			t.Fatalf("second entry seq = %d, want 2", e2.Seq)
		}
		st, err := db.DialogState(ctx, "u1")
		if err != nil || string(st) != `{"x":2}` {
			t.Fatalf("state %q %v", st, err)
		}
		list, err := db.Entries(ctx, store.EntryFilter{Query: "黄河"})
		if err != nil || len(list) != 1 {
			t.Fatalf("query: %d %v", len(list), err)
		}
	})
}

func TestOutbox(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		now := time.Date(2025, 10, 1, 10, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { return now }
		id, err := db.Enqueue(ctx, "u1", store.OutboxText, "结果", "check:1")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Enqueue(ctx, "u1", store.OutboxText, "结果", "check:1"); !store.IsConflict(err) {
			t.Fatalf("duplicate enqueue: %v", err)
		}
		items, err := db.ClaimDue(ctx, 10, time.Minute)
		if err != nil || len(items) != 1 || items[0].ID != id {
			t.Fatalf("claim: %v %v", items, err)
		}
		if again, _ := db.ClaimDue(ctx, 10, time.Minute); len(again) != 0 {
			t.Fatal("leased item claimed twice")
		}
		if ok, err := db.BeginSend(ctx, items[0], time.Minute); err != nil || !ok {
			t.Fatal(ok, err)
		}
		if err := db.FinishSent(ctx, items[0]); err != nil {
			t.Fatal(err)
		}
		n, err := db.PushesSince(ctx, "u1", now.Add(-48*time.Hour))
		if err != nil || n != 1 {
			t.Fatalf("pushes %d %v", n, err)
		}
		ok, err := db.ClaimReminder(ctx, "u1", "7d", now)
		if err != nil || !ok {
			t.Fatal(ok, err)
		}
		if ok, _ := db.ClaimReminder(ctx, "u1", "7d", now); ok {
			t.Fatal("reminder claimed twice")
		}
	})
}
