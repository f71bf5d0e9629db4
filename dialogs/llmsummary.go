package dialogs

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"contestbot"
	"contestbot/knowledge"
)

// s6-o: the optional model's shorter version of the 简介 (llm.enabled).
// What it writes is only offered, never stored without the user's yes, and
// only when summaryGrounded: within the limit, and no number, quoted or
// titled words, Latin word or person named that the 简介 does not have.
// Anything else falls back to the extractive offer (summaryhelp.go). Nothing
// of the text is logged.

// Summarizer writes a shorter version of a text. LLMSummarizer implements it.
type Summarizer interface {
	Summarize(ctx context.Context, text string, maxRunes int) (string, error)
}

// summaryBudget is the longest the model may take; the reply waits for it.
const summaryBudget = 3 * time.Second

// summarySystem tells the model the style: the facts of the 简介 only.
const summarySystem = "你把学校报送短视频作品的“内容简介”压缩成版权确认协议书上的“内容摘要”。" +
	"只输出摘要正文，不要任何说明、引号或标题。摘要必须不超过给定字数，用简介原文里的事实和字词，" +
	"平实陈述，不评价、不抒情、不加简介里没有的人名、地名、单位、数字、时间或事件。"

// LLMSummarizer writes summaries with an OpenAI-compatible model.
type LLMSummarizer struct{ modelClient }

// NewLLMSummarizer returns a summarizer for the endpoint o names (the llm.*
// settings). hc nil means a default client. Each call takes at most 3
// seconds, and never more than o.Timeout.
func NewLLMSummarizer(o knowledge.LLMOptions, hc *http.Client) *LLMSummarizer {
	return &LLMSummarizer{newModelClient(o, hc, summaryBudget)}
}

// Summarize asks the model for a summary of text within maxRunes characters.
func (x *LLMSummarizer) Summarize(ctx context.Context, text string, maxRunes int) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, x.timeout)
	defer cancel()
	resp, err := x.c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:       x.model,
		Temperature: 0,
		MaxTokens:   400,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: summarySystem},
			{Role: openai.ChatMessageRoleUser, Content: "字数上限：" + strconv.Itoa(maxRunes) + "字\n内容简介：" + text},
		},
	})
	if err != nil {
		return "", err
	}
	content, err := replyContent(resp)
	return strings.TrimSpace(content), err
}

// modelSummary is the model's summary of src within lim characters when a
// Summarizer is configured and its answer passes summaryGrounded.
func (t *turn) modelSummary(src string, lim int) (string, bool) {
	x := t.c.deps.Summarizer
	if x == nil || t.ctx == nil {
		return "", false
	}
	budget := summaryBudget
	if dl, ok := t.ctx.Deadline(); ok {
		budget = min(budget, time.Until(dl)-llmReplyMargin)
	}
	if budget < 100*time.Millisecond {
		return "", false
	}
	ctx, cancel := context.WithTimeout(t.ctx, budget)
	defer cancel()
	start := time.Now()
	v, err := x.Summarize(ctx, src, lim)
	log := t.c.log.With("user", contestbot.LogID(t.m.OpenID), "elapsed", time.Since(start).Round(time.Millisecond))
	if err != nil {
		log.Debug("llm summary: extractive", "reason", extractErrKind(ctx, err))
		return "", false
	}
	v = strings.Trim(strings.TrimSpace(v), "“”\"「」")
	if why := summaryGrounded(v, src, lim); why != "" {
		log.Debug("llm summary: extractive", "reason", why)
		return "", false
	}
	return v, true
}

var (
	// reNumberWords are numbers in digits or Chinese numerals: "72", "七十二", "2025年".
	reNumberWords = regexp.MustCompile(`[0-9０-９]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]{2,}`)
	// reMarkedWords are words in quotes or 《》.
	reMarkedWords = regexp.MustCompile(`[《“「‘"]([^》”」’"]{1,40})[》”」’"]`)
	// reLatinWords are Latin words ("AI", "VR").
	reLatinWords = regexp.MustCompile(`[A-Za-z][A-Za-z0-9]*`)
	// rePersonTitle is a name before a title: "张明老师", "王书记".
	rePersonTitle = regexp.MustCompile(`(\p{Han}{1,3}?)(?:老师|书记|校长|主任|同志|教授|师傅|同学|院长|局长|科长|部长|支书)`)
)

// summaryGrounded says why v is no faithful summary of src within lim
// characters ("" when it is): empty, too long, or naming a number, quoted
// words, a Latin word or a titled person that src does not have.
func summaryGrounded(v, src string, lim int) string {
	n := contestbot.RuneLen(v)
	switch {
	case n == 0:
		return "empty"
	case n > lim:
		return "too long"
	case strings.Contains(v, "\n"):
		return "several lines"
	}
	nsrc := contestbot.NormalizeWidth(src)
	nv := contestbot.NormalizeWidth(v)
	for _, w := range reNumberWords.FindAllString(nv, -1) {
		if !strings.Contains(nsrc, w) {
			return "new number"
		}
	}
	for _, m := range reMarkedWords.FindAllStringSubmatch(nv, -1) {
		if !strings.Contains(nsrc, m[1]) {
			return "new quoted words"
		}
	}
	for _, w := range reLatinWords.FindAllString(nv, -1) {
		if !strings.Contains(strings.ToLower(nsrc), strings.ToLower(w)) {
			return "new latin word"
		}
	}
	for _, m := range rePersonTitle.FindAllStringSubmatch(nv, -1) {
		name := []rune(m[1])
		// The name is the surname and what follows it before the title.
		for i, r := range name {
			if strings.ContainsRune(surnames, r) {
				if nm := string(name[i:]); !strings.Contains(nsrc, nm) {
					return "new person"
				}
				break
			}
		}
	}
	for _, w := range personNames(nv) {
		if !strings.Contains(nsrc, w) {
			return "new person"
		}
	}
	return ""
}

// personNames are the full names in s that the role readers would take as
// a person: a known surname and one or two characters, set off by
// punctuation or a role word ("党员教师李卫东，").
func personNames(s string) []string {
	var out []string
	for _, cl := range clausesOf(s) {
		for _, part := range reNameSep.Split(strings.TrimRight(cl, "，,。；;！!？?"), -1) {
			rs := []rune(strings.TrimSpace(part))
			// a name ends the clause: "…党员教师李卫东"
			for k := 2; k <= 3; k++ {
				if len(rs) > k {
					w := string(rs[len(rs)-k:])
					if isPerson(w) && plausiblePerson(w) && strings.ContainsRune(surnames, rs[len(rs)-k]) && containsAny(string(rs[:len(rs)-k]), "教师", "老师", "书记", "党员", "同学", "校长", "主任", "学生") {
						out = append(out, w)
					}
				}
			}
		}
	}
	return out
}

var _ Summarizer = (*LLMSummarizer)(nil)
