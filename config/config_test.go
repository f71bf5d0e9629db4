package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"contestbot/config"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadRepoConfig(t *testing.T) {
	cfg, err := config.Load("../config.yaml", env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Server.Addr != "127.0.0.1:8080" || cfg.Store.Driver != "sqlite" || cfg.WeChat.APIBase != "https://api.weixin.qq.com" || cfg.LLM.Enabled {
		t.Fatalf("defaults: %+v", cfg)
	}
	if len(cfg.WeChat.Menu) != 3 || cfg.WeChat.Menu[1].Sub[1].Key != "DOCS" || cfg.WeChat.Menu[2].Sub[1].Key != "CHECK" {
		t.Fatalf("menu: %+v", cfg.WeChat.Menu)
	}
	// Every key PRODUCT.md promises must exist.
	keys := strings.Join(config.Keys(), " ")
	for _, k := range []string{"server.addr", "server.public_url", "wechat.app_id", "wechat.app_secret", "wechat.token",
		"wechat.encoding_aes_key", "wechat.api_base", "store.driver", "store.dsn", "contest.deadline",
		"checks.allow_private_networks", "llm.enabled", "llm.base_url", "llm.api_key", "llm.model", "admin.username", "admin.password",
		"privacy.retain_until", "privacy.message_days"} {
		if !strings.Contains(" "+keys+" ", " "+k+" ") {
			t.Errorf("key %s missing", k)
		}
	}
}

func TestMissingDefaultFileUsesDefaults(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(wd)
	if _, err := config.Load("config.yaml", env(nil)); err != nil {
		t.Fatal(err)
	}
	if _, err := config.Load("other.yaml", env(nil)); err == nil {
		t.Fatal("a named missing file must be an error")
	}
}

func TestEnvOverrides(t *testing.T) {
	cfg, err := config.Load("", env(map[string]string{
		"CONTESTBOT_WECHAT_APP_SECRET":             "s3cret",
		"CONTESTBOT_CHECKS_ALLOW_PRIVATE_NETWORKS": "true",
		"CONTESTBOT_CONTEST_DEADLINE":              "2025-10-15",
		"CONTESTBOT_WECHAT_API_BASE":               "http://127.0.0.1:9999/",
		"CONTESTBOT_REMINDERS_OFFSETS":             "2d, 09:00",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.WeChat.AppSecret != "s3cret" || !cfg.Checks.AllowPrivateNetworks || cfg.WeChat.APIBase != "http://127.0.0.1:9999" {
		t.Fatalf("%+v", cfg)
	}
	want := time.Date(2025, 10, 15, 23, 59, 59, 0, config.Shanghai)
	if !cfg.Contest.Deadline.Equal(want) {
		t.Fatalf("deadline %v, want %v", cfg.Contest.Deadline, want)
	}
	if strings.Join(cfg.Reminders.Offsets, "|") != "2d|09:00" {
		t.Fatalf("offsets %q", cfg.Reminders.Offsets)
	}
	if strings.Contains(cfg.Redacted(), "s3cret") {
		t.Fatal("Redacted shows a secret")
	}
}

func TestBadValues(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		env        map[string]string
		want       string
	}{
		{name: "UnknownKey", file: "server:\n  adr: x\n", want: `unknown key "server.adr"`},
		{name: "UnknownSection", file: "wechatt:\n  app_id: x\n", want: `unknown key "wechatt"`},
		{name: "BadDuration", file: "checks:\n  timeout: soon\n", want: "checks.timeout"},
		{name: "ShortAESKey", env: map[string]string{"CONTESTBOT_WECHAT_ENCODING_AES_KEY": "abc"}, want: "wechat.encoding_aes_key: must be 43 characters"},
		{name: "BadDriver", file: "store:\n  driver: mysql\n", want: "store.driver"},
		{name: "BadDeadline", file: "contest:\n  deadline: 10月15日\n", want: "contest.deadline"},
		{name: "BadBool", env: map[string]string{"CONTESTBOT_LLM_ENABLED": "yes please"}, want: "CONTESTBOT_LLM_ENABLED"},
		{name: "LLMWithoutURL", file: "llm:\n  enabled: true\n", want: "llm.base_url"},
		{name: "BadRetainUntil", file: "privacy:\n  retain_until: soon\n", want: "privacy.retain_until"},
		{name: "BadMessageDays", file: "privacy:\n  message_days: 0\n", want: "privacy.message_days"},
		{name: "BadQuietHours", file: "reminders:\n  quiet_hours: night\n", want: "reminders.quiet_hours"},
		{name: "BudgetTooLong", file: "wechat:\n  reply_budget: 6s\n", want: "wechat.reply_budget"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := ""
			if tc.file != "" {
				path = writeConfig(t, tc.file)
			}
			_, err := config.Load(path, env(tc.env))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans lines: %q", err)
			}
		})
	}
}

func TestSecretNotInError(t *testing.T) {
	_, err := config.Load("", env(map[string]string{"CONTESTBOT_WECHAT_ENCODING_AES_KEY": "supersecretvalue"}))
	if err == nil || strings.Contains(err.Error(), "supersecretvalue") {
		t.Fatalf("error %v shows the secret", err)
	}
}
