package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"contestbot"
	"contestbot/store"
	"contestbot/store/storetest"
)

// serveEnv makes the test binary run `contestbot serve` instead of the
// tests: the two-instance test starts real processes it can kill -9.
const serveEnv = "CONTESTBOT_TEST_RUN_SERVE"

func TestMain(m *testing.M) {
	if os.Getenv(serveEnv) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := run(ctx, []string{"serve"}, os.Stdin, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// slowWeChat is the WeChat API with a configurable latency on
// customer-service sends; it records every send.
type slowWeChat struct {
	latency atomic.Int64 // nanoseconds
	mu      sync.Mutex
	sent    []sentMsg
}

type sentMsg struct {
	ToUser string `json:"touser"`
	Text   struct {
		Content string `json:"content"`
	} `json:"text"`
}

func (f *slowWeChat) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/cgi-bin/stable_token", "/cgi-bin/token":
		io.WriteString(w, `{"access_token":"TOKEN","expires_in":7200}`)
	case "/cgi-bin/message/custom/send":
		time.Sleep(time.Duration(f.latency.Load()))
		var m sentMsg
		json.NewDecoder(r.Body).Decode(&m)
		f.mu.Lock()
		f.sent = append(f.sent, m)
		f.mu.Unlock()
		io.WriteString(w, `{"errcode":0,"errmsg":"ok"}`)
	default:
		io.WriteString(w, `{"errcode":0,"errmsg":"ok"}`)
	}
}

func (f *slowWeChat) to(user string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, m := range f.sent {
		if user == "" || m.ToUser == user {
			out = append(out, m.Text.Content)
		}
	}
	return out
}

// instance is one `serve` process.
type instance struct {
	base string
	cmd  *exec.Cmd
	log  *syncWriter
}

