package dialogs

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"contestbot"
	"contestbot/knowledge"
	"contestbot/store/storetest"
)

// TestOfferTaken: what takes an offered text, and what does not.
func TestOfferTaken(t *testing.T) {
	accept := []string{"用这个", "就用这个吧", "好的", "好", "行，就用这个", "可以", "嗯嗯", "那就用这个", "中", "就这段"}
	reject := []string{"不用这个", "我自己写", "太长了", "再短一点", "这个不行", "用这个的话会不会太长？", "72岁退休老党员李德山每周三晚回校义务教玉雕。"}
	for _, s := range accept {
		if !offerTaken(s) {
			t.Errorf("offerTaken(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if offerTaken(s) {
			t.Errorf("offerTaken(%q) = true, want false", s)
		}
	}
}

// TestShorterWords: asking for a shorter offer, and what is not.
func TestShorterWords(t *testing.T) {
	accept := []string{"再短一点", "还是太长了", "再缩短些", "能更短点吗", "有点长"}
	reject := []string{"用这个", "好的", "讲述党员教师带学生练技能的故事。", "不用了"}
	checkReaders(t, []readerCase{{name: "asks for a shorter offer", fn: func(s string) bool { return reShorter.MatchString(compact(s)) }, accept: accept, reject: reject}})
}

// TestHelpWriteWords: requests for help with a text, and what is no request.
func TestHelpWriteWords(t *testing.T) {
	accept := []string{"帮我缩一下呗", "简介这样写行不行啊？感觉有点长了，帮我缩一下呗", "那摘要你帮我写个呗，从上面那段里摘一下就行",
		"你帮我写个摘要", "能不能帮忙精简一下", "帮我摘", "摘要你来写吧", "我实在不太会压字数", "从简介里摘一段就行"}
	reject := []string{"摘要稍等我缩一下", "好吧那我自己删一删，稍等", "我自己写", "摘要要写多少字", "讲述党员教师带学生练技能的故事。",
		"字数多了是吧。"}
	checkReaders(t, []readerCase{{name: "asks for help with a text", fn: func(s string) bool { return reHelpWrite.MatchString(compact(s)) }, accept: accept, reject: reject}})
}

// TestReadPick reads which sentences a request names, and applies it.
func TestReadPick(t *testing.T) {
	const text = "第一句。第二句。第三句。第四句。"
	tests := []struct {
		in   string
		want string // "" when no pick, "!" when the pick does not fit
	}{
		{"去掉第一句当摘要", "第二句。第三句。第四句。"},
		{"把第一句去掉", "第二句。第三句。第四句。"},
		{"第一句不要", "第二句。第三句。第四句。"},
		{"把最后一句删了", "第一句。第二句。第三句。"},
		{"去掉前两句", "第三句。第四句。"},
		{"摘要用简介的后两句", "第三句。第四句。"},
		{"用前三句", "第一句。第二句。第三句。"},
		{"用简介的第二句", "第二句。"},
		{"去掉第九句", "!"},
		{"用后五句", "!"},
		{"简介写多少字", ""},
		{"第一句话是什么意思", ""},
		{"第一句不要改", ""},
		{"去掉第一句行不行", ""},
	}
	for _, tc := range tests {
		p, ok := readPick(compact(tc.in))
		got := ""
		if ok {
			if v, fits := p.apply(text); fits {
				got = v
			} else {
				got = "!"
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestExtractSummary: whole sentences within the limit, else clauses cut
// at a comma and ended with a full stop.
func TestExtractSummary(t *testing.T) {
	tests := []struct {
		name, in string
		lim      int
		want     string
		cut      bool
	}{
		{"LongestRun", "甲甲甲甲甲。乙乙乙。丙丙丙丙丙丙丙丙丙丙丙。丁。", 10, "甲甲甲甲甲。乙乙乙。", false},
		{"LaterRunLonger", "甲甲甲甲甲甲甲甲甲甲甲甲。乙乙乙。丙丙丙丙。丁。", 12, "乙乙乙。丙丙丙丙。丁。", false},
		{"ClausesWhenNoSentenceFits", "本片从纪录片中剪辑而成，讲述学生党员开展红色研学的经历，展现青年学生的担当。", 27, "讲述学生党员开展红色研学的经历，展现青年学生的担当。", true},
		{"ClauseEndsWithFullStop", "一二三四五六七八，一二三四五六七八九十一二三四五，一二三四五六七八九十一二三四五六七八九十。", 12, "一二三四五六七八。", true},
		{"NothingFits", "一二三四五六七八九十一二三四五六七八九十。", 5, "", true},
		{"QuotesKeptWhole", "他把“干一行、爱一行”的精神教给学生。片子很短。", 20, "他把“干一行、爱一行”的精神教给学生。", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, cut := extractSummary(tc.in, tc.lim)
			if got != tc.want || cut != tc.cut {
				t.Errorf("extractSummary = %q, %v; want %q, %v", got, cut, tc.want, tc.cut)
			}
			if contestbot.RuneLen(got) > tc.lim {
				t.Errorf("%d characters, over %d", contestbot.RuneLen(got), tc.lim)
			}
		})
	}
}

const groundSrc = "本片主要讲述了南阳工艺美术职业学院退休老党员李德山老师的故事。李老师今年七十二岁，从教四十年，退休后仍坚持每周三晚上回到学校玉雕实训室义务授课。2025年春天，他带学生党员走进镇平县石佛寺镇的玉雕作坊，把“干一行、爱一行”的职业精神教给学生。"

// TestSummaryGrounded: a model's summary passes only when it keeps to the
// 简介's facts and the limit.
func TestSummaryGrounded(t *testing.T) {
	accept := []string{
		"退休老党员李德山七十二岁仍每周三晚回校义务授课，2025年春天带学生党员走进镇平县玉雕作坊，传承“干一行、爱一行”的职业精神。",
		"讲述南阳工艺美术职业学院退休老党员李德山坚持回校义务授课、带学生走进玉雕作坊的故事。",
	}
	reject := map[string]string{
		"李德山72岁仍回校授课。":             "new number", // a number the 简介 writes otherwise
		"退休老党员李德山从教五十年，仍回校义务授课。":   "new number",
		"退休老党员李德山仍回校授课，被评为《河南好人》。": "new quoted words",
		"退休老党员李德山用VR技术回校授课。":       "new latin word",
		"退休老党员李德山和张明老师一起回校授课。":     "new person",
		"党员教师王建国，每周三晚上回校义务授课。":     "new person",
		"": "empty",
		strings.Repeat("讲述退休老党员回校授课的故事。", 8): "too long",
	}
	for _, s := range accept {
		if why := summaryGrounded(s, groundSrc, 100); why != "" {
			t.Errorf("summaryGrounded(%q) = %q, want accepted", s, why)
		}
	}
	for s, want := range reject {
		if why := summaryGrounded(s, groundSrc, 100); why != want {
			t.Errorf("summaryGrounded(%q) = %q, want %q", s, why, want)
		}
	}
}

// TestModelSummaryOffer: with a model, its summary is offered when it
// passes; a summary that adds facts, a malformed or slow reply fall back to
// the extractive offer. Nothing is stored before "用这个".
func TestModelSummaryOffer(t *testing.T) {
	const good = "讲述退休老党员李德山坚持回校义务授课、带学生党员走进玉雕作坊的故事。"
	extractive, _ := extractSummary(groundSrc, 100)
	tests := []struct {
		name  string
		model *fakeModel
		want  string
	}{
		{"Good", &fakeModel{reply: replyWith(good)}, good},
		{"QuotedGood", &fakeModel{reply: replyWith("“" + good + "”")}, good},
		{"AddsAName", &fakeModel{reply: replyWith("讲述退休老党员李德山和张明老师回校授课的故事。")}, extractive},
		{"TooLong", &fakeModel{reply: replyWith(strings.Repeat("讲述退休老党员回校授课的故事。", 8))}, extractive},
		{"Refused", &fakeModel{refusal: "no"}, extractive},
		{"ServerError", &fakeModel{status: 500}, extractive},
		{"Slow", &fakeModel{reply: replyWith(good), delay: 500 * time.Millisecond}, extractive},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.model)
			t.Cleanup(srv.Close)
			kb, err := knowledge.Load(knowledge.Options{})
			if err != nil {
				t.Fatal(err)
			}
			x := NewLLMSummarizer(knowledge.LLMOptions{Enabled: true, BaseURL: srv.URL + "/v1", APIKey: "sk-secret-test-key", Model: "m", Timeout: 200 * time.Millisecond}, nil)
			c := New(Options{}, Deps{Store: storetest.Open(t), Knowledge: kb, Summarizer: x})
			tr := &turn{c: c, ctx: context.Background(), m: Message{OpenID: "u1"}, st: &state{Mode: modeForm}}
			e := &contestbot.Entry{ID: 7, Status: contestbot.StatusDraft, Synopsis: groundSrc}
			out := tr.offerFrom(e, slot(contestbot.FieldSummary), e.Synopsis, "")
			if !strings.Contains(out, tc.want) || !strings.Contains(out, "用这个") {
				t.Errorf("offer:\n%s\nwant it to offer %q", out, tc.want)
			}
			if diff := cmp.Diff(&textOffer{EntryID: 7, Slot: slot(contestbot.FieldSummary), Text: tc.want}, tr.st.Offer); diff != "" {
				t.Errorf("offer kept (-want +got):\n%s", diff)
			}
			if e.Summary != "" {
				t.Errorf("summary stored before the user's yes: %q", e.Summary)
			}
		})
	}
}
