package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-d (rp113 F9): "我填到一半能先退出吗，下次接着填", "可以先不填吗" in a form
// ask whether one may stop; they do not stop. The answer says how (先这样
// keeps the draft, 继续报名 comes back), and the form stays open at the
// same question. "那就先这样", "先退出" (no question) leave as before
// (ownwords.go, act.go).

// reLeaveAsked names stopping for now: 退出, 先不填, 停一下, 下次/回头再填.
var reLeaveAsked = regexp.MustCompile(`退出|先不填|不填了|先不弄|先停|暂停|中途停|下次(?:再|接着)(?:填|弄)|回头(?:再|接着)(?:填|弄)|先放一放|先放着|保存一下`)

// reLeaveAskedField names one field or step: that is a skip (skiplater.go).
var reLeaveAskedField = regexp.MustCompile(`这个|这项|这一项|这栏|跳过|先填别的`)

// leaveAsked answers a question whether the user may stop for now.
func (t *turn) leaveAsked(e *contestbot.Entry, s string) (string, bool) {
	if t.nested || t.st.Mode != modeForm || e.Status != contestbot.StatusDraft {
		return "", false
	}
	c := compact(s)
	if !isQuestion(s) || !reLeaveAsked.MatchString(c) || reLeaveAskedField.MatchString(c) || contestbot.RuneLen(c) > 30 || extract(s).labelled {
		return "", false
	}
	a := t.ask(s, true) // the notice bank's answer: 先这样 keeps the draft, 取消 asks first
	if !strings.Contains(a, "先这样") {
		a = "可以。想先停下就发“先这样”，已填的内容都会保存，下次发“继续报名”接着填。"
	}
	if strings.TrimSpace(string(t.st.Pending)) == "" {
		return a, true
	}
	return t.withPending(a), true
}
