package dialogs

import (
	"strings"

	"contestbot"
)

// s8-j (round 20, rp96 p96b): "我是三门峡市卫生学校党总支的老宋" filled the 推荐单位
// with 三门峡市卫生学校 and said nothing of the 党总支 dropped. The body said in
// an introduction is kept as the value: since s11-a a 推荐单位 that is a
// school's party organ is stored as typed, grouped with its school by
// contestbot.UnitKey.

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
	if s, ok := contestbot.SchoolOfBody(who); ok && s == school {
		return who
	}
	return school
}
