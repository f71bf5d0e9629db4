package dialogs

import "testing"

func TestOrgEndTypo(t *testing.T) {
	accept := map[string]string{
		"商丘职业技术学院党委宣传不":    "商丘职业技术学院党委宣传部",
		"商丘职业技术学院党委组织不":    "商丘职业技术学院党委组织部",
		"郑州职业技术学院学生工作出":    "郑州职业技术学院学生工作处",
		"漯河市第一中等专业学校党委办公是": "漯河市第一中等专业学校党委办公室",
		"我们学校宣传不":          "我们学校宣传部",
	}
	for in, want := range accept {
		if got, note, ok := orgEndTypo(in); !ok || got != want || note == "" {
			t.Errorf("orgEndTypo(%q) = %q, %q, %v; want %q", in, got, note, ok, want)
		}
	}
	reject := []string{
		"写学校党委宣传部行不",
		"制作单位用学校全称可以不",
		"写学校党委宣传部中不中",
		"商丘职业技术学院党委宣传部",
		"推荐单位写学校全称还是党委名称",
		"制作单位是啥意思不",
		"时长超了3分钟中不中",
		"商丘职业技术学院",
	}
	for _, in := range reject {
		if got, _, ok := orgEndTypo(in); ok {
			t.Errorf("orgEndTypo(%q) = %q; want no typo read", in, got)
		}
	}
}