func startInstance(t *testing.T, env []string) *instance {
	t.Helper()
	addr := freeAddr(t)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Dir = t.TempDir()
	cmd.Env = append(append(os.Environ(), env...), serveEnv+"=1", "CONTESTBOT_SERVER_ADDR="+addr)
	log := &syncWriter{w: &strings.Builder{}}
	cmd.Stderr = log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	in := &instance{base: "http://" + addr, cmd: cmd, log: log}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
		}
	})
	return in
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.(*strings.Builder).String()
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (in *instance) waitUp(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(in.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		if time.Now().After(deadline) || in.cmd.ProcessState != nil {
			t.Fatalf("instance did not come up: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

var msgIDs atomic.Int64

// post sends a text message from user as WeChat does and returns the
// passive reply body.
func (in *instance) post(t *testing.T, user string, msgID int64, text string) (string, error) {
	ts, nonce := fmt.Sprint(time.Now().Unix()), fmt.Sprint(msgID)
	body := fmt.Sprintf(`<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName>`+
		`<CreateTime>%s</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[%s]]></Content><MsgId>%d</MsgId></xml>`,
		user, ts, text, msgID)
	u := fmt.Sprintf("%s/wechat?signature=%s&timestamp=%s&nonce=%s", in.base, signature("tok", ts, nonce), ts, nonce)
	resp, err := http.Post(u, "text/xml", strings.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return "", fmt.Errorf("POST /wechat: %d %s", resp.StatusCode, b)
	}
	return string(b), nil
}

func (in *instance) mustPost(t *testing.T, user, text string) string {
	t.Helper()
	r, err := in.post(t, user, 1_000_000+msgIDs.Add(1), text)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestTwoInstances runs two `serve` processes on one PostgreSQL schema and
// one fake WeChat API, and checks they are as correct as one.
func TestTwoInstances(t *testing.T) {
	url := storetest.PostgresURL(t)
	if url == "" {
		t.Skip(storetest.PostgresDSNEnv + " not set")
	}
	wx := &slowWeChat{}
	api := httptest.NewServer(wx)
	defer api.Close()
	llmCalled := make(chan struct{}, 1) // a call reached the LLM (KillMidRequest waits for it)
	llm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case llmCalled <- struct{}{}:
		default:
		}
		time.Sleep(3 * time.Second) // a slow LLM keeps a message in flight for the kill
		http.Error(w, "slow", http.StatusGatewayTimeout)
	}))
	defer llm.Close()
	env := []string{
		"CONTESTBOT_STORE_DRIVER=postgres", "CONTESTBOT_STORE_DSN=" + url,
		"CONTESTBOT_WECHAT_APP_ID=wx0000000000000000", "CONTESTBOT_WECHAT_APP_SECRET=secret",
		"CONTESTBOT_WECHAT_TOKEN=tok", "CONTESTBOT_WECHAT_API_BASE=" + api.URL,
		"CONTESTBOT_WECHAT_ORIGINAL_ID=gh_test",
		"CONTESTBOT_REMINDERS_ENABLED=false", "CONTESTBOT_CONTEST_DEADLINE=2099-10-15",
		"CONTESTBOT_LLM_ENABLED=true", "CONTESTBOT_LLM_BASE_URL=" + llm.URL, "CONTESTBOT_LLM_TIMEOUT=3s",
		"CONTESTBOT_LLM_MODEL=m", "CONTESTBOT_LLM_API_KEY=k",
		"CONTESTBOT_SERVER_SECRET=0123456789abcdef0123456789abcdef",
	}

	// Both starting on an empty database → both up.
	a, b := startInstance(t, env), startInstance(t, env)
	a.waitUp(t)
	b.waitUp(t)
	inst := []*instance{a, b}
	ctx := context.Background()
	db, err := store.Open(ctx, "postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	t.Run("OneDraftFromBothAtOnce", func(t *testing.T) {
		for u := range 5 {
			user := fmt.Sprintf("oReg%d", u)
			var wg sync.WaitGroup
			for _, in := range inst {
				wg.Add(1)
				go func() { defer wg.Done(); in.mustPost(t, user, "我要报名") }()
			}
			wg.Wait()
			es, err := db.EntriesByOpenID(ctx, user)
			if err != nil {
				t.Fatal(err)
			}
			if len(es) > 1 {
				t.Fatalf("%s has %d drafts, want 1", user, len(es))
			}
		}
	})

	t.Run("ConcurrentFieldsAlternating", func(t *testing.T) {
		const user = "oFields"
		a.mustPost(t, user, "我要报名")
		fields := []string{"推荐单位：郑州大学", "片名：黄河岸边", "联系人：张伟", "联系电话：13800138000", "制作单位：郑州大学宣传部"}
		var wg sync.WaitGroup
		for i, f := range fields {
			wg.Add(1)
			go func() { defer wg.Done(); inst[i%2].mustPost(t, user, f) }()
		}
		wg.Wait()
		es, err := db.EntriesByOpenID(ctx, user)
		if err != nil || len(es) != 1 {
			t.Fatalf("entries %v, %v", es, err)
		}
		e := es[0]
		if e.Unit != "郑州大学" || e.Title != "黄河岸边" || e.Contact != "张伟" || e.Phone != "13800138000" || e.Producer != "郑州大学宣传部" {
			t.Fatalf("a field was lost: unit %q title %q contact %q phone set %v producer %q",
				e.Unit, e.Title, e.Contact, e.Phone != "", e.Producer)
		}
	})

	t.Run("SeqAcrossInstances", func(t *testing.T) {
		// 20 confirmations in one unit, half through each instance's own
		// connection pool, all at once.
		db2, err := store.Open(ctx, "postgres", url)
		if err != nil {
			t.Fatal(err)
		}
		defer db2.Close()
		pools := []*store.DB{db, db2}
		var wg sync.WaitGroup
		for i := range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				e := &contestbot.Entry{OpenID: fmt.Sprintf("oSeq%d", i), Unit: "河南大学", Title: fmt.Sprintf("片%d", i), Status: contestbot.StatusDraft}
				if err := pools[i%2].SaveTurn(ctx, e.OpenID, nil, e); err != nil {
					t.Error(err)
					return
				}
				e.Status = contestbot.StatusComplete
				if err := pools[(i+1)%2].SaveTurn(ctx, e.OpenID, nil, e); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		es, _ := db.Entries(ctx, store.EntryFilter{Unit: "河南大学", Status: contestbot.StatusComplete})
		if len(es) != 20 {
			t.Fatalf("%d complete entries", len(es))
		}
		for i, e := range es {
			if e.Seq != i+1 {
				t.Fatalf("序号 %d at position %d: repeats or gaps", e.Seq, i+1)
			}
		}
	})

	t.Run("FiftyPushesAtTwoSecondLatency", func(t *testing.T) {
		wx.latency.Store(int64(2 * time.Second))
		defer wx.latency.Store(0)
		before := len(wx.to(""))
		for i := range 50 {
			if _, err := db.Enqueue(ctx, fmt.Sprintf("oPush%d", i%25), store.OutboxText, fmt.Sprintf("推送%d", i), fmt.Sprintf("push-test:%d", i)); err != nil {
				t.Fatal(err)
			}
		}
		deadline := time.Now().Add(90 * time.Second)
		for len(wx.to(""))-before < 50 && time.Now().Before(deadline) {
			time.Sleep(200 * time.Millisecond)
		}
		time.Sleep(3 * time.Second) // a double send would arrive by now
		seen := map[string]int{}
		for _, s := range wx.to("")[before:] {
			seen[s]++
		}
		if len(wx.to(""))-before != 50 || len(seen) != 50 {
			t.Fatalf("%d sends of %d distinct pushes, want exactly 50", len(wx.to(""))-before, len(seen))
		}
	})

	t.Run("KillMidRequest", func(t *testing.T) {
		const user = "oKill"
		id := int64(9_000_001)
		select { // a call left from an earlier subtest
		case <-llmCalled:
		default:
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			a.post(t, user, id, "截止时间是哪天") // the LLM keeps it in flight
		}()
		// Kill once the message is in flight (at the LLM), not after a
		// fixed 700 ms a loaded machine may not have used to get there.
		select {
		case <-llmCalled:
		case <-time.After(30 * time.Second):
			t.Fatal("the message never reached the LLM")
		}
		a.cmd.Process.Kill() // kill -9
		<-done
		// WeChat retries the same message; it reaches the other instance.
		r, err := b.post(t, user, id, "截止时间是哪天")
		if err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(40 * time.Second)
		for time.Now().Before(deadline) && len(wx.to(user)) == 0 && !strings.Contains(r, "2025年") && !strings.Contains(r, "2099年") {
			// The third retry may find the lease run out and answer itself.
			time.Sleep(500 * time.Millisecond)
		}
		time.Sleep(2 * time.Second)
		passive := strings.Contains(r, "CDATA[") && !strings.Contains(r, "success")
		pushed := wx.to(user)
		if n := len(pushed) + map[bool]int{true: 1, false: 0}[passive]; n != 1 {
			t.Fatalf("answered %d times (passive %v, pushed %q), want once\nb log:\n%s", n, passive, pushed, b.log)
		}
	})
}

