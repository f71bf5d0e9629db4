package dialogs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"contestbot"
	"contestbot/knowledge"
)

// This file is the optional model reading of a form message (llm.enabled).
// The rules read every message first. Only a message they could not fully
// read (clauses that matched nothing, a value they refused, nothing read at
// all, or most of the message dropped) also goes to the model, once, with
// the field table as a JSON schema and a budget of about 2 seconds. What the
// model proposes is only a proposal: each value must come from the message,
// passes the same parser, normaliser and validator as a value the rules read
// (turn.set), never replaces a value the rules read in this message, and
// replaces an earlier value only when the message itself corrects it. The
// model cannot confirm, submit or consent: those are not in the schema. On
// any failure the rules-only reply stands, and nothing of the message is
// logged.

// Extractor proposes form values for a message the rules could not fully
// read. LLMExtractor implements it.
type Extractor interface {
	Extract(ctx context.Context, q ExtractQuery) (Proposal, error)
}

// ExtractQuery is what the model is told: the message, the question
// pending, and which fields already have a value (not the values).
type ExtractQuery struct {
	Text       string
	Pending    string // field key asked last ("" none)
	Question   string // the question asked last, as the user saw it
	Filled     []string
	Categories []string
}

// Proposal is what the model read from a message.
type Proposal struct {
	// Values are field key → value as text (a duration in seconds as "155秒").
	Values map[string]string
	// Corrections are the keys the user says replace an earlier value.
	Corrections []string
	// Question: the message asks something.
	Question bool
}

// extractBudget is the longest the model may take for one message; the
// reply waits for it.
const extractBudget = 2 * time.Second

// extractField is one field of the form as the model sees it.
type extractField struct {
	key     string
	slot    slot
	kind    string // "string" or "integer"
	example any
	hint    string // beyond the field table's meaning
}

// extractFields are the fields the model may propose, in form order. The
// declarations and the 著作权声明 are not among them: they are the user's
// own statements and consent.
var extractFields = []extractField{
	{key: "unit", slot: slot(contestbot.FieldUnit), kind: "string", example: "郑州职业技术学院"},
	{key: "title", slot: slot(contestbot.FieldTitle), kind: "string", example: "黄河岸边的守望", hint: "不带书名号。"},
	{key: "producer", slot: slot(contestbot.FieldProducer), kind: "string", example: "郑州职业技术学院党委宣传部"},
	{key: "contact", slot: slot(contestbot.FieldContact), kind: "string", example: "张伟", hint: "只写姓名。"},
	{key: "phone", slot: slot(contestbot.FieldPhone), kind: "string", example: "13800000000"},
	{key: "duration", slot: slot(contestbot.FieldDuration), kind: "integer", example: 150, hint: "总秒数；用户只给了约数（如“三分多钟”）时不要输出。"},
	{key: "category", slot: slot(contestbot.FieldCategory), kind: "string", example: "实景拍摄"},
	{key: "supervisor", slot: slotSupervisor, kind: "string", example: "张三", hint: "姓名，几个人用顿号隔开。"},
	{key: "director", slot: slotDirector, kind: "string", example: "李四、王五", hint: "姓名，几个人用顿号隔开。"},
	{key: "writer", slot: slotWriter, kind: "string", example: "赵六", hint: "姓名，几个人用顿号隔开。"},
	{key: "camera", slot: slotCamera, kind: "string", example: "孙七", hint: "姓名，几个人用顿号隔开。"},
	{key: "editor", slot: slotEditor, kind: "string", example: "周八", hint: "姓名，几个人用顿号隔开。"},
	{key: "synopsis", slot: slot(contestbot.FieldSynopsis), kind: "string", example: "讲述黄河岸边老党员守护堤坝的故事。", hint: "照抄用户原文，不改写。"},
	{key: "summary", slot: slot(contestbot.FieldSummary), kind: "string", example: "讲述黄河岸边老党员守护堤坝的故事。", hint: "照抄用户原文，不改写，100字以内。"},
}

func extractFieldOf(key string) (extractField, bool) {
	for _, f := range extractFields {
		if f.key == key {
			return f, true
		}
	}
	return extractField{}, false
}

func extractKeyOf(s slot) string {
	for _, f := range extractFields {
		if f.slot == s {
			return f.key
		}
	}
	return ""
}

