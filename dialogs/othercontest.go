package dialogs

// s9-g (round 28, rp113 N57): "我想问下全国大学生微电影大赛怎么报名" asked
// about another contest and got this contest's form. A wish to register
// counts only for this contest (or no contest named): a message naming
// another one is answered as a question, which says plainly that the bot
// covers only this contest.

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
	if !t.namesOtherContest(s) {
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
	if t.nested || !t.namesOtherContest(s) {
		return "", false
	}
	if a := t.ask(s, true); a != "" {
		return reask(a), true
	}
	return "", false
}
