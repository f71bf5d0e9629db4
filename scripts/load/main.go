// Command load is the loopback load test of the WeChat callback: it starts
// the real bot.Server (in-process, real SQLite in a temporary directory, a
// trivial handler) on a loopback listener, drives it with properly signed
// POST /wechat requests at a fixed rate from a set of users for a bounded
// time, and reports msg/s and passive-reply latency. With -core the handler
// is the real dialog core over the same store and the built-in notice
// (offline answers, no LLM), and users ask a rotating set of questions.
//
//	go run ./scripts/load                        # 200 msg/s, 50 users, 20 s, plaintext
//	go run ./scripts/load -rate 400 -safe -duration 10s
//	go run ./scripts/load -core
//
// Requests are sent open-loop (on schedule, whether or not earlier ones have
// answered) and latency is measured from each request's scheduled time, so a
// stalled server shows up in the figures instead of slowing the sender.
// The exit status is 1 when any request failed or p99 missed -target.
package main

import (
	"context"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"contestbot/bot"
	"contestbot/dialogs"
	"contestbot/knowledge"
	"contestbot/store"

	"github.com/silenceper/wechat/v2/util"
)

const (
	token  = "loadtoken"
	appID  = "wxloadtest"
	aesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
)

func main() {
	rate := flag.Float64("rate", 200, "messages per second")
	users := flag.Int("users", 50, "distinct users (openids) sending in turn")
	duration := flag.Duration("duration", 20*time.Second, "how long to send (bounded: at most 10m)")
	safe := flag.Bool("safe", false, "safe (AES) mode instead of plaintext")
	core := flag.Bool("core", false, "answer with the real dialog core (built-in notice, no LLM) instead of a trivial handler")
	target := flag.Duration("target", 20*time.Millisecond, "p99 latency target")
	flag.Parse()
	if *rate <= 0 || *users <= 0 || *duration <= 0 || *duration > 10*time.Minute {
		fmt.Fprintln(os.Stderr, "load: -rate and -users must be positive, -duration in (0, 10m]")
		os.Exit(2)
	}
	res, err := run(*rate, *users, *duration, *safe, *core)
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(2)
	}
	res.print(os.Stdout, *target)
	if res.errors > 0 || res.quantile(0.99) > *target {
		os.Exit(1)
	}
}

// echo is the trivial handler: a fixed answer, no I/O.
type echo struct{}

func (echo) Handle(_ context.Context, m dialogs.Message) (dialogs.Reply, error) {
	return dialogs.Reply{Text: "收到：" + m.Text + "。这是压测用的固定回复，长度与一条普通答复相当。"}, nil
}

type result struct {
	core         bool
	sent, errors int
	firstErr     string
	elapsed      time.Duration
	latencies    []time.Duration
	rate         float64
	users        int
	safe         bool
}

// questions are what the -core users ask, in turn.
var questions = []string{"截止时间是什么时候", "作品时长有什么要求", "视频格式要求", "文件怎么命名", "联系电话是多少", "有哪些分类", "帮助"}

