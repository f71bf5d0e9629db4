package dialogs

import (
	"regexp"

	"contestbot"
)

// s12-c (round 32, rp152): "联系人写谁都行吗 写我自己中不中" at the 联系人 step got
// the field's meaning and then "本次大赛暂不接受个人作品…": 我自己 was read as
// an individual entry. At a person step (the 联系人, a 主创 role), asking
// whether one may write oneself (写我自己中不中, 填我行吗, 可以写本人吗) is about
// that field: the contact (or a creator) may be the person typing. The reply
// says yes in one line and asks for the name when it is not known; nothing is
// stored and no eligibility paragraph is added. A statement ("联系人写我自己",
// "就写我吧") is the older readers' (我 is the contact), and "是个人拍的" at the
// eligibility step stays an individual work.

// reSelfMay is "may I write myself?": a write verb, oneself, and a request
// for leave.
var reSelfMay = regexp.MustCompile(`(?:写|填|填写|就写|就填)(?:成)?(?:我|我自己|俺|俺自己|本人|自己|咱|咱自己)(?:的名字|名字)?(?:的话)?(?:中不中|行不行|可以不|可不可以|能不能|成不成|好不好|中吗|行吗|可以吗|能行吗|好吗|成吗|行不|中不|可以么|行么|吗|不)[？?。！!～~]*$`)

// selfMayAsked answers that question at a person step.
func (t *turn) selfMayAsked(e *contestbot.Entry, s string) (string, bool) {
	p := t.st.Pending
	if e == nil || !(p == slot(contestbot.FieldContact) || p.isRole()) {
		return "", false
	}
	// A name known (the typist's, or the contact's at a role step) is
	// the older readers' to store ("编导写我行不行" → the contact); so is a
	// message that says more than the question ("联系人填我行吗？我叫李娜").
	if t.st.Self != "" || p != slot(contestbot.FieldContact) && e.Contact != "" {
		return "", false
	}
	matched := false
	for _, cl := range splitClauses(s) {
		switch {
		case reSelfMay.MatchString(compact(cl)):
			matched = true
		case !isQuestion(cl) && !askedYesNo(cl):
			return "", false
		}
	}
	if !matched {
		return "", false
	}
	return "可以，" + p.label() + "写您自己就行，请发您的姓名。\n\n" + t.question(e, p), true
}