// extractSchema is the field table as a JSON schema for the model's
// "values" object: key, label, the words users call it, what it means, an
// example and the value's type.
func extractSchema(categories []string) map[string]any {
	props := map[string]any{}
	for _, f := range extractFields {
		desc := meaning(f.slot)
		if desc == "" && f.slot.isRole() {
			desc = meaning(slotCreators)
		}
		if ex := exampleText(f.slot); ex != "" && !f.slot.isRole() {
			desc += ex
		}
		desc += f.hint
		var words []string
		for _, d := range labelDefs {
			if slot(strings.TrimSuffix(string(d.slot), "!")) == f.slot && !d.weak && !slices.Contains(words, d.word) {
				words = append(words, d.word)
			}
		}
		slices.Sort(words)
		p := map[string]any{
			"type":        f.kind,
			"title":       f.slot.label(),
			"description": desc,
			"examples":    []any{f.example},
			"x-labels":    words,
		}
		if f.key == "category" && len(categories) > 0 {
			p["enum"] = categories
		}
		props[f.key] = p
	}
	return map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"properties":           props,
	}
}

// extractSystem tells the model what to return.
const extractSystem = "你从学校联系人在微信里发来的一条消息中读取报名表字段。只输出一个JSON对象，不要任何其他文字：" +
	`{"values":{字段键:值},"corrections":[字段键],"question":true或false}。` +
	"values只能用给出的schema里的字段键，值的类型按schema；只写消息里明确给出的值，用消息原文的字词，" +
	"去掉客套话、语气词和“就写”“麻烦您”之类的话，不改写、不补全、不猜测；没有把握的字段不要写。" +
	"消息是提问、抱怨、命令、告别或闲聊时，values为空。" +
	"corrections列出用户明确说要更正的、已经填过的字段键。question表示消息里是否在提问。" +
	"你不能替用户确认、提交报名或同意任何声明。"

// LLMExtractor proposes form values with an OpenAI-compatible model.
type LLMExtractor struct{ modelClient }

// modelClient is a client for one OpenAI-compatible endpoint, its model and
// the time one call may take (the extractor's and the summarizer's).
type modelClient struct {
	c       *openai.Client
	model   string
	timeout time.Duration
}

// NewLLMExtractor returns an extractor for the endpoint o names (the same
// llm.* settings the answers use). hc nil means a default client. Each call
// takes at most 2 seconds, and never more than o.Timeout.
func NewLLMExtractor(o knowledge.LLMOptions, hc *http.Client) *LLMExtractor {
	return &LLMExtractor{newModelClient(o, hc, extractBudget)}
}

// newModelClient is a client for the endpoint o names, its model, and a
// timeout of budget, never more than o.Timeout (s6-o: the extractor's and
// the summarizer's).
func newModelClient(o knowledge.LLMOptions, hc *http.Client, budget time.Duration) modelClient {
	cfg := openai.DefaultConfig(o.APIKey)
	if o.BaseURL != "" {
		cfg.BaseURL = o.BaseURL
	}
	if hc != nil {
		cfg.HTTPClient = hc
	}
	if o.Timeout > 0 && o.Timeout < budget {
		budget = o.Timeout
	}
	model := o.Model
	if model == "" {
		model = openai.GPT4oMini
	}
	return modelClient{c: openai.NewClientWithConfig(cfg), model: model, timeout: budget}
}

// Errors of an extraction; none is shown to users.
var (
	errRefused      = errors.New("model refused")
	errMalformed    = errors.New("malformed reply")
	errUnknownField = errors.New("unknown field")
)

// Extract asks the model about one message.
func (x *LLMExtractor) Extract(ctx context.Context, q ExtractQuery) (Proposal, error) {
	ctx, cancel := context.WithTimeout(ctx, x.timeout)
	defer cancel()
	in, err := json.Marshal(map[string]any{
		"schema":           extractSchema(q.Categories),
		"pending_field":    q.Pending,
		"pending_question": q.Question,
		"filled_fields":    q.Filled,
		"message":          q.Text,
	})
	if err != nil {
		return Proposal{}, err
	}
	resp, err := x.c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:       x.model,
		Temperature: 0,
		MaxTokens:   800,
		ResponseFormat: &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONObject,
		},
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: extractSystem},
			{Role: openai.ChatMessageRoleUser, Content: string(in)},
		},
	})
	if err != nil {
		return Proposal{}, err
	}
	content, err := replyContent(resp)
	if err != nil {
		return Proposal{}, err
	}
	return parseProposal(content)
}

// replyContent is the text of a model's first choice: errMalformed when
// there is none, errRefused when the model refused (s6-o: the extractor's
// and the summarizer's).
func replyContent(resp openai.ChatCompletionResponse) (string, error) {
	if len(resp.Choices) == 0 {
		return "", errMalformed
	}
	ch := resp.Choices[0]
	if ch.Message.Refusal != "" || ch.FinishReason == openai.FinishReasonContentFilter {
		return "", errRefused
	}
	return ch.Message.Content, nil
}

// reFence is a Markdown code fence a model may put around its JSON.
var reFence = regexp.MustCompile("(?s)^```[a-zA-Z]*\\s*(.*?)\\s*```$")

