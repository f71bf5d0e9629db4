package dialogs_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"contestbot/dialogs"
	"contestbot/store/storetest"
)

// fakePager hands out numbered check page links and remembers for whom.
type fakePager struct {
	mu    sync.Mutex
	links []string
}

func (p *fakePager) CheckPageLink(ctx context.Context, openID string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.links = append(p.links, openID)
	return fmt.Sprintf("https://bot.example.com/check/tok%d", len(p.links)), nil
}

// TestCheckPageReplies: "检查视频", the CHECK menu key, a question about how
// to check, a 网盘 share link and a video sent in the chat all carry the
// user's own check page with the same wording; a question about submitting
// by 网盘 and one about numbers do not.
func TestCheckPageReplies(t *testing.T) {
	pager := &fakePager{}
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: storetest.Open(t), Knowledge: loadKnowledge(t), CheckPage: pager})
	send := func(m dialogs.Message) string {
		t.Helper()
		m.OpenID, m.MsgID = "u1", fmt.Sprint(time.Now().UnixNano())
		r, err := c.Handle(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		return r.Text
	}
	text := func(s string) dialogs.Message { return dialogs.Message{Type: dialogs.TypeText, Text: s} }
	ways := []string{"直接下载链接", "网盘分享页", "不行", "电脑或手机里", "https://bot.example.com/check/tok", "视频画面不会上传"}
	tests := []struct {
		name string
		msg  dialogs.Message
		want []string
	}{
		{"Words", text("检查视频"), ways},
		{"Menu", dialogs.Message{Type: dialogs.TypeEvent, Event: dialogs.EventClick, EventKey: dialogs.KeyCheck}, ways},
		{"HowQuestion", text("视频怎么检查？"), ways},
		{"OnMyComputer", text("视频在电脑上，怎么检查格式"), ways},
		{"BaiduQuestion", text("百度网盘的分享链接可以检查吗"), ways},
		{"ShareLink", text("链接: https://pan.baidu.com/s/1AbCdEf 提取码: 8k2m"), append([]string{"网盘分享页的链接"}, ways...)},
		{"QuarkLink", text("https://pan.quark.cn/s/3f9e0c1a"), ways},
		{"ChatVideo", dialogs.Message{Type: dialogs.TypeVideo, MediaID: "m1"}, append([]string{"微信会压缩", "原始文件"}, ways...)},
		{"ShortVideo", dialogs.Message{Type: dialogs.TypeShortVideo, MediaID: "m2"}, append([]string{"微信会压缩"}, ways...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := send(tt.msg)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Fatalf("reply lacks %q:\n%s", w, got)
				}
			}
		})
	}
	for _, q := range []string{"可以用网盘链接吗", "1080P 8M码率行吗", "视频检查不通过怎么办"} {
		if got := send(text(q)); strings.Contains(got, "/check/") {
			t.Errorf("%q got the check page:\n%s", q, got)
		}
	}
	if len(pager.links) != len(tests) || pager.links[0] != "u1" {
		t.Fatalf("links made for %v", pager.links)
	}
}
