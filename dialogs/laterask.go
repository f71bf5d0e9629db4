package dialogs

import (
	"regexp"

	"contestbot"
)

// s11-j (round 30, rp142): in a form, "能不能先报上占个位置，简介我们还在改，
// 晚两天再发过来行不行" asks whether a named field may come later. It was
// answered as a late submission (the 延期 answer). The answer is yes: the
// field is left for last (the one deferral of hold.go), the draft is kept,
// and a reminder names what is missing; nothing is stored.

// reLaterSend is a field sent at a later time: "晚两天再发过来", "过几天补".
var reLaterSend = regexp.MustCompile(`(?:晚|过|迟)(?:两|几|一两|二|三|个把)天|晚点|晚些|回头|改天|过段时间|过阵子|下周|明天|后天`)

// reLaterVerb supplies it: 发, 给, 交, 补, 传.
var reLaterVerb = regexp.MustCompile(`(?:再|才)?(?:发|给|交|补|传)`)

// reLaterPermit asks leave, or to hold the place first.
var reLaterPermit = regexp.MustCompile(`行不行|行吗|行不|可以吗|可不可以|能不能|能行吗|中不中|成不成|好不好|占(?:个|一个)?(?:位|坑)|先报上`)

// laterFieldAsk reports the field a compacted message asks to send later,
// or "". The field must be named, and the message must both put it off
// and ask leave.
func laterFieldAsk(c string) slot {
	loc := reLaterSend.FindStringIndex(c)
	if loc == nil || !reLaterVerb.MatchString(c[loc[1]:]) || !reLaterPermit.MatchString(c) {
		return ""
	}
	f := firstNamedField(c)
	if f.eligibility() || f == slot(contestbot.FieldCopyright) {
		return ""
	}
	return f
}

// laterAsk answers it in a form: yes, the field waits, the rest goes on.
func (t *turn) laterAsk(s string) (string, bool) {
	if t.nested || t.st.Mode != modeForm {
		return "", false
	}
	e := t.current()
	f := laterFieldAsk(compact(s))
	if e == nil || f == "" || !t.unfilled(e, f) {
		return "", false
	}
	t.addLater(e, f)
	head := "可以。" + leadLabel(f) + "先空着，作品存为草稿不会丢；改好了直接发给我，例如“" + example(f) + "”。截止前我会提醒您还差什么。"
	next := t.next(e)
	if next == "" || next == f {
		t.st.Pending = f
		return head, true
	}
	t.st.Pending = next
	return head + "\n\n" + t.question(e, next), true
}
