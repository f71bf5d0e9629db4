package dialogs

import "strings"

// s8-f (issue #10, round 19, rp89 p89b): the school said in an
// introduction before any form is open ("恁好 俺是周口职业技术学院教务处的 想给
// 恁这报俩片子 中不中", answered as a question) is kept for the form: when
// the user then registers ("中 那报吧 第一个叫…"), it fills the 推荐单位,
// which was asked again.

// noteIntroUnit keeps the school of an introduction said with no form open
// and no draft, as a value said early (state Early), unless values are
// already kept.
func (t *turn) noteIntroUnit(s string) {
	if t.st.Mode != modeIdle || t.st.Early != "" || t.latestDraft() != nil || forOtherBody(s) { // s11-e: "…想给组织部那边报个片子"
		return
	}
	for _, cl := range splitClauses(s) {
		cl = strings.TrimSpace(reGreetHead.ReplaceAllString(strings.TrimSpace(cl), ""))
		if school := introSchool(cl); school != "" {
			t.st.Early = "推荐单位是" + introBody(cl, school) // s8-j introbody.go: "我是…学校党总支的老宋" says the 党总支 dropped
			return
		}
	}
}

// introSchool is the school of one clause of introduction: "俺是周口职业技术
// 学院教务处的", "我们是洛阳职业技术学院的"; "" when the clause is none.
func introSchool(cl string) string {
	cl = strings.TrimRight(cl, "，,。！!？? ")
	if m := reFromUnit.FindStringSubmatch(cl); m != nil && isOrg(m[1]) && !reDeptEnd.MatchString(m[1]) && !isDepartmentName(m[1]) { // s9-j department.go
		return m[1]
	}
	if school, _ := introParts(cl); school != "" && isOrg(school) && !isDepartmentName(school) { // s9-j department.go: "建筑职院土木学院" is no school
		return school
	}
	return ""
}
