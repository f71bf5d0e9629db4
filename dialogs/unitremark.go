package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s7-k (rp80 p80a): a unit with a remark about who it is, at the 推荐单位 or
// 制作单位 step: "焦作山阳文化传媒有限公司 我们请的公司拍的" is the company (it
// stored "焦作工贸职业学院请的公司"), and "同上，就是我们学校" is 同上 (it stored
// "我们学校").

// reUnitRemark is a clause that says who the unit is without naming it.
var reUnitRemark = regexp.MustCompile(`请的|找的|外包|合作的?|委托|公司拍|公司做|公司制作|跟学校一样|和学校一样|跟上面一样|同学校|就是学校|就是我们|就是俺|就是本校|自己拍|自己做`)

// unitBesideRemark is the unit of such a message at a unit step, or s.
func unitBesideRemark(e *contestbot.Entry, s string, pending slot) string {
	if pending != slot(contestbot.FieldUnit) && pending != slot(contestbot.FieldProducer) {
		return s
	}
	cls := splitClauses(s)
	if len(cls) < 2 {
		return s
	}
	var unit string
	same := false
	for _, cl := range cls {
		c := strings.Trim(compact(cl), "，,。；;！! ")
		u := unitUnwrapped(c, e.Unit)
		switch {
		case c == "" || isChatter(c):
		case c == "同上" && pending == slot(contestbot.FieldProducer):
			same = true
		case pending == slot(contestbot.FieldProducer) && agreesOnly(c): // s8-j: "对的 同上 就是我们学校"
			same = true
		case isOrg(u) && contestbot.RuneLen(u) >= 4 && !reUnitRemark.MatchString(u) && !meansOwnUnit(u) && len(findLabels(newText(c))) == 0:
			if unit != "" {
				return s // two units: the readers ask
			}
			unit = u
		case reUnitRemark.MatchString(c) || meansOwnUnit(c) && pending == slot(contestbot.FieldProducer):
		default:
			return s
		}
	}
	switch {
	case unit != "" && !same:
		return unit
	case unit == "" && same:
		return "同上"
	}
	return s
}
