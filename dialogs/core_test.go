package dialogs_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"contestbot"
	"contestbot/checks"
	"contestbot/dialogs"
	"contestbot/knowledge"
	"contestbot/store"
	"contestbot/store/storetest"
)

// say sends text as openID and fails the test on an internal error.
func say(t testing.TB, c *dialogs.Core, openID, text string) string {
	t.Helper()
	r, err := c.Handle(context.Background(), dialogs.Message{OpenID: openID, MsgID: fmt.Sprint(time.Now().UnixNano()), Type: dialogs.TypeText, Text: text})
	if err != nil {
		t.Fatalf("Handle(%q): %v", text, err)
	}
	return r.Text
}

const fullEntry = "我要报名，推荐单位：郑州职业技术学院，片名：《守望》，制作单位：同上，联系人：张伟，电话：13800000000，时长：2分30秒，分类：1，主创人员：无，内容简介：讲述黄河岸边老党员的故事。"

func complete(t testing.TB, c *dialogs.Core, openID string) string {
	say(t, c, openID, fullEntry)
	say(t, c, openID, "同简介")
	say(t, c, openID, "是单位作品，2025年以来创作，未公开发表，没有使用AI")
	return say(t, c, openID, "确认")
}

// TestDurability reopens the store in the middle of a dialog, as a restart
// would, and continues where it stopped.
func TestDurability(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bot.db")
	db := storetest.OpenFile(t, path)
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	say(t, c, "u1", "我要报名")
	say(t, c, "u1", "郑州职业技术学院")
	say(t, c, "u1", "《守望》")
	db.Close()

	db = storetest.OpenFile(t, path)
	defer db.Close()
	c = dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	if r := say(t, c, "u1", "同上"); !strings.Contains(r, "联系人") {
		t.Fatalf("after reopen, reply %q does not ask for the contact", r)
	}
	es, err := db.EntriesByOpenID(ctx, "u1")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Unit != "郑州职业技术学院" || es[0].Title != "守望" || es[0].Producer != "郑州职业技术学院" {
		t.Fatalf("entries after reopen: %+v", es)
	}
}

type fakePusherCh struct {
	mu   sync.Mutex
	keys []string
	text []string
}

func (p *fakePusherCh) Push(ctx context.Context, openID, text, key string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.keys, p.text = append(p.keys, key), append(p.text, text)
	return nil
}

func TestVideoLink(t *testing.T) {
	ctx := context.Background()
	t.Run("Inline", func(t *testing.T) {
		db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
		defer db.Close()
		c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t), Checker: fakeChecker{}})
		complete(t, c, "u1")
		r := say(t, c, "u1", "https://v.example.com/a.mp4")
		if !strings.Contains(r, "检查结果") {
			t.Fatalf("reply %q has no result", r)
		}
		es, _ := db.EntriesByOpenID(ctx, "u1")
		if es[0].VideoURL != "https://v.example.com/a.mp4" || es[0].CheckVerdict != contestbot.VerdictPass || es[0].CheckJSON == "" || es[0].CheckedAt == nil {
			t.Fatalf("entry: %+v", es[0])
		}
	})
	t.Run("Background", func(t *testing.T) {
		db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
		defer db.Close()
		p := &fakePusherCh{}
		c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t), Checker: fakeChecker{}, Pusher: p})
		complete(t, c, "u1")
		r, err := c.Handle(ctx, dialogs.Message{OpenID: "u1", MsgID: "m42", Type: dialogs.TypeText, Text: "链接 https://v.example.com/bad.mp4"})
		if err != nil || !strings.Contains(r.Text, "正在检查") {
			t.Fatalf("reply %q, %v", r.Text, err)
		}
		c.Wait()
		if len(p.keys) != 1 || p.keys[0] != "check:m42" || !strings.Contains(p.text[0], "不是MP4") {
			t.Fatalf("pushed %q %q", p.keys, p.text)
		}
		es, _ := db.EntriesByOpenID(ctx, "u1")
		if es[0].CheckVerdict != contestbot.VerdictFail {
			t.Fatalf("verdict %q", es[0].CheckVerdict)
		}
	})
}

type fakeNudger struct{ n string }

func (f fakeNudger) Nudge(ctx context.Context, openID string) (string, error) { return f.n, nil }

type fakeDocs struct{}

func (fakeDocs) DocumentsLink(openID string) string { return "https://bot.example.com/d/" + openID }

