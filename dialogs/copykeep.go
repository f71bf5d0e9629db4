package dialogs

import (
	"strings"

	"contestbot"
)

// Branch s10-b (issue #10, round 25): a reference to an earlier work said at
// a later step of a second work ("其他人都跟第一个一样的呀", "主创跟第一个一样")
// copied all five roles of that work and overwrote the 编导 and 剪辑 the user
// had just given for this one. A copy from an earlier work now fills only
// the roles this work has no answer for: a role with a value, or answered
// (also with 无) for this work, keeps what the user said. Every copy of the
// crew goes through ownRolesOver (likeWorkText, workRefs, likeLast).

// roleOwn reports whether role r of the draft e was set for this work: it
// holds a name, or the user answered it (无 included) in this form.
func (t *turn) roleOwn(e *contestbot.Entry, r slot) bool {
	if p := creatorPtr(e, r); p != nil && *p != "" {
		return true
	}
	return t.st.EntryID == e.ID && t.st.roleDone(r)
}

// ownRolesOver is a copy of the earlier work prev whose roles set for the
// draft e (roleOwn) are e's own, so that copying it into e changes only the
// roles still open. prev itself is not changed.
func (t *turn) ownRolesOver(e, prev *contestbot.Entry) *contestbot.Entry {
	if e == nil || prev == nil || e.Status != contestbot.StatusDraft {
		return prev
	}
	cp := *prev
	for _, r := range roles {
		if t.roleOwn(e, r) {
			*creatorPtr(&cp, r) = *creatorPtr(e, r)
		}
	}
	return &cp
}

// likeMessage rewrites a message for the later draft e that says some of
// it is as on an earlier work, clause by clause, into labelled values
// (s10-b): "单位和人都跟上一个一样，就是编导换成陈思雨了" → the 推荐单位 (when e has
// none) and, for the word 单位, the 制作单位 when that work's 制作单位 was its
// 推荐单位; for the people (人, 人员, 主创) the earlier work's roles with the
// changes said in s ("就是编导换成陈思雨了") and the roles set for this work
// kept (ownRolesOver); a change of a named field as that field's value
// (workChanges); other clauses as said. ok is false when no clause names
// the people as the same, so "单位跟上一个一样" alone stays with likeLast.
func (t *turn) likeMessage(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || e.Status != contestbot.StatusDraft || isQuestion(s) {
		return s, false
	}
	prev := t.earlierWork(e, reLikeWork.FindStringSubmatch(s))
	if prev == nil {
		return s, false
	}
	var out []string
	people := false
	for _, cl := range splitClauses(s) {
		c := compact(cl)
		i := strings.Index(c, "一样")
		if i < 0 {
			i = strings.Index(c, "相同")
		}
		if reLikeEarlierWork.MatchString(c) && (i < 0 || reLikeEarlierWork.FindString(c) == c) {
			continue // "跟第一个差不多": the comparison itself, no value
		}
		if i < 0 || containsAny(c, "不一样", "不同", "不相同") {
			if ch := workChanges(cl); ch != "" {
				out = append(out, ch)
			} else if strings.Trim(cl, "，,。；; ") != "" {
				out = append(out, strings.Trim(cl, "，,。；; "))
			}
			continue
		}
		head := c[:i]
		loc := reLikeWorkRoles.FindStringIndex(c)
		isPeople := loc != nil && !strings.HasSuffix(c[:loc[0]], "联系")
		if !isPeople {
			out = append(out, strings.Trim(cl, "，,。；; ")) // "联系人电话都跟上一个一样": likeLast reads it
			continue
		}
		people = true
		if strings.Contains(head, "单位") && !strings.Contains(head, "制作单位") {
			if e.Unit == "" && prev.Unit != "" {
				out = append(out, slot(contestbot.FieldUnit).label()+"："+prev.Unit)
			}
			if prev.Producer != "" && prev.Producer == prev.Unit && e.Producer == "" {
				out = append(out, slot(contestbot.FieldProducer).label()+"："+prev.Producer)
			}
		}
		if prev.CreatorsDone || prev.Creators != (contestbot.Creators{}) {
			out = append(out, rolesText(withRoleChanges(t.ownRolesOver(e, prev), s)))
		}
	}
	if !people {
		return s, false
	}
	return strings.Join(out, "，"), true
}
