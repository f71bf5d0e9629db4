package dialogs

import (
	"regexp"

	"contestbot"
)

// s9-b (issue #10, round 22): while a change is open (a filled field asked
// again, "好的，片名现在是：《…》。请发正确的片名。"), "算了不改了" or "不填了 怎么
// 退出" leaves the change: nothing is stored, the value stays, and the form
// goes on at its next step.

// reLeaveChange gives up a change, maybe asking how to get out: "算了不改了",
// "不填了 怎么退出", "先不改了", "怎么退出".
var reLeaveChange = regexp.MustCompile(`^(?:算了|那算了|好吧|哦|嗯)?(?:还是)?(?:不改了|不用改了|不改啦|先不改了?|不改|不填了|不弄了|不换了|不用换了)?(?:吧|了|啊|呀)*(?:怎么|咋|如何|怎样)?(?:退出|退出来|出去|返回|回去)?(?:啊|呀|呢|吧)*$`)

// leftChange answers a message that leaves the open change; ok is false
// when no change is open or s does not leave it.
func (t *turn) leftChange(e *contestbot.Entry, s string) (string, bool) {
	p := t.st.Pending
	if t.st.Mode != modeForm || p == "" || p.isRole() || p == slotCreators || p.yesNo() || !e.Has(t.c.season, p.field()) {
		return "", false
	}
	c := bareNoSymbols(s)
	if c == "" || !reLeaveChange.MatchString(c) || oneOf(c, "算了", "好吧", "哦", "嗯") {
		return "", false
	}
	out := "好的，不改了，" + p.label() + "还是：" + display(t.c.season, e, p) + "。"
	if containsAny(c, "退出", "出去", "返回", "回去") {
		out += "想先放一放，发“先这样”就行，已填的内容都保存着。"
	}
	t.st.Pending = t.next(e)
	if t.st.Pending == "" {
		return out, true
	}
	return out + "\n\n" + t.question(e, t.st.Pending), true
}
