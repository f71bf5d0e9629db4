package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-j (round 20, rp96 p96a): at the summary "刚才不是填过了吗？平顶山工业职业技术
// 学院" got the 附件2 field list and the whole form again. A complaint that a
// field was filled already is answered with what is stored for it; the
// form is not pasted again and nothing changes.

// reFilledAlready says something was given already: "刚才不是填过了吗",
// "早就写了啊", "不是说过了嘛".
var reFilledAlready = regexp.MustCompile(`^(?:那|可)?(?:刚才|刚刚|刚|前面|上面|之前|早就|早)?(?:我|俺|我们)?(?:不是|都|已经|早就|早)?(?:都|已经)?(?:填过了|填过|填了|写过了|写过|写了|说过了|说过|说了|发过了|发过|发了|给过了|给过|给了)(?:的|呀|啊|吗|嘛|么|呢|啦|了)*$`)

// filledComplaint answers such a complaint at the summary; the values said
// with it must be what is stored already.
func (t *turn) filledComplaint(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || t.nested || !t.atSummary(t.st.Pending) {
		return "", false
	}
	complained := false
	var named []slot
	for _, cl := range splitClauses(s) {
		c := bareNoSymbols(cl)
		switch {
		case c == "" || isChatter(c):
		case reFilledAlready.MatchString(c):
			complained = true
		default:
			f, ok := storedAs(t.c.season, e, strings.Trim(cl, "，,。；;！!？? ")) // checkback.go
			if !ok {
				return "", false // a new value or a question: the usual readers
			}
			named = append(named, f)
		}
	}
	if !complained {
		return "", false
	}
	var lines []string
	for _, f := range named {
		if v := display(t.c.season, e, f); strings.TrimSpace(v) != "" {
			lines = append(lines, f.label()+"："+v)
		}
	}
	head := "填过了，记着呢，没有丢，也没有改。"
	if len(lines) > 0 {
		head = "填过了，记着呢：" + strings.Join(lines, "，") + "。没有改。"
	}
	return head + "\n\n" + notYetSubmitted, true
}
