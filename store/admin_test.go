package store_test

import (
	"context"
	"testing"
	"time"

	"contestbot"
	"contestbot/store/storetest"
)

func TestSetEntryCheck(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		db := storetest.Open(t)
		e := &contestbot.Entry{OpenID: "u1", Unit: "郑州职院", Title: "黄河岸边", VideoURL: "https://v.example.com/a.mp4"}
		if err := db.CreateEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
		at := time.Date(2025, 10, 1, 8, 0, 0, 0, time.UTC)
		if err := db.SetEntryCheck(ctx, e.ID, contestbot.VerdictFail, `{"verdict":"fail"}`, at); err != nil {
			t.Fatal(err)
		}
		got, err := db.Entry(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.CheckVerdict != contestbot.VerdictFail || got.CheckJSON != `{"verdict":"fail"}` || got.CheckedAt == nil || !got.CheckedAt.Equal(at) || got.Title != "黄河岸边" {
			t.Fatalf("got %+v", got)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		db := storetest.Open(t)
		err := db.SetEntryCheck(ctx, 42, contestbot.VerdictPass, "{}", time.Now())
		if contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
			t.Fatalf("got %v, want ENOTFOUND", err)
		}
	})
}
