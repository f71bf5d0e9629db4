package dialogs

import "contestbot"

// s9-g (round 28, rp113 N57): "我想问下全国大学生微电影大赛怎么报名" asked
// about another contest and got this contest's form. A wish to register
// counts only for this contest (or no contest named): a message naming
// another one is answered as a question, which says plainly that the bot
// covers only this contest.

// A story may name another contest ("…带领学生参加省级技能大赛…" in a 简介,
// rp122 p122b): only a message that asks or wishes to register is about
// that contest, and at a free-text step only a short one, so that a 简介 or
// 摘要 naming a contest is stored as the text it is.

// aboutOtherContest reports whether s is asked about another contest (or
// wishes to enter it) rather than mentioning one; pending is the step.
func (t *turn) aboutOtherContest(s string, pending slot) bool {
	if !isQuestion(s) && !registerIntent(s) && !wishOnly(s) {
		return false
	}
	if pending.freeText() && contestbot.RuneLen(s) > 40 {
		return false
	}
	return t.namesOtherContest(s)
}

// otherContestNamer reports whether a message names a contest other than
// this one (knowledge.Base implements it).
type otherContestNamer interface {
	NamesOtherContest(message string) bool
}

// namesOtherContest reports whether s names a contest other than this one.
func (t *turn) namesOtherContest(s string) bool {
	n, ok := t.c.deps.Knowledge.(otherContestNamer)
	return ok && n.NamesOtherContest(s)
}

// otherContest answers s outside a form when it names another contest, so
// that no registration wording in it opens this contest's form.
func (t *turn) otherContest(s string) (string, bool) {
	if !t.aboutOtherContest(s, "") {
		return "", false
	}
	if a := t.ask(s, false); a != "" {
		return a, true
	}
	return "", false
}

// otherContestInForm answers s mid-form when it names another contest
// ("全国大学生微电影大赛怎么报名" at the 片名 step): no value of this form,
// and no "报名表已经开始填了"; the step is asked again.
func (t *turn) otherContestInForm(s string, reask func(string) string) (string, bool) {
	if t.nested || !t.aboutOtherContest(s, t.st.Pending) {
		return "", false
	}
	if a := t.ask(s, true); a != "" {
		return reask(a), true
	}
	return "", false
}
