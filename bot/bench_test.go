package bot_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"contestbot/bot"
	"contestbot/dialogs"
	"contestbot/store/storetest"

	"github.com/silenceper/wechat/v2/util"
)

// echoHandler is the trivial handler of the benchmarks: no I/O.
type echoHandler struct{}

func (echoHandler) Handle(_ context.Context, m dialogs.Message) (dialogs.Reply, error) {
	return dialogs.Reply{Text: "收到：" + m.Text + "。截止时间是2025年10月15日。"}, nil
}

// BenchmarkCallback measures POST /wechat end to end through ServeHTTP:
// signature, parsing, the dedupe row in a real SQLite store, the handler
// and the reply XML (and AES both ways in safe mode). Each iteration is a
// new MsgId; 50 users take turns.
func BenchmarkCallback(b *testing.B) {
	for _, mode := range []struct {
		name     string
		safe     bool
		parallel bool
	}{{"Plaintext", false, false}, {"Safe", true, false}, {"PlaintextParallel", false, true}} {
		b.Run(mode.name, func(b *testing.B) {
			opts := bot.Options{AppID: testAppID, Token: testToken, Logger: quiet}
			if mode.safe {
				opts.EncodingAESKey = testKey
			}
			srv := bot.New(echoHandler{}, storetest.Open(b), nil, opts)
			defer srv.Shutdown(context.Background())
			var seq atomic.Int64
			one := func() {
				n := seq.Add(1)
				body := textXML(fmt.Sprintf("oUSER%02d", n%50), n, "截止时间")
				ts, nonce := nowTS(), fmt.Sprint(n)
				q := signedQuery(testToken, ts, nonce)
				if mode.safe {
					enc, _ := util.EncryptMsg([]byte("0123456789abcdef"), []byte(body), testAppID, testKey)
					q.Set("encrypt_type", "aes")
					q.Set("msg_signature", util.Signature(testToken, ts, nonce, string(enc)))
					body = `<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[` + string(enc) + `]]></Encrypt></xml>`
				}
				r := httptest.NewRequest(http.MethodPost, "/wechat?"+q.Encode(), strings.NewReader(body))
				w := httptest.NewRecorder()
				srv.ServeHTTP(w, r)
				if w.Code != http.StatusOK || w.Body.String() == "success" {
					b.Errorf("status %d: %s", w.Code, w.Body)
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			if mode.parallel {
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						one()
					}
				})
			} else {
				for b.Loop() {
					one()
				}
			}
		})
	}
}
