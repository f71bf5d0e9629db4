package dialogs

import "testing"

func TestProducerOrgLabel(t *testing.T) {
	relabelled := map[string]string{
		"制作是我们学工部 商丘职业技术学院党委学生工作部": "制作单位是我们学工部 商丘职业技术学院党委学生工作部",
		"片名青春，制作：郑州职业技术学院党委宣传部":    "片名青春，制作单位：郑州职业技术学院党委宣传部",
		"制作 信阳职业技术学院团委":            "制作单位 信阳职业技术学院团委",
	}
	for in, want := range relabelled {
		if got := producerOrgLabel(in); got != want {
			t.Errorf("producerOrgLabel(%q) = %q, want %q", in, got, want)
		}
	}
	kept := []string{
		"制作是张浩",
		"制作单位是商丘职业技术学院党委学生工作部",
		"剪辑制作都是张浩",
		"监制刘建华，制作是张浩",
		"制作是张浩 学工部的",
		"制作是哪个单位",
	}
	for _, in := range kept {
		if got := producerOrgLabel(in); got != in {
			t.Errorf("producerOrgLabel(%q) = %q, want it unchanged", in, got)
		}
	}
}
