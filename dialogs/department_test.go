package dialogs

import "testing"

// s9-j: a department of a school is not the school.
func TestIsDepartmentName(t *testing.T) {
	for _, s := range []string{"建筑职院土木学院", "河南建筑职业技术学院土木工程学院", "二级学院", "信阳职业技术学院马克思主义学院", "郑州大学计算机系"} {
		if !isDepartmentName(s) {
			t.Errorf("isDepartmentName(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"河南建筑职业技术学院", "郑州职业技术学院", "商水县职业教育中心", "河南省经济管理学校", "信阳职业技术学院", "河南大学"} {
		if isDepartmentName(s) {
			t.Errorf("isDepartmentName(%q) = true, want false", s)
		}
	}
}