// parseProposal reads the model's reply. A reply that is not the JSON
// object asked for, or that names a field not in the schema, is refused
// whole: the model has misunderstood. A value of the wrong type is dropped.
func parseProposal(content string) (Proposal, error) {
	s := strings.TrimSpace(content)
	if m := reFence.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	var raw struct {
		Values      map[string]json.RawMessage `json:"values"`
		Corrections []string                   `json:"corrections"`
		Question    bool                       `json:"question"`
	}
	dec := json.NewDecoder(strings.NewReader(s))
	if err := dec.Decode(&raw); err != nil {
		return Proposal{}, fmt.Errorf("%w: %v", errMalformed, err)
	}
	if dec.More() {
		return Proposal{}, errMalformed
	}
	p := Proposal{Values: map[string]string{}, Question: raw.Question}
	for k, v := range raw.Values {
		f, ok := extractFieldOf(k)
		if !ok {
			return Proposal{}, errUnknownField
		}
		if string(v) == "null" {
			continue
		}
		var str string
		var num json.Number
		switch {
		case json.Unmarshal(v, &str) == nil:
			if f.kind == "integer" {
				// "2分35秒" for a duration is still a duration, and
				// goes through the same parser.
				if n, err := strconv.Atoi(strings.TrimSpace(str)); err == nil {
					str = strconv.Itoa(n) + "秒"
				}
			}
		case f.kind == "integer" && json.Unmarshal(v, &num) == nil:
			n, err := num.Int64()
			if err != nil || n <= 0 {
				continue
			}
			str = strconv.FormatInt(n, 10) + "秒"
		case f.key == "phone" && json.Unmarshal(v, &num) == nil:
			str = num.String() // 13812345678 without quotes is still a number to check
		default:
			continue // wrong type
		}
		if str = strings.TrimSpace(str); str != "" {
			p.Values[k] = str
		}
	}
	for _, k := range raw.Corrections {
		if _, ok := extractFieldOf(k); !ok {
			return Proposal{}, errUnknownField
		}
		p.Corrections = append(p.Corrections, k)
	}
	return p, nil
}

// fullyRead reports whether the rules read all of msg: nothing left over,
// nothing refused, something stored, and what was stored is most of what
// was typed once label words are set aside.
func fullyRead(season *contestbot.Season, e *contestbot.Entry, msg string, r *fillResult) bool {
	if len(r.unknown) > 0 || len(r.errs) > 0 || len(r.soft) > 0 || len(r.set) == 0 {
		return false
	}
	b := bare(msg)
	for _, d := range labelDefs {
		b = strings.ReplaceAll(b, bare(d.word), "")
	}
	total := contestbot.RuneLen(b)
	if total <= 12 {
		return true
	}
	covered := 0
	for _, s := range r.set {
		if s == slotCreators || s.yesNo() {
			covered += 4 // a few words state each fact
			continue
		}
		covered += contestbot.RuneLen(bare(display(season, e, s)))
	}
	return covered*2 >= total
}

// llmFill asks the model about a message the rules could not fully read
// and stores what of its proposal passes, adding it to r so the reply
// echoes it. It runs at most once a turn and does nothing without an
// Extractor.
func (t *turn) llmFill(e *contestbot.Entry, msg string, pending slot, r *fillResult) {
	x := t.c.deps.Extractor
	if x == nil || t.llmTried || t.trying || fullyRead(t.c.season, e, msg, r) {
		return
	}
	t.llmTried = true
	budget := extractBudget
	if dl, ok := t.ctx.Deadline(); ok {
		budget = min(budget, time.Until(dl)-llmReplyMargin)
	}
	if budget < 100*time.Millisecond {
		return
	}
	ctx, cancel := context.WithTimeout(t.ctx, budget)
	defer cancel()

	q := ExtractQuery{Text: msg, Pending: extractKeyOf(pending), Categories: t.c.season.Categories}
	if pending != "" {
		q.Question = t.question(e, pending)
	}
	for _, f := range extractFields {
		if hasValue(e, f.slot) {
			q.Filled = append(q.Filled, f.key)
		}
	}
	start := time.Now()
	p, err := x.Extract(ctx, q)
	log := t.c.log.With("user", contestbot.LogID(t.m.OpenID), "elapsed", time.Since(start).Round(time.Millisecond))
	if err != nil {
		// The error may quote the endpoint's answer; only its kind is logged.
		log.Debug("llm extract: rules only", "reason", extractErrKind(ctx, err))
		return
	}
	taken := 0
	for _, f := range extractFields {
		v, ok := p.Values[f.key]
		if !ok {
			continue
		}
		if t.takeProposal(e, msg, f, v, p, r) {
			taken++
		}
	}
	log.Debug("llm extract", "proposed", len(p.Values), "taken", taken, "question", p.Question)
}

