package dialogs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"contestbot"
	"contestbot/internal/openaitest"
	"contestbot/knowledge"
	"contestbot/store/storetest"
)

// fakeModel is an OpenAI-compatible chat endpoint. Each request gets
// reply(user message) after delay, or fails with status.
type fakeModel struct {
	reply   func(user string) string
	refusal string
	delay   time.Duration
	status  int

	calls atomic.Int32
	mu    sync.Mutex
	last  map[string]any // the last user message, decoded
}

func (f *fakeModel) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.calls.Add(1)
	openaitest.Serve(w, r, openaitest.Reply{Key: "sk-secret-test-key", Delay: f.delay, Status: f.status, Refusal: f.refusal,
		Seen: func(req openaitest.Request) error {
			var in map[string]any
			if strings.Contains(req.System, "报名表字段") {
				if err := json.Unmarshal([]byte(req.User), &in); err != nil || req.ResponseFormat != "json_object" {
					return errors.New("bad extraction request")
				}
			}
			f.mu.Lock()
			f.last = in
			f.mu.Unlock()
			return nil
		},
		Content: func(req openaitest.Request) string {
			if f.reply != nil {
				return f.reply(req.User)
			}
			return ""
		}})
}

func (f *fakeModel) lastQuery() map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.last
}

// replyWith answers every request with s.
func replyWith(s string) func(string) string { return func(string) string { return s } }

// extractTurn is a turn in the middle of a registration, with an extractor
// talking to f.
func extractTurn(t *testing.T, f *fakeModel, timeout time.Duration) (*turn, *contestbot.Entry) {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := NewLLMExtractor(knowledge.LLMOptions{Enabled: true, BaseURL: srv.URL + "/v1", APIKey: "sk-secret-test-key", Model: "m", Timeout: timeout}, nil)
	c := New(Options{}, Deps{Store: storetest.Open(t), Knowledge: kb, Extractor: x})
	tr := &turn{c: c, ctx: context.Background(), m: Message{OpenID: "u1"}, st: &state{Mode: modeForm}}
	e := &contestbot.Entry{Status: contestbot.StatusDraft, Unit: "郑州职业技术学院", Title: "守望", Producer: "郑州职业技术学院",
		Contact: "李娜", Phone: "13812345678", DurationSeconds: 155, Category: "实景拍摄"}
	return tr, e
}

