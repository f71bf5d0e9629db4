package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s6-m (rp65 p65a, rp66 p66b): words around a unit said at the 推荐单位 or
// 制作单位 step are no part of it. "制作是他们学校党委办公室做的" is the unit's
// 党委办公室 (a typist for another school says 他们学校), and "这次写信阳财经中等
// 职业学校信息技术部" is the name after 这次写.

// reUnitLead is a lead-in before a unit: the field named with 是 ("制作是",
// "制作单位就是"), or an instruction to write ("这次写", "就写", "填").
var reUnitLead = regexp.MustCompile(`^(?:(?:推荐单位|制作单位|单位|制作|出品|学校名字?|学校的名字|学校全称|单位名字?|(?:拍|做|制作|拍摄)(?:片子|片|视频|作品)?的(?:单位)?)(?:就|也|还)?(?:是|为|写|填|叫)|(?:这次|这回|这个|那就|就|请|麻烦)(?:写成?|填成?|改成|写上|填上)|(?:写成|填成|改成|写上|填上))[：:，, ]*`)

// reUnitTail is what follows a unit said as the maker: "做的", "拍的", "制作的".
var reUnitTail = regexp.MustCompile(`(?:牵头|组织|带头)?(?:做的|拍的|弄的|制作的|拍摄的|出品的|负责的|搞的)$|牵头的$`) // s7-e: "学校党委办公室牵头拍的"

// reTheirSchool is a school named from outside it: "他们学校", "该校".
var reTheirSchool = regexp.MustCompile(`^(?:他们|她们|人家)(?:的)?(学校|学院)|^该(校|院)`)

// unitUnwrapped is v without the lead-in and tail around a unit, and with
// 他们学校 read as the unit ("" unit leaves it). A value that is only the
// lead-in is left as it is.
func unitUnwrapped(v, unit string) string {
	w := strings.TrimSpace(v)
	w = reUnitLead.ReplaceAllString(w, "")
	w = strings.TrimSpace(reUnitTail.ReplaceAllString(w, ""))
	if m := reTheirSchool.FindStringSubmatchIndex(w); m != nil && unit != "" {
		if rest := w[m[1]:]; reOrgEnd.MatchString(rest) {
			w = unit + strings.TrimPrefix(rest, "的")
		}
	}
	if contestbot.RuneLen(w) < 2 {
		return v
	}
	return w
}

// unwrapUnits takes the wrappers off the units this message stored.
func unwrapUnits(e *contestbot.Entry, r *fillResult) {
	if r.has(slot(contestbot.FieldUnit)) {
		e.Unit = unitUnwrapped(e.Unit, "")
	}
	if r.has(slot(contestbot.FieldProducer)) {
		e.Producer = unitUnwrapped(e.Producer, e.Unit)
	}
}
