package dialogs

import "testing"

func TestFullNameSaid(t *testing.T) {
	cases := []struct{ in, want string }{
		{"制作单位就是我们学校。哦对了学校要写全称吧，全称是漯河市职业技术教育中心", "制作单位就是我们学校。推荐单位：漯河市职业技术教育中心"},
		{"全称是郑州铁路职业技术学院", "推荐单位：郑州铁路职业技术学院"},
		{"学校全称叫周口职业技术学院，实景拍摄", "推荐单位：周口职业技术学院。实景拍摄"},
		// kept: no full name restated, or not a school
		{"学校要写全称吧", "学校要写全称吧"},
		{"全称是什么", "全称是什么"},
		{"片名全称是我的青春", "片名全称是我的青春"},
	}
	for _, c := range cases {
		if got := fullNameSaid(c.in); got != c.want {
			t.Errorf("fullNameSaid(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestUnitFromProducer(t *testing.T) {
	cases := []struct{ unit, producer, want string }{
		{"漯职教中心", "漯河市职业技术教育中心党委宣传部", "漯河市职业技术教育中心"},
		{"漯职教中心", "漯河市职业技术教育中心", "漯河市职业技术教育中心"},
		{"郑铁职院", "郑州铁路职业技术学院团委", "郑州铁路职业技术学院"},
		// kept: a full unit, or a 制作单位 of another school
		{"漯河市职业技术教育中心", "漯河市职业技术教育中心党委宣传部", ""},
		{"漯职教中心", "郑州市职业技术教育中心", ""},
		{"郑铁职院", "河南广播电视台", ""},
	}
	for _, c := range cases {
		if got := unitFromProducer(c.unit, c.producer); got != c.want {
			t.Errorf("unitFromProducer(%q, %q) = %q; want %q", c.unit, c.producer, got, c.want)
		}
	}
}