// TestLLMFill feeds the model's proposals for one message through llmFill:
// what passes is stored and echoed, anything else is dropped without a trace.
func TestLLMFill(t *testing.T) {
	// The rules read the 监制 and could not read the rest ("编导我们科的小刘刘洋").
	const msg = "监制是王校长王建国，编导我们科的小刘刘洋"
	const ruleErr = "“我们科的小刘刘洋”不像人名，编导(导演)没有记录。请写姓名，几个人用顿号隔开；没有请回复“无”。"
	type want struct {
		supervisor, director, writer string
		set                          []slot
		errs                         []string
	}
	rulesOnly := want{supervisor: "王建国", set: []slot{slotSupervisor}, errs: []string{ruleErr}}
	tests := []struct {
		name    string
		model   *fakeModel
		msg     string
		corrent bool // the entry already has a 编导
		want    want
	}{
		{name: "GoodReplyFills", model: &fakeModel{reply: replyWith(`{"values":{"director":"刘洋"},"corrections":[],"question":false}`)},
			want: want{supervisor: "王建国", director: "刘洋", set: []slot{slotSupervisor, slotDirector}}},
		{name: "CodeFenceAccepted", model: &fakeModel{reply: replyWith("```json\n{\"values\":{\"director\":\"刘洋\"}}\n```")},
			want: want{supervisor: "王建国", director: "刘洋", set: []slot{slotSupervisor, slotDirector}}},
		{name: "NeverOverwritesRulesValue", model: &fakeModel{reply: replyWith(`{"values":{"supervisor":"王校长","director":"刘洋"}}`)},
			want: want{supervisor: "王建国", director: "刘洋", set: []slot{slotSupervisor, slotDirector}}},
		{name: "MalformedJSON", model: &fakeModel{reply: replyWith(`好的，编导是刘洋`)}, want: rulesOnly},
		{name: "TruncatedJSON", model: &fakeModel{reply: replyWith(`{"values":{"director":"刘洋"`)}, want: rulesOnly},
		{name: "TwoObjects", model: &fakeModel{reply: replyWith(`{"values":{}} {"values":{"director":"刘洋"}}`)}, want: rulesOnly},
		{name: "WrongTypeDropped", model: &fakeModel{reply: replyWith(`{"values":{"director":["刘洋"],"writer":42}}`)}, want: rulesOnly},
		{name: "ValuesNotAnObject", model: &fakeModel{reply: replyWith(`{"values":["刘洋"]}`)}, want: rulesOnly},
		{name: "UnknownFieldRefusesAll", model: &fakeModel{reply: replyWith(`{"values":{"director":"刘洋","motto":"厚德"}}`)}, want: rulesOnly},
		{name: "SubmissionIgnored", model: &fakeModel{reply: replyWith(`{"values":{"copyright":true},"submit":true}`)}, want: rulesOnly},
		{name: "ConsentKeysIgnored", model: &fakeModel{reply: replyWith(`{"values":{"director":"刘洋"},"submit":true,"confirm":true,"consent":true}`)},
			want: want{supervisor: "王建国", director: "刘洋", set: []slot{slotSupervisor, slotDirector}}},
		{name: "InvalidValueDropped", model: &fakeModel{reply: replyWith(`{"values":{"director":"我们科的小刘刘洋"}}`)}, want: rulesOnly},
		{name: "MadeUpValueDropped", model: &fakeModel{reply: replyWith(`{"values":{"director":"张三"}}`)}, want: rulesOnly},
		{name: "Refusal", model: &fakeModel{reply: replyWith(""), refusal: "I can't help with that."}, want: rulesOnly},
		{name: "ServerError", model: &fakeModel{status: http.StatusInternalServerError}, want: rulesOnly},
		{name: "EarlierValueKeptUnlessNamed", corrent: true, msg: "监制是王校长王建国，还有我们科的小刘刘洋",
			model: &fakeModel{reply: replyWith(`{"values":{"director":"刘洋"},"corrections":["director"]}`)},
			want:  want{supervisor: "王建国", director: "孙强", set: []slot{slotSupervisor}, errs: []string{ruleErr}}},
		{name: "EarlierValueKeptUnlessModelCorrects", corrent: true,
			model: &fakeModel{reply: replyWith(`{"values":{"director":"刘洋"}}`)},
			want:  want{supervisor: "王建国", director: "孙强", set: []slot{slotSupervisor}, errs: []string{ruleErr}}},
		{name: "EarlierValueCorrected", corrent: true, msg: "监制是王校长王建国，编导不对，改成我们科的小刘刘洋",
			model: &fakeModel{reply: replyWith(`{"values":{"director":"刘洋"},"corrections":["director"]}`)},
			want:  want{supervisor: "王建国", director: "刘洋", set: []slot{slotSupervisor, slotDirector}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr, e := extractTurn(t, tc.model, 3*time.Second)
			m := tc.msg
			if m == "" {
				m = msg
			}
			if tc.corrent {
				e.Creators.Director = "孙强"
				tr.st.markRole(slotDirector)
			}
			// What the rules read: the 监制, and an error for the rest.
			e.Creators.Supervisor = "王建国"
			tr.st.markRole(slotSupervisor)
			r := &fillResult{set: []slot{slotSupervisor}, errs: []string{ruleErr}}
			tr.llmFill(e, m, slotSupervisor, r)
			got := want{supervisor: e.Creators.Supervisor, director: e.Creators.Director, writer: e.Creators.Writer, set: r.set, errs: r.errs}
			if d := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{}), cmpopts.EquateEmpty()); d != "" {
				t.Errorf("after llmFill (-want +got):\n%s", d)
			}
			if n := tc.model.calls.Load(); n != 1 {
				t.Errorf("model called %d times, want 1", n)
			}
			if e.CopyrightConfirmed || e.Status != contestbot.StatusDraft {
				t.Errorf("the model submitted or consented: %+v", e)
			}
			// A second reading in the same turn does not call again.
			tr.llmFill(e, m, slotSupervisor, &fillResult{unknown: []string{m}})
			if n := tc.model.calls.Load(); n != 1 {
				t.Errorf("model called %d times in one turn, want 1", n)
			}
		})
	}
}

