package dialogs

import "testing"

// s8-f: the school of an introduction; clauses that are no introduction
// give none.
func TestIntroSchool(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"俺是周口职业技术学院教务处的", "周口职业技术学院"},
		{"我们是洛阳职业技术学院的", "洛阳职业技术学院"},
		{"我是许昌职业技术学院的", "许昌职业技术学院"},
		// Rejected.
		{"想给恁这报俩片子", ""},
		{"我是帮我们老师来报名的学生", ""},
		{"我是教务处的", ""},
		{"片子是俺们组织部牵头拍的", ""},
	} {
		if got := introSchool(c.in); got != c.want {
			t.Errorf("introSchool(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
