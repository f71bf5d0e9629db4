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

// TestActivityWait: a wait word beside an activity is a pause at the step;
// an activity alone, or a name, is not (s11-b, rp133 mang_fuzeren).
func TestActivityWait(t *testing.T) {
	for _, s := range []string{"等会 开会", "等会，开会", "等一下 要上课了", "稍等 有点事", "等下 在开会", "等会儿 接个电话"} {
		if got := readHold(s); got != holdPause {
			t.Errorf("readHold(%q) = %v, want holdPause", s, got)
		}
	}
	for _, s := range []string{"开会", "上课", "有事", "好了 开会", "开会 等会", "等会 李开会", "等会 王伟", "开会再说吧 监制王伟"} {
		if got := readHold(s); got == holdPause {
			t.Errorf("readHold(%q) = holdPause, want no pause", s)
		}
	}
}

// TestNotPersonWords: question words and activities are never names.
func TestNotPersonWords(t *testing.T) {
	for _, s := range []string{"开会", "啥开会", "上课", "要上课", "有事", "值班", "监考去了", "什么"} {
		if !notPersonWords(s) {
			t.Errorf("notPersonWords(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"严卫东", "王晓燕", "孙浩", "李娜", "开心", "会计", "课代表"} {
		if notPersonWords(s) {
			t.Errorf("notPersonWords(%q) = true, want false", s)
		}
	}
}
