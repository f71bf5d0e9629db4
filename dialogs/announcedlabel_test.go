package dialogs

import "testing"

func TestAnnouncedLabel(t *testing.T) {
	accept := []struct{ in, want string }{
		{"你好，先把简介发你：本片以二维动画的形式讲述", "简介：本片以二维动画的形式讲述"},
		{"老师好！简介先发给您：本片讲述", "简介：本片讲述"},
		{"下面是简介：本片讲述", "简介：本片讲述"},
		{"您好 我先把内容简介发一下：本片讲述", "内容简介：本片讲述"},
		{"先发片名：黄河岸边", "片名：黄河岸边"},
		{"你好，简介：本片讲述", "简介：本片讲述"},
	}
	for _, c := range accept {
		if got := announcedLabel(c.in); got != c.want {
			t.Errorf("announcedLabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	reject := []string{
		"简介：本片讲述",
		"片名黄河，简介：本片讲述",
		"片名有问题：应该是黄河",
		"我想问一下：简介要多少字",
		"注意：本片讲述",
		"推荐单位：郑州职业技术学院",
	}
	for _, in := range reject {
		if got := announcedLabel(in); got != in {
			t.Errorf("announcedLabel(%q) = %q, want it unchanged", in, got)
		}
	}
}

func TestInsistsRegister(t *testing.T) {
	accept := []string{
		"我就是要报名啊，简介刚才不是发过去了吗",
		"就是要报名啊 片名刚才发过了",
		"我是要报名，简介不是发给你了吗",
	}
	for _, in := range accept {
		if _, ok := insistsRegister(in); !ok {
			t.Errorf("insistsRegister(%q) = false, want true", in)
		}
	}
	reject := []string{
		"我就是要报名啊",              // no field complained about: the ordinary readers
		"简介刚才不是发过去了吗",          // no wish: saidBefore and the form's readers
		"我要报名，简介要多少字",          // a question about the 简介
		"我就是要报名啊，简介是讲乡村教师的故事",  // a value
		"我就是要报名啊，截止时间刚才不是说过了吗", // not a field of the form
	}
	for _, in := range reject {
		if _, ok := insistsRegister(in); ok {
			t.Errorf("insistsRegister(%q) = true, want false", in)
		}
	}
}
