package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s6-e: who is typing (round 13, rp60 p60b). A student registering for the
// teacher who is the contact says so ("我是学生，我们老师让我帮她报的",
// "我就是个跑腿的"): from then on 我 in a role list is the student, never the
// contact, and is asked when the student has not given a name; the reply
// after submitting does not call the student the contact. A contact who
// says the contact is themself ("就是俺 张卫红") is the typist.

// reForOther is the typist saying they fill in the form for one other
// person ("帮她报", "帮周老师填", "我是学生", "我就是个跑腿的"); a helper for
// "我们老师" in general ("帮我们老师报个名") may well be the contact.
var reForOther = regexp.MustCompile(`(?:帮|替)(?:她|他|[^们我你\P{Han}](?:老师|主任|书记|校长|部长))(?:报|填|弄|提交)|` +
	`我是学生|俺是学生|跑腿|有事找(?:她|他)`)

// noteForOther remembers that the typist is not the contact when s says so.
func (t *turn) noteForOther(s string) {
	if helperSaid(s) { // s8-b typedfor.go: "吕老师让我来帮忙报名", "我帮老师填的"
		t.st.ForOther = true
	}
}

// noteSelfContact makes the contact the typist when the contact was given
// as themself ("就是俺 张卫红", "联系人是我，李娜").
func (t *turn) noteSelfContact(typed string, e *contestbot.Entry) {
	if e.Contact == "" {
		return
	}
	c := compact(typed)
	if _, self, ok := cuedName(typed); ok && self || reCueSelfLead.FindString(c) != "" && strings.ContainsAny(reCueSelfLead.FindString(c), "我俺本") {
		t.st.Self, t.st.ForOther = e.Contact, false
	}
}

// typistIsOther reports whether the person typing said they are not the
// contact of e.
func (t *turn) typistIsOther(e *contestbot.Entry) bool {
	return t.st.ForOther && t.st.Self != e.Contact
}

// typistAskTail asks the typist's own name for roles given as 我 when the
// contact is someone else.
const typistAskTail = "写的“我”是您本人吧？请告诉我您的姓名，例如：李想"

// reTypistName is the typist's name given alone: "李想", "我叫李想", "我是李想".
var reTypistName = regexp.MustCompile(`^(?:我叫|我是|俺叫|俺是|本人|我名字叫|叫)?([\p{Han}·]{2,5})(?:哈|呀|啊|吧)?$`)

// typistName takes the typist's name given after it was asked for roles
// said as 我 (typistAskTail): the roles get it and it is remembered. ok is
// false when no such name was asked or s is no name.
func (t *turn) typistName(e *contestbot.Entry, s string, pending slot, r *fillResult) bool {
	if !t.st.ForOther || t.st.Self != "" || len(t.st.SelfRoles) == 0 || pending == slot(contestbot.FieldContact) {
		return false
	}
	c := strings.Trim(compact(s), "，,。.；;、 ")
	m := reTypistName.FindStringSubmatch(c)
	if m == nil || !isRealName(m[1]) || m[1] == e.Contact {
		return false
	}
	if pending.isRole() && m[1] == c && !slices.Contains(t.st.SelfRoles, pending) {
		return false // a name alone at a role step answers the role; "我叫李想" is the typist
		// s7-d: at a role given as 我, the name is the typist's, for every such role
	}
	t.st.Self = m[1]
	t.fillSelfRolesWith(e, m[1], r)
	return true
}

// reTypistIntro is the typist introducing themself in a message of its own:
// "我叫闵可欣", "我是闵可欣", "我名字叫闵可欣哈".
var reTypistIntro = regexp.MustCompile(`^(?:我叫|我是|俺叫|俺是|我名字叫|我的名字是|我姓名是)([\p{Han}·]{2,4})(?:哈|呀|啊|吧)?$`)

// typistSelfIntro takes "我叫闵可欣" from a typist who said they fill in the
// form for the contact (s10-a, round 25): it is who 我 is in the roles from
// now on, never the answer to the role or field asked (it stored 监制
// 闵可欣). ok is false for anyone else, a name that is the contact's, and any
// other message; out is the reply.
func (t *turn) typistSelfIntro(e *contestbot.Entry, s string) (out string, ok bool) {
	pending := t.st.Pending
	if !t.st.ForOther || t.st.Self != "" || len(t.st.SelfRoles) > 0 || pending == slot(contestbot.FieldContact) || pending.freeText() {
		return "", false // roles waiting for the name: typistName fills them
	}
	m := reTypistIntro.FindStringSubmatch(strings.Trim(compact(s), "，,。.；;、！!~～ "))
	if m == nil || !isRealName(m[1]) || m[1] == e.Contact {
		return "", false
	}
	t.st.Self = m[1]
	return "好的，记下了：您是" + m[1] + "。主创人员里写“我”的，就填" + m[1] + "。\n\n" + t.question(e, pending), true
}
