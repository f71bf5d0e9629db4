package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-c (round 32, rp152): "制作单位表格里不是填了吗 新乡科技职业学院党委组织部
// 。上面几条都是，都符合" was answered as a question about the 制作单位 (with an
// unasked paragraph on who may enter), and the eligibility list was asked a
// third time. A rhetorical "X不是填了吗" / "X不是说了吗" / "我不是发了吗" that
// names a filled field, followed by nothing or by that field's stored value
// (or a vaguer form of it), asks nothing: the reply acknowledges the stored
// value in one line. What follows in the same message is read as usual: at
// the eligibility step "上面几条都是/都符合" answers the open facts. A value
// that differs from the stored one is a correction and is left to the
// correction readers; a field that is empty is left to the older readers
// (s10-l: "简介刚才不是发过去了吗" with nothing recorded).

// reAlreadyGiven is the rhetorical "didn't I fill it in?".
var reAlreadyGiven = regexp.MustCompile(`不是(?:已经|早就|早|都)?(?:填|写|说|发|给|报|告诉你)(?:过)?(?:了|过)(?:的)?(?:吗|嘛|么|啊|呀|吧)?$`)

// alreadyGiven reads such a message; ok is false when s is none.
func (t *turn) alreadyGiven(e *contestbot.Entry, s string) (string, bool) {
	if e == nil {
		return "", false
	}
	cls := splitClauses(s)
	at := -1
	for i, cl := range cls {
		if reAlreadyGiven.MatchString(strings.TrimRight(answerWords(cl), "？?。！!～~ ")) || reAlreadyGiven.MatchString(strings.TrimRight(compact(cl), "？?。！!～~ ")) {
			at = i
			break
		}
	}
	if at < 0 {
		return "", false
	}
	f := firstNamedField(compact(joinClauses(cls[:at+1])))
	p := textPtr(e, f)
	if f == "" || p == nil || *p == "" {
		return "", false
	}
	i := at + 1
	if i < len(cls) {
		// The value said again: the stored one, or a vaguer form of it.
		v := contestbot.NormalizeTitle(unwrap(cls[i]))
		if v != "" && !restAgree(cls[i]) && !isYes(cls[i]) && eligibilityFactSaid(cls[i], t.period()) == false {
			if !vaguerOrSame(contestbot.UnitName(v), contestbot.UnitName(*p)) {
				return "", false // another value: a correction
			}
			i++
		}
	}
	head := f.label() + "已经记下：" + display(t.c.season, e, f) + "。"
	rest := strings.TrimSpace(joinClauses(cls[i:]))
	if rest == "" {
		if t.st.Pending == "" {
			return head, true
		}
		return head + "\n\n" + t.question(e, t.st.Pending), true
	}
	if t.st.Pending.eligibility() {
		if out, ok := t.eligibilityFacts(e, rest, openEligibility(t.c.season, e), true); ok {
			return head + "\n" + out, true
		}
	}
	return head + "\n" + t.formRest(e, rest), true
}

// eligibilityFactSaid reports whether clause c states an eligibility fact.
func eligibilityFactSaid(c string, p period) bool {
	_, _, ok := eligibilityClause(dialectNegation(c), p)
	return ok
}
