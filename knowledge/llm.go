package knowledge

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"
)

// llmClient rephrases grounded answers with an OpenAI-compatible model.
type llmClient struct {
	c       *openai.Client
	model   string
	timeout time.Duration
	log     *slog.Logger
}

// Defaults for the LLM path.
const (
	llmDefaultTimeout = 3 * time.Second
	// llmMargin is left of the caller's deadline for sending the reply.
	llmMargin = 300 * time.Millisecond
	// llmMinBudget: with less time than this, do not start a request.
	llmMinBudget = 100 * time.Millisecond
)

func newLLMClient(o LLMOptions, hc *http.Client, log *slog.Logger) *llmClient {
	cfg := openai.DefaultConfig(o.APIKey)
	if o.BaseURL != "" {
		cfg.BaseURL = o.BaseURL
	}
	if hc != nil {
		cfg.HTTPClient = hc
	}
	t := o.Timeout
	if t <= 0 {
		t = llmDefaultTimeout
	}
	model := o.Model
	if model == "" {
		model = openai.GPT4oMini
	}
	return &llmClient{c: openai.NewClientWithConfig(cfg), model: model, timeout: t, log: log}
}

// llmSystem is the system prompt; %s is the contest's title.
const llmSystem = "你是“%s”的报送助手，回答学校联系人的问题。" +
	"只能依据下面给出的通知原文和参考答案回答，不得添加通知中没有的信息、数字、日期、地址或联系方式；" +
	"不评论时事，不生成任何政治性内容。用简体中文纯文本（不用Markdown、不用列表符号），" +
	"不超过200字，保留参考答案末尾的出处括注（如“（见通知 六）”）。"

// refine asks the model to rephrase the offline answer a, grounded in the
// sections it cites. The model's text replaces a only if it arrives within
// min(LLM timeout, ctx deadline − margin) and passes grounded.
func (b *Base) refine(ctx context.Context, question string, a Answer) Answer {
	budget := b.llm.timeout
	if dl, ok := ctx.Deadline(); ok {
		budget = min(budget, time.Until(dl)-llmMargin)
	}
	if budget < llmMinBudget {
		return a
	}
	cctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()

	var src strings.Builder
	for _, id := range a.Sources {
		if s, ok := b.Section(id); ok {
			src.WriteString("【" + s.ID + "】" + s.Text + "\n")
		}
	}
	user := "通知原文：\n" + src.String() + "\n参考答案：\n" + a.Text + "\n\n问题：" + question
	start := time.Now()
	resp, err := b.llm.c.CreateChatCompletion(cctx, openai.ChatCompletionRequest{
		Model:       b.llm.model,
		Temperature: 0.2,
		MaxTokens:   600,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: fmt.Sprintf(llmSystem, b.facts.Title)},
			{Role: openai.ChatMessageRoleUser, Content: user},
		},
	})
	if err != nil {
		b.log.Warn("llm answer failed, using offline answer", "err", err, "elapsed", time.Since(start))
		return a
	}
	if len(resp.Choices) == 0 {
		b.log.Warn("llm answer empty, using offline answer")
		return a
	}
	text := cleanLLM(resp.Choices[0].Message.Content)
	if reason := b.ungrounded(text, a, src.String()); reason != "" {
		b.log.Warn("llm answer rejected, using offline answer", "reason", reason)
		return a
	}
	if !strings.Contains(text, "（见通知") {
		text += cite(a.Sources)
	}
	if len(text) > maxAnswerBytes {
		return a
	}
	return Answer{Text: text, Kind: a.Kind, Sources: a.Sources, Confidence: a.Confidence}
}

// cleanLLM strips Markdown a model may add despite being asked not to.
func cleanLLM(s string) string {
	s = strings.TrimSpace(s)
	s = strings.NewReplacer("**", "", "__", "", "`", "", "# ", "").Replace(s)
	return s
}

var (
	reEmail = regexp.MustCompile(`[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+`)
	// reNumUnit is a number with the character after it: "15日", "20名",
	// "10-", "0371-". Checking the pair catches "10月16日" even though
	// 16 occurs elsewhere in the notice.
	reNumUnit = regexp.MustCompile(`\d+(?:\.\d+)?[^\s\d]?`)
)

// ungrounded returns why text may not be sent ("" if it may): every
// e-mail, and every number with the character after it (dates, counts,
// phone parts, a room number), must occur in the offline answer, the
// cited sections or the facts.
func (b *Base) ungrounded(text string, a Answer, sources string) string {
	if text == "" {
		return "empty"
	}
	if utf8.RuneCountInString(text) > 600 {
		return "too long"
	}
	f := &b.facts
	allowed := normalize(strings.Join([]string{a.Text, sources, f.DeadlineText, b.notice.text, f.Phone, f.Mailbox, f.Room,
		f.AgreementValidUntil, f.PaperCopies, f.Title}, "\n"))
	n := normalize(text)
	for _, e := range reEmail.FindAllString(n, -1) {
		if !strings.Contains(allowed, e) {
			return "e-mail not in the facts"
		}
	}
	for _, m := range reNumUnit.FindAllString(n, -1) {
		if !strings.Contains(allowed, m) {
			return "number not in the facts"
		}
	}
	return ""
}
