package knowledge

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGrams(t *testing.T) {
	g := grams(normalize("截止，时间?"))
	for _, want := range []string{"截", "截止", "截止时", "止时间", "间"} {
		if g[want] != 1 {
			t.Errorf("gram %q: %d, want 1", want, g[want])
		}
	}
	for _, not := range []string{"，", "?", "止，", "截止时间"} {
		if _, ok := g[not]; ok {
			t.Errorf("gram %q should not be there", not)
		}
	}
	if len(grams("?？ ，")) != 0 {
		t.Error("punctuation alone makes grams")
	}
}

func TestChooserVote(t *testing.T) {
	c := newChooser([]example{
		{Q: "截止时间是哪天", Intent: "deadline"},
		{Q: "什么时候截止", Intent: "deadline"},
		{Q: "最晚哪天交", Intent: "deadline"},
		{Q: "邮箱是多少", Intent: "where"},
		{Q: "作品发到哪个邮箱", Intent: "where"},
		{Q: "没有标签的问题", Intent: ""},
	})
	for _, tc := range []struct {
		q        string
		label    string
		minTop   float64
		minShare float64
	}{
		{"截止时间是哪天", "deadline", 0.99, 0.6},
		{"截止是哪天呀", "deadline", 0.4, 0.6},
		{"发哪个邮箱", "where", 0.4, 0.6},
	} {
		v := c.choose(normalize(tc.q))
		if v.label != tc.label || v.top < tc.minTop || v.share < tc.minShare {
			t.Errorf("%q: %+v, want %s top≥%.2f share≥%.2f", tc.q, v, tc.label, tc.minTop, tc.minShare)
		}
	}
	// Words the bank never saw keep a question far from every neighbour.
	if v := c.choose(normalize("今天郑州天气怎么样啊")); v.top >= 0.2 {
		t.Errorf("an unrelated question: %+v", v)
	}
	if v := c.choose(""); v.label != "" {
		t.Errorf("empty question: %+v", v)
	}
	var none *chooser
	if v := none.choose("截止时间"); v.label != "" {
		t.Errorf("nil chooser: %+v", v)
	}
	if newChooser([]example{{Q: "没有标签", Intent: ""}}) != nil {
		t.Error("a bank without labels makes a chooser")
	}
}

// TestDecide: the neighbours decide only where the rules are unsure, only
// on a clear vote for an intent that answers, and a clarifying question
// only by one of its options.
func TestDecide(t *testing.T) {
	b := mustLoad(t, Options{})
	vote := func(label string) *chooser {
		return newChooser([]example{{Q: "甲乙丙丁戊", Intent: label}, {Q: "甲乙丙丁戊己", Intent: label}})
	}
	const q = "甲乙丙丁戊？"
	tie := clarify([]Option{{"作品时长", "duration"}, {"作品完成时间", "year"}})
	curated := clarify([]Option{{"作品时长", "duration"}, {"作品完成时间", "year"}})
	curated.intents = []string{"work_time"}
	sure := Answer{Text: "确定的回答（见通知 六）", Kind: KindFact}
	for _, tc := range []struct {
		name   string
		rules  Answer
		label  string
		policy chooserPolicy
		took   bool
	}{
		// accept
		{"bare not-in-notice", b.notInNotice(), "themes", defaultPolicy, true},
		{"generic redirect", b.redirect(""), "cooperation", defaultPolicy, true},
		{"retrieved section", Answer{Text: "通知中的相关规定：…（见通知 二）", Kind: KindSection}, "themes", defaultPolicy, true},
		{"tie settled by its option", tie, "year", defaultPolicy, true},
		// reject
		{"rules sure", sure, "themes", defaultPolicy, false},
		{"curated not-in-notice", Answer{Text: "通知中没有说明评委名单。（见通知 四）", Kind: KindNotInNotice}, "themes", defaultPolicy, false},
		{"named redirect", b.redirect("weather"), "themes", defaultPolicy, false},
		{"video verdict", Answer{Text: "1080P…（见通知 附件1 第3条）", Kind: KindVideo}, "themes", defaultPolicy, false},
		{"tie, vote no option", tie, "themes", defaultPolicy, false},
		{"curated clarify", curated, "duration", defaultPolicy, false},
		{"vote for a redirect intent", b.notInNotice(), "weather", defaultPolicy, false},
		{"vote for an override", b.notInNotice(), "jailbreak", defaultPolicy, false},
		{"vote for a pseudo label", b.notInNotice(), labelAbsent, defaultPolicy, false},
		{"vote for a clarify intent", b.notInNotice(), "work_time", defaultPolicy, false},
		{"vote too far", b.notInNotice(), "themes", chooserPolicy{minTop: 1.01, minShare: 0.4}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			saved, savedP := b.chooser, b.policy
			b.chooser, b.policy = vote(tc.label), tc.policy
			defer func() { b.chooser, b.policy = saved, savedP }()
			got := b.decide(q, tc.rules)
			took := got.Text != tc.rules.Text
			if took != tc.took {
				t.Fatalf("took %v, want %v: [%s] %s", took, tc.took, got.Kind, got.Text)
			}
			if took {
				in := b.match.intent(tc.label)
				if !strings.HasPrefix(got.Text, b.render(in.answer)+cite(in.sources)) || got.Kind != in.kind ||
					!strings.Contains(got.Text, "如果你问的不是这个") || !strings.Contains(got.Text, b.facts.Phone) {
					t.Errorf("[%s] %s", got.Kind, got.Text)
				}
			}
		})
	}
}

