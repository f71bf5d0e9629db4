package dialogs

import "testing"

// TestS7LBareQuestion: a short question without a question mark at a
// free-text step is a question; a short text with question words is a text.
func TestS7LBareQuestion(t *testing.T) {
	accept := []string{
		"报名表纸质版要交几份",
		"纸质的要交几份啊",
		"简介要写多少字",
		"这个摘要写啥",
		"原件交到哪儿",
		"摘要能不能跟简介一样",
		"简介是不是要写主创",
		"纸质版要不要盖章",
		"摘要交不交",
		"这个怎么写",
		"简介咋写",
		"截止到啥时候",
	}
	reject := []string{
		"讲述了几代人坚守黄河的故事",
		"几代人的坚守",
		"红旗渠精神的传承",
		"哪怕再难也要坚持下去",
		"记录乡村振兴中的党员先锋",
		"通过一名老党员讲党史",
		"简介：讲述什么是初心",
		"没在哪儿播过",
		"我们学校老师的日常",
		"同简介",
		"把上头那段再写短点是吧", // a tag without a question word: the text readers decide
	}
	for _, s := range accept {
		if !bareQuestion(s) {
			t.Errorf("bareQuestion(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if bareQuestion(s) {
			t.Errorf("bareQuestion(%q) = true, want false", s)
		}
	}
}