// TestLLMFillValidators: a proposal passes the field's own validator and
// normaliser, and must come from the message.
func TestLLMFillValidators(t *testing.T) {
	tests := []struct {
		name    string
		msg     string
		pending slot
		reply   string
		clear   []slot // fields empty before the message
		want    map[slot]string
	}{
		{name: "TitleNormalised", msg: "名字嘛就叫《初心如磐》吧，还没最后定", pending: slot(contestbot.FieldTitle), clear: []slot{slot(contestbot.FieldTitle)},
			reply: `{"values":{"title":"《初心如磐》"}}`, want: map[slot]string{slot(contestbot.FieldTitle): "初心如磐"}},
		{name: "QuestionAsTitle", msg: "片名是不是要写全称呀，全称太长了", pending: slot(contestbot.FieldTitle), clear: []slot{slot(contestbot.FieldTitle)},
			reply: `{"values":{"title":"片名是不是要写全称呀"}}`, want: map[slot]string{slot(contestbot.FieldTitle): ""}},
		{name: "QuestionFlagDropsText", msg: "初心如磐这个名字行不行", pending: slot(contestbot.FieldTitle), clear: []slot{slot(contestbot.FieldTitle)},
			reply: `{"values":{"title":"初心如磐"},"question":true}`, want: map[slot]string{slot(contestbot.FieldTitle): ""}},
		{name: "ThirteenDigitPhone", msg: "他的号是1381234567890你记下", pending: slot(contestbot.FieldPhone), clear: []slot{slot(contestbot.FieldPhone)},
			reply: `{"values":{"phone":"1381234567890"}}`, want: map[slot]string{slot(contestbot.FieldPhone): ""}},
		{name: "PhoneWithSpaces", msg: "他的号是138 1234 5679你记下", pending: slot(contestbot.FieldPhone), clear: []slot{slot(contestbot.FieldPhone)},
			reply: `{"values":{"phone":"13812345679"}}`, want: map[slot]string{slot(contestbot.FieldPhone): "13812345679"}},
		{name: "PhoneAsNumber", msg: "他的号是138 1234 5679你记下", pending: slot(contestbot.FieldPhone), clear: []slot{slot(contestbot.FieldPhone)},
			reply: `{"values":{"phone":13812345679}}`, want: map[slot]string{slot(contestbot.FieldPhone): "13812345679"}},
		{name: "PhoneNotInMessage", msg: "电话问一下办公室再发您", pending: slot(contestbot.FieldPhone), clear: []slot{slot(contestbot.FieldPhone)},
			reply: `{"values":{"phone":"13800000000"}}`, want: map[slot]string{slot(contestbot.FieldPhone): ""}},
		{name: "OrgValidator", msg: "单位就写我们那个宣传口吧", pending: slot(contestbot.FieldUnit), clear: []slot{slot(contestbot.FieldUnit)},
			reply: `{"values":{"unit":"宣传口"}}`, want: map[slot]string{slot(contestbot.FieldUnit): ""}},
		{name: "OrgAccepted", msg: "哦 学校嘛 咱是周口职业技术学院这边的", pending: slot(contestbot.FieldUnit), clear: []slot{slot(contestbot.FieldUnit)},
			reply: `{"values":{"unit":"周口职业技术学院"}}`, want: map[slot]string{slot(contestbot.FieldUnit): "周口职业技术学院"}},
		{name: "PersonValidator", msg: "联系人找办公室就行", pending: slot(contestbot.FieldContact), clear: []slot{slot(contestbot.FieldContact)},
			reply: `{"values":{"contact":"办公室"}}`, want: map[slot]string{slot(contestbot.FieldContact): ""}},
		{name: "VagueDuration", msg: "片子三分多钟吧", pending: slot(contestbot.FieldDuration), clear: []slot{slot(contestbot.FieldDuration)},
			reply: `{"values":{"duration":190}}`, want: map[slot]string{slot(contestbot.FieldDuration): ""}},
		{name: "DurationEstimate", msg: "片子三分零五秒的样子", pending: slot(contestbot.FieldDuration), clear: []slot{slot(contestbot.FieldDuration)},
			reply: `{"values":{"duration":185}}`, want: map[slot]string{slot(contestbot.FieldDuration): ""}},
		{name: "ExactDuration", msg: "片子整三分零五秒哈", pending: slot(contestbot.FieldDuration), clear: []slot{slot(contestbot.FieldDuration)},
			reply: `{"values":{"duration":185}}`, want: map[slot]string{slot(contestbot.FieldDuration): "3分5秒"}},
		{name: "SummaryOverLimit", msg: strings.Repeat("讲述", 60) + "的故事", pending: slot(contestbot.FieldSummary), clear: []slot{slot(contestbot.FieldSummary)},
			reply: `{"values":{"summary":"` + strings.Repeat("讲述", 60) + `的故事"}}`, want: map[slot]string{slot(contestbot.FieldSummary): ""}},
		{name: "SummaryRewrittenDropped", msg: "你帮我缩一下呗，上面那段太长", pending: slot(contestbot.FieldSummary), clear: []slot{slot(contestbot.FieldSummary)},
			reply: `{"values":{"summary":"讲述老党员守护堤坝的故事"}}`, want: map[slot]string{slot(contestbot.FieldSummary): ""}},
		{name: "CategoryNamed", msg: "类别这块 咱是动画做的", pending: slot(contestbot.FieldCategory), clear: []slot{slot(contestbot.FieldCategory)},
			reply: `{"values":{"category":"动画制作"}}`, want: map[slot]string{slot(contestbot.FieldCategory): "动画制作"}},
		{name: "CategoryGuessed", msg: "用手机拍的", pending: slot(contestbot.FieldCategory), clear: []slot{slot(contestbot.FieldCategory)},
			reply: `{"values":{"category":"实景拍摄"}}`, want: map[slot]string{slot(contestbot.FieldCategory): ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeModel{reply: replyWith(tc.reply)}
			tr, e := extractTurn(t, f, 3*time.Second)
			for _, s := range tc.clear {
				switch contestbot.Field(s) {
				case contestbot.FieldDuration:
					e.DurationSeconds = 0
				case contestbot.FieldCategory:
					e.Category = ""
				default:
					*textPtr(e, s) = ""
				}
			}
			if tc.pending == slot(contestbot.FieldSummary) {
				e.Synopsis = "讲述黄河岸边老党员守护堤坝的故事。"
			}
			tr.llmFill(e, tc.msg, tc.pending, &fillResult{unknown: []string{tc.msg}})
			for s, w := range tc.want {
				got := ""
				switch contestbot.Field(s) {
				case contestbot.FieldDuration:
					if e.DurationSeconds > 0 {
						got = contestbot.FormatDuration(e.DurationSeconds)
					}
				case contestbot.FieldCategory:
					got = e.Category
				default:
					got = *textPtr(e, s)
				}
				if got != w {
					t.Errorf("%s = %q, want %q", s, got, w)
				}
			}
			q := f.lastQuery()
			if q["message"] != tc.msg || q["pending_field"] != extractKeyOf(tc.pending) {
				t.Errorf("query: message %v, pending %v", q["message"], q["pending_field"])
			}
		})
	}
}