// TestChooserBank: a new phrasing becomes a labelled question of the bank,
// not code. With a season's bank holding one labelled paraphrase, the
// questions the rules leave open get that answer; the questions the rules
// answer, the off-topic ones and the ones the bank labels as not in the
// notice do not change.
func TestChooserBank(t *testing.T) {
	extra := "\n  - {q: 拍退休老教师的故事可以吗, intent: theme_fit, batch: test}" +
		"\n  - {q: 视频里放国歌可以吗, intent: music, batch: test}" +
		"\n  - {q: 片子里能用国歌当配乐吗, intent: music, batch: test}\n"
	bank := strings.Replace(string(season1Questions), "\nqualify:", extra+"qualify:", 1)
	f := filepath.Join(t.TempDir(), "questions.yaml")
	if err := os.WriteFile(f, []byte(bank), 0o644); err != nil {
		t.Fatal(err)
	}
	grown := mustLoad(t, Options{QuestionsFile: f})
	base := mustLoad(t, Options{})
	ctx := context.Background()
	for _, tc := range []struct {
		q      string
		kind   Kind
		want   string // "" for: the same answer as the rules alone
		before Kind   // the rules' kind
	}{
		// accept: the rules say the notice is silent; the grown bank answers
		{"拍学校一位退休老教师的故事行吗", KindFact, "通知没有对具体题材逐一认定", KindNotInNotice},
		{"视频里能放国歌吗", KindNotInNotice, "配乐也须有合法授权", KindNotInNotice},
		// reject: answered by the rules, off-topic, curated clarify, or labelled not-in-notice
		{"截止时间？", KindFact, "", KindFact},
		{"和县融媒体中心一起拍的行不行", KindFact, "", KindFact},
		{"今天天气怎么样", KindOffTopic, "", KindOffTopic},
		{"可以请明星来客串吗", KindOffTopic, "", KindOffTopic},
		{"作品时间有要求吗", KindClarify, "", KindClarify},
		{"片子里有领导讲话的画面可以吗", KindNotInNotice, "", KindNotInNotice},
		{"讲红旗渠精神的合适不", KindNotInNotice, "", KindNotInNotice},
	} {
		rules := answerWith(base, nil, chooserPolicy{}, tc.q)
		if rules.Kind != tc.before {
			t.Errorf("%q: the rules alone give [%s], want [%s]: %s", tc.q, rules.Kind, tc.before, rules.Text)
		}
		got := grown.Answer(ctx, tc.q)
		switch {
		case got.Kind != tc.kind:
			t.Errorf("%q: [%s] %s, want kind %s", tc.q, got.Kind, got.Text, tc.kind)
		case tc.want == "" && got.Text != rules.Text:
			t.Errorf("%q changed: %s\n  rules: %s", tc.q, got.Text, rules.Text)
		case tc.want != "" && !strings.Contains(got.Text, tc.want):
			t.Errorf("%q: %s, want %s", tc.q, got.Text, tc.want)
		}
	}
	// Another season's facts without a bank: the rules alone.
	if b := mustLoad(t, Options{FactsFile: "season1/facts.yaml"}); b.chooser != nil {
		t.Error("another season's facts got the first season's bank")
	}
}

// BenchmarkChooser is the vote alone, over the bank's questions.
func BenchmarkChooser(b *testing.B) {
	base := mustLoad(b, Options{})
	qs := loadQuestions(b)
	var nq []string
	for _, c := range qs.Ask {
		nq = append(nq, normalize(c.Q))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		base.chooser.choose(nq[i%len(nq)])
	}
}

// BenchmarkLoad is a season's start-up: notice, facts, indexes and the
// chooser over the bank.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadRules is the same start-up without a bank (another
// season's facts): the rules alone.
func BenchmarkLoadRules(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(Options{FactsFile: "season1/facts.yaml"}); err != nil {
			b.Fatal(err)
		}
	}
}
