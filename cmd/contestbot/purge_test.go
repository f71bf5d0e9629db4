package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"contestbot"
	"contestbot/store"
)

func runPurge(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errw)
	return code, out.String(), errw.String()
}

// TestPurge: --dry-run lists what would go, --now deletes it, and a second
// run deletes nothing. Past privacy.retain_until only completed entries'
// form fields stay.
func TestPurge(t *testing.T) {
	cfgPath, dbPath := remindFixture(t, "privacy:\n  retain_until: 2026-01-31\n  message_days: 30\n")
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := claimInbound(ctx, db, "m1", "oDraftUser"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	code, out, errOut := runPurge(t, "purge", "--config", cfgPath, "--dry-run")
	if code != 0 {
		t.Fatalf("dry run exit %d: %s", code, errOut)
	}
	for _, want := range []string{"将删除", "3 个微信用户", "3 个草稿", "1 条消息记录", "个人信息保存至2026-01-31"} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run lacks %q:\n%s", want, out)
		}
	}
	db, _ = store.Open(ctx, "sqlite", dbPath)
	if us, _ := db.Users(ctx); len(us) != 3 {
		t.Fatalf("dry run deleted users: %d left", len(us))
	}
	db.Close()

	if code, out, errOut = runPurge(t, "purge", "--config", cfgPath, "--now"); code != 0 || !strings.Contains(out, "已删除") {
		t.Fatalf("purge --now exit %d: %s %s", code, out, errOut)
	}
	if code, out, _ = runPurge(t, "purge", "--config", cfgPath, "--now"); code != 0 || !strings.Contains(out, "没有需要删除的内容") {
		t.Fatalf("second purge exit %d:\n%s", code, out)
	}
	db, _ = store.Open(ctx, "sqlite", dbPath)
	defer db.Close()
	es, err := db.Entries(ctx, store.EntryFilter{})
	if err != nil || len(es) != 1 || es[0].Status != contestbot.StatusComplete || es[0].OpenID != "" || es[0].Title != "已经完成" {
		t.Fatalf("after purge: %v %+v", err, es)
	}
}

func TestPurgeFlags(t *testing.T) {
	cfgPath, _ := remindFixture(t, "")
	if code, _, errOut := runPurge(t, "purge", "--config", cfgPath); code != 2 || !strings.Contains(errOut, "--dry-run") {
		t.Errorf("no flag: exit %d, %q", code, errOut)
	}
	if code, _, _ := runPurge(t, "purge", "--config", cfgPath, "--dry-run", "--now"); code != 2 {
		t.Errorf("both flags: exit %d", code)
	}
	// Without retain_until only old message records would go.
	if code, out, _ := runPurge(t, "purge", "--config", cfgPath, "--dry-run"); code != 0 || !strings.Contains(out, "未设置 privacy.retain_until") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func claimInbound(ctx context.Context, db *store.DB, key, openID string) error {
	_, err := db.ClaimInbound(ctx, key, openID, "text", "", time.Minute)
	return err
}
