package store_test

import (
	"context"
	"testing"
	"time"

	"contestbot/store"
	"contestbot/store/storetest"
)

func TestRemindersSentSince(t *testing.T) {
	storetest.Each(t, testRemindersSentSince)
}

func testRemindersSentSince(t *testing.T, db *store.DB) {
	ctx := context.Background()
	t0 := time.Date(2025, 10, 8, 12, 0, 0, 0, time.UTC)
	now := t0
	db.Now = func() time.Time { return now }
	send := func(openID, slot, channel, status string) {
		t.Helper()
		ok, err := db.ClaimReminder(ctx, openID, slot, now)
		if err != nil || !ok {
			t.Fatalf("claim %s/%s: %v %v", openID, slot, ok, err)
		}
		if err := db.FinishReminder(ctx, openID, slot, channel, status, ""); err != nil {
			t.Fatal(err)
		}
	}
	send("u1", "a", store.ReminderCustomer, store.ReminderSent)
	now = t0.Add(time.Hour)
	send("u1", "b", store.ReminderCustomer, store.ReminderSent)
	send("u1", "c", store.ReminderTemplate, store.ReminderSent)
	send("u1", "d", store.ReminderCustomer, store.ReminderFailed)
	send("u2", "a", store.ReminderCustomer, store.ReminderSent)

	for _, tc := range []struct {
		name    string
		channel string
		since   time.Time
		want    int
	}{
		{"AllCustomer", store.ReminderCustomer, t0, 2},
		{"Later", store.ReminderCustomer, t0.Add(time.Minute), 1},
		{"Template", store.ReminderTemplate, t0, 1},
		{"None", store.ReminderCustomer, t0.Add(2 * time.Hour), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := db.RemindersSentSince(ctx, "u1", tc.channel, tc.since)
			if err != nil || n != tc.want {
				t.Fatalf("got %d, %v; want %d", n, err, tc.want)
			}
		})
	}
}

func TestClaimNudge(t *testing.T) {
	storetest.Each(t, testClaimNudge)
}

func testClaimNudge(t *testing.T, db *store.DB) {
	ctx := context.Background()
	day := time.Date(2025, 10, 12, 0, 0, 0, 0, time.UTC)
	if err := db.TouchUser(ctx, "u1", day); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		at, since time.Time
		want      bool
	}{
		{"OK", day.Add(10 * time.Hour), day, true},
		{"SameDay", day.Add(11 * time.Hour), day, false},
		{"NextDay", day.Add(34 * time.Hour), day.Add(24 * time.Hour), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ok, err := db.ClaimNudge(ctx, "u1", tc.at, tc.since)
			if err != nil || ok != tc.want {
				t.Fatalf("got %v, %v; want %v", ok, err, tc.want)
			}
		})
	}
	t.Run("UnknownUser", func(t *testing.T) {
		ok, err := db.ClaimNudge(ctx, "nobody", day, day)
		if err != nil || ok {
			t.Fatalf("got %v, %v; want false", ok, err)
		}
	})
}
