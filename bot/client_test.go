package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"contestbot/bot"
)

// fakeAPI is an httptest fake of WeChat's API: it hands out tokens, records
// customer-service, template and menu calls, and can be told to answer with
// an errcode.
type fakeAPI struct {
	*httptest.Server

	mu        sync.Mutex
	tokens    int               // tokens handed out
	tokenErr  *bot.APIError     // answer /cgi-bin/token with this
	sendErrs  []int             // errcodes to answer the next custom/send calls with
	sendCalls int               // custom/send calls with a valid token
	texts     []sentText        // delivered customer-service texts
	templates []json.RawMessage // delivered template bodies
	menus     []json.RawMessage
	notify    chan sentText
}

type sentText struct{ ToUser, Content string }

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{notify: make(chan sentText, 100)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /cgi-bin/stable_token", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			GrantType    string `json:"grant_type"`
			AppID        string `json:"appid"`
			ForceRefresh bool   `json:"force_refresh"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.GrantType != "client_credential" || req.AppID == "" || req.ForceRefresh {
			t.Errorf("stable_token request: %+v, %v", req, err)
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.tokenErr != nil {
			json.NewEncoder(w).Encode(map[string]any{"errcode": f.tokenErr.Code, "errmsg": f.tokenErr.Msg})
			return
		}
		f.tokens++
		json.NewEncoder(w).Encode(map[string]any{"access_token": "TOKEN" + string(rune('0'+f.tokens)), "expires_in": 7200})
	})
	check := func(w http.ResponseWriter, r *http.Request) bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		want := "TOKEN" + string(rune('0'+f.tokens))
		if r.URL.Query().Get("access_token") != want {
			json.NewEncoder(w).Encode(map[string]any{"errcode": 40001, "errmsg": "invalid credential, access_token is invalid or not latest"})
			return false
		}
		return true
	}
	mux.HandleFunc("POST /cgi-bin/message/custom/send", func(w http.ResponseWriter, r *http.Request) {
		if !check(w, r) {
			return
		}
		var body struct {
			ToUser  string `json:"touser"`
			MsgType string `json:"msgtype"`
			Text    struct {
				Content string `json:"content"`
			} `json:"text"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.MsgType != "text" {
			json.NewEncoder(w).Encode(map[string]any{"errcode": 40008, "errmsg": "invalid message type"})
			return
		}
		f.mu.Lock()
		f.sendCalls++
		if len(f.sendErrs) > 0 {
			code := f.sendErrs[0]
			f.sendErrs = f.sendErrs[1:]
			f.mu.Unlock()
			json.NewEncoder(w).Encode(map[string]any{"errcode": code, "errmsg": "fake error"})
			return
		}
		st := sentText{body.ToUser, body.Text.Content}
		f.texts = append(f.texts, st)
		f.mu.Unlock()
		f.notify <- st
		w.Write([]byte(`{"errcode":0,"errmsg":"ok"}`))
	})
	mux.HandleFunc("POST /cgi-bin/message/template/send", func(w http.ResponseWriter, r *http.Request) {
		if !check(w, r) {
			return
		}
		var raw json.RawMessage
		json.NewDecoder(r.Body).Decode(&raw)
		f.mu.Lock()
		f.templates = append(f.templates, raw)
		f.mu.Unlock()
		w.Write([]byte(`{"errcode":0,"errmsg":"ok","msgid":200228332}`))
	})
	mux.HandleFunc("POST /cgi-bin/menu/create", func(w http.ResponseWriter, r *http.Request) {
		if !check(w, r) {
			return
		}
		var raw json.RawMessage
		json.NewDecoder(r.Body).Decode(&raw)
		f.mu.Lock()
		f.menus = append(f.menus, raw)
		f.mu.Unlock()
		w.Write([]byte(`{"errcode":0,"errmsg":"ok"}`))
	})
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Close)
	return f
}

// invalidate makes the current token stale, as if another process refreshed it.
func (f *fakeAPI) invalidate() {
	f.mu.Lock()
	f.tokens += 10
	f.mu.Unlock()
}

func (f *fakeAPI) sent() []sentText {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]sentText(nil), f.texts...)
}

func (f *fakeAPI) tokenCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tokens
}

func newClient(f *fakeAPI) *bot.Client {
	return bot.NewClient(bot.ClientOptions{AppID: "wxapp", AppSecret: "secret", APIBase: f.URL, Logger: quiet})
}

