package bot_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"contestbot/bot"
	"contestbot/dialogs"
	"contestbot/store"

	"github.com/silenceper/wechat/v2/util"
)

// TestCallbackAttacks: each forged or replayed callback is 403 and leaves
// nothing in the store (no inbound row, no seen triple, no handler call).
func TestCallbackAttacks(t *testing.T) {
	old := fmt.Sprint(time.Now().Add(-bot.TimestampWindow - time.Minute).Unix())
	// The replay reuses the genuine callback's timestamp: two nowTS() calls
	// may fall in different seconds and so make two different triples.
	replayTS := nowTS()
	future := fmt.Sprint(time.Now().Add(bot.TimestampWindow + time.Minute).Unix())
	plain := func(ts, nonce, body string) *http.Request {
		return httptest.NewRequest(http.MethodPost, "/wechat?"+signedQuery(testToken, ts, nonce).Encode(), strings.NewReader(body))
	}
	for _, tc := range []struct {
		name string
		safe bool
		set  func(*bot.Options)
		// first, when set, is a genuine callback sent before the attack.
		first  func() *http.Request
		attack func() *http.Request
	}{
		{name: "OldTimestamp", attack: func() *http.Request { return plain(old, "1", textXML(testUser, 1, "取消第1个作品")) }},
		{name: "FutureTimestamp", attack: func() *http.Request { return plain(future, "1", textXML(testUser, 1, "x")) }},
		{name: "BadTimestamp", attack: func() *http.Request { return plain("2023-01-01", "1", textXML(testUser, 1, "x")) }},
		{
			name:  "ReplayedTriple",
			first: func() *http.Request { return plain(replayTS, "rp", textXML(testUser, 1, "你好")) },
			// The same URL (nginx logged it) with a forged body as another user.
			attack: func() *http.Request { return plain(replayTS, "rp", textXML("oVICTIM", 2, "下载报名材料")) },
		},
		{
			name: "PlaintextInSafeMode", safe: true,
			attack: func() *http.Request { return plain(nowTS(), "2", textXML(testUser, 1, "x")) },
		},
		{
			name: "PlaintextInSafeModeWithEncryptType", safe: true,
			attack: func() *http.Request {
				q := signedQuery(testToken, nowTS(), "3")
				q.Set("encrypt_type", "aes")
				return httptest.NewRequest(http.MethodPost, "/wechat?"+q.Encode(), strings.NewReader(textXML(testUser, 1, "x")))
			},
		},
		{
			name: "EncryptedInPlainMode", safe: true, set: func(o *bot.Options) { o.Mode = bot.ModePlain },
			attack: func() *http.Request {
				ts, nonce := nowTS(), "4"
				enc, _ := util.EncryptMsg([]byte("0123456789abcdef"), []byte(textXML(testUser, 1, "x")), testAppID, testKey)
				q := signedQuery(testToken, ts, nonce)
				q.Set("encrypt_type", "aes")
				q.Set("msg_signature", util.Signature(testToken, ts, nonce, string(enc)))
				return httptest.NewRequest(http.MethodPost, "/wechat?"+q.Encode(), strings.NewReader(`<xml><Encrypt><![CDATA[`+string(enc)+`]]></Encrypt></xml>`))
			},
		},
		{
			name: "WrongToUserName", set: func(o *bot.Options) { o.OriginalID = "gh_other" },
			attack: func() *http.Request { return plain(nowTS(), "5", textXML(testUser, 1, "x")) },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := &fakeHandler{}
			var sets []func(*bot.Options)
			if tc.set != nil {
				sets = append(sets, tc.set)
			}
			e := newEnv(t, h, tc.safe, sets...)
			ctx := context.Background()
			rows, calls, seen := 0, int32(0), 0
			if tc.first != nil {
				w := httptest.NewRecorder()
				e.srv.ServeHTTP(w, tc.first())
				if w.Code != http.StatusOK {
					t.Fatalf("genuine callback: status %d", w.Code)
				}
				waitFor(t, "the genuine message answered", func() bool { return h.calls.Load() == 1 })
				rows, calls = countInbound(t, e.db), h.calls.Load()
				seen, _ = e.db.CountCallbacks(ctx)
			}
			w := httptest.NewRecorder()
			e.srv.ServeHTTP(w, tc.attack())
			if w.Code != http.StatusForbidden {
				t.Fatalf("status %d, want 403", w.Code)
			}
			time.Sleep(50 * time.Millisecond)
			if n := countInbound(t, e.db); n != rows {
				t.Errorf("%d inbound rows, want %d", n, rows)
			}
			if n, _ := e.db.CountCallbacks(ctx); n != seen {
				t.Errorf("%d seen triples, want %d", n, seen)
			}
			if h.calls.Load() != calls {
				t.Error("handler called for a forged callback")
			}
		})
	}
}

