package dialogs

import "testing"

func TestUnitInsistWords(t *testing.T) {
	full := []string{"那就按学校全称吧", "行吧那就按学校全称吧", "写学校全称就行", "按全称吧", "学校全称吧"}
	notFull := []string{"确认", "学校全称是什么", "推荐单位还是写漯河职业技术学院党委组织部吧", "全称太长了"}
	for _, s := range full {
		if !reSchoolFullOK.MatchString(s) {
			t.Errorf("reSchoolFullOK misses %q", s)
		}
	}
	for _, s := range notFull {
		if reSchoolFullOK.MatchString(s) {
			t.Errorf("reSchoolFullOK matches %q", s)
		}
	}
	insist := map[string]string{
		"还是写漯河职业技术学院党委组织部吧": "漯河职业技术学院党委组织部",
		"写组织部不行吗":           "组织部",
		"就写党委组织部":           "党委组织部",
		"改回漯河职业技术学院党委组织部":   "漯河职业技术学院党委组织部",
	}
	for in, want := range insist {
		m := reUnitInsist.FindStringSubmatch(in)
		if m == nil || m[1] != want {
			t.Errorf("reUnitInsist(%q) = %v; want %q", in, m, want)
		}
	}
	for _, s := range []string{"通知就是发给各校党委组织部的呀", "是什么意思"} {
		if m := reUnitInsist.FindStringSubmatch(s); m != nil {
			t.Errorf("reUnitInsist matches %q: %v", s, m)
		}
	}
}
