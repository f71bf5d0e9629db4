package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"contestbot"
	"contestbot/store"
	"contestbot/store/storetest"
)

func completeEntry(openID, unit, title string) *contestbot.Entry {
	return &contestbot.Entry{OpenID: openID, Status: contestbot.StatusComplete, Unit: unit, Title: title,
		Contact: "张伟", Phone: "13800001234"}
}

func TestUnits(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			// A draft claims nothing; the first complete entry does.
			d := &contestbot.Entry{OpenID: "u1", Unit: "郑州职院", Title: "草稿"}
			if err := db.SaveTurn(ctx, "u1", nil, d); err != nil {
				t.Fatal(err)
			}
			if _, err := db.Unit(ctx, "郑州职院"); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
				t.Fatalf("a draft claimed the unit: %v", err)
			}
			if err := db.SaveTurn(ctx, "u1", nil, completeEntry("u1", "郑州职院", "守望")); err != nil {
				t.Fatal(err)
			}
			u, err := db.Unit(ctx, "郑州职院")
			if err != nil || u.Coordinator != "u1" || contestbot.NormalizeUnitCode(u.Code) != u.Code {
				t.Fatalf("unit %+v, %v", u, err)
			}
			// Another contact's complete entry neither claims nor joins.
			if err := db.SaveTurn(ctx, "u2", nil, completeEntry("u2", "郑州职院", "红旗渠")); err != nil {
				t.Fatal(err)
			}
			if es, _ := db.SharedEntries(ctx, "u2"); len(es) != 0 {
				t.Fatalf("u2 shares %d entries before joining", len(es))
			}
			if es, _ := db.SharedEntries(ctx, "u1"); len(es) != 2 || es[0].OpenID != "u1" || es[1].OpenID != "u1" {
				t.Fatalf("u1 shares %d entries, want only its own 2", len(es))
			}
			name, phone, err := db.UnitContact(ctx, "郑州职院")
			if err != nil || name != "张伟" || phone != "13800001234" {
				t.Fatalf("contact %q %q %v", name, phone, err)
			}
			got, err := db.JoinUnit(ctx, "u2", u.Code)
			if err != nil || got.Name != "郑州职院" {
				t.Fatalf("join: %+v, %v", got, err)
			}
			// Both see both complete works in 序号 order; only u1 its draft.
			for who, n := range map[string]int{"u1": 3, "u2": 2} {
				es, err := db.SharedEntries(ctx, who)
				if err != nil || len(es) != n || es[0].Seq != 1 || es[1].Seq != 2 {
					t.Fatalf("%s shares %d entries, %v", who, len(es), err)
				}
			}
			ms, err := db.MemberUnits(ctx, "u2")
			if err != nil || len(ms) != 1 || ms[0].Role != contestbot.RoleMember {
				t.Fatalf("member units %+v, %v", ms, err)
			}
		})
	})
	t.Run("ErrWrongCode", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			if err := db.SaveTurn(ctx, "u1", nil, completeEntry("u1", "郑州职院", "守望")); err != nil {
				t.Fatal(err)
			}
			u, _ := db.Unit(ctx, "郑州职院")
			for i := range store.MaxUnitCodeFailures {
				if _, err := db.JoinUnit(ctx, "u9", "AAAA22"); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
					t.Fatalf("wrong code %d: %v", i, err)
				}
			}
			// Now even the right code is refused, until the window passes.
			if _, err := db.JoinUnit(ctx, "u9", u.Code); contestbot.ErrorCode(err) != contestbot.EFORBIDDEN {
				t.Fatalf("after %d failures: %v", store.MaxUnitCodeFailures, err)
			}
			db.Now = func() time.Time { return time.Now().Add(store.UnitCodeWindow + time.Minute) }
			if _, err := db.JoinUnit(ctx, "u9", u.Code); err != nil {
				t.Fatalf("after the window: %v", err)
			}
		})
	})
	t.Run("LegacyEntries", func(t *testing.T) {
		// Entries completed before units existed: the next Open makes the
		// contact who completed the unit's first entry its coordinator.
		open := storetest.SQLite(t)
		db := open(t)
		for _, e := range []*contestbot.Entry{completeEntry("u2", "郑州职院", "后报的"), completeEntry("u1", "郑州职院", "先报的")} {
			if err := db.CreateEntry(ctx, e); err != nil {
				t.Fatal(err)
			}
			db.Now = func() time.Time { return time.Now().Add(-time.Hour) } // u1's was completed earlier
		}
		if _, err := db.Unit(ctx, "郑州职院"); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
			t.Fatalf("CreateEntry claimed a unit: %v", err)
		}
		db.Close()
		db = open(t)
		u, err := db.Unit(ctx, "郑州职院")
		if err != nil || u.Coordinator != "u1" {
			t.Fatalf("unit after reopening: %+v, %v", u, err)
		}
	})
	t.Run("ConcurrentClaim", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			var wg sync.WaitGroup
			for _, who := range []string{"u1", "u2", "u3", "u4"} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if err := db.SaveTurn(ctx, who, nil, completeEntry(who, "开封学院", who)); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
			ms, err := db.UnitMembers(ctx, "开封学院")
			if err != nil || len(ms) != 1 || ms[0].Role != contestbot.RoleCoordinator {
				t.Fatalf("members %+v, %v", ms, err)
			}
		})
	})
}
