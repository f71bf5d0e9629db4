package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-a (issue #10, round 22, rp105 p105a): "简介稍后提供。先请教一个问题：…？"
// at the 简介 step answered the question and stored "稍后提供。" as the 简介.
// A clause that defers a field's value (a time to come, then a verb of
// supplying: 稍后/回头/等会/晚点 + 提供/发/给/补) is never that value. When the
// rest of the message asks something, the question is answered, nothing is
// stored, and the step stays open with a line that says so.

// rePutOff is a whole clause that defers a value, after any label word:
// "稍后提供", "我回头再发您", "等会儿补上", "晚点给你吧", "后面再补充".
var rePutOff = regexp.MustCompile(`^(?:的话|这个|这块|这项|那个)?(?:我|我们|俺|俺们|咱|咱们|这边|那边|书记|领导|老师|主任)?(?:先)?` +
	`(?:稍后|随后|回头|等会儿?|等一会儿?|等下|等一下|晚点|晚点儿|晚些|晚些时候|待会儿?|一会儿?|过会儿?|之后|后面|后续|改天|明天|下午|晚上|过两天|以后)` +
	`(?:我|我们|俺)?(?:再|才|就|会|另|单独)?(?:给您|给你|跟您|跟你)?` +
	`(?:提供|补充|补上|补齐|补|发过来|发过去|发给您|发给你|发您|发你|发|给您|给你|给|传|交|填|写好|写|整理|弄)` +
	`(?:一下|给您|给你|过来|上来|上)?(?:吧|哈|啊|呀|了|哦|嗷)?$`)

// putOffField reports whether clause cl defers a value, and for which
// field: the one it names first, or pending when it names none.
func putOffField(cl string, pending slot) (slot, bool) {
	c := strings.Trim(compact(stripEmoji(cl)), "。.!！~～…，,；;")
	f := pending
	for _, d := range labelDefs {
		w := strings.ToLower(d.word)
		if d.weak || !strings.HasPrefix(c, w) {
			continue
		}
		f = slot(strings.TrimSuffix(string(d.slot), "!"))
		c = strings.TrimLeft(c[len(w):], "：:")
		break
	}
	if f == "" || c == "" || !rePutOff.MatchString(c) {
		return "", false
	}
	return f, true
}

// reAskAnnounce only announces a question: "先请教一个问题：", "另外问一下".
var reAskAnnounce = regexp.MustCompile(`^(?:另外|还有|对了|那个|然后)?(?:我|俺)?(?:先|再|还|想|就)*(?:麻烦)?(?:请教|请问|问|咨询|打听)(?:一下|下)?(?:您|你)?(?:一个|个|两个|几个)?(?:问题|事|事情)?(?:哈|啊)?[：:，,]?\s*`)

// putOffBesideAsk answers a message that defers the value asked and asks
// a question: the answer, and a line that the step waits for the value.
func (t *turn) putOffBesideAsk(e *contestbot.Entry, s string) (string, bool) {
	pending := t.st.Pending
	if t.nested || pending == "" || pending.yesNo() || pending.eligibility() {
		return "", false
	}
	var rest []string
	var field slot
	for _, cl := range splitClauses(s) {
		if f, ok := putOffField(cl, pending); ok && field == "" {
			field = f
			continue
		}
		rest = append(rest, cl)
	}
	if field == "" || len(rest) == 0 {
		return "", false
	}
	q := strings.TrimSpace(joinClauses(rest))
	if loc := reAskAnnounce.FindStringIndex(q); loc != nil && loc[1] < len(q) {
		q = strings.TrimSpace(q[loc[1]:])
	}
	if !asks(q) && !asksByWord(strings.Trim(compact(q), "?？!！。.~～，,")) { // gateask.go: "简介写多长合适"
		return "", false
	}
	a := t.ask(q, true)
	if a == "" {
		return "", false
	}
	wait := "好的，" + leadLabel(field) + "先空着，等您准备好了直接发给我就行。"
	if field == pending {
		return a + "\n\n" + wait, true
	}
	return a + "\n\n" + wait + "\n\n" + t.question(e, pending), true
}
