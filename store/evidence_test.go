package store_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"contestbot"
	"contestbot/store"
	"contestbot/store/storetest"
)

func TestSetEntryContentCheck(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := &contestbot.Entry{OpenID: "u1", Unit: "郑州职院", Title: "黄河岸边", VideoURL: "https://v.example.com/a.mp4"}
		if err := db.CreateEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
		at := time.Date(2025, 10, 1, 8, 0, 0, 0, time.UTC)
		bars, logo := []byte("\xff\xd8bars"), []byte("\xff\xd8logo")
		t.Run("OK", func(t *testing.T) {
			if err := db.SetEntryContentCheck(ctx, e.ID, contestbot.VerdictWarn, `{"verdict":"warn"}`, at, [][]byte{bars, logo}); err != nil {
				t.Fatal(err)
			}
			got, err := db.Entry(ctx, e.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.CheckVerdict != contestbot.VerdictWarn || got.CheckJSON != `{"verdict":"warn"}` || !got.CheckedAt.Equal(at) {
				t.Fatalf("got %+v", got)
			}
			if b, err := db.EntryEvidence(ctx, e.ID, 2); err != nil || !bytes.Equal(b, logo) {
				t.Fatalf("evidence 2 = %q, %v", b, err)
			}
		})
		t.Run("Replaced", func(t *testing.T) {
			if err := db.SetEntryContentCheck(ctx, e.ID, contestbot.VerdictWarn, `{}`, at, [][]byte{logo}); err != nil {
				t.Fatal(err)
			}
			if b, err := db.EntryEvidence(ctx, e.ID, 1); err != nil || !bytes.Equal(b, logo) {
				t.Fatalf("evidence 1 = %q, %v", b, err)
			}
			if _, err := db.EntryEvidence(ctx, e.ID, 2); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
				t.Fatalf("old evidence 2 kept: %v", err)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			err := db.SetEntryContentCheck(ctx, 4242, contestbot.VerdictPass, "{}", at, [][]byte{bars})
			if contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
				t.Fatalf("got %v, want ENOTFOUND", err)
			}
		})
	})
}
