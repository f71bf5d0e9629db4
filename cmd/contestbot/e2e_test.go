package main

import (
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// isolate points the store at a fresh SQLite file and runs from a temporary
// directory, so no config.yaml or data/ of the developer's is touched.
func isolate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("CONTESTBOT_STORE_DSN", filepath.Join(dir, "bot.db"))
	return dir
}

func chat(t *testing.T, input string, args ...string) string {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(context.Background(), append([]string{"chat"}, args...), strings.NewReader(input), &out, &errw)
	if code != 0 {
		t.Fatalf("chat exited %d: %s", code, errw.String())
	}
	return out.String()
}

// TestChatAcceptance runs the issues' acceptance lines through the real
// binary's run(), as `echo … | contestbot chat` does.
func TestChatAcceptance(t *testing.T) {
	isolate(t)
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{name: "Deadline", in: "截止时间\n", want: []string{"2025年10月15日"}},
		{name: "BitrateTooLow", in: "1080P的片子码率8M行吗\n", want: []string{"不通过", "10–50"}},
		{name: "NotInNotice", in: "一等奖奖金多少\n", want: []string{"通知中没有说明", "0371—69691670"}},
		{name: "ClosedAfterDeadline", in: "我要报名\n", want: []string{"报名已截止"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := chat(t, tc.in)
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("reply lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestChatRegistration completes an entry by piped chat and reads it back
// with `export --format json`, field by field.
func TestChatRegistration(t *testing.T) {
	isolate(t)
	t.Setenv("CONTESTBOT_CONTEST_DEADLINE", "2099-12-31")
	script := strings.Join([]string{
		"我要报名",
		"推荐单位：郑州铁路职业技术学院",
		"片名《黄河岸边的守望》，时长2分30秒，实景拍摄",
		"制作单位：郑州铁路职业技术学院党委组织部",
		"联系人张伟，电话０３７１—６９６９１６７０",
		"监制王强，编导张伟、李娜，撰稿刘洋，摄影陈晨，剪辑赵六",
		"内容简介：讲述黄河岸边一名老党员30年守护堤坝的故事。",
		"同简介",
		"是", "是", "是", "没有",
		"确认",
	}, "\n") + "\n"
	out := chat(t, script, "--user", "teacher-1")
	if !strings.Contains(out, "郑州铁路职业技术学院-1-黄河岸边的守望.mp4") {
		t.Fatalf("no file name in the completion reply:\n%s", out)
	}
	var buf, errw bytes.Buffer
	if code := run(context.Background(), []string{"export", "--format", "json"}, nil, &buf, &errw); code != 0 {
		t.Fatalf("export exited %d: %s", code, errw.String())
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("export json: %v\n%s", err, buf.String())
	}
	if len(got) != 1 {
		t.Fatalf("want 1 entry, got %d", len(got))
	}
	e := got[0]
	want := map[string]any{
		"openid": "teacher-1", "status": "complete", "unit": "郑州铁路职业技术学院", "seq": 1.0,
		"title": "黄河岸边的守望", "producer": "郑州铁路职业技术学院党委组织部", "contact": "张伟",
		"phone": "0371-69691670", "duration_seconds": 150.0, "category": "实景拍摄",
		"synopsis": "讲述黄河岸边一名老党员30年守护堤坝的故事。", "summary": "讲述黄河岸边一名老党员30年守护堤坝的故事。",
		"copyright_confirmed": true,
	}
	for k, v := range want {
		if e[k] != v {
			t.Errorf("%s = %v, want %v", k, e[k], v)
		}
	}
	creators, _ := e["creators"].(map[string]any)
	if creators["director"] != "张伟、李娜" || creators["editor"] != "赵六" {
		t.Errorf("creators = %v", creators)
	}
}

// fakeWeChat is WeChat's API as far as the bot uses it: a token and
// customer-service messages, which it records.
type fakeWeChat struct {
	mu   sync.Mutex
	sent []string
}

func (f *fakeWeChat) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/cgi-bin/stable_token":
		io.WriteString(w, `{"access_token":"TOKEN","expires_in":7200}`)
	case "/cgi-bin/message/custom/send":
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.sent = append(f.sent, string(body))
		f.mu.Unlock()
		io.WriteString(w, `{"errcode":0,"errmsg":"ok"}`)
	default:
		io.WriteString(w, `{"errcode":0,"errmsg":"ok"}`)
	}
}

func (f *fakeWeChat) messages() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.sent...)
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func signature(token, timestamp, nonce string) string {
	parts := []string{token, timestamp, nonce}
	sort.Strings(parts)
	sum := sha1.Sum([]byte(strings.Join(parts, "")))
	return hex.EncodeToString(sum[:])
}

// TestServeEndToEnd starts `contestbot serve` and talks to it as WeChat
// does: a question answered passively, then a video link acknowledged at
// once and its check result pushed by customer-service message through the
// fake WeChat API, then a graceful shutdown.
func TestServeEndToEnd(t *testing.T) {
	video := filepath.Join(t.TempDir(), "郑州铁路职业技术学院-1-黄河岸边的守望.mp4")
	expandFixture(t, "1080p.mp4", video) // before isolate changes directory
	isolate(t)
	wx := &fakeWeChat{}
	api := httptest.NewServer(wx)
	defer api.Close()

	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, err := os.Open(video)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, filepath.Base(video), time.Time{}, f)
	}))
	defer host.Close()

	addr := freeAddr(t)
	t.Setenv("CONTESTBOT_SERVER_ADDR", addr)
	t.Setenv("CONTESTBOT_WECHAT_APP_ID", "wx0000000000000000")
	t.Setenv("CONTESTBOT_WECHAT_APP_SECRET", "secret")
	t.Setenv("CONTESTBOT_WECHAT_TOKEN", "tok")
	t.Setenv("CONTESTBOT_WECHAT_API_BASE", api.URL)
	t.Setenv("CONTESTBOT_CHECKS_ALLOW_PRIVATE_NETWORKS", "true")
	t.Setenv("CONTESTBOT_REMINDERS_ENABLED", "false")

	errw := startServe(t, addr)
	base := "http://" + addr

	post := func(msgID, text string) string {
		t.Helper()
		ts, nonce := fmt.Sprint(time.Now().Unix()), msgID
		body := fmt.Sprintf(`<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[oTeacher]]></FromUserName>`+
			`<CreateTime>%s</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[%s]]></Content><MsgId>%s</MsgId></xml>`, ts, text, msgID)
		u := fmt.Sprintf("%s/wechat?signature=%s&timestamp=%s&nonce=%s", base, signature("tok", ts, nonce), ts, nonce)
		resp, err := http.Post(u, "text/xml", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			t.Fatalf("POST /wechat: %d %s", resp.StatusCode, b)
		}
		return string(b)
	}

	if r := post("1001", "截止时间是哪天"); !strings.Contains(r, "2025年10月15日") {
		t.Fatalf("deadline reply: %s", r)
	}
	if r := post("1002", "视频链接 "+host.URL+"/郑州铁路职业技术学院-1-黄河岸边的守望.mp4"); !strings.Contains(r, "检查") {
		t.Fatalf("link acknowledgement: %s", r)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		msgs := wx.messages()
		if len(msgs) > 0 {
			if !strings.Contains(msgs[0], "oTeacher") || !strings.Contains(msgs[0], "1920") {
				t.Fatalf("pushed result: %s", msgs[0])
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no check result pushed; serve log:\n%s", errw.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got := post("1001", "截止时间是哪天"); !strings.Contains(got, "2025年10月15日") {
		t.Fatalf("a retried MsgId must get the same reply: %s", got)
	}
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(m), "contestbot_") {
		t.Fatal("no contestbot metrics")
	}
}

// startServe runs `contestbot serve` in this process with the environment
// the test set, waits until addr answers /healthz, and stops it (expecting
// exit status 0) when the test ends. It returns serve's log.
func startServe(t *testing.T, addr string) *bytes.Buffer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	errw := &bytes.Buffer{}
	go func() { done <- run(ctx, []string{"serve"}, nil, io.Discard, errw) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d", code)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	})
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return errw
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not come up: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
