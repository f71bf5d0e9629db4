package dialogs

import "testing"

// TestSaysTextHalf: the user's words that the last text is the 简介's other
// half; talk about the 简介 that says no such thing is not.
func TestSaysTextHalf(t *testing.T) {
	accept := []string{
		"不对刚那句是简介后半截俩拼一起才是简介摘要跟简介一样就行",
		"刚那句是简介后半截",
		"俩拼一起才是简介",
		"这两段合一块是完整的简介",
		"上一条也是简介",
		"刚发的是简介的后半段",
	}
	for _, in := range accept {
		if !saysTextHalf(in) {
			t.Errorf("saysTextHalf(%q) = false", in)
		}
	}
	reject := []string{
		"简介要写多少字",
		"摘要跟简介一样就行",
		"简介写好了",
		"刚那句是摘要",
		"后半截是讲学生的",
		"简介后半截不要了",
	}
	for _, in := range reject {
		if saysTextHalf(in) {
			t.Errorf("saysTextHalf(%q) = true", in)
		}
	}
}

// TestTextStopsShort: a punctuated 简介 that stops short of a sentence end
// goes on; one that ends, a short one and voice input without punctuation
// do not.
func TestTextStopsShort(t *testing.T) {
	accept := []string{
		"农机专业党员教师李国强二十年扎根乡村，每到麦收时节就带着学生走进田间地头",
		"影片以一封家书为线索，讲述老党员舍小家为大家",
	}
	for _, in := range accept {
		if !textStopsShort(in, in) {
			t.Errorf("textStopsShort(%q) = false", in)
		}
	}
	reject := []string{
		"农机专业党员教师李国强二十年扎根乡村，每到麦收时节就带着学生走进田间地头。",
		"动画短片以焦裕禄同志用过的一把破了洞的藤椅为线索由一位老党员教师给学生讲述焦裕禄的故事",
		"讲述老党员的故事",
		"片子讲的是老党员，故事很感人吧",
		"影片以一封家书为线索，讲述老党员舍小家为大家的故事！",
		"作品讲述一名乡村老党员守护夜校灯火的故事。一盏灯见证了誓言的坚守。大概这样",
	}
	for _, in := range reject {
		if textStopsShort(in, in) {
			t.Errorf("textStopsShort(%q) = true", in)
		}
	}
	// A remark after the text is no part of it: the text stored ends.
	if textStopsShort("作品讲述一名乡村老党员守护夜校灯火的故事。一盏灯见证了誓言的坚守。大概这样", "作品讲述一名乡村老党员守护夜校灯火的故事。一盏灯见证了誓言的坚守。") {
		t.Error("textStopsShort with a remark after the text = true")
	}
}
