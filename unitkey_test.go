package contestbot

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
		if got, ok := SchoolOfBody(in); !ok || got != want {
			t.Errorf("SchoolOfBody(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	reject := []string{"洛阳工程职业技术学院", "中共河南省委教育工作委员会", "郑州市委组织部", "河南大学出版社",
		"郑州光影文化传媒有限公司", "党委组织部", "中共郑州市委员会", "河南省经济管理学校团委书记"}
	for _, in := range reject {
		if got, ok := SchoolOfBody(in); ok {
			t.Errorf("SchoolOfBody(%q) = %q, want none", in, got)
		}
	}
}

// TestUnitKey (s11-a): the unit a 推荐单位 as typed belongs to. Accept: a
// school's party organs and offices are the school's unit. Reject: bodies of
// no school, other organisations and a school's 二级学院 are their own unit.
func TestUnitKey(t *testing.T) {
	accept := map[string]string{
		"漯河市第二中等专业学校党委":    "漯河市第二中等专业学校",
		"中共河南工业职业技术学院委员会":  "河南工业职业技术学院",
		"河南经贸职业学院党委组织部":    "河南经贸职业学院",
		"三门峡市卫生学校党总支":      "三门峡市卫生学校",
		"郑州大学党委宣传部":        "郑州大学",
		"河南机电职业学院党政办":      "河南机电职业学院",
		"河南机电职业学院":         "河南机电职业学院",
		" 河南机电 职业学院 ":      "河南机电职业学院",
		"中共漯河职业技术学院委员会组织部": "漯河职业技术学院",
	}
	for in, want := range accept {
		if got := UnitKey(in); got != want {
			t.Errorf("UnitKey(%q) = %q; want %q", in, got, want)
		}
	}
	if !SameUnit("河南工业职业技术学院党委", "中共河南工业职业技术学院委员会") {
		t.Error("SameUnit: a school's 党委 and its 委员会 are one unit")
	}
	reject := []string{"河南省教育厅", "郑州市委组织部", "中共河南省委教育工作委员会", "河南工业职业技术学院土木学院",
		"郑州光影文化传媒有限公司", "党委组织部", "河南省经济管理学校团委书记"}
	for _, in := range reject {
		got := UnitKey(in)
		if s, ok := SchoolOfBody(in); ok || got != in {
			t.Errorf("UnitKey(%q) = %q (school %q); want itself", in, got, s)
		}
	}
	// A 二级学院's own 党总支 is the 二级学院's, never the school's.
	if got := UnitKey("河南工业职业技术学院土木工程学院党总支"); got != "河南工业职业技术学院土木工程学院" {
		t.Errorf("a 二级学院's body: %q", got)
	}
	if SameUnit("河南工业职业技术学院土木学院", "河南工业职业技术学院") || SameUnit("", "郑州大学") {
		t.Error("SameUnit: a 二级学院 is not silently its school")
	}
}
