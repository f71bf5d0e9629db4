package dialogs

import (
	"regexp"
	"strings"
)

// s7-d: a person given with their office said after the name, as its own
// clause: "联系人就填我本人，司马红梅，党委办公室主任" (round 16, rp75 p75a). The
// office ("党委办公室主任", "宣传部干事", "我们书记") and the self word ("就填我本人")
// beside the name are no second person: the name is the value, and the
// office is never stored nor counted in its length.

// reOfficeTitleEnd ends an office or title said of a person.
var reOfficeTitleEnd = regexp.MustCompile(`(?:老师|同学|同志|校长|书记|主任|部长|院长|科长|处长|干事|教授|组长|馆长|主席|委员|负责人|联系人|教师|辅导员|班主任)$`)

// reTitleQualifier is a kind of teacher or staff, no name: 实习, 代课, 兼职.
var reTitleQualifier = regexp.MustCompile(`^(?:一个|一名|一位|个)?(?:实习|见习|代课|兼职|临时|退休|新来的|新|年轻|外聘|特岗)$`)

// officeOnly reports whether p is an office or a title with no name in it:
// "党委办公室主任", "宣传部干事", "我们书记", "副校长".
func officeOnly(p string) bool {
	c := strings.Trim(compact(p), "，,。；;、 ")
	t := reOfficeTitleEnd.FindString(c)
	if t == "" {
		return false
	}
	lead := strings.TrimSuffix(strings.TrimSuffix(c, t), "副")
	lead = rePossessiveLead.ReplaceAllString(lead, "")
	if lead == "" || reTitleQualifier.MatchString(lead) { // s7-k: "实习老师", "代课老师"
		return true
	}
	if trailingName(lead+t) != "" || startsWithName(lead) {
		return false // "办公室司马红梅主任", "王建国书记"
	}
	return reOfficeEnd.MatchString(lead) && strings.HasSuffix(lead, reOfficeEnd.FindAllString(lead, -1)[len(reOfficeEnd.FindAllString(lead, -1))-1])
}

// reSelfWordOnly is the typist pointed at with no name: "就填我本人", "是我",
// "就写我自己".
var reSelfWordOnly = regexp.MustCompile(`^(?:联系人)?(?:就|也)?(?:填|写|是|为)?(?:我本人|我自己|俺自己|本人|我|俺)(?:吧|呀|啊|哈)?$`)

// besideName reports whether clause p says nothing but who a name beside it
// is: an office, a title or a self word.
func besideName(p string) bool {
	return officeOnly(p) || reSelfWordOnly.MatchString(strings.Trim(compact(p), "，,。；;、 "))
}

// oneFullName is the one full name among the clauses of a contact's value
// ("司马红梅，党委办公室主任，工作日上班时间都可以联系到我" → 司马红梅): a clause
// that is a name from the surname table, with an office or title around it
// dropped. ok is false unless exactly one clause is such a name and the
// others are no person's name: several names ask which one.
func oneFullName(parts []string) (string, bool) {
	var found []string
	for _, p := range parts {
		c := strings.Trim(compact(p), "，,。；;、 ")
		if isRealName(c) {
			found = append(found, c)
			continue
		}
		if n, _, ok := prosePerson(c, ""); ok && isRealName(n) {
			found = append(found, n)
		}
	}
	found = dedupe(found)
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}