func TestExtras(t *testing.T) {
	ctx := context.Background()
	db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
	defer db.Close()
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t),
		Nudger: fakeNudger{"提醒：您还有作品未提交视频链接。"}, Docs: fakeDocs{}})
	t.Run("Nudge", func(t *testing.T) {
		if r := say(t, c, "u1", "你好"); !strings.HasSuffix(r, "提醒：您还有作品未提交视频链接。") {
			t.Fatalf("reply %q lacks the nudge", r)
		}
		// s6-k: an answer to a question carries nothing it did not ask.
		for _, q := range []string{"视频文件啥格式？我们剪出来是mov的", "截止时间是哪天", "能发网盘链接吗"} {
			if r := say(t, c, "u1", q); strings.Contains(r, "提醒：") {
				t.Errorf("answer to %q carries the nudge: %q", q, r)
			}
		}
	})
	t.Run("DocsLink", func(t *testing.T) {
		// s6-c: with nothing filled there is nothing to download, and the reply says how to register.
		for _, q := range []string{"下载报名材料", "填好的报名表在哪下载"} {
			if r := say(t, c, "u1", q); strings.Contains(r, "https://bot.example.com/d/u1") || strings.Contains(r, "已按您填写的内容生成") || !strings.Contains(r, "我要报名") {
				t.Fatalf("%s: reply %q offers forms nothing was filled into", q, r)
			}
		}
		if r := complete(t, c, "u2"); !strings.Contains(r, "https://bot.example.com/d/u2") {
			t.Fatalf("completion %q lacks the link", r)
		}
		if r := say(t, c, "u2", "我的作品"); !strings.Contains(r, "https://bot.example.com/d/u2") {
			t.Fatalf("我的作品 %q lacks the link", r)
		}
	})
	t.Run("RemindersOff", func(t *testing.T) {
		say(t, c, "u3", "退订提醒")
		u, err := db.User(ctx, "u3")
		if err != nil || !u.RemindersOff {
			t.Fatalf("user %+v, %v", u, err)
		}
		say(t, c, "u3", "恢复提醒")
		if u, _ := db.User(ctx, "u3"); u.RemindersOff {
			t.Fatal("reminders still off")
		}
	})
	t.Run("Unsubscribe", func(t *testing.T) {
		r, err := c.Handle(ctx, dialogs.Message{OpenID: "u4", Type: dialogs.TypeEvent, Event: dialogs.EventUnsubscribe})
		if err != nil || r.Text != "" {
			t.Fatalf("reply %q, %v", r.Text, err)
		}
	})
	t.Run("NoOpenID", func(t *testing.T) {
		if _, err := c.Handle(ctx, dialogs.Message{Type: dialogs.TypeText, Text: "你好"}); err == nil {
			t.Fatal("no error")
		}
	})
}

// fakeKnowledge answers one question and takes anything else for an answer.
type fakeKnowledge struct{}

func (fakeKnowledge) Answer(ctx context.Context, q string) knowledge.Answer {
	if strings.Contains(q, "截止") {
		return knowledge.Answer{Text: "2025年10月15日前。", Kind: knowledge.KindFact, Confidence: 1}
	}
	return knowledge.Answer{Kind: knowledge.KindNone}
}

func (fakeKnowledge) Welcome() string { return "欢迎！" }

func TestQuestionMidForm(t *testing.T) {
	db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
	defer db.Close()
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: fakeKnowledge{}})
	say(t, c, "u1", "我要报名")
	r := say(t, c, "u1", "截止时间是哪天？")
	if !strings.Contains(r, "2025年10月15日前") || !strings.Contains(r, "推荐单位") {
		t.Fatalf("reply %q: want the answer and the pending question", r)
	}
	// A name that looks like a question to the parser but not to the
	// knowledge base is an answer.
	say(t, c, "u1", "郑州大学")
	say(t, c, "u1", "初心是什么")
	es, _ := db.EntriesByOpenID(context.Background(), "u1")
	if es[0].Title != "初心是什么" {
		t.Fatalf("title %q", es[0].Title)
	}
	if r := say(t, c, "u1", "取消"); !strings.Contains(r, "确定") {
		t.Fatalf("cancel: %q", r)
	}
	if r, _ := c.Handle(context.Background(), dialogs.Message{OpenID: "u9", Type: dialogs.TypeEvent, Event: dialogs.EventSubscribe}); !strings.Contains(r.Text, "欢迎！") || !strings.Contains(r.Text, "我要报名") {
		t.Fatalf("welcome %q", r.Text)
	}
}

// TestConcurrentUsers runs many users at once; with -race it proves the
// core keeps no unsynchronised shared state, and each user gets a complete
// entry with a distinct 序号 in the shared unit.
func TestConcurrentUsers(t *testing.T) {
	ctx := context.Background()
	db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
	defer db.Close()
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	var wg sync.WaitGroup
	const n = 8
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			complete(t, c, fmt.Sprintf("user-%d", i))
		}(i)
	}
	wg.Wait()
	seqs := map[int]bool{}
	es, err := db.Entries(ctx, store.EntryFilter{Unit: "郑州职业技术学院"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Status != contestbot.StatusComplete || seqs[e.Seq] {
			t.Fatalf("entry %+v (seqs so far %v)", e, seqs)
		}
		seqs[e.Seq] = true
	}
	if len(es) != n {
		t.Fatalf("%d entries, want %d", len(es), n)
	}
}

var (
	_ dialogs.Checker  = (*checks.Checker)(nil)
	_ dialogs.Answerer = (*knowledge.Base)(nil)
)

// TestVideoLinkRealChecker sends a link to a file that is no MP4 through
// the real checker (served by httptest) and expects a failed verdict on the
// entry and a pushed report.
func TestVideoLinkRealChecker(t *testing.T) {
	ctx := context.Background()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "v.mp4", time.Time{}, strings.NewReader(strings.Repeat("not a video ", 1000)))
	}))
	defer srv.Close()
	db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
	defer db.Close()
	p := &fakePusherCh{}
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t),
		Checker: checks.New(checks.Options{AllowPrivateNetworks: true, Timeout: 10 * time.Second}), Pusher: p})
	complete(t, c, "u1")
	u := srv.URL + "/" + url.PathEscape("郑州职业技术学院-1-守望") + ".mp4"
	r, err := c.Handle(ctx, dialogs.Message{OpenID: "u1", MsgID: "m1", Type: dialogs.TypeText, Text: u})
	if err != nil || !strings.Contains(r.Text, "正在检查") {
		t.Fatalf("reply %q, %v", r.Text, err)
	}
	c.Wait()
	es, _ := db.EntriesByOpenID(ctx, "u1")
	if es[0].VideoURL != u || es[0].CheckVerdict != contestbot.VerdictFail || es[0].CheckJSON == "" {
		t.Fatalf("entry: url %q verdict %q json %q", es[0].VideoURL, es[0].CheckVerdict, es[0].CheckJSON)
	}
	if len(p.text) != 1 || !strings.Contains(p.text[0], "守望") {
		t.Fatalf("pushed %q", p.text)
	}
}
