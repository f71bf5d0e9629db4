package dialogs

import "strings"

// Branch s10-b (issue #10, round 25): an eligibility fact said before any
// form is open ("你好，我们的片子没用AI") was answered as a question about AI
// labels and lost, so the eligibility step asked it again. Like the school
// of an introduction (earlyunit.go), the facts are kept as values said
// early (state Early) and fill the draft when the user registers; the
// eligibility question then asks only what is still open, and the summary
// shows them.

// noteEarlyFacts keeps the eligibility facts stated, not asked, in s while
// no form is open and the user has no work yet. After a submitted work a
// fact said idle may be about that work, and 再报一个 does not read the
// values said early: it is not kept.
func (t *turn) noteEarlyFacts(s string) {
	if t.st.Mode != modeIdle || t.latestDraft() != nil || t.hasComplete() || isQuestion(s) {
		return
	}
	if facts := statedFacts(s, t.period()); facts != "" && !strings.Contains(t.st.Early, facts) {
		t.st.Early = strings.Trim(t.st.Early+"，"+facts, "，")
	}
}

// statedFacts is the clauses of s that each state one eligibility fact,
// joined: "你好，我们的片子没用AI" → "我们的片子没用AI". A clause that also
// labels a form value, and a message with none, give "".
func statedFacts(s string, p period) string {
	var out []string
	for _, cl := range splitClauses(factClauses(s)) {
		cl = strings.Trim(cl, "，,。；;！! ")
		if cl == "" || labelsFormValue(cl) {
			continue
		}
		if _, _, ok := eligibilityClause(dialectNegation(cl), p); ok {
			out = append(out, cl)
		}
	}
	return strings.Join(out, "，")
}
