package contestbot

import (
	"regexp"
	"strings"
)

// A 推荐单位 is kept as the contact typed it (s11-a, round 28): a school's
// party organ or office ("漯河市第二中等专业学校党委", "中共X学院委员会",
// "X学院党委组织部") is how many schools write it, and the notice itself
// writes to "各委管高职、中职学校党委组织部（党办）". The works of one school are
// still one unit, whatever name each was typed under: they share one 序号
// sequence, one ranking, one 汇总表 and one set of contacts. UnitKey is that
// unit, derived here and nowhere else; the store keeps it beside the typed
// name (entries.unit_key) and every grouping, ordering and matching by unit
// uses it.

// reSchoolBody is a party committee or department of a school: 中共X委员会,
// X党委, X党委组织部, X组织部, X党委办公室 …, where X ends as a school's name
// does. A school's 二级学院 ("X学院土木工程学院") is its own X, not the school:
// nothing here tells a 二级学院 from a school, so it is never folded in.
var reSchoolBody = regexp.MustCompile(`^(?:中共|中国共产党)?(\p{Han}{2,30}?(?:学院|学校|大学|中学|小学|职专|职高|中专|技校))` +
	`(?:党委|委员会|党总支|团委)?(?:组织部|宣传部|统战部|组织人事部|组织人事处|教师工作部|党委办公室|办公室|党办|党政办)?$`)

// SchoolOfBody returns the school a party body of a school names
// ("中共洛阳工程职业技术学院委员会" → 洛阳工程职业技术学院), ok false when v is
// no such body: a school's own name, a body of no school ("中共河南省委教育工作
// 委员会", "郑州市委组织部"), any other organisation.
func SchoolOfBody(v string) (string, bool) {
	m := reSchoolBody.FindStringSubmatch(v)
	if m == nil || m[1] == v {
		return "", false
	}
	return m[1], true
}

// UnitKey is the unit a 推荐单位 as typed belongs to: the school for a party
// organ or office of a school, else the name itself, with widths and spaces
// normalised. "X学院党委", "X学院" and "中共X学院委员会" have one key.
func UnitKey(unit string) string {
	k := UnitName(unit)
	if school, ok := SchoolOfBody(k); ok {
		return school
	}
	return k
}

// UnitName is a 推荐单位 as it prints, widths and spaces aside: two works
// with one UnitKey but different UnitNames are one unit typed two ways.
func UnitName(unit string) string {
	return strings.Join(strings.Fields(NormalizeWidth(unit)), "")
}

// UnitKey is the unit e belongs to (see the function UnitKey).
func (e *Entry) UnitKey() string { return UnitKey(e.Unit) }

// SameUnit reports whether two 推荐单位 as typed are one unit.
func SameUnit(a, b string) bool { return UnitKey(a) == UnitKey(b) }
