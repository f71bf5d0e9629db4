package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"contestbot/internal/openaitest"
)

// TestChatLLMExtract runs `chat` with llm.* set from the environment, as a
// deployment would, against a fake OpenAI-compatible endpoint: the one
// message the rules read only in part gets its 编导 from the model, the
// entry completes with it, and neither the key, the phone nor the message
// is logged.
func TestChatLLMExtract(t *testing.T) {
	isolate(t)
	var calls atomic.Int32
	llm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		openaitest.Serve(w, r, openaitest.Reply{Key: "sk-chat-test-key", Content: func(req openaitest.Request) string {
			if strings.Contains(req.System, "报名表字段") {
				calls.Add(1)
				return `{"values":{"supervisor":"王建国","director":"刘洋"},"corrections":[],"question":false}`
			}
			return "好的。"
		}})
	}))
	defer llm.Close()
	for k, v := range map[string]string{
		"CONTESTBOT_CONTEST_DEADLINE": "2099-12-31",
		"CONTESTBOT_LLM_ENABLED":      "true",
		"CONTESTBOT_LLM_BASE_URL":     llm.URL + "/v1",
		"CONTESTBOT_LLM_API_KEY":      "sk-chat-test-key",
		"CONTESTBOT_LLM_MODEL":        "m",
	} {
		t.Setenv(k, v)
	}
	script := strings.Join([]string{"我要报名", "郑州职业技术学院", "《守望》", "同上", "李娜", "13812345678", "2分35秒", "1",
		"监制王建国，导演那块儿让刘洋去弄了", "无", "无", "无", "讲述黄河岸边老党员守护堤坝的故事。", "同简介", "是", "确认"}, "\n") + "\n"
	var out, errw bytes.Buffer
	if code := run(context.Background(), []string{"chat", "--user", "llm"}, strings.NewReader(script), &out, &errw); code != 0 {
		t.Fatalf("chat exited %d: %s", code, errw.String())
	}
	if !strings.Contains(out.String(), "编导(导演)：刘洋") || !strings.Contains(out.String(), "报名成功") {
		t.Fatalf("chat output:\n%s", out.String())
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("%d extraction calls, want 1", n)
	}
	for _, secret := range []string{"sk-chat-test-key", "13812345678", "刘洋", "王建国"} {
		if strings.Contains(errw.String(), secret) {
			t.Errorf("log holds %q:\n%s", secret, errw.String())
		}
	}
	var buf bytes.Buffer
	if code := run(context.Background(), []string{"export", "--format", "json"}, nil, &buf, &errw); code != 0 {
		t.Fatalf("export exited %d: %s", code, errw.String())
	}
	var got []struct {
		Status   string            `json:"status"`
		Creators map[string]string `json:"creators"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil || len(got) != 1 {
		t.Fatalf("export json: %v\n%s", err, buf.String())
	}
	if got[0].Status != "complete" || got[0].Creators["supervisor"] != "王建国" || got[0].Creators["director"] != "刘洋" {
		t.Errorf("exported: %+v", got[0])
	}
}
