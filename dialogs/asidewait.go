package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s10-e (round 26, rp123): "我问问小李" at the 时长 step was "没看懂时长". A
// word to someone else ("let me ask 小李") is a wait: nothing is stored, the
// reply is a brief 好的 and the step stays, so the answer that follows
// ("小李说是2分58秒") is read at it.

// reAskAside is going to ask or check with someone: "我问问小李", "等我问一下
// 王老师", "我去找一下剪辑的同学", "俺打听打听".
var reAskAside = regexp.MustCompile(`^(?:好的?|行|嗯+|那|稍等)?(?:我|俺|等我|让我|我先|俺先|我去|俺去|我再|俺再)?(?:先|去|再)?` +
	`(?:问问|问一问|问一下|问下|打听打听|打听一下|核实一下|核对一下|确认一下|查一下|查查|找一下|找找)` +
	`(` + asidePerson + `)?(?:去|吧|哈|啊|呀|哦)*$`)

// asidePerson is who is asked: a nickname, a title, a colleague, or a name.
const asidePerson = `小\p{Han}|老\p{Han}|\p{Han}{1,3}?(?:老师|主任|书记|部长|科长|同学|师傅)|他们|她们|他|她|同事|领导|学生|负责的人?|剪辑的人?|拍片子的人?|做片子的人?|\p{Han}{2,3}`

// asideWait answers a word to someone else with a brief 好的; the pending
// step stays.
func (t *turn) asideWait(s string, pending slot) (string, bool) {
	c := bareNoSymbols(s)
	if pending == "" || pending.freeText() || c == "" || contestbot.RuneLen(c) > 14 || isQuestion(s) {
		return "", false
	}
	m := reAskAside.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	if who := m[1]; who != "" && !reAsidePersonWord.MatchString(who) && !(startsWithSurname(who) && isPerson(who) && firstNamedField(who) == "") {
		return "", false // "我查一下时长" names a field, not a person
	}
	return "好的，问好了直接发给我就行。", true
}

// reAsidePersonWord is asidePerson without the bare name.
var reAsidePersonWord = regexp.MustCompile(`^(?:` + strings.TrimSuffix(asidePerson, `|\p{Han}{2,3}`) + `)$`)