func run(rate float64, users int, duration time.Duration, safe, core bool) (*result, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "contestbot-load-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, "sqlite", filepath.Join(dir, "load.db"))
	if err != nil {
		return nil, err
	}
	defer db.Close()

	opts := bot.Options{AppID: appID, Token: token, Logger: slog.New(slog.DiscardHandler)}
	if safe {
		opts.EncodingAESKey = aesKey
	}
	var h bot.Handler = echo{}
	if core {
		kb, err := knowledge.Load(knowledge.Options{Logger: opts.Logger})
		if err != nil {
			return nil, err
		}
		h = dialogs.New(dialogs.Options{Logger: opts.Logger}, dialogs.Deps{Store: db, Knowledge: kb})
	}
	srv := bot.New(h, db, nil, opts)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/wechat", srv)
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go hs.Serve(ln)
	defer func() {
		hs.Shutdown(ctx)
		srv.Shutdown(ctx)
	}()
	endpoint := "http://" + ln.Addr().String() + "/wechat"

	client := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConns: 200, MaxIdleConnsPerHost: 200, IdleConnTimeout: time.Minute},
	}
	res := &result{rate: rate, users: users, safe: safe, core: core}
	total := int(rate * duration.Seconds())
	interval := time.Duration(float64(time.Second) / rate)
	lat := make([]time.Duration, total)
	ok := make([]bool, total)
	errs := make([]string, total)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range total {
		at := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(at))
		wg.Go(func() {
			user := fmt.Sprintf("oLOADUSER%03d", i%users)
			req, err := request(endpoint, user, int64(i+1), questions[(i/users)%len(questions)], safe)
			if err == nil {
				err = send(client, req, safe)
			}
			lat[i] = time.Since(at)
			if err != nil {
				errs[i] = err.Error()
			} else {
				ok[i] = true
			}
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	res.sent = total
	for i := range total {
		if !ok[i] {
			res.errors++
			if res.firstErr == "" {
				res.firstErr = errs[i]
			}
		}
	}
	res.latencies = lat
	slices.Sort(res.latencies)
	return res, nil
}

// request builds a signed POST /wechat of a text message, as WeChat sends it.
func request(endpoint, user string, msgID int64, text string, safe bool) (*http.Request, error) {
	now := time.Now().Unix()
	ts, nonce := strconv.FormatInt(now, 10), strconv.FormatInt(msgID, 10)
	body := fmt.Sprintf(`<xml><ToUserName><![CDATA[gh_load]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName>`+
		`<CreateTime>%d</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[%s]]></Content>`+
		`<MsgId>%d</MsgId></xml>`, user, now, text, msgID)
	q := url.Values{"signature": {util.Signature(token, ts, nonce)}, "timestamp": {ts}, "nonce": {nonce}, "openid": {user}}
	if safe {
		enc, err := util.EncryptMsg([]byte("0123456789abcdef"), []byte(body), appID, aesKey)
		if err != nil {
			return nil, err
		}
		q.Set("encrypt_type", "aes")
		q.Set("msg_signature", util.Signature(token, ts, nonce, string(enc)))
		body = `<xml><ToUserName><![CDATA[gh_load]]></ToUserName><Encrypt><![CDATA[` + string(enc) + `]]></Encrypt></xml>`
	}
	req, err := http.NewRequest(http.MethodPost, endpoint+"?"+q.Encode(), strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "text/xml")
	return req, nil
}

// send posts req and checks that the answer is a passive text reply.
func send(client *http.Client, req *http.Request, safe bool) error {
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	if safe {
		var env struct{ Encrypt string }
		if err := xml.Unmarshal(body, &env); err != nil {
			return fmt.Errorf("reply is not XML: %q", body)
		}
		if _, body, err = util.DecryptMsg(appID, env.Encrypt, aesKey); err != nil {
			return fmt.Errorf("reply does not decrypt: %v", err)
		}
	}
	var r struct{ MsgType, Content string }
	if err := xml.Unmarshal(body, &r); err != nil || r.MsgType != "text" || r.Content == "" {
		return fmt.Errorf("not a text reply: %q", body)
	}
	return nil
}

func (r *result) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(q*float64(len(r.latencies))+0.5) - 1
	return r.latencies[min(max(i, 0), len(r.latencies)-1)]
}

func (r *result) print(w io.Writer, target time.Duration) {
	mode := "plaintext"
	if r.safe {
		mode = "safe (AES)"
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }
	handler := "trivial handler"
	if r.core {
		handler = "dialog core"
	}
	fmt.Fprintf(w, "mode        %s, %s, %d users, target rate %.0f msg/s\n", mode, handler, r.users, r.rate)
	fmt.Fprintf(w, "sent        %d in %.1f s = %.1f msg/s\n", r.sent, r.elapsed.Seconds(), float64(r.sent)/r.elapsed.Seconds())
	fmt.Fprintf(w, "errors      %d\n", r.errors)
	if r.firstErr != "" {
		fmt.Fprintf(w, "first error %s\n", r.firstErr)
	}
	fmt.Fprintf(w, "latency     p50 %s  p90 %s  p99 %s  max %s\n",
		ms(r.quantile(0.50)), ms(r.quantile(0.90)), ms(r.quantile(0.99)), ms(r.quantile(1)))
	verdict := "met"
	if r.quantile(0.99) > target {
		verdict = "NOT met"
	}
	fmt.Fprintf(w, "target      p99 ≤ %s: %s\n", ms(target), verdict)
}
