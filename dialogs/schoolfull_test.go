package dialogs

import "testing"

// TestSchoolFullWords (s11-a): asking for the school's full name instead of
// the 党委 typed as the 推荐单位. Accept: agreements and requests for the full
// name. Reject: questions about it and other talk.
func TestSchoolFullWords(t *testing.T) {
	accept := []string{"那就按学校全称吧", "行吧那就按学校全称吧", "写学校全称就行", "按全称吧", "学校全称吧", "推荐单位按学校全称写吧", "推荐单位还是写学校全称吧"}
	reject := []string{"确认", "学校全称是什么", "推荐单位还是写漯河职业技术学院党委组织部吧", "全称太长了", "全称是漯河职业技术学院", "片名写全称吧还是简称"}
	for _, s := range accept {
		if !reSchoolFullOK.MatchString(s) {
			t.Errorf("reSchoolFullOK misses %q", s)
		}
	}
	for _, s := range reject {
		if reSchoolFullOK.MatchString(s) {
			t.Errorf("reSchoolFullOK matches %q", s)
		}
	}
}

// TestUnitInsistWords (s9-f, kept by s11-a): "还是写X吧" names the written form X;
// remarks about the notice and questions name none.
func TestUnitInsistWords(t *testing.T) {
	accept := map[string]string{
		"还是写漯河职业技术学院党委组织部吧": "漯河职业技术学院党委组织部",
		"写组织部不行吗":           "组织部",
		"就写党委组织部":           "党委组织部",
		"改回漯河职业技术学院党委组织部":   "漯河职业技术学院党委组织部",
	}
	for in, want := range accept {
		if m := reUnitInsist.FindStringSubmatch(in); m == nil || m[1] != want {
			t.Errorf("reUnitInsist(%q) = %v; want %q", in, m, want)
		}
	}
	for _, s := range []string{"通知就是发给各校党委组织部的呀", "是什么意思"} {
		if m := reUnitInsist.FindStringSubmatch(s); m != nil {
			t.Errorf("reUnitInsist matches %q: %v", s, m)
		}
	}
}
