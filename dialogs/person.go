package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The 报名表's 联系人 is a person. Teachers often name their office first
// ("组织部王老师", "党委宣传部 李娜") or themselves ("就是我，马骏"). contactPerson
// keeps the person: a leading "我/本人" is dropped when a name follows, and a
// leading department or unit is dropped only when what remains is a person
// form, a surname with a title (王老师, 李主任) or a 2–4 character name that
// starts with a surname (李娜, 欧阳娜娜), or a name with a middle dot
// (买买提·艾力). Anything else is kept as typed ("宣传部" stays "宣传部").
func contactPerson(v string) string {
	v = strings.TrimSpace(v)
	if m := reSelfThenName.FindStringSubmatch(v); m != nil && isPersonForm(m[1]) {
		return m[1]
	}
	if isPersonForm(v) {
		return v
	}
	// The longest department/unit prefix whose remainder is a person.
	best := ""
	for _, loc := range reOfficeEnd.FindAllStringIndex(v, -1) {
		rest := strings.TrimLeft(v[loc[1]:], " \t\u3000、,，:：的")
		if rest != "" && isPersonForm(rest) && startsWithSurname(rest) {
			best = rest
		}
	}
	if best != "" {
		return best
	}
	return v
}

var (
	reSelfThenName = regexp.MustCompile(`^(?:联系人)?(?:就是|是|就)?(?:我|我自己|本人)(?:呀|啊)?[\s,，、:：]+(?:叫|是)?(.+)$`)
	// reOfficeEnd ends a department or unit name.
	reOfficeEnd    = regexp.MustCompile(`(?:办公室|委员会|中心|学院|大学|学校|中学|小学|分院|党委|团委|工会|部|处|办|室|科|系|院|馆|所|站|队|组|委)`)
	rePersonTitled = regexp.MustCompile(`^\p{Han}{1,2}(?:老师|主任|副主任|书记|副书记|部长|副部长|处长|副处长|科长|副科长|院长|副院长|校长|副校长|馆长|干事|同志|教授)$`)
	rePersonName   = regexp.MustCompile(`^\p{Han}{2,4}$`)
	rePersonDotted = regexp.MustCompile(`^\p{Han}{2,5}·\p{Han}{2,8}$`)
)

func isPersonForm(s string) bool {
	return rePersonTitled.MatchString(s) || rePersonName.MatchString(s) || rePersonDotted.MatchString(s)
}

func startsWithSurname(s string) bool {
	if rePersonDotted.MatchString(s) {
		return true
	}
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(surnames, r)
}
