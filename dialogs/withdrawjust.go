package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s10-l (round 27, rp131): "哎呀坏了 报错片子了！！…刚才那个帮我撤掉吧" right
// after a confirmed work got "您现在没有取消的作品": "刚才那个" + 撤 was read as
// a question about a work cancelled before (startover.go oldWork). A clause
// that points at the work just sent and asks to take it back (撤掉, 作废,
// 不报了, 删掉) in the imperative is a cancel of that work: it is asked to be
// confirmed, as "取消" is.

var (
	// reJustSentRef points at the work just sent: "刚才那个", "刚报的这个".
	reJustSentRef = regexp.MustCompile(`^(?:(?:帮我|给我|麻烦|请|你)?(?:把|将)?)?(?:刚才|刚刚|刚)(?:报|提交|交|填|发)?(?:的)?(?:那个|这个|那份|那部|那条)?(?:作品|片子|报名)?`)
	// reWithdrawAsk is the imperative that takes it back: "帮我撤掉吧".
	reWithdrawAsk = regexp.MustCompile(`^(?:帮我|给我|麻烦你?|请|帮忙|你)?(?:把它|给)?(?:撤掉|撤了|撤回|撤下来|撤下|撤销|作废掉|作废|删掉|删了|不报了|不要了|去掉)(?:吧|了|哈|啊|呀|掉)*$`)
)

// withdrawsJustSent reports whether a clause of s asks to take back the work
// just sent.
func withdrawsJustSent(s string) bool {
	for _, cl := range splitClauses(s) {
		if strings.ContainsAny(cl, "?？") {
			continue
		}
		c := strings.TrimRight(compact(cl), "，,。.！!~～ ")
		loc := reJustSentRef.FindStringIndex(c)
		if loc == nil || loc[1] == 0 || !containsAny(c[:loc[1]], "刚") {
			continue
		}
		if reWithdrawAsk.MatchString(c[loc[1]:]) {
			return true
		}
	}
	return false
}

// withdrawJustSent asks to confirm cancelling the work sent last.
func (t *turn) withdrawJustSent(s string) (string, bool) {
	if t.st.Mode == modeForm || !withdrawsJustSent(s) {
		return "", false
	}
	e := t.byID(t.st.LastID)
	if e == nil || e.Status != contestbot.StatusComplete {
		return "", false
	}
	return t.askCancel(e), true
}