// TestLLMFillNotCalled: a message the rules read fully never goes to the model.
func TestLLMFillNotCalled(t *testing.T) {
	f := &fakeModel{reply: replyWith(`{"values":{"title":"守望"}}`)}
	tr, e := extractTurn(t, f, 3*time.Second)
	tr.llmFill(e, "郑州职业技术学院", slot(contestbot.FieldUnit), &fillResult{set: []slot{slot(contestbot.FieldUnit)}})
	tr.llmFill(e, "片名：《守望》，时长：2分35秒", "", &fillResult{set: []slot{slot(contestbot.FieldTitle), slot(contestbot.FieldDuration)}})
	if n := f.calls.Load(); n != 0 {
		t.Fatalf("model called %d times for messages the rules read", n)
	}
	// Nothing read, something left over, a refused value, most of it dropped: each is asked.
	for _, r := range []*fillResult{{}, {set: []slot{slot(contestbot.FieldTitle)}, unknown: []string{"x"}},
		{set: []slot{slot(contestbot.FieldTitle)}, errs: []string{"x"}}} {
		tr.llmTried = false
		tr.llmFill(e, "片名：《守望》", "", r)
	}
	tr.llmTried = false
	tr.llmFill(e, "这个嘛我们领导说了好几个名字最后定下来的片名是守望应该没问题吧", "", &fillResult{set: []slot{slot(contestbot.FieldTitle)}})
	if n := f.calls.Load(); n != 4 {
		t.Fatalf("model called %d times, want 4", n)
	}
}

