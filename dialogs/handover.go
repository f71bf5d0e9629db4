package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s10-l (round 27, rp129): "行 具体的我让小王跟你对接" at the 联系人 step got
// "不像人名": handing the form over to a colleague is talk, not a value. The
// bot says the colleague may go on and asks the pending question again;
// nothing is stored. Whoever types next is read as usual ("我是宣传部的王晓静，
// 韩部长让我来跟您对接" names the contact when the 联系人 is asked).

// reHandOver is a hand-over: an optional assent and "具体的", then "我让/叫/
// 请 X 跟你对接/联系/说/填"; X (group 1) is a person's name or 小X/老X.
var reHandOver = regexp.MustCompile(`^(?:行|好|好的|嗯|那|那就|可以|没问题|ok)?[，,。.\s]*(?:具体的?|后面的?|剩下的?|接下来的?|其他的?|细节)?(?:事|内容)?(?:我|俺|我们)?(?:会|就)?(?:让|叫|请|安排|找)(\p{Han}{1,4}?(?:老师|同志|同事)?)(?:来|去)?(?:跟|和|与|给)(?:你|您|你们)(?:对接|联系|沟通|细说|说|填|发|弄)(?:一下|下)?(?:吧|哈|啊|了)?$`)

// handOverTo is the colleague s hands the form over to, or "".
func handOverTo(s string) string {
	c := strings.TrimRight(compact(s), "，,。.！!~～ ")
	m := reHandOver.FindStringSubmatch(strings.ToLower(c))
	if m == nil || m[1] == "" || containsAny(m[1], "你", "您", "我") {
		return ""
	}
	return m[1]
}

// handOver answers a hand-over at a step of the form.
func (t *turn) handOver(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || t.nested || t.st.Pending == "" {
		return "", false
	}
	who := handOverTo(s)
	if who == "" {
		return "", false
	}
	return "好的，请" + who + "接着发就行，填好的内容都在。\n\n" + t.question(e, t.st.Pending), true
}
