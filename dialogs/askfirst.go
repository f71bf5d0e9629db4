package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s6-n (issue 12, round 19 / rp68): messages that ask, never fill.
//   - A claim about what the notice says ("通知说时长不能超过5分钟，那我4分钟
//     没问题吧", "我看通知上写的可以") is a question about the notice: its
//     numbers are the notice's (as the user remembers it), not the work's,
//     so no form opens and nothing is stored. knowledge corrects the
//     premise.
//   - In a form, a video's technical values with a verdict asked ("1080P
//     码率12Mbps 时长2分50秒 mp4，合格不") get the verdict, as outside a form
//     (videoverdict.go), never a field's complaint.
//   - In a form, asking to stop ("能不能先停一下 我去问问领导…") keeps the
//     draft and says how to go on.

// reNoticeClaim is a message that reports what the notice (or someone)
// says: "通知说", "通知上写的", "文件里规定", "我看通知", "听说".
var reNoticeClaim = regexp.MustCompile(`(?:通知|文件|要求|规定|附件\d?)(?:上|里|中)?(?:面)?(?:说|写|讲|规定|要求)(?:的|了|着)?|我看(?:通知|文件|附件)|听说|听别人说|听人说|有人说|据说`)

// claimsAboutNotice reports whether s reports what the notice says and asks
// about it (a question, or "…吧" seeking agreement).
func claimsAboutNotice(s string) bool {
	c := compact(s)
	if !reNoticeClaim.MatchString(c) {
		return false
	}
	c = strings.TrimRight(c, "。.!！~～")
	return isQuestion(s) || strings.HasSuffix(c, "吧") || strings.HasSuffix(c, "对吧") || strings.HasSuffix(c, "是吧") ||
		strings.HasSuffix(c, "没错吧") || strings.Contains(c, "对不对") || strings.Contains(c, "是不是")
}

// reStopForm asks to stop filling for now: "能不能先停一下", "先暂停",
// "停一下" (ownwords.go reads stops said without a question).
var reStopForm = regexp.MustCompile(`(?:能不能|能否|可以|可不可以)?先?(?:停一下|停一停|停下来|暂停一下|暂停|先停)`)

// askFirst answers, in a form, a message that asks rather than fills.
func (t *turn) askFirst(e *contestbot.Entry, s string) (string, bool) {
	if t.nested {
		return "", false
	}
	if v, q := splitValueAsk(s); v != "" && q != "" && extract(v).labelled && !claimsAboutNotice(v) && !asksVideoVerdict(v) {
		return "", false // s7-g: "摄影是赵鹏、孙一帆。另外麻烦请教一下，通知要求…": the value is kept beside the answer (bothacts.go)
	}
	if claimsAboutNotice(s) || asksVideoVerdict(s) {
		if a := t.ask(s, true); a != "" {
			return t.withPending(a), true
		}
	}
	if (t.st.Mode == modeForm || t.st.Mode == modeEdit) && reStopForm.MatchString(compact(s)) && !isEditCommand(s) {
		return t.leave(e), true // act.go: the draft kept, how to come back
	}
	return "", false
}

// askedAboutNotice answers, outside a form, a claim about the notice.
func (t *turn) askedAboutNotice(s string) (string, bool) {
	if !claimsAboutNotice(s) || registerIntent(s) || wantsToRegister(s) {
		return "", false
	}
	if a := t.ask(s, false); a != "" {
		return a, true
	}
	return "", false
}