// peakRSS is a process's peak resident memory (VmHWM), in bytes.
func peakRSS(t *testing.T, pid int) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Skip("no /proc: ", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), &kb)
			return kb << 10
		}
	}
	t.Skip("no VmHWM")
	return 0
}

// TestCheckFlood sends 20 video links from one user at once to a `serve`
// process: at most checks.per_user of them are checked at a time, the rest
// are answered as queued, every result arrives, and memory stays bounded.
func TestCheckFlood(t *testing.T) {
	video := filepath.Join(t.TempDir(), "flood.mp4")
	expandFixture(t, "1080p.mp4", video)
	var active, peak atomic.Int32
	var mu sync.Mutex
	inflight := map[string]int{} // link → requests in flight
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		link := r.URL.RawQuery
		mu.Lock()
		if inflight[link]++; inflight[link] == 1 {
			n := active.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
		}
		mu.Unlock()
		defer func() {
			mu.Lock()
			if inflight[link]--; inflight[link] == 0 {
				active.Add(-1)
			}
			mu.Unlock()
		}()
		time.Sleep(150 * time.Millisecond) // a slow host keeps checks overlapping
		f, err := os.Open(video)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, "flood.mp4", time.Time{}, f)
	}))
	defer host.Close()
	wx := &slowWeChat{}
	api := httptest.NewServer(wx)
	defer api.Close()
	const perUser = 2
	in := startInstance(t, []string{
		"CONTESTBOT_STORE_DSN=" + filepath.Join(t.TempDir(), "bot.db"),
		"CONTESTBOT_WECHAT_APP_ID=wx0000000000000000", "CONTESTBOT_WECHAT_APP_SECRET=secret",
		"CONTESTBOT_WECHAT_TOKEN=tok", "CONTESTBOT_WECHAT_API_BASE=" + api.URL,
		"CONTESTBOT_REMINDERS_ENABLED=false", "CONTESTBOT_CHECKS_ALLOW_PRIVATE_NETWORKS=true",
		"CONTESTBOT_CHECKS_WORKERS=4", fmt.Sprintf("CONTESTBOT_CHECKS_PER_USER=%d", perUser),
		"CONTESTBOT_CHECKS_MAX_QUEUED=30",
	})
	in.waitUp(t)

	const user, n = "oFlood", 20
	replies := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			replies[i] = in.mustPost(t, user, fmt.Sprintf("视频链接 %s/v.mp4?n=%d", host.URL, i))
		}()
	}
	wg.Wait()
	queued := 0
	for i, r := range replies {
		switch {
		case strings.Contains(r, "排队"):
			queued++
		case strings.Contains(r, "正在检查"):
		default:
			t.Errorf("reply %d: %s", i, r)
		}
	}
	if queued < n-perUser {
		t.Errorf("%d replies say queued, want at least %d", queued, n-perUser)
	}
	// Each link's verdict is pushed, then (with ffmpeg) its content stage's
	// result, both within the job's slot of the pool.
	verdicts := func() int {
		k := 0
		for _, m := range wx.to(user) {
			if strings.Contains(m, "视频检查结果") {
				k++
			}
		}
		return k
	}
	deadline := time.Now().Add(90 * time.Second)
	for verdicts() < n && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	if got := verdicts(); got != n {
		t.Fatalf("%d results pushed, want %d\n%s", got, n, in.log.String())
	}
	if p := peak.Load(); p > perUser {
		t.Errorf("%d checks ran at once, want at most %d", p, perUser)
	}
	rss := peakRSS(t, in.cmd.Process.Pid)
	t.Logf("peak RSS %d MB, at most %d checks at once (race detector: %v)", rss>>20, peak.Load(), raceEnabled)
	// The budget is the real process's: 200 MB. The race detector's shadow
	// memory triples a process, so under -race the same code is held to
	// three times that; run without -race for the product's figure.
	limit := int64(200 << 20)
	if raceEnabled {
		limit *= 3
	}
	if rss > limit {
		t.Errorf("peak RSS %d MB, want under %d MB", rss>>20, limit>>20)
	}
}
