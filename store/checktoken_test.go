package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"contestbot"
	"contestbot/internal/testclock"
	"contestbot/store"
	"contestbot/store/storetest"
)

func TestCheckToken(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		clock := testclock.New(time.Date(2025, 10, 1, 2, 0, 0, 0, time.UTC))
		db.Now = clock.Now
		tok, exp, err := db.CreateCheckToken(ctx, "u1", 24*time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if len(tok) < 40 || !exp.Equal(clock.Now().Add(24*time.Hour)) {
			t.Fatalf("token %q expires %v", tok, exp)
		}
		t.Run("OK", func(t *testing.T) {
			openID, _, err := db.CheckToken(ctx, tok)
			if err != nil || openID != "u1" {
				t.Fatalf("got %q, %v", openID, err)
			}
		})
		t.Run("ErrUnknown", func(t *testing.T) {
			for _, bad := range []string{"", tok + "x", tok[:len(tok)-1]} {
				if _, _, err := db.CheckToken(ctx, bad); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
					t.Fatalf("%q: %v", bad, err)
				}
			}
		})
		t.Run("RateLimit", func(t *testing.T) {
			var wg sync.WaitGroup
			var mu sync.Mutex
			allowed := 0
			for range 12 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, ok, err := db.UseCheckToken(ctx, tok, 5, time.Hour)
					if err != nil {
						t.Error(err)
					}
					if ok {
						mu.Lock()
						allowed++
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			if allowed != 5 {
				t.Fatalf("%d uses allowed, want 5", allowed)
			}
			clock.Add(time.Hour + time.Second)
			if _, ok, err := db.UseCheckToken(ctx, tok, 5, time.Hour); !ok || err != nil {
				t.Fatalf("after the window: %v %v", ok, err)
			}
		})
		t.Run("ErrExpired", func(t *testing.T) {
			clock.Add(24 * time.Hour)
			if _, _, err := db.CheckToken(ctx, tok); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
				t.Fatalf("expired token: %v", err)
			}
			if _, _, err := db.UseCheckToken(ctx, tok, 5, time.Hour); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
				t.Fatalf("expired token used: %v", err)
			}
		})
	})
}