// TestWeChatRetrySameTriple: WeChat's own retry of a message (same URL,
// same body) is not a replay: it gets the stored answer, once.
func TestWeChatRetrySameTriple(t *testing.T) {
	h := &fakeHandler{}
	e := newEnv(t, h, false)
	ts, body := nowTS(), textXML(testUser, 77, "截止时间")
	for i := range 2 {
		w := httptest.NewRecorder()
		e.srv.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/wechat?"+signedQuery(testToken, ts, "rt").Encode(), strings.NewReader(body)))
		if got := e.replyText(t, w); got != "收到: 截止时间" {
			t.Fatalf("attempt %d: reply %q", i+1, got)
		}
	}
	if h.calls.Load() != 1 {
		t.Fatalf("handled %d times, want 1", h.calls.Load())
	}
}

// TestAnswerCut: one answer never takes more than bot.MaxParts messages.
func TestAnswerCut(t *testing.T) {
	answer := strings.Repeat("很长的回答。", 3000)
	h := &fakeHandler{Reply: func(m dialogs.Message) (dialogs.Reply, error) { return dialogs.Reply{Text: answer}, nil }}
	e := newEnv(t, h, false)
	e.replyText(t, e.post(t, textXML(testUser, 300, "长")))
	waitFor(t, "the pushed parts", func() bool { return len(e.api.sent()) == bot.MaxParts-1 })
	time.Sleep(200 * time.Millisecond)
	sent := e.api.sent()
	if len(sent) != bot.MaxParts-1 {
		t.Fatalf("%d pushed parts, want %d", len(sent), bot.MaxParts-1)
	}
	if last := sent[len(sent)-1].Content; !strings.Contains(last, "其余部分未发送") {
		t.Errorf("last part does not say it was cut: %q", last[max(0, len(last)-80):])
	}
}

// TestRecoverAbandoned: a message left 'working' by a dead instance is
// answered once, by customer-service message, after its lease runs out;
// a retry of it meanwhile is not handled again.
func TestRecoverAbandoned(t *testing.T) {
	h := &fakeHandler{}
	e := newEnv(t, h, false, func(o *bot.Options) { o.InboundLease = time.Hour })
	ctx := context.Background()
	// The dead instance claimed the message and never finished it.
	m := `{"OpenID":"oDead","MsgID":"555","Type":"text","Text":"截止时间"}`
	if ok, err := e.db.ClaimInbound(ctx, "555", "oDead", "text", m, time.Hour); err != nil || !ok {
		t.Fatal(ok, err)
	}
	if n := e.srv.RecoverOnce(ctx); n != 0 {
		t.Fatalf("took over %d messages still leased", n)
	}
	// The lease runs out on the store's clock, not by sleeping past it: a
	// loaded machine could otherwise pass 300 ms before the first pass.
	e.advance(time.Hour + time.Second)
	if n := e.srv.RecoverOnce(ctx); n != 1 {
		t.Fatalf("took over %d messages, want 1", n)
	}
	if n := e.srv.RecoverOnce(ctx); n != 0 {
		t.Fatalf("took the same message over again (%d)", n)
	}
	waitFor(t, "the answer pushed", func() bool { return len(e.api.sent()) == 1 })
	time.Sleep(100 * time.Millisecond)
	if got := texts(e.api.sent()); len(got) != 1 || got[0] != "收到: 截止时间" || h.calls.Load() != 1 {
		t.Fatalf("pushed %q after %d calls", got, h.calls.Load())
	}
	in, _ := e.db.Inbound(ctx, "555")
	if in.State != store.InboundAsync {
		t.Fatalf("state %q", in.State)
	}
}
