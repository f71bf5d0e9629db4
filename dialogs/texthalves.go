package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s11-b (round 28, rp134 laodangyuan_jiaoshi): "内容简介较长，分两条发送，前半部分
// 如下：……（未完待续）" was stored as the whole 简介, its second half ("您好！
// 简介尚未发完，后半部分如下，请接在前半部分之后：……") as the 摘要. A free text
// marked unfinished (未完待续, 未完, 待续, 接下条, 还没发完) keeps its step open:
// the first half is kept and the rest is asked for; the next text at that
// step, with or without words saying it continues (后半部分, 接上条, 续), is
// appended, and the whole text is stored and checked as one.

// reUnfinished is a mark at the end of a text that more follows.
var reUnfinished = regexp.MustCompile(`[（(【\[]?(?:未完待续|未完|待续|接下条|见下条|下条继续|还没发完|没发完|未发完)[）)】\]]?[。.…~～！!]*$`)

// reHalfLead is the talk before a half of a text, up to its colon:
// "内容简介较长，分两条发送，前半部分如下：", "简介尚未发完，后半部分如下，请接在前半部分之后：".
var reHalfLead = regexp.MustCompile(`^[^：:]{0,60}?(?:前半部分|后半部分|上半部分|下半部分|前半段|后半段|接上条|接上一条|续上|分两条|分几条|分两次|第[一二12]条|剩下的|下半段)[^：:]{0,40}[：:]`)

// reGreetLead is a greeting before a text.
var reGreetLead = regexp.MustCompile(`^(?:您好|你好|老师好)[！!，,。\s]*`)

// halfTextOff takes the talk around a half of a text off: the greeting and
// the lead before the colon.
func halfTextOff(s string) string {
	t := reGreetLead.ReplaceAllString(strings.TrimSpace(s), "")
	if loc := reHalfLead.FindStringIndex(t); loc != nil {
		t = t[loc[1]:]
	}
	return strings.TrimSpace(t)
}

// textInHalves reads a free text sent in halves at its step; ok is false
// when s is no such half.
func (t *turn) textInHalves(e *contestbot.Entry, s string) (string, bool) {
	pending := t.st.Pending
	if e == nil || !pending.freeText() {
		t.st.TextOpen = ""
		return "", false
	}
	p := textPtr(e, pending)
	if p == nil {
		return "", false
	}
	if t.st.TextOpen == pending && *p != "" {
		rest := halfTextOff(s)
		if ex := extract(rest); rest == "" || isQuestion(rest) || contestbot.RuneLen(rest) < 8 || ex.labelled && ex.firstLabel == 0 ||
			hasComplaint(compact(rest)) || reRoleDropSpoken.MatchString(rest) {
			return "", false // a question, a labelled value or a change is no rest of the text
		}
		t.st.TextOpen = ""
		more := reUnfinished.MatchString(rest)
		whole := *p + reUnfinished.ReplaceAllString(rest, "")
		out := t.formInput(e, pending.label()+"："+whole)
		if more {
			return t.keepTextOpen(e, pending), true
		}
		return out, true
	}
	t.st.TextOpen = ""
	if !reUnfinished.MatchString(strings.TrimSpace(s)) {
		return "", false
	}
	first := reUnfinished.ReplaceAllString(halfTextOff(s), "")
	if contestbot.RuneLen(first) < 8 || isQuestion(first) {
		return "", false
	}
	t.formInput(e, pending.label()+"："+first)
	if *p == "" {
		return "", false
	}
	return t.keepTextOpen(e, pending), true
}

// keepTextOpen keeps the free-text step open for the rest of the text and
// says so.
func (t *turn) keepTextOpen(e *contestbot.Entry, f slot) string {
	t.st.Pending = f
	t.st.TextOpen = f
	return fmt.Sprintf("好的，%s前半部分已记下（%d字），请接着发后半部分，我会接在后面。", f.label(), contestbot.RuneLen(*textPtr(e, f)))
}
