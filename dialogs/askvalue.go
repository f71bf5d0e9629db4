package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
	"contestbot/knowledge"
)

// This file keeps a question typed in the form from being stored as the
// value of a free-text field: "内容简介大概写多少字合适" is no 简介, "刚才片名打错了一个字
// 咋改" is no 片名. A question about editing is answered with the bot's own
// edit feature (the field is asked again, the next answer replaces it);
// any other is answered from the notice; then the pending question is asked
// again.

var (
	// reAskWords make a short message a question even without "？".
	reAskWords = regexp.MustCompile(`(?:要|需要|得|用|能|可以|有)\p{Han}{1,8}(?:不|没)$|多少字|几个字|多少个字|多长|多少|合适|咋|怎么|怎样|如何|啥|什么|哪|吗|呢|么|能不能|可不可以|行不行|中不中|要不要|是否|可以不|行不`)
	// reEditHow asks how to change what is stored.
	reEditHow = regexp.MustCompile(`(?:咋|怎么|如何|怎样)(?:改|修改|更改|更正|改过来|改回来|弄|办)|(?:能|可以)(?:改|修改|更改)(?:吗|不|么)?|(?:改|修改)(?:得了|的了)(?:吗|不)`)
	// reStoryWords mark a text that tells a story, never a question.
	reStoryWords = regexp.MustCompile(`讲述|讲了|记录|展现|展示|故事|描绘|反映|呈现|聚焦|体现`)
)

// asksInForm reports whether s is a question and holds no value for a
// free-text field or the title: short, with question words, no story.
func asksInForm(s string, pending slot) bool {
	c := compact(s)
	n := contestbot.RuneLen(c)
	if n == 0 || n > 30 || reStoryWords.MatchString(c) || !reAskWords.MatchString(c) || hasComplaint(c) || oneOf(c, whyWords...) || answersOwnQuestion(s) { // s10-i stepask.go
		return false
	}
	if !isQuestion(s) && !reEditHow.MatchString(c) && !strings.HasSuffix(c, "合适") {
		return false
	}
	ex := extract(s)
	if !ex.labelled {
		// A title may itself be a question ("初心是什么"); a 简介 this short may not.
		return pending.freeText()
	}
	// Labelled: every value is a text field's whose own words ask.
	for _, v := range ex.values {
		f := slot(strings.TrimSuffix(string(v.slot), "!"))
		if !(f.freeText() || f == slot(contestbot.FieldTitle)) {
			return false
		}
		if raw := compact(v.raw); raw != "" && !reAskWords.MatchString(raw) && !reEditHow.MatchString(c) {
			return false
		}
	}
	return true
}

// questionNotValue answers a question typed where a text is asked, and
// asks again; ok is false when s is not such a question.
func (t *turn) questionNotValue(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if t.titleAsks(s, pending) && interpret(s).act == actNone { // s10-i stepask.go: "版权协议原件交哪" is no 片名
		return reask(t.formAnswer(s, pending) + "\n（这句是问题，没有记作片名。）"), true
	}
	if !asksInForm(s, pending) || interpret(s).act != actNone {
		return "", false // a question about a field, a complaint…: read by formAct
	}
	if c := compact(s); editHow(c) || containsAny(c, "打错", "写错", "输错", "弄错") { // editHow: splitjoin.go (d4)
		// a question about correcting: answered below with the bot's own edit
	} else if v, _ := t.answerThenAsk(e, s, pending); v != "" {
		return "", false // "实拍的，简介要写多少字？": an answer beside the question, kept by formAct
	}
	c := compact(s)
	if editHow(c) || containsAny(c, "打错", "写错", "输错", "弄错") && isQuestion(s) {
		f := firstNamedField(c)
		if asksEditLater(s) { // s9-b (rp round 22): "片名能改吗后面" asks, opens no change
			return reask(t.editLaterText(e, f, s)), true
		}
		if f == "" && supposes(c) { // s7-g mixedacts.go: "提交了以后要是发现哪里写错了还能改吗" asks about editing in general
			return reask(t.formAnswer(s, pending)), true
		}
		if f == "" {
			f = t.st.Prev
		}
		if p := textPtr(e, f); f != "" && p != nil && *p != "" {
			// The bot's own edit: the field is asked again, the next answer
			// replaces it.
			head := fmt.Sprintf("直接发正确的%s就行，我会替换掉原来的。", f.label())
			return head + "\n" + t.askAgain(e, f), true
		}
		return reask("想改哪一项，直接发“××改成……”就行，例如“片名改成《守望》”。"), true
	}
	return reask(t.formAnswer(s, pending)), true
}

// formAnswer answers a question typed in the form instead of a value: the
// notice first ("简介写多少字合适": no limit; the 摘要 100字), then the
// form's own answers, never nothing.
func (t *turn) formAnswer(s string, pending slot) string {
	a := ""
	if t.c.deps.Knowledge != nil {
		switch k := t.answer(s); k.Kind {
		case knowledge.KindFact, knowledge.KindVideo, knowledge.KindFeature, knowledge.KindClarify:
			a = strings.TrimSpace(k.Text)
		}
	}
	if a == "" {
		a = t.midFormAnswer(s, pending)
	}
	if a == "" {
		a = t.ask(s, true)
	}
	if a == "" {
		a = "这个问题通知里没有写，可以问大赛联系人。"
	}
	return a
}
