package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Branch s7-f (issue #10, round 16, rp74 p74b): a confirmed work is never
// changed by accident.
//   - "跟第一个一样", "同上一个" names the SOURCE of a copy, never the work a
//     change is for: the resolvers of a change's target (whichwork.go
//     workMeant, works.go namedWorkEdit, route.go otherWorkEdit) read the
//     message with those spans masked (maskCopySources).
//   - A confirmed work changed while another work's draft is open goes back
//     to its summary for 确认, and the draft is resumed after it
//     (confirmOtherEdit, finishEdit).
//   - At the end of every turn, guardConfirmed checks that no confirmed work
//     was changed unless the turn leaves it open in the edit flow, or took
//     back a change, or changed the contact's own details (我的信息); any
//     other change is undone and logged.

// reCopySource is a work named as what a value is copied from:
// "跟第一个一样", "和上一个作品相同", "同第一个", "照前一个的".
var reCopySource = regexp.MustCompile(`(?:(?:跟|和|与|像)(?:第\s*(?:\d+|[一二两三四五六七八九十]+)|上一|上|前一|前面那|头一)(?:个|部)(?:作品|片子|视频)?(?:的)?(?:也|都)?(?:一样|相同|一致|一模一样)|(?:同|照|按)(?:第\s*(?:\d+|[一二两三四五六七八九十]+)|上一|前一|前面那|头一)(?:个|部)(?:作品|片子|视频)?(?:的)?(?:一样|相同|一致|来|写)?)`)

// maskCopySources blanks the copy sources in s with spaces of the same
// byte length, so positions found in the result index s.
func maskCopySources(s string) string {
	return reCopySource.ReplaceAllStringFunc(s, func(m string) string {
		return strings.Repeat(" ", len(m))
	})
}

// confirmOtherEdit shows the confirmed work target, just changed while the
// draft cur was open, for 确认; cur is resumed once it is confirmed.
func (t *turn) confirmOtherEdit(target, cur *contestbot.Entry, head string) string {
	t.st.focus(modeEdit, target)
	t.st.Resume = 0
	then := ""
	if cur != nil && cur.Status == contestbot.StatusDraft && cur != target {
		t.st.Resume = cur.ID
		then = "，然后接着填《" + cur.DisplayTitle() + "》"
	}
	return head + "\n\n" + t.summary(target) + "\n\n《" + target.DisplayTitle() + "》已经提交过，改了要再确认一次：核对无误请回复“确认”" + then + "；还要改就直接说。"
}

// resumeAfterEdit reopens the draft left to edit a confirmed work, and
// returns its next question ("" when there is none to resume).
func (t *turn) resumeAfterEdit(id int64) string {
	if id == 0 {
		return ""
	}
	d := t.byID(id)
	if d == nil || d.Status != contestbot.StatusDraft {
		return ""
	}
	t.st.focus(modeForm, d)
	t.st.Pending = t.next(d)
	return "我们接着填《" + d.DisplayTitle() + "》：" + t.question(d, t.st.Pending)
}

// guardConfirmed undoes a change this turn made to a work confirmed when
// the turn began, unless the turn leaves that work open in the edit flow
// (its summary shown for 确认), took back a change the user complained
// about (whichwork.go), or changed only the contact's details the user
// manages under 我的信息.
func (t *turn) guardConfirmed() {
	for _, e := range t.touched {
		before, ok := t.doneBefore[e.ID]
		if !ok || e.Status != contestbot.StatusComplete {
			continue
		}
		names := changedFields(before, fieldsOf(e))
		if len(names) == 0 || t.st.Mode == modeEdit && t.st.EntryID == e.ID || t.tookBack(e) {
			continue
		}
		if onlyFields(names, "Contact", "Phone") && t.st.Mode != modeForm {
			continue // 我的信息: the contact's own details, on every work
		}
		setFields(e, before, names)
		t.c.log.Warn("a change to a confirmed work outside the edit flow was undone", "user", contestbot.LogID(t.m.OpenID), "entry", e.ID, "fields", strings.Join(names, ","))
	}
}

// tookBack reports whether the turn took back a change to e the user
// complained about (whichwork.go wrongChange logs it).
func (t *turn) tookBack(e *contestbot.Entry) bool {
	for _, ev := range t.events {
		if ev.entry == e && strings.HasPrefix(ev.what, "用户撤销修改") {
			return true
		}
	}
	return false
}

// namesFieldOnly reports whether s names a field to change and gives it
// no value: "的主创" (editRef then asks for it).
func namesFieldOnly(s string) bool {
	ex := extract(rewritePersonRole(s))
	if len(ex.values) == 0 {
		return false
	}
	for _, v := range ex.values {
		if v.raw != "" {
			return false
		}
	}
	return true
}

// onlyFields reports whether every name is one of allowed.
func onlyFields(names []string, allowed ...string) bool {
	for _, n := range names {
		found := false
		for _, a := range allowed {
			if n == a {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}
