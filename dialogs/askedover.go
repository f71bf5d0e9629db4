package dialogs

import "contestbot"

// askedOverValue reports whether a doubtful value for s, read from a
// question, should pass unsaid: s is not the field being asked and already
// holds a value, so the question only mentioned it. "俺们学校是中职 能报不"
// at the 主创 step asks who may enter; "“中职”不像单位名称，推荐单位没有记
// 录" then reads as if the school recorded earlier were lost (s8-g, rp93 F8).
// The recorded value stays; a deliberate change ("推荐单位改成…") is no
// question and is still checked.
func askedOverValue(e *contestbot.Entry, s, pending slot, asked bool) bool {
	return asked && s != pending && hasValue(e, s)
}

// onlyContext reports whether v, the clause beside a question answered in
// the form, sets nothing new: "俺们学校是中职" before "能报不" describes the
// school the question is about; read as a value it only earns "这句我没看懂"
// or a complaint about a value already recorded.
func (t *turn) onlyContext(e *contestbot.Entry, v string, pending slot) bool {
	r := t.tryFill(e, v, pending)
	return len(r.set) == 0
}
