package knowledge

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"contestbot/internal/openaitest"
)

// fakeOpenAI is an OpenAI-compatible chat endpoint that answers with
// reply after delay, or fails with status.
type fakeOpenAI struct {
	reply  string
	delay  time.Duration
	status int
	calls  atomic.Int32
	prompt atomic.Value // the last user message
}

func (f *fakeOpenAI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.calls.Add(1)
	openaitest.Serve(w, r, openaitest.Reply{Key: "test-key", Delay: f.delay, Status: f.status,
		Seen:    func(req openaitest.Request) error { f.prompt.Store(req.User); return nil },
		Content: func(openaitest.Request) string { return f.reply }})
}

func llmBase(t *testing.T, f *fakeOpenAI, timeout time.Duration) *Base {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return mustLoad(t, Options{LLM: LLMOptions{Enabled: true, BaseURL: srv.URL + "/v1", APIKey: "test-key",
		Model: "test-model", Timeout: timeout}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
}

func TestLLM(t *testing.T) {
	offline := mustLoad(t, Options{}).Answer(context.Background(), "协议有效期到什么时候")
	if !strings.Contains(offline.Text, "2026年1月1日") {
		t.Fatalf("offline answer: %s", offline.Text)
	}
	tests := []struct {
		name    string
		fake    *fakeOpenAI
		timeout time.Duration
		ctxWait time.Duration // a caller deadline, 0 for none
		want    string        // "" means the offline answer
	}{
		{"Grounded", &fakeOpenAI{reply: "版权确认协议书有效期到2026年1月1日为止。（见通知 附件3 第五条）"}, 2 * time.Second, 0,
			"版权确认协议书有效期到2026年1月1日为止。（见通知 附件3 第五条）"},
		{"GroundedCiteAdded", &fakeOpenAI{reply: "**有效期**至2026年1月1日。"}, 2 * time.Second, 0,
			"有效期至2026年1月1日。（见通知 附件3 第五条）"},
		{"WrongDate", &fakeOpenAI{reply: "协议有效期至2026年6月30日。（见通知 附件3 第五条）"}, 2 * time.Second, 0, ""},
		{"WrongYear", &fakeOpenAI{reply: "协议有效期至2027年1月1日。"}, 2 * time.Second, 0, ""},
		{"WrongPhone", &fakeOpenAI{reply: "有效期至2026年1月1日，详询0371—12345678。"}, 2 * time.Second, 0, ""},
		{"WrongMail", &fakeOpenAI{reply: "有效期至2026年1月1日，详询abc@qq.com。"}, 2 * time.Second, 0, ""},
		{"Empty", &fakeOpenAI{reply: "  "}, 2 * time.Second, 0, ""},
		{"Erroring", &fakeOpenAI{status: http.StatusInternalServerError}, 2 * time.Second, 0, ""},
		{"SlowPastTimeout", &fakeOpenAI{reply: "有效期至2026年1月1日。", delay: 2 * time.Second}, 200 * time.Millisecond, 0, ""},
		{"SlowPastCallerDeadline", &fakeOpenAI{reply: "有效期至2026年1月1日。", delay: 2 * time.Second}, 10 * time.Second, 700 * time.Millisecond, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := llmBase(t, tt.fake, tt.timeout)
			ctx := context.Background()
			if tt.ctxWait > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.ctxWait)
				defer cancel()
			}
			start := time.Now()
			a := b.Answer(ctx, "协议有效期到什么时候")
			elapsed := time.Since(start)
			want := tt.want
			if want == "" {
				want = offline.Text
			}
			if a.Text != want {
				t.Errorf("got %q\nwant %q", a.Text, want)
			}
			if a.Kind != KindFact || len(a.Sources) == 0 {
				t.Errorf("kind %s sources %v", a.Kind, a.Sources)
			}
			if tt.fake.calls.Load() != 1 {
				t.Errorf("LLM called %d times", tt.fake.calls.Load())
			}
			// Generous bound: the answer never waits for the slow fake.
			if elapsed > 1500*time.Millisecond {
				t.Errorf("took %v", elapsed)
			}
		})
	}
}

func TestLLMGrounding(t *testing.T) {
	f := &fakeOpenAI{reply: "请于2025年10月15日前报送。（见通知 六）"}
	b := llmBase(t, f, 2*time.Second)
	a := b.Answer(context.Background(), "截止时间")
	if a.Text != "请于2025年10月15日前报送。（见通知 六）" {
		t.Errorf("got %q", a.Text)
	}
	p, _ := f.prompt.Load().(string)
	for _, w := range []string{"【六】", "请各校于2025年10月15日前", "问题：截止时间"} {
		if !strings.Contains(p, w) {
			t.Errorf("prompt lacks %q", w)
		}
	}
}

func TestLLMSkipped(t *testing.T) {
	f := &fakeOpenAI{reply: "随便说点什么。"}
	b := llmBase(t, f, 2*time.Second)
	ctx := context.Background()
	// Off-topic, not-a-question and video judgements never go to the model.
	for _, q := range []string{"今天天气怎么样", "张伟", "1080P 码率8M行吗"} {
		b.Answer(ctx, q)
	}
	// Nor does a question with no time left before the caller's deadline.
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	b.Answer(short, "邮箱")
	if n := f.calls.Load(); n != 0 {
		t.Errorf("LLM called %d times", n)
	}
}
