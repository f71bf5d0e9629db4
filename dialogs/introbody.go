package dialogs

import (
	"strings"

	"contestbot"
)

// s8-j (round 20, rp96 p96b): "我是三门峡市卫生学校党总支的老宋" filled the 推荐单位
// with 三门峡市卫生学校 and said nothing of the 党总支 dropped. The body said in
// an introduction is kept as the value: since s11-a a 推荐单位 that is a
// school's party organ is stored as typed, grouped with its school by
// contestbot.UnitKey. Only a party organ is kept so: an introduction by an
// office the contact merely works in ("我是X学院办公室的") gives the school.

// introBody is the party body of school said in an introduction clause
// ("三门峡市卫生学校党总支" of "我是三门峡市卫生学校党总支的老宋"), or school when
// the clause names none.
func introBody(cl, school string) string {
	m := reIntroSelf.FindStringSubmatch(cl)
	if m == nil || school == "" {
		return school
	}
	who := m[1]
	if i := strings.Index(who, "的"); i >= 0 {
		who = who[:i]
	}
	if s, ok := contestbot.SchoolOfBody(who); ok && s == school && partyOrgan(who) {
		return who
	}
	return school
}

// partyOrgan reports whether a body of a school is its party organ (党委,
// 党总支, 中共…委员会, 党委组织部, 党办 …), the body that may send the school's
// works. Where one merely works ("我是X学院办公室的", "X学院团委的") names no
// 推荐单位: an introduction by such an office gives the school.
func partyOrgan(body string) bool {
	for _, w := range []string{"党", "委员会", "组织部", "宣传部", "统战部", "教师工作部", "组织人事"} {
		if strings.Contains(body, w) {
			return true
		}
	}
	return false
}
