package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file resolves the user's references to themselves and their school
// inside a longer message: "我叫陈志强" names the contact (so 我 / 都是我 in
// the same or a later message is that person), and a 制作单位 said as a body
// of the school ("学校党委", "学院党委组织部", "我们学校团委", "党委") is the
// 推荐单位 + that body, also when the 推荐单位 comes later in the message.

// reSelfIntro is the user saying their name: "我叫陈志强", "俺是杨建设".
var reSelfIntro = regexp.MustCompile(`(?:我叫|我是|俺叫|俺是|本人叫|本人是|本人|我的名字是|我名字叫|我姓名是)([\p{Han}·]{2,4}?)(?:老师)?([\s，,。；;、:：\d]|电话|手机|联系|$)`)

// reBareBody is a body of the school named alone: "党委", "校团委".
var reBareBody = regexp.MustCompile(`^(?:校|院)?(?:党委|团委|党总支|党支部|党办|校办|院办|党委办公室|党委组织部|党委宣传部|党委教师工作部|组织部|宣传部|团委办公室)$`)

// selfIntro takes "我叫陈志强" out of a message of several clauses and sets
// the contact first, so that 我 in the rest of the message is that person.
func (t *turn) selfIntro(e *contestbot.Entry, msg string, r *fillResult) string {
	if e.Contact != "" || len(splitClauses(msg)) < 2 {
		return msg
	}
	loc := reSelfIntro.FindStringSubmatchIndex(msg)
	if loc == nil {
		return msg
	}
	name := msg[loc[2]:loc[3]]
	if !isPersonForm(name) || !startsWithSurname(name) {
		return msg
	}
	t.set(e, slot(contestbot.FieldContact), name, r)
	if !r.has(slot(contestbot.FieldContact)) {
		return msg
	}
	return strings.TrimSpace(msg[:loc[0]] + " " + msg[loc[4]:])
}

// schoolBody makes a 制作单位 said as a body of the school the 推荐单位 +
// that body, once the 推荐单位 is known: "学校党委" → 光山县职业中等专业学校党委.
func (t *turn) schoolBody(e *contestbot.Entry, r *fillResult) {
	if e.Unit == "" || e.Producer == "" || !(r.has(slot(contestbot.FieldProducer)) || r.has(slot(contestbot.FieldUnit))) {
		return
	}
	p := ownUnit(e.Producer, e.Unit)
	if reBareBody.MatchString(p) {
		p = schoolName(e.Unit) + strings.TrimLeft(p, "校院")
	}
	if p != e.Producer {
		e.Producer = p
		r.add(slot(contestbot.FieldProducer))
	}
}
