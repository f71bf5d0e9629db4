package dialogs

import "testing"

// TestDropSpokenLead: a spoken lead-in before a 简介 or 摘要 goes, the text
// stays verbatim; a text that starts with the field's name telling the
// story is kept whole.
func TestDropSpokenLead(t *testing.T) {
	accept := map[string]string{
		"摘要俺另说一个以焦裕禄用过的破藤椅为线索老党员教师给学生讲焦裕禄在兰考治沙带病工作的故事": "以焦裕禄用过的破藤椅为线索老党员教师给学生讲焦裕禄在兰考治沙带病工作的故事",
		"摘要老师也给了 以一封1948年红色家书为线索，用手绘动画讲述老党员舍小家为大家的故事。": "以一封1948年红色家书为线索，用手绘动画讲述老党员舍小家为大家的故事。",
		"简介是这样的 农机专业党员教师李国强二十年扎根乡村。":                   "农机专业党员教师李国强二十年扎根乡村。",
		"简介是这样的：农机专业党员教师李国强二十年扎根乡村。":                   "农机专业党员教师李国强二十年扎根乡村。",
		"摘要我再说一遍，以一把藤椅为线索讲焦裕禄的故事":                      "以一把藤椅为线索讲焦裕禄的故事",
		"简介如下 讲述驻村第一书记带领村民发展产业的故事":                     "讲述驻村第一书记带领村民发展产业的故事",
	}
	for in, want := range accept {
		if got := dropSpokenLead(in); got != want {
			t.Errorf("dropSpokenLead(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"简介讲述了驻村第一书记带领村民发展特色产业的故事",
		"摘要说的是焦裕禄同志的一把藤椅",
		"以焦裕禄用过的破藤椅为线索讲故事",
		"摘要老师也给了",
		"简介写好了发你",
		"简介给学生看过了大家都说好",
	}
	for _, in := range reject {
		if got := dropSpokenLead(in); got != in {
			t.Errorf("dropSpokenLead(%q) = %q, want as typed", in, got)
		}
	}
}
