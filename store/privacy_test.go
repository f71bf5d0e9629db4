package store_test

import (
	"context"
	"testing"
	"time"

	"contestbot"
	"contestbot/store"
	"contestbot/store/storetest"
)

// seedUser stores what a user leaves behind: a draft, a completed entry with
// a check report and history, dialog state, a reminder, a message record and
// a push.
func seedUser(t *testing.T, db *store.DB, openID string) (draft, done *contestbot.Entry) {
	t.Helper()
	ctx := context.Background()
	now := db.Now()
	if err := db.TouchUser(ctx, openID, now); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkPrivacySeen(ctx, openID, now); err != nil {
		t.Fatal(err)
	}
	done = &contestbot.Entry{OpenID: openID, Unit: "郑州职院", Title: "黄河岸边", Contact: "张伟", Phone: "13800000000",
		Status: contestbot.StatusComplete, CheckJSON: `{"verdict":"pass"}`, CheckVerdict: contestbot.VerdictPass}
	draft = &contestbot.Entry{OpenID: openID, Unit: "郑州职院", Title: "半成品"}
	if err := db.SaveTurn(ctx, openID, []byte(`{"mode":"form"}`), done, draft); err != nil {
		t.Fatal(err)
	}
	if err := db.AddEntryEvent(ctx, done.ID, "报名完成"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ClaimReminder(ctx, openID, "7d", now); err != nil {
		t.Fatal(err)
	}
	if err := claimInbound(ctx, db, "m-"+openID, openID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Enqueue(ctx, openID, "text", "检查结果", "k-"+openID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.CreateCheckToken(ctx, openID, time.Hour); err != nil {
		t.Fatal(err)
	}
	return draft, done
}

func TestDeleteUser(t *testing.T) {
	ctx := context.Background()
	t.Run("KeepComplete", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			_, done := seedUser(t, db, "u1")
			seedUser(t, db, "u2")
			r, err := db.DeleteUser(ctx, "u1", store.DeleteUserOptions{Actor: "user"})
			if err != nil {
				t.Fatal(err)
			}
			if r.Drafts != 1 || r.Archived != 1 || r.Withdrawn != 0 || r.Users != 1 || r.Messages != 1 ||
				r.Pushes != 1 || r.Reminders != 1 || r.DialogStates != 1 || r.Events != 1 || r.Tokens != 1 {
				t.Errorf("report %+v", r)
			}
			d, err := db.PersonalData(ctx, "u1")
			if err != nil {
				t.Fatal(err)
			}
			if d.User != nil || d.PrivacyAt != nil || len(d.Entries) != 0 || len(d.Reminders) != 0 || d.Messages != 0 || d.Pushes != 0 {
				t.Errorf("left behind: %+v", d)
			}
			if st, _ := db.DialogState(ctx, "u1"); st != nil {
				t.Errorf("dialog state left: %s", st)
			}
			// The organiser keeps the completed entry's form fields, not who sent it.
			kept, err := db.Entry(ctx, done.ID)
			if err != nil {
				t.Fatal(err)
			}
			if kept.OpenID != "" || kept.CheckJSON != "" || kept.Title != "黄河岸边" || kept.Phone != "13800000000" {
				t.Errorf("kept entry %+v", kept)
			}
			if ev, _ := db.EntryEvents(ctx, done.ID); len(ev) != 0 {
				t.Errorf("history left: %v", ev)
			}
			// Another user is untouched.
			if d2, _ := db.PersonalData(ctx, "u2"); d2.User == nil || len(d2.Entries) != 2 || d2.Messages != 1 {
				t.Errorf("u2 touched: %+v", d2)
			}
			ds, err := db.Deletions(ctx, 10)
			if err != nil || len(ds) != 1 || ds[0].Subject != "user "+contestbot.LogID("u1") || ds[0].Actor != "user" {
				t.Errorf("deletion record %+v, %v", ds, err)
			}
		})
	})
	t.Run("Withdraw", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			_, done := seedUser(t, db, "u1")
			r, err := db.DeleteUser(ctx, "u1", store.DeleteUserOptions{WithdrawComplete: true, Actor: "user"})
			if err != nil {
				t.Fatal(err)
			}
			if r.Withdrawn != 1 || r.Archived != 0 {
				t.Errorf("report %+v", r)
			}
			if _, err := db.Entry(ctx, done.ID); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
				t.Errorf("withdrawn entry still there: %v", err)
			}
		})
	})
}

