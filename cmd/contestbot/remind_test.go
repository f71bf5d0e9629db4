package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"contestbot"
	"contestbot/store"
)

// remindFixture writes a config and a store with entries in each state, and
// returns the config path and the database path.
func remindFixture(t *testing.T, extra string) (cfgPath, dbPath string) {
	t.Helper()
	dir := t.TempDir()
	dbPath = filepath.Join(dir, "bot.db")
	cfgPath = filepath.Join(dir, "config.yaml")
	body := "store:\n  driver: sqlite\n  dsn: " + dbPath + "\nlog:\n  level: error\n" + extra
	if err := os.WriteFile(cfgPath, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seen := time.Date(2025, 10, 11, 9, 0, 0, 0, time.UTC) // 17:00 in Shanghai, the day before --now
	fixtures := []struct {
		openID string
		seen   time.Time
		e      *contestbot.Entry
	}{
		{"oDraftUser", seen, &contestbot.Entry{Status: contestbot.StatusDraft, Unit: "郑州职院", Title: "黄河岸边", Contact: "张老师", Phone: "13800000000"}},
		{"oDraftUser", seen, &contestbot.Entry{Status: contestbot.StatusDraft, Unit: "郑州职院"}},
		{"oSilentUser", seen.Add(-5 * 24 * time.Hour), &contestbot.Entry{Status: contestbot.StatusDraft, Unit: "洛阳师院", Title: "牡丹花开"}},
		{"oDoneUser", seen, &contestbot.Entry{Status: contestbot.StatusComplete, Unit: "郑州职院", Title: "已经完成",
			Producer: "宣传部", Contact: "王老师", Phone: "13700000000", DurationSeconds: 120, Category: "动画制作",
			CreatorsDone: true, Synopsis: "简介", Summary: "摘要", CopyrightConfirmed: true,
			UnitWork: contestbot.Bool(true), MadeInPeriod: contestbot.Bool(true), Unpublished: contestbot.Bool(true),
			AIUsed: contestbot.Bool(false), VideoURL: "https://v.example/b.mp4", CheckVerdict: contestbot.VerdictPass}},
	}
	for _, f := range fixtures {
		if err := db.TouchUser(ctx, f.openID, f.seen); err != nil {
			t.Fatal(err)
		}
		f.e.OpenID = f.openID
		if err := db.CreateEntry(ctx, f.e); err != nil {
			t.Fatal(err)
		}
	}
	return cfgPath, dbPath
}

func runRemind(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = run(context.Background(), append([]string{"remind"}, args...), strings.NewReader(""), &out, &errw)
	return code, out.String(), errw.String()
}

func countReminders(t *testing.T, dbPath string) int {
	t.Helper()
	db, err := store.Open(context.Background(), "sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Reminders(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(rows)
}

func TestRemindDryRun(t *testing.T) {
	cfgPath, dbPath := remindFixture(t, "")
	code, out, errw := runRemind(t, "--config", cfgPath, "--dry-run", "--now", "2025-10-12T10:00:00+08:00")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errw)
	}
	for _, want := range []string{
		"7d     2025-10-08 21:00（已到）",
		"3d     2025-10-12 21:00\n",
		"将提醒 2 人",
		"openid: oDraftUser\n  时段: 7d（2025-10-08 21:00）\n  渠道: 客服消息\n",
		"  作品: 黄河岸边 — 未填：制作单位",
		"  作品: 未命名作品 — 未填：片名",
		"    【报名提醒】作品报送10月15日24时截止，还有3天。以下作品还没完成：",
		"    回复“继续报名”接着填写；回复“退订提醒”不再提醒。",
		"openid: oSilentUser\n",
		"  作品: 牡丹花开 — ",
		"  渠道: 无法送达（请工作人员电话联系）（用户超过48小时未发消息，且未配置模板消息（reminders.template_id））",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "oDoneUser") || strings.Contains(out, "已经完成") {
		t.Errorf("a finished user is planned:\n%s", out)
	}
	if n := countReminders(t, dbPath); n != 0 {
		t.Fatalf("dry run recorded %d reminders", n)
	}
	// Dry runs never need WeChat credentials, and may be repeated.
	if code, out2, _ := runRemind(t, "--config", cfgPath, "--dry-run", "--now", "2025-10-12T10:00:00+08:00"); code != 0 || out2 != out {
		t.Fatalf("second dry run differs (exit %d):\n%s", code, out2)
	}
	t.Run("NothingDue", func(t *testing.T) {
		code, out, _ := runRemind(t, "--config", cfgPath, "--dry-run", "--now", "2025-10-08T23:00:00+08:00")
		if code != 0 || !strings.Contains(out, "现在没有要发送的提醒") {
			t.Fatalf("exit %d:\n%s", code, out)
		}
	})
	t.Run("Template", func(t *testing.T) {
		cfgPath, _ := remindFixture(t, "reminders:\n  template_id: TPL123\n")
		code, out, errw := runRemind(t, "--config", cfgPath, "--dry-run", "--now", "2025-10-12T10:00:00+08:00")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errw)
		}
		for _, want := range []string{"渠道: 模板消息", "模板 TPL123:\n    thing1: 《牡丹花开》\n    thing3: 补全报名表、确认报名表、发送视频\n    time2: 2025年10月15日 23:59\n"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
	})
}