// TestExtractSchema: the model gets the field table: keys, labels, label
// words, meanings, examples and types, and no declaration or consent.
func TestExtractSchema(t *testing.T) {
	sc := extractSchema([]string{"实景拍摄", "动画制作"})
	props := sc["properties"].(map[string]any)
	for _, k := range []string{"unit", "title", "producer", "contact", "phone", "duration", "category",
		"supervisor", "director", "writer", "camera", "editor", "synopsis", "summary"} {
		p, ok := props[k].(map[string]any)
		if !ok {
			t.Fatalf("schema lacks %s", k)
		}
		if p["title"] == "" || p["description"] == "" || p["type"] == nil || len(p["examples"].([]any)) == 0 {
			t.Errorf("%s: incomplete %v", k, p)
		}
	}
	for _, k := range []string{"copyright", "unit_work", "unpublished", "ai_used", "submit", "confirm"} {
		if _, ok := props[k]; ok {
			t.Errorf("schema offers %s", k)
		}
	}
	if props["duration"].(map[string]any)["type"] != "integer" || !cmp.Equal(props["category"].(map[string]any)["enum"], []string{"实景拍摄", "动画制作"}) {
		t.Errorf("types: %v %v", props["duration"], props["category"])
	}
	if w := props["unit"].(map[string]any)["x-labels"].([]string); len(w) == 0 || !strings.Contains(strings.Join(w, ","), "推荐单位") {
		t.Errorf("unit labels: %v", w)
	}
}

