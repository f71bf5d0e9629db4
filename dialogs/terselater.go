package dialogs

import (
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
