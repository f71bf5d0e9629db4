package knowledge

import (
	"slices"
	"strings"
)

// s9-c (issue 12, round 27 / rp108 Q16): one verdict per answer. "我们去年
// 12月拍的片子能报吗？已经在学校公众号发过了" was told the time fits, and then
// that a published work does not qualify. When the message states a
// circumstance that a rule rules out (a curated answer that opens with
// 不可以: published, taken from others, an individual's work), a date
// that fits is no part of the answer: the work does not qualify whatever
// its date. A date that does not fit stays: both verdicts say no.

// verdictOverDate drops the works-since part and its date verdict when
// the date fits and another part rules the work out.
func (b *Base) verdictOverDate(topical []hit, best *intent, dateVerdict string, dateIn bool) ([]hit, *intent, string) {
	if dateVerdict == "" || !dateIn {
		return topical, best, dateVerdict
	}
	var out *intent
	for _, h := range topical {
		if h.in.id != intentYear && h.in.kind == KindFact && strings.HasPrefix(h.in.answer, "不可以") {
			out = h.in
			break
		}
	}
	if out == nil {
		return topical, best, dateVerdict
	}
	topical = slices.DeleteFunc(topical, func(h hit) bool { return h.in.id == intentYear })
	if best == nil || best.id == intentYear {
		best = out
	}
	return topical, best, ""
}

// dateFits closes a date verdict that finds the date within the period.
const dateFits = "时间上符合要求。"

// rulesOut reports whether one of ids is a rule that rules the work out
// (its curated answer opens with 不可以).
func (b *Base) rulesOut(ids []string) bool {
	for _, id := range ids {
		if in := b.match.intent(id); in != nil && in.id != intentYear && in.kind == KindFact && strings.HasPrefix(in.answer, "不可以") {
			return true
		}
	}
	return false
}

// fittingDate reports whether a is the verdict that a stated date fits.
func fittingDate(a Answer) bool {
	return slices.Contains(a.intents, intentYear) && strings.HasPrefix(a.Text, dateVerdictLead) && strings.Contains(a.Text, dateFits)
}

// reasonsAgainst returns the parts of topical that each rule the work
// out: a date before the period (judged, not within it) and the rules whose
// curated answer opens with 不可以 (published, an individual's work …).
func (b *Base) reasonsAgainst(topical []hit, dateVerdict string, dateIn bool) []hit {
	var out []hit
	for _, h := range topical {
		if h.in.id == intentYear && dateVerdict != "" && !dateIn || b.rulesOut([]string{h.in.id}) {
			out = append(out, h)
		}
	}
	return out
}
