package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"contestbot/checks"
)

// TestServeCheckPage starts `contestbot serve`, asks "检查视频" as WeChat
// does, opens the check page from the link in the reply and posts what the
// page's script posts for a film: the verdict comes back, and is pushed to
// the chat through the fake WeChat API.
func TestServeCheckPage(t *testing.T) {
	video := filepath.Join(t.TempDir(), "郑州铁路职业技术学院-1-黄河岸边的守望.mp4")
	expandFixture(t, "moovend.mp4", video) // before isolate changes directory
	isolate(t)
	wx := &fakeWeChat{}
	api := httptest.NewServer(wx)
	defer api.Close()

	addr := freeAddr(t)
	base := "http://" + addr
	t.Setenv("CONTESTBOT_SERVER_ADDR", addr)
	t.Setenv("CONTESTBOT_SERVER_PUBLIC_URL", base)
	t.Setenv("CONTESTBOT_WECHAT_APP_ID", "wx0000000000000000")
	t.Setenv("CONTESTBOT_WECHAT_APP_SECRET", "secret")
	t.Setenv("CONTESTBOT_WECHAT_TOKEN", "tok")
	t.Setenv("CONTESTBOT_WECHAT_API_BASE", api.URL)
	t.Setenv("CONTESTBOT_REMINDERS_ENABLED", "false")

	errw := startServe(t, addr)

	ts, nonce := fmt.Sprint(time.Now().Unix()), "4343"
	body := fmt.Sprintf(`<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[oTeacher]]></FromUserName>`+
		`<CreateTime>%s</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[检查视频]]></Content><MsgId>2001</MsgId></xml>`, ts)
	resp, err := http.Post(fmt.Sprintf("%s/wechat?signature=%s&timestamp=%s&nonce=%s", base, signature("tok", ts, nonce), ts, nonce),
		"text/xml", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	reply, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	link := regexp.MustCompile(regexp.QuoteMeta(base) + `/check/[A-Za-z0-9_-]+`).FindString(string(reply))
	if link == "" || !strings.Contains(string(reply), "网盘分享页") {
		t.Fatalf("reply to 检查视频: %s", reply)
	}

	resp, err = http.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), `type="file"`) || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "nonce-") {
		t.Fatalf("check page: %d %s", resp.StatusCode, page)
	}

	f, err := os.Open(video)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	up, err := checks.UploadFrom(f, st.Size(), filepath.Base(video), 0)
	if err != nil {
		t.Fatal(err)
	}
	var boxes [][]any
	var parts [][2]int64
	var data []byte
	for _, b := range up.Boxes {
		boxes = append(boxes, []any{b.Type, b.Off, b.Size, b.Hdr})
	}
	for _, p := range up.Parts {
		parts = append(parts, [2]int64{p.Off, int64(len(p.Data))})
		data = append(data, p.Data...)
	}
	meta, _ := json.Marshal(map[string]any{"name": up.Name, "size": up.Size, "entry": "", "boxes": boxes, "parts": parts})
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	w, _ := mw.CreateFormFile("meta", "meta.json")
	w.Write(meta)
	w, _ = mw.CreateFormFile("data", "parts.bin")
	w.Write(data)
	mw.Close()
	resp, err = http.Post(link, mw.FormDataContentType(), &form)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		OK     bool   `json:"ok"`
		Report string `json:"report"`
		Error  string `json:"error"`
	}
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if resp.StatusCode != 200 || !res.OK || !strings.HasPrefix(res.Report, "视频检查结果：通过") {
		t.Fatalf("check post: %d %+v", resp.StatusCode, res)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		msgs := wx.messages()
		if len(msgs) > 0 && strings.Contains(msgs[len(msgs)-1], "视频检查结果") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no result pushed: %q; serve log:\n%s", msgs, errw.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}