// llmReplyMargin is left of the caller's deadline for the rest of the turn.
const llmReplyMargin = 300 * time.Millisecond

// takeProposal stores the model's value v for f if it passes, and reports
// whether it did.
func (t *turn) takeProposal(e *contestbot.Entry, msg string, f extractField, v string, p Proposal, r *fillResult) bool {
	s := f.slot
	if r.has(s) || s.isRole() && r.has(slotCreators) {
		return false // the rules read this field in this message
	}
	if p.Question && (s == slot(contestbot.FieldTitle) || s.freeText()) {
		return false // a question is no title or text
	}
	if !grounded(f, v, msg, t.c.season) {
		return false
	}
	if hasValue(e, s) && !(slices.Contains(p.Corrections, f.key) && (correcting(msg) || namesField(msg, s))) {
		return false // an earlier value changes only when the message corrects it
	}
	// A trial on a copy: the value must pass the field's parser and
	// validator, and touch no field it may not.
	cp := *e
	roles, part, trying := slices.Clone(t.st.Roles), t.st.PhonePart, t.trying
	t.trying = true
	trial := &fillResult{}
	t.set(&cp, s, v, trial)
	t.st.Roles, t.st.PhonePart, t.trying = roles, part, trying
	if len(trial.errs) > 0 || len(trial.soft) > 0 || !trial.has(s) {
		return false
	}
	for _, x := range trial.set {
		if r.has(x) || x != s && x != slotCreators && hasValue(e, x) {
			return false
		}
	}
	res := &fillResult{}
	t.set(e, s, v, res)
	for _, x := range res.set {
		r.add(x)
		// What the rules said they could not record for this field is
		// no longer so.
		r.errs = slices.DeleteFunc(r.errs, func(m string) bool { return strings.Contains(m, x.label()) })
	}
	r.notes = append(r.notes, res.notes...)
	if len(res.set) > 0 {
		t.touch(e)
	}
	return len(res.set) > 0
}

// hasValue reports whether s has a value in e.
func hasValue(e *contestbot.Entry, s slot) bool {
	if p := textPtr(e, s); p != nil {
		return *p != ""
	}
	switch contestbot.Field(s) {
	case contestbot.FieldDuration:
		return e.DurationSeconds > 0
	case contestbot.FieldCategory:
		return e.Category != ""
	}
	return false
}

// namesField reports whether msg names the field s with one of its label
// words.
func namesField(msg string, s slot) bool {
	b := bare(msg)
	for _, d := range labelDefs {
		if slot(strings.TrimSuffix(string(d.slot), "!")) == s && strings.Contains(b, bare(d.word)) {
			return true
		}
	}
	return false
}

// reVague is a duration given as an estimate.
var reVague = regexp.MustCompile(`多|左右|大概|大约|约|差不多|不到|以内|上下|样子|估计|好像`)

// grounded reports whether v comes from msg: the words of a name or text
// are in the message, a phone's digits are, a duration is stated exactly,
// and a category is named. The model may clean a value; it may not make
// one up.
func grounded(f extractField, v, msg string, season *contestbot.Season) bool {
	b := bare(msg)
	switch contestbot.Field(f.slot) {
	case contestbot.FieldPhone:
		return strings.Contains(digitsOf(msg), digitsOf(v)) && digitsOf(v) != ""
	case contestbot.FieldDuration:
		return !reVague.MatchString(msg) && strings.ContainsAny(contestbot.NormalizeWidth(msg), "0123456789一二两三四五六七八九十")
	case contestbot.FieldCategory:
		c, ok := season.ParseCategory(v)
		if !ok {
			return false
		}
		rs := []rune(bare(c))
		for i := 0; i+1 < len(rs); i++ {
			if strings.Contains(b, string(rs[i:i+2])) {
				return true
			}
		}
		return false
	}
	parts := []string{v}
	if f.slot.isRole() {
		parts = reNameSep.Split(v, -1)
	}
	for _, p := range parts {
		if bp := bare(p); bp != "" && !strings.Contains(b, bp) {
			return false
		}
	}
	return true
}

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, contestbot.NormalizeWidth(s))
}

// extractErrKind names why an extraction failed, without its text.
func extractErrKind(ctx context.Context, err error) string {
	var api *openai.APIError
	var req *openai.RequestError
	switch {
	case ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, errRefused):
		return "refused"
	case errors.Is(err, errMalformed):
		return "malformed"
	case errors.Is(err, errUnknownField):
		return "unknown field"
	case errors.As(err, &api):
		return "status " + strconv.Itoa(api.HTTPStatusCode)
	case errors.As(err, &req):
		return "status " + strconv.Itoa(req.HTTPStatusCode)
	}
	return "request failed"
}

var _ Extractor = (*LLMExtractor)(nil)
