package dialogs

import (
	"strings"

	"contestbot"
)

// At the eligibility step (s12-c, rp152) the user answers the notice's
// facts, and the clauses beside the answer are context: "是的 都符合，这个是
// 我们组织部自己拍的 6月份做完的" tells who made the film and when, and the
// clause about who made it was read as a 制作单位 — "我们组织部 6月份做完" was
// refused ("不像单位名称，制作单位没有记录") although the pasted form had
// filled the 制作单位. A value read from such a clause is a new value only
// when it is one: a field already filled keeps its value, silently, when the
// clause's value fails the field's validator or is the stored value or a
// vaguer form of it (the same characters in order, fewer of them:
// "…学院组织部" beside a stored "…学院党委组织部"). A plain correction
// ("制作单位改成…") is no context and keeps the usual reply.

// asideAtEligibility reports whether v for s, read while the eligibility
// question is pending, is only talk about a field already filled.
func asideAtEligibility(e *contestbot.Entry, s slot, v string, pending slot, raw string) bool {
	if !pending.eligibility() || !hasValue(e, s) || correcting(raw) {
		return false
	}
	if implausible(e, s, v) != "" {
		return true
	}
	if p := textPtr(e, s); p != nil && (s == slot(contestbot.FieldUnit) || s == slot(contestbot.FieldProducer)) {
		return vaguerOrSame(contestbot.UnitName(v), contestbot.UnitName(*p))
	}
	return false
}

// vaguerOrSame reports whether v is old, or old with characters left out
// (its characters appear in old in the same order).
func vaguerOrSame(v, old string) bool {
	if v == "" {
		return false
	}
	rest := []rune(old)
	for _, c := range v {
		i := 0
		for i < len(rest) && rest[i] != c {
			i++
		}
		if i == len(rest) {
			return false
		}
		rest = rest[i+1:]
	}
	return true
}

// producerExample is the example 制作单位 built from the 推荐单位: its school's
// 党委组织部. A unit typed as a party organ of a school gives the school, so
// "新乡科技职业学院党委" gives "新乡科技职业学院党委组织部", never "…党委党委组织部".
func producerExample(unit string) string {
	if unit == "" {
		return "郑州职业技术学院党委组织部"
	}
	s := schoolName(contestbot.UnitName(unit))
	switch {
	case strings.HasSuffix(s, "组织部"):
		return s
	case strings.HasSuffix(s, "党委"):
		return s + "组织部"
	}
	return s + "党委组织部"
}

// agreeAllBeside reads a message at the eligibility step that opens with a
// yes to every item ("是的 都符合", "都是", "上面几条都没问题") and goes on: the
// clauses after it are context. Every open fact is agreed to unless a later
// clause states it (then that clause wins: "都符合，就是用了AI配音"); a value
// said in passing for another field ("这个是我们组织部自己拍的") is read as
// usual, where asideAtEligibility keeps a filled field as it is. A question,
// an exception ("除了AI那条…") or a labelled change ("…，推荐单位写成X") is
// left to the older readers.
func (t *turn) agreeAllBeside(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.eligibility() || isQuestion(s) || asksWhetherCounts(s) || reItemsExcept.MatchString(s) {
		return "", false
	}
	cls := splitClauses(s)
	n, all := 0, false
	for n < len(cls) && (restAgree(cls[n]) || isYes(cls[n]) && !strings.ContainsAny(cls[n], "没不未")) {
		all = all || restAgree(cls[n])
		n++
	}
	if !all || n == len(cls) {
		return "", false
	}
	if _, q := agreeThenAsk(s); q != "" {
		return "", false // s9-j: an agreement, then a question
	}
	rest := strings.TrimSpace(joinClauses(cls[n:]))
	if isQuestion(rest) || containsAny(rest, "哪", "啥", "什么", "怎么", "咋", "吗", "还是", "多少", "几个", "问一下", "问下") {
		return "", false // "…一式两份是寄过去还是送过去 寄到哪": answered by the older readers
	}
	for _, cl := range cls[n:] {
		if isQuestion(cl) || askedYesNo(cl) || asksWhetherCounts(cl) {
			return "", false
		}
	}
	if c := compact(rest); firstNamedField(c) != "" && setsFieldValue(rest) {
		return "", false // yesBesideEligibility: both acts
	}
	open := openEligibility(t.c.season, e)
	if len(open) == 0 {
		return "", false
	}
	// A value the user labelled is read as usual; one only a lead-in
	// rewrite found ("片子是我们宣传部牵头拍的") fills an empty field and
	// leaves a filled one as it is: it is context.
	var extra []slot
	w := leadInLabels(rest, "")
	fillIt := labelsFormValue(rest)
	if !fillIt && labelsFormValue(w) {
		fillIt = true
		for _, v := range extract(w).values {
			if !v.slot.eligibility() && !v.slot.yesNo() && hasValue(e, v.slot) {
				fillIt = false
			}
		}
	}
	if fillIt {
		r := t.fill(e, w, "")
		for _, x := range r.set {
			if !x.eligibility() && !x.yesNo() {
				extra = append(extra, x)
			}
		}
	}
	out, ok := t.eligibilityFacts(e, s, openEligibility(t.c.season, e), true)
	if !ok {
		return "", false
	}
	if len(extra) > 0 {
		r := &fillResult{}
		for _, x := range extra {
			r.add(x)
		}
		out = strings.TrimSpace(ack(t.c.season, e, r) + "\n" + strings.TrimPrefix(out, "好的，"))
	}
	return out, true
}
