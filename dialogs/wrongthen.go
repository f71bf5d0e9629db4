package dialogs

import "contestbot"

// s8-j (round 20, rp96 p96b): at the summary "制作单位那写的我们学校不行 嗯嗯
// 要写三门峡市卫生学校" stored 制作单位：的我们学校. A correction that says
// what was wrong and then marks the new value ("不行/不对/错了 … 要写/应该是/
// 改成 …") is read by readFix, the one correction reader, before the
// readers that take a labelled field's words as they come: the message
// becomes "标签：新值".

// wrongThenValue rewrites such a correction at the summary; it returns s
// unchanged for anything else.
func (t *turn) wrongThenValue(e *contestbot.Entry, s string, pending slot) string {
	if e == nil || !t.atSummary(pending) || isQuestion(s) {
		return s
	}
	n := contestbot.NormalizeWidth(s)
	w := reFixWrong.FindStringIndex(n)
	if w == nil || fixStrongIndex(n[w[1]:]) == nil {
		return s
	}
	f, v, ok := t.readFix(e, s)
	if !ok || f.freeText() {
		return s
	}
	return f.label() + "：" + v
}
