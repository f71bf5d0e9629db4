package dialogs

import (
	"strings"

	"contestbot"
)

// s8-j (round 20, rp96 p96b): "我是三门峡市卫生学校党总支的老宋" filled the 推荐单位
// with 三门峡市卫生学校 and said nothing of the 党总支 dropped. The body said in
// an introduction is kept as the value: since s11-a a 推荐单位 that is a
// school's party organ is stored as typed, grouped with its school by
// contestbot.UnitKey. Only the notice's own addressees are kept so (s12-e):
// an introduction by any other office ("我是X学院宣传部的") gives the school.

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
	if s, ok := contestbot.SchoolOfBody(who); ok && s == school && partyOrgan(who, school) {
		return who
	}
	return school
}

// partyOrgan reports whether body, a body of school, is one the notice
// writes to: the school's party committee (党委, 中共…委员会, 党总支) or its
// 党委组织部（党办）, the offices that send the school's works. s12-e (round
// 32, rp153): "我是安阳工学院宣传部的" gave the 推荐单位 "安阳工学院宣传部"; an
// office the typist merely works in (宣传部, 团委, 教务处, 办公室, also
// 党委宣传部) names no 推荐单位, so the introduction gives the school.
func partyOrgan(body, school string) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(body, "中国共产党"), "中共")
	rest, ok := strings.CutPrefix(rest, school)
	if !ok {
		return false
	}
	return oneOf(rest, "党委", "委员会", "党总支", "党委组织部", "组织部", "党办", "党委办公室")
}
