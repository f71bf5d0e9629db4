package dialogs

import "testing"

// TestWaitsToFetch: a wait while the user fetches something (s10-c) and
// near-misses that carry a value, ask, or ask the bot to do it.
func TestWaitsToFetch(t *testing.T) {
	accept := []string{
		"稍等我去找一下简介",
		"等下我找找简介在哪",
		"稍等，我去找一下简介",
		"等一下 我找找摘要",
		"稍等哈 我去翻一下稿子",
		"等会儿我去查一下电话",
		"我去找一下",
		"稍等，我找找",
		"嗯嗯 我去拿一下材料",
	}
	reject := []string{
		"稍等，简介是：讲述机电工程系党员教师的故事",
		"简介在哪找？",
		"我找不到简介了",
		"你帮我找一下简介",
		"找一下简介",
		"等会儿 片名改一下",
		"稍等我去找一下简介可以吗",
		"讲述了老党员找寻初心的故事",
		"我去找书记签字盖章然后再把表格送到组干处",
		"等会",
		"等下 我问下主任",
		"稍等我去问一下书记",
	}
	for _, s := range accept {
		if !waitsToFetch(s) {
			t.Errorf("waitsToFetch(%q) = false; want true", s)
		}
	}
	for _, s := range reject {
		if waitsToFetch(s) {
			t.Errorf("waitsToFetch(%q) = true; want false", s)
		}
	}
}
