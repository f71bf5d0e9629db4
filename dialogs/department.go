package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-j: a department of a school is not the school (round 24, rp115 p115a:
// "你好 我是建筑职院土木学院党总支的 …" became 推荐单位 "建筑职院土木学院" with a
// note that it was the school's full name). A name is a department when it
// says 二级学院, or when a school's name ending (大学, 学院, 学校, 职院, …)
// stands inside it and a 学院/分院/系 follows: "建筑职院土木学院",
// "河南建筑职业技术学院土木工程学院", "XX大学计算机系".

var reDepartmentName = regexp.MustCompile(`二级学院|(?:大学|学院|学校|职院|职专|技院|技校|师院|医专)\p{Han}{2,14}?(?:学院|分院|系)(?:党总支|党支部|团总支|办公室)?$|\p{Han}系(?:党总支|党支部)?$`)

// isDepartmentName reports whether name names a department of a school.
func isDepartmentName(name string) bool {
	return reDepartmentName.MatchString(name)
}

// s9-j: a unit said in own words, then restated in full after a comma (rp115
// p115a: "制作单位是我们二级学院党总支，河南建筑职业技术学院土木工程学院党总支" was
// stored "河南建筑职业技术学院二级河南建筑职业技术学院土木工程学院党总支": the
// pronoun was read as the 推荐单位 and the restatement glued on). Of the two,
// the full name without 我们/俺 is the value, as orgRestated does for
// parts split by spaces.

// reOwnPronoun is a pronoun for the user's own side.
var reOwnPronoun = regexp.MustCompile(`我们|俺们|咱们|我|俺|咱|本|二级学院`)

// restatedOrg rewrites "label：<own words>，<full name>" (or the two parts
// alone at a unit step) as "label：<full name>"; s unchanged otherwise.
func (t *turn) restatedOrg(s string, pending slot) string {
	ex := extract(s)
	label := ""
	body := s
	switch {
	case ex.labelled && ex.firstLabel == 0 && len(ex.values) >= 1 && (ex.values[0].slot == slot(contestbot.FieldUnit) || ex.values[0].slot == slot(contestbot.FieldProducer)):
		label = ex.values[0].slot.label()
		if i := strings.Index(s, ex.values[0].raw); i >= 0 && len(ex.values) == 1 {
			body = s[i:]
		} else {
			return s
		}
	case !ex.labelled && (pending == slot(contestbot.FieldUnit) || pending == slot(contestbot.FieldProducer)):
		label = pending.label()
	default:
		return s
	}
	cls := splitClauses(body)
	if len(cls) != 2 {
		return s
	}
	own := unitUnwrapped(strings.Trim(cls[0], "，,。 "), "")
	full := unitUnwrapped(strings.Trim(cls[1], "，,。 "), "")
	if !reOwnPronoun.MatchString(own) || reOwnPronoun.MatchString(full) || !namedOrg(full) || !reOrgEnd.MatchString(own) {
		return s
	}
	return label + "：" + full
}
