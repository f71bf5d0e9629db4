package dialogs

import "testing"

// TestSchoolOfBody (s7-c): a party committee or department of a school
// names the school; a school's own name, a body of no school and other
// organisations name none.
func TestSchoolOfBody(t *testing.T) {
	accept := map[string]string{
		"中共洛阳工程职业技术学院委员会":  "洛阳工程职业技术学院",
		"中国共产党郑州财经学校委员会":   "郑州财经学校",
		"洛阳工程职业技术学院党委":     "洛阳工程职业技术学院",
		"洛阳工程职业技术学院党委组织部":  "洛阳工程职业技术学院",
		"河南机电职业学院组织部":      "河南机电职业学院",
		"郑州大学党委宣传部":        "郑州大学",
		"南阳市第二中等职业学校党委办公室": "南阳市第二中等职业学校",
		"中共漯河职业技术学院委员会组织部": "漯河职业技术学院",
	}
	for in, want := range accept {
		if got, ok := schoolOfBody(in); !ok || got != want {
			t.Errorf("schoolOfBody(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	reject := []string{"洛阳工程职业技术学院", "中共河南省委教育工作委员会", "郑州市委组织部", "河南大学出版社",
		"郑州光影文化传媒有限公司", "党委组织部", "中共郑州市委员会", "河南省经济管理学校团委书记"}
	for _, in := range reject {
		if got, ok := schoolOfBody(in); ok {
			t.Errorf("schoolOfBody(%q) = %q, want none", in, got)
		}
	}
}