func TestDeleteEntry(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		_, done := seedUser(t, db, "u1")
		if err := db.DeleteEntry(ctx, done.ID, "staff", "重复报名"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Entry(ctx, done.ID); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
			t.Errorf("entry still there: %v", err)
		}
		if err := db.DeleteEntry(ctx, done.ID, "staff", "again"); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
			t.Errorf("second delete: %v", err)
		}
		ds, _ := db.Deletions(ctx, 10)
		if len(ds) != 1 || ds[0].Reason != "重复报名" || ds[0].Actor != "staff" {
			t.Errorf("deletions %+v", ds)
		}
	})
}

func TestPurge(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		start := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { return start }
		seedUser(t, db, "u1")
		db.Now = func() time.Time { return start.AddDate(0, 0, 20) }
		seedUser(t, db, "u2")

		now := start.AddDate(0, 0, 40) // u1's records are 40 days old, u2's 20
		plan := store.PurgePlan{Now: now, MessageDays: 30, DryRun: true}
		r, err := db.Purge(ctx, plan)
		if err != nil {
			t.Fatal(err)
		}
		if r.Messages != 1 || r.Pushes != 0 || r.Users != 0 { // the push is still pending
			t.Errorf("dry run %+v", r)
		}
		plan.DryRun = false
		if r2, err := db.Purge(ctx, plan); err != nil || r2 != r {
			t.Errorf("purge %+v, %v; dry run said %+v", r2, err, r)
		}
		if r3, err := db.Purge(ctx, plan); err != nil || r3.Total() != 0 {
			t.Errorf("second purge %+v, %v", r3, err)
		}

		// Past retain_until only the completed entries' form fields stay.
		plan = store.PurgePlan{Now: now, MessageDays: 30, RetainUntil: now.AddDate(0, 0, -1), DryRun: true}
		r, err = db.Purge(ctx, plan)
		if err != nil {
			t.Fatal(err)
		}
		if r.Users != 2 || r.Drafts != 2 || r.Archived != 2 || r.DialogStates != 2 || r.Reminders != 2 || r.CheckReports != 2 {
			t.Errorf("retention dry run %+v", r)
		}
		plan.DryRun = false
		if _, err := db.Purge(ctx, plan); err != nil {
			t.Fatal(err)
		}
		if r, err := db.Purge(ctx, plan); err != nil || r.Total() != 0 {
			t.Errorf("second retention purge %+v, %v", r, err)
		}
		all, err := db.Entries(ctx, store.EntryFilter{})
		if err != nil || len(all) != 2 {
			t.Fatalf("entries after purge: %d, %v", len(all), err)
		}
		for _, e := range all {
			if e.OpenID != "" || e.CheckJSON != "" || e.Status != contestbot.StatusComplete || e.Title == "" {
				t.Errorf("kept entry %+v", e)
			}
		}
		if us, _ := db.Users(ctx); len(us) != 0 {
			t.Errorf("users left: %d", len(us))
		}
	})
}

func TestClaimJob(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		if ok, err := db.ClaimJob(ctx, "purge", "2026-03-01"); !ok || err != nil {
			t.Fatalf("first claim %v %v", ok, err)
		}
		if ok, err := db.ClaimJob(ctx, "purge", "2026-03-01"); ok || err != nil {
			t.Fatalf("second claim %v %v", ok, err)
		}
	})
}

func claimInbound(ctx context.Context, db *store.DB, key, openID string) error {
	_, err := db.ClaimInbound(ctx, key, openID, "text", "", time.Minute)
	return err
}

// TestDeleteCoordinator: a deleted coordinator's unit passes to the member
// who joined next; with none left the unit loses its code.
func TestDeleteCoordinator(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		seedUser(t, db, "u1") // completes the first entry of 郑州职院: its coordinator
		seedUser(t, db, "u2")
		if u, err := db.Unit(ctx, "郑州职院"); err != nil || u.Coordinator != "u1" {
			t.Fatalf("unit %+v, %v", u, err)
		}
		if err := db.AddUnitMember(ctx, "郑州职院", "u2", "staff"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.DeleteUser(ctx, "u1", store.DeleteUserOptions{}); err != nil {
			t.Fatal(err)
		}
		u, err := db.Unit(ctx, "郑州职院")
		if err != nil || u.Coordinator != "u2" {
			t.Fatalf("after deleting the coordinator: %+v, %v", u, err)
		}
		if ms, _ := db.MemberUnits(ctx, "u1"); len(ms) != 0 {
			t.Errorf("u1 still a member: %+v", ms)
		}
		if _, err := db.DeleteUser(ctx, "u2", store.DeleteUserOptions{}); err != nil {
			t.Fatal(err)
		}
		if us, _ := db.Units(ctx); len(us) != 0 {
			t.Errorf("units left: %+v", us[0])
		}
	})
}
