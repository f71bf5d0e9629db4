package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Terse answers on a later work (s5-g3, rp51 p51b). At a step of a later
// work where this work has nothing before to point at — the 分类, and the
// first 主创 role (监制) — "一样", "同上", "也一样" mean "as on the work
// before": its category, its 监制. At later roles the same words keep
// their meaning of the role above (roleanswer.go).

// sameAsLastWork rewrites such a terse answer into the earlier work's
// value for the pending step; ok is false when s is no such answer, e is
// the user's first work, or the earlier work has no value there.
func (t *turn) sameAsLastWork(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if e.Status != contestbot.StatusDraft {
		return "", false
	}
	first := len(roles) > 0 && pending == roles[0]
	if pending == slot(contestbot.FieldProducer) {
		return t.sameProducerAsLast(e, s)
	}
	if pending != slot(contestbot.FieldCategory) && !first {
		return "", false
	}
	c := strings.Trim(compact(s), "，,。.；;、!！ ")
	c = strings.TrimPrefix(c, pending.label())
	c = strings.TrimPrefix(c, roleShort[pending])
	c = strings.TrimLeft(c, ":：")
	if !reSameAbove.MatchString(c) {
		return "", false
	}
	prev := t.earlierWork(e, nil)
	if prev == nil {
		return "", false
	}
	if pending == slot(contestbot.FieldCategory) {
		if prev.Category == "" {
			return "", false
		}
		return "分类：" + prev.Category, true
	}
	if !prev.CreatorsDone && prev.Creators == (contestbot.Creators{}) {
		return "", false
	}
	return orNone(*creatorPtr(prev, pending)), true
}

// s11-b (round 28, rp133 mang_fuzeren): on a second work the 制作单位 question
// offers both the last work's 制作单位 ("跟上一个一样") and the unit ("同上");
// "一样" alone was read as 同上. Said bare, 一样 is the same as the work
// before (the question names it first); 同上 and the unit's words stay the
// unit's.

// reSameBare is "一样" without saying as what: "一样", "也一样", "一样的".
var reSameBare = regexp.MustCompile(`^(?:也是|还是|都是|也|还)?(?:一样|相同)(?:的)?(?:吧|哈|啊|呀)?$`)

// sameProducerAsLast reads a bare "一样" at the 制作单位 of a later work as
// the last work's 制作单位, when it differs from this work's unit.
func (t *turn) sameProducerAsLast(e *contestbot.Entry, s string) (string, bool) {
	c := strings.Trim(compact(s), "，,。.；;、!！ ")
	if !reSameBare.MatchString(c) {
		return "", false
	}
	prev := t.earlierWork(e, nil)
	if prev == nil || prev.Producer == "" || prev.Producer == e.Unit || prev.Unit != e.Unit {
		return "", false
	}
	return "制作单位：" + prev.Producer, true
}