func TestRemindErrors(t *testing.T) {
	cfgPath, dbPath := remindFixture(t, "")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"NoCredentials", []string{"--config", cfgPath, "--now", "2025-10-12T10:00:00+08:00"}, "wechat.app_id"},
		{"BadNow", []string{"--config", cfgPath, "--dry-run", "--now", "2025-10-12 10:00"}, "RFC 3339"},
		{"BadFlag", []string{"--config", cfgPath, "--nope"}, "flag provided but not defined"},
		{"ExtraArg", []string{"--config", cfgPath, "--dry-run", "now"}, "unexpected argument"},
		{"MissingConfig", []string{"--config", filepath.Join(t.TempDir(), "none.yaml"), "--dry-run"}, "none.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errw := runRemind(t, tc.args...)
			if code != 2 || !strings.Contains(errw, tc.want) {
				t.Fatalf("exit %d, stderr %q; want 2 and %q", code, errw, tc.want)
			}
		})
	}
	t.Run("BadOffsets", func(t *testing.T) {
		cfgPath, _ := remindFixture(t, "reminders:\n  offsets: [\"7d\", \"soon\"]\n")
		code, _, errw := runRemind(t, "--config", cfgPath, "--dry-run")
		if code != 2 || !strings.Contains(errw, "reminders.offsets") {
			t.Fatalf("exit %d, stderr %q", code, errw)
		}
	})
	if n := countReminders(t, dbPath); n != 0 {
		t.Fatalf("failed runs recorded %d reminders", n)
	}
}

// TestRemindSend runs a real pass against a fake WeChat API.
func TestRemindSend(t *testing.T) {
	var mu sync.Mutex
	var texts []string
	mux := http.NewServeMux()
	mux.HandleFunc("POST /cgi-bin/stable_token", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"access_token":"T","expires_in":7200}`))
	})
	mux.HandleFunc("POST /cgi-bin/message/custom/send", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			ToUser string `json:"touser"`
		}
		json.NewDecoder(r.Body).Decode(&body)
		mu.Lock()
		texts = append(texts, body.ToUser)
		mu.Unlock()
		w.Write([]byte(`{"errcode":0,"errmsg":"ok"}`))
	})
	fake := httptest.NewServer(mux)
	defer fake.Close()
	cfgPath, dbPath := remindFixture(t, "wechat:\n  app_id: wxtest\n  app_secret: s3cret\n  api_base: "+fake.URL+"\n")
	code, out, errw := runRemind(t, "--config", cfgPath, "--now", "2025-10-12T10:00:00+08:00")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errw)
	}
	if !strings.Contains(out, "已发送 1 条提醒") || !strings.Contains(out, "oSilentUser 7d@2025-10-15T23:59: 无法送达") {
		t.Fatalf("output:\n%s", out)
	}
	mu.Lock()
	got := strings.Join(texts, ",")
	mu.Unlock()
	if got != "oDraftUser" {
		t.Fatalf("texts to %q, want oDraftUser", got)
	}
	if n := countReminders(t, dbPath); n != 2 {
		t.Fatalf("recorded %d reminders, want 2", n)
	}
	// Run again: the slot is done.
	code, out, _ = runRemind(t, "--config", cfgPath, "--now", "2025-10-12T10:05:00+08:00")
	if code != 0 || !strings.Contains(out, "已发送 0 条提醒") {
		t.Fatalf("second pass exit %d:\n%s", code, out)
	}
}
