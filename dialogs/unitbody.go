package dialogs

import (
	"fmt"
	"regexp"

	"contestbot"
)

// s7-c: a 推荐单位 given as a party body of a school (round 15, rp70 p70b:
// "中共洛阳工程职业技术学院委员会" was stored silently, though the bot itself
// says the 推荐单位 is the school's full name, not its 党委).
//
// The body's school is stored, with one line saying so ("已按学校全称记为
// X；如需改请说"), rather than a question: the field's rule names one answer,
// the name is the user's own, and a question would cost every such user a
// turn where a note costs none. A user who then sends the body's name again
// (the 推荐单位 is already its school) means it, and it is kept as typed.

// reSchoolBody is a party committee or department of a school: 中共X委员会,
// X党委, X党委组织部, X组织部, where X ends as a school's name does.
var reSchoolBody = regexp.MustCompile(`^(?:中共|中国共产党)?(\p{Han}{2,30}?(?:学院|学校|大学|中学|小学|职专|职高|中专|技校))` +
	`(?:党委|委员会|党总支|团委)?(?:组织部|宣传部|统战部|组织人事部|组织人事处|教师工作部|党委办公室|办公室|党办|党政办)?$`)

// schoolOfBody returns the school a party body names, ok false when v is
// no such body (a school's own name, a body of no school).
func schoolOfBody(v string) (string, bool) {
	m := reSchoolBody.FindStringSubmatch(v)
	if m == nil || m[1] == v {
		return "", false
	}
	return m[1], true
}

// unitOfBody is the 推荐单位 to store for v: the school of a party body,
// said in a note, unless the user sends the body again after that note.
func unitOfBody(e *contestbot.Entry, v string, r *fillResult) string {
	school, ok := schoolOfBody(v)
	if !ok || e.Unit == school {
		return v
	}
	r.notes = append(r.notes, fmt.Sprintf("推荐单位要写学校全称，“%s”已按学校全称记；如需改请说。", clip(v, 30)))
	return school
}
