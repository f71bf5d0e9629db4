package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestMenu(t *testing.T) {
	var mu sync.Mutex
	var menus []string
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/cgi-bin/stable_token":
			json.NewEncoder(w).Encode(map[string]any{"access_token": "T", "expires_in": 7200})
		case "/cgi-bin/menu/create":
			b, _ := io.ReadAll(r.Body)
			mu.Lock()
			menus = append(menus, strings.TrimSpace(string(b)))
			mu.Unlock()
			w.Write([]byte(`{"errcode":0,"errmsg":"ok"}`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer api.Close()
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	withMenu := write("menu.yaml", `wechat:
  app_id: wxtest
  app_secret: secret
  api_base: `+api.URL+`
  menu:
    - name: 我要报名
      key: REGISTER
    - name: 比赛须知
      sub:
        - name: 截止时间
          key: DEADLINE
`)
	noCreds := write("nocreds.yaml", "wechat:\n  api_base: "+api.URL+"\n")
	for _, tc := range []struct {
		name     string
		cfg      string
		env      map[string]string
		wantCode int
		wantOut  string
	}{
		{"OK", withMenu, nil, 0, "自定义菜单已安装"},
		{"ErrNoCredentials", noCreds, nil, 2, "没有配置公众号凭据"},
		{"ErrNoMenu", noCreds, map[string]string{"CONTESTBOT_WECHAT_APP_ID": "wx", "CONTESTBOT_WECHAT_APP_SECRET": "s"}, 2, "配置里没有菜单"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var out, errw bytes.Buffer
			code := run(context.Background(), []string{"menu", "--config", tc.cfg}, strings.NewReader(""), &out, &errw)
			if code != tc.wantCode || !strings.Contains(out.String()+errw.String(), tc.wantOut) {
				t.Fatalf("code %d, out %q, err %q", code, out.String(), errw.String())
			}
		})
	}
	want := `{"button":[{"type":"click","name":"我要报名","key":"REGISTER"},{"name":"比赛须知","sub_button":[{"type":"click","name":"截止时间","key":"DEADLINE"}]}]}`
	if len(menus) != 1 || menus[0] != want {
		t.Fatalf("menus %q", menus)
	}
}