func TestClientSendText(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		f := newFakeAPI(t)
		c := newClient(f)
		for _, s := range []string{"你好", "<b>&</b>"} {
			if err := c.SendText(ctx, "oUSER", s); err != nil {
				t.Fatal(err)
			}
		}
		got := f.sent()
		if len(got) != 2 || got[0] != (sentText{"oUSER", "你好"}) || got[1].Content != "<b>&</b>" {
			t.Fatalf("sent %+v", got)
		}
		if n := f.tokenCount(); n != 1 {
			t.Fatalf("fetched %d tokens, want 1 (cached)", n)
		}
	})
	t.Run("TokenInvalidRefetches", func(t *testing.T) {
		f := newFakeAPI(t)
		c := newClient(f)
		if err := c.SendText(ctx, "oUSER", "一"); err != nil {
			t.Fatal(err)
		}
		f.invalidate() // the cached token now gets 40001
		if err := c.SendText(ctx, "oUSER", "二"); err != nil {
			t.Fatalf("after 40001: %v", err)
		}
		if got := f.sent(); len(got) != 2 {
			t.Fatalf("sent %+v", got)
		}
	})
	t.Run("ErrPermanent", func(t *testing.T) {
		f := newFakeAPI(t)
		f.sendErrs = []int{45015}
		c := newClient(f)
		err := c.SendText(ctx, "oUSER", "一")
		var ae *bot.APIError
		if !errors.As(err, &ae) || ae.ErrCode() != 45015 {
			t.Fatalf("got %v, want *APIError 45015", err)
		}
		if strings.Contains(err.Error(), "TOKEN") || strings.Contains(err.Error(), "access_token=") {
			t.Fatalf("error leaks the token: %v", err)
		}
	})
	t.Run("ErrTransportHidesToken", func(t *testing.T) {
		f := newFakeAPI(t)
		c := newClient(f)
		if err := c.SendText(ctx, "oUSER", "一"); err != nil {
			t.Fatal(err)
		}
		f.Close()
		err := c.SendText(ctx, "oUSER", "二")
		if err == nil || strings.Contains(err.Error(), "TOKEN") || strings.Contains(err.Error(), "secret") {
			t.Fatalf("got %v", err)
		}
	})
}

func TestClientSendTemplate(t *testing.T) {
	f := newFakeAPI(t)
	c := newClient(f)
	err := c.SendTemplate(context.Background(), bot.TemplateMessage{ToUser: "oUSER", TemplateID: "T1",
		Data: map[string]string{"thing1": "黄河岸边"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"touser":"oUSER","template_id":"T1","data":{"thing1":{"value":"黄河岸边"}}}`
	if len(f.templates) != 1 || string(f.templates[0]) != want {
		t.Fatalf("got %s, want %s", f.templates, want)
	}
}

func TestClientCreateMenu(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		f := newFakeAPI(t)
		c := newClient(f)
		err := c.CreateMenu(ctx, []bot.MenuButton{
			{Name: "我要报名", Key: "REGISTER"},
			{Name: "比赛须知", Sub: []bot.MenuButton{{Name: "截止时间", Key: "DEADLINE"}, {Name: "通知原文", URL: "https://example.com/n"}}},
		})
		if err != nil {
			t.Fatal(err)
		}
		want := `{"button":[{"type":"click","name":"我要报名","key":"REGISTER"},{"name":"比赛须知","sub_button":[{"type":"click","name":"截止时间","key":"DEADLINE"},{"type":"view","name":"通知原文","url":"https://example.com/n"}]}]}`
		if len(f.menus) != 1 || string(f.menus[0]) != want {
			t.Fatalf("got %s\nwant %s", f.menus, want)
		}
	})
	for _, tc := range []struct {
		name    string
		buttons []bot.MenuButton
		want    string
	}{
		{"ErrEmpty", nil, "至少写一个按钮"},
		{"ErrTooMany", []bot.MenuButton{{Name: "a", Key: "a"}, {Name: "b", Key: "b"}, {Name: "c", Key: "c"}, {Name: "d", Key: "d"}}, "最多 3 个"},
		{"ErrNoAction", []bot.MenuButton{{Name: "a"}}, "需要 key"},
		{"ErrLongName", []bot.MenuButton{{Name: "这是一个非常长的菜单名称", Key: "a"}}, "名称太长"},
		{"ErrBadURL", []bot.MenuButton{{Name: "a", URL: "javascript:alert(1)"}}, "http://"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			err := newClient(f).CreateMenu(ctx, tc.buttons)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if len(f.menus) != 0 {
				t.Fatal("menu was sent")
			}
		})
	}
}

func TestClientSelfCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  *bot.APIError
		want string
	}{
		{"OK", nil, ""},
		{"ErrIP", &bot.APIError{Code: 40164, Msg: "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 1"}, "IP 203.0.113.7 不在公众号的 IP 白名单中"},
		{"ErrIPNoAddress", &bot.APIError{Code: 40164, Msg: "not in whitelist"}, "本机的出口 IP 不在公众号的 IP 白名单中"},
		{"ErrAppID", &bot.APIError{Code: 40013, Msg: "invalid appid"}, "AppID 错误"},
		{"ErrAppSecret", &bot.APIError{Code: 40125, Msg: "invalid appsecret"}, "AppSecret 错误"},
		{"ErrOther", &bot.APIError{Code: 89503, Msg: "risky"}, "errcode 89503"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAPI(t)
			f.tokenErr = tc.err
			err := newClient(f).SelfCheck(context.Background())
			if tc.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if bot.ErrCode(err) != tc.err.Code {
				t.Fatalf("ErrCode = %d, want %d", bot.ErrCode(err), tc.err.Code)
			}
		})
	}
	t.Run("ErrNoCredentials", func(t *testing.T) {
		err := bot.NewClient(bot.ClientOptions{}).SelfCheck(context.Background())
		if err == nil || !strings.Contains(err.Error(), "AppID") {
			t.Fatalf("got %v", err)
		}
	})
}

func (f *fakeAPI) calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sendCalls
}

func (f *fakeAPI) failNext(codes ...int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sendErrs = append(f.sendErrs, codes...)
}
