package store_test

import (
	"context"
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
			if err := db.ClaimInbound(ctx, "m1", "u1", "text"); err != nil {
				t.Fatal(err)
			}
			if err := db.FinishInbound(ctx, "m1", store.InboundReplied, "好的"); err != nil {
				t.Fatal(err)
			}
			in, err := db.Inbound(ctx, "m1")
			if err != nil || in.Reply != "好的" || in.State != store.InboundReplied {
				t.Fatalf("got %+v, %v", in, err)
			}
		})
	})
	t.Run("ErrDuplicateMsgID", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			if err := db.ClaimInbound(ctx, "m1", "u1", "text"); err != nil {
				t.Fatal(err)
			}
			err := db.ClaimInbound(ctx, "m1", "u1", "text")
			if contestbot.ErrorCode(err) != contestbot.ECONFLICT {
				t.Fatalf("second claim: got %v, want ECONFLICT", err)
			}
		})
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
		if err := db.MarkSent(ctx, id); err != nil {
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
