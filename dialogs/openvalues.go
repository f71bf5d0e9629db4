package dialogs

import (
	"strings"

	"contestbot"
)

// Values in the message that opens the form (s9-b, round 22: rp107 p107b
// "您好，开封市文化旅游学校，报名"; rp105 p105b): the words said before the
// wish to register are read as any form message is, as the answer to the
// form's first question (推荐单位) and any labelled values beside it, so
// they are stored, echoed and not asked again.

// opensWithValues reports whether head, the words before the wish to
// register, reads fully as a message at the form's first step: it fills
// something, refuses nothing, leaves nothing unread and asks nothing, and
// it fills only values of the form (no eligibility fact or free text).
// It is read only when a new form starts (no draft open). When it does,
// the pending step is set to that first step so the new
// draft reads head the same way.
func (t *turn) opensWithValues(head string) bool {
	if head == "" || t.latestDraft() != nil || isQuestion(head) || askedYesNo(head) || isChatter(compact(head)) {
		// A draft open is resumed at its own next step: its values are not
		// replaced by words read as the first step's answer.
		return false
	}
	scratch := &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}
	first := t.next(scratch)
	r := t.tryFill(scratch, head, first)
	if len(r.set) == 0 || len(r.errs) > 0 || len(r.unknown) > 0 || len(r.asked) > 0 || len(r.soft) > 0 {
		return false
	}
	for _, x := range r.set {
		if x.yesNo() || x.eligibility() || x.freeText() {
			return false
		}
	}
	t.st.Pending = first
	return true
}

// openingHead is the words before the wish to register without the
// greeting before them and the wish's own words after them ("想", "我们也想",
// "那"): "您好，开封市文化旅游学校，" gives 开封市文化旅游学校.
func openingHead(s string) string {
	head := strings.TrimSpace(reGreetHead.ReplaceAllString(strings.TrimSpace(s), ""))
	return strings.TrimRight(reWishTail.ReplaceAllString(head, ""), "，,。 ")
}
