package knowledge

import (
	"context"
	"fmt"
	"regexp"
	"strings"
)

// A message that matches two topics about equally gets one short
// clarifying question instead of a confident answer to one of them:
// "你问的是哪一项？1. 作品时长 2. 作品完成时间". The user answers with a
// number, in free chat or in the middle of a form; the dialog keeps the
// Options of the last answer and passes the reply to AnswerOption.

// Option is one reading of an ambiguous question, offered by number.
type Option struct {
	Label  string // as listed: "作品时长"
	Intent string // the intent whose answer the option gives
}

// clarifyLead opens every clarifying question; clarifyTail closes it.
const (
	clarifyLead = "你问的是哪一项？"
	clarifyTail = "回复数字即可，也可以换个说法再问。"
)

// clarify is the clarifying question offering opts.
func clarify(opts []Option) Answer {
	var b strings.Builder
	b.WriteString(clarifyLead)
	for i, o := range opts {
		fmt.Fprintf(&b, "\n%d. %s", i+1, o.Label)
	}
	b.WriteString("\n" + clarifyTail)
	return Answer{Text: b.String(), Kind: KindClarify, Options: opts, Confidence: 0.5}
}

// clarifyIntent is the clarifying question of a clarify intent of the
// facts file.
func (b *Base) clarifyIntent(in *intent) Answer {
	var opts []Option
	for _, id := range in.options {
		o := b.match.intent(id)
		opts = append(opts, Option{Label: o.label, Intent: o.id})
	}
	a := clarify(opts)
	a.intents = []string{in.id}
	return a
}

// tie returns the clarifying question when the two best readings of q
// take the same words, score the same and answer differently, and both
// have a label; otherwise ok is false.
func (b *Base) tie(occ map[int][]span, skip func(*intent) bool) (Answer, bool) {
	var first, second *intent
	var s1, s2 float64
	var sp1, sp2 []span
	for i := range b.match.intents {
		in := &b.match.intents[i]
		if in.kind == KindOffTopic || in.kind == KindClarify || skip(in) {
			continue
		}
		s, spans := b.match.score(in, occ, nil)
		switch {
		case s > s1:
			first, s1, sp1, second, s2, sp2 = in, s, spans, first, s1, sp1
		case s > s2:
			second, s2, sp2 = in, s, spans
		}
	}
	if first == nil || second == nil || s2 < s1-tieMargin || first.label == "" || second.label == "" ||
		b.render(first.answer) == b.render(second.answer) {
		return Answer{}, false
	}
	same := false
	for _, s := range sp2 {
		same = same || overlapsAny(s, sp1)
	}
	if !same {
		return Answer{}, false
	}
	return clarify([]Option{{first.label, first.id}, {second.label, second.id}}), true
}

// tieMargin is how close two scores must be to count as a tie.
const tieMargin = 0.01

// reOptionNumber is a reply choosing an option: "2", "2.", "第2个",
// "选2", "二", "第二项", "②".
var reOptionNumber = regexp.MustCompile(`^(?:选|选择|第)?([1-9一二三四五六七八九①②③④⑤⑥⑦⑧⑨])(?:个|项|条|种|号)?(?:吧|的)?$`)

// optionDigits maps the ways to write 1–9 to their value.
var optionDigits = map[string]int{}

func init() {
	for _, set := range []string{"123456789", "一二三四五六七八九", "①②③④⑤⑥⑦⑧⑨"} {
		n := 0
		for _, r := range set {
			n++
			optionDigits[string(r)] = n
		}
	}
}

// PickOption reads reply as the number of one of n options and returns
// its index (0-based).
func PickOption(reply string, n int) (int, bool) {
	r := strings.Trim(normalize(reply), " .,;:!?~…、。")
	m := reOptionNumber.FindStringSubmatch(r)
	if m == nil {
		return 0, false
	}
	v := optionDigits[m[1]]
	if v < 1 || v > n {
		return 0, false
	}
	return v - 1, true
}

// AnswerOption answers the option of opts (the Options of the last
// answer) that reply chooses by number; ok is false when reply chooses
// none, and the dialog then takes reply as a new message.
func (b *Base) AnswerOption(ctx context.Context, opts []Option, reply string) (Answer, bool) {
	i, ok := PickOption(reply, len(opts))
	if !ok {
		return Answer{}, false
	}
	in := b.match.intent(opts[i].Intent)
	if in == nil {
		return Answer{}, false
	}
	a := Answer{Text: b.render(in.answer) + cite(in.sources), Kind: in.kind, Sources: in.sources, Confidence: 0.9}
	if b.llm != nil && (a.Kind == KindFact || a.Kind == KindSection) {
		a = b.refine(ctx, opts[i].Label, a)
	}
	return a, true
}