// TestFindPhoneWholeNumber: a phone number is a whole run of digits, never
// eleven digits cut out of a longer one.
func TestFindPhoneWholeNumber(t *testing.T) {
	accept := map[string]string{
		"13812345678":         "13812345678",
		"电话138 1234 5678":     "13812345678",
		"他手机+86 13812345678哈": "13812345678",
		"座机0371-69691670":     "037169691670",
		"张伟13812345678，李娜的不用": "13812345678",
	}
	for in, want := range accept {
		if got, _, ok := findPhone(in); !ok || got != want {
			t.Errorf("findPhone(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"1381234567890", "他手机1381234567890", "213812345678", "138123456789", "编号20251381234567"} {
		if got, _, ok := findPhone(in); ok {
			t.Errorf("findPhone(%q) = %q; want no number", in, got)
		}
	}
}

// llmCore is a Core whose extractor talks to f (nil: rules only), logging
// at debug level into log.
func llmCore(t *testing.T, f *fakeModel, timeout time.Duration, log *bytes.Buffer) *Core {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Options{Now: func() time.Time { return time.Date(2025, 10, 1, 10, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	deps := Deps{Store: storetest.Open(t), Knowledge: kb}
	if f != nil {
		srv := httptest.NewServer(f)
		t.Cleanup(srv.Close)
		deps.Extractor = NewLLMExtractor(knowledge.LLMOptions{Enabled: true, BaseURL: srv.URL + "/v1", APIKey: "sk-secret-test-key", Model: "m", Timeout: timeout}, nil)
	}
	opts := Options{Now: func() time.Time { return time.Date(2025, 10, 1, 10, 0, 0, 0, time.UTC) }}
	if log != nil {
		opts.Logger = slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return New(opts, deps)
}

func chat(t *testing.T, c *Core, user string, msgs ...string) string {
	t.Helper()
	var last string
	for i, m := range msgs {
		r, err := c.Handle(context.Background(), Message{OpenID: user, MsgID: fmt.Sprint(user, i), Type: TypeText, Text: m})
		if err != nil {
			t.Fatalf("Handle(%q): %v", m, err)
		}
		last = r.Text
	}
	return last
}

// upToSupervisor answers the form up to the 监制 question.
var upToSupervisor = []string{"我要报名", "郑州职业技术学院", "《守望》", "同上", "李娜", "13812345678", "2分35秒", "1"}

// roleMsg is read by the rules only in part: the 编导 is no plain name.
const roleMsg = "监制王建国，导演那块儿让刘洋去弄了"

// TestLLMExtractCore runs whole turns through the Core: the model's value
// is stored and echoed; a slow model costs at most the budget and leaves
// the rules-only reply; a message the rules read is never sent; nothing
// of the messages, the phone or the key reaches the log.
func TestLLMExtractCore(t *testing.T) {
	rules := llmCore(t, nil, 0, nil)
	chat(t, rules, "r", upToSupervisor...)
	rulesReply := chat(t, rules, "r", roleMsg)
	if strings.Contains(rulesReply, "编导(导演)：刘洋") {
		t.Fatalf("the rules alone read the whole message now; pick another for this test: %s", rulesReply)
	}

	t.Run("GoodReplyFillsAndEchoes", func(t *testing.T) {
		var log bytes.Buffer
		f := &fakeModel{reply: replyWith(`{"values":{"supervisor":"王建国","director":"刘洋"},"corrections":[],"question":false}`)}
		c := llmCore(t, f, 3*time.Second, &log)
		chat(t, c, "u", upToSupervisor...)
		if n := f.calls.Load(); n != 0 {
			t.Fatalf("%d model calls for messages the rules read", n)
		}
		got := chat(t, c, "u", roleMsg)
		if !strings.Contains(got, "编导(导演)：刘洋") || strings.Contains(got, "不像人名") || !strings.Contains(got, "撰稿") {
			t.Errorf("reply does not echo the model's value and ask the next role:\n%s", got)
		}
		if n := f.calls.Load(); n != 1 {
			t.Errorf("%d model calls, want 1", n)
		}
		q := f.lastQuery()
		if q["pending_field"] != "supervisor" || !strings.Contains(fmt.Sprint(q["pending_question"]), "监制") || q["message"] != roleMsg {
			t.Errorf("query: %v", q)
		}
		if filled := fmt.Sprint(q["filled_fields"]); !strings.Contains(filled, "phone") || strings.Contains(fmt.Sprint(q), "13812345678") {
			t.Errorf("query sends values or misses filled fields: %v", q)
		}
		es, err := c.deps.Store.EntriesByOpenID(context.Background(), "u")
		if err != nil || len(es) != 1 || es[0].Creators.Director != "刘洋" || es[0].Creators.Supervisor != "王建国" {
			t.Fatalf("stored: %+v, %v", es, err)
		}
		// Finish the form: the model is never asked about plain answers,
		// and the entry is submitted only by the user's 确认.
		chat(t, c, "u", "撰稿无", "摄影无", "剪辑无", "讲述黄河岸边老党员守护堤坝的故事。", "同简介", "是单位作品，2025年以来创作，未公开发表，没有使用AI")
		if n := f.calls.Load(); n != 1 {
			t.Errorf("%d model calls, want 1", n)
		}
		es, _ = c.deps.Store.EntriesByOpenID(context.Background(), "u")
		if es[0].Status != contestbot.StatusDraft {
			t.Errorf("status %s before 确认", es[0].Status)
		}
		for _, secret := range []string{"13812345678", "sk-secret-test-key", "刘洋", "王建国", "李娜", "守望"} {
			if strings.Contains(log.String(), secret) {
				t.Errorf("log holds %q:\n%s", secret, log.String())
			}
		}
		if !strings.Contains(log.String(), "llm extract") {
			t.Errorf("no debug line for the extraction:\n%s", log.String())
		}
	})

	for _, tc := range []struct {
		name    string
		timeout time.Duration
		want    time.Duration
	}{
		{name: "SlowModelBudget", timeout: 3 * time.Second, want: extractBudget},
		{name: "SlowModelConfigTimeout", timeout: 400 * time.Millisecond, want: 400 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var log bytes.Buffer
			f := &fakeModel{reply: replyWith(`{"values":{"director":"刘洋"}}`), delay: 10 * time.Second}
			c := llmCore(t, f, tc.timeout, &log)
			chat(t, c, "u", upToSupervisor...)
			start := time.Now()
			got := chat(t, c, "u", roleMsg)
			el := time.Since(start)
			if got != rulesReply {
				t.Errorf("reply after a slow model:\n%s\nwant the rules-only reply:\n%s", got, rulesReply)
			}
			if el < tc.want-50*time.Millisecond || el > tc.want+1500*time.Millisecond {
				t.Errorf("reply took %v, want about %v", el, tc.want)
			}
			if !strings.Contains(log.String(), "reason=timeout") || strings.Contains(log.String(), "刘洋") {
				t.Errorf("log:\n%s", log.String())
			}
		})
	}
}
