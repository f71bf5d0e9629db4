package dialogs

import "testing"

// Issue #10 class 2 (d1): chatter around a 简介 or 摘要 is not the text.
func TestFreeTextChatterOff(t *testing.T) {
	const story = "影片讲述老党员扎根乡村四十年带领村民致富的故事。"
	for _, tc := range []struct {
		in, story string
		review    bool
	}{
		{story + "你看看行不行", story, true},
		{"我先发这些 " + story, story, false},
		{"这是我们老师写的：" + story + "回头再改", story, false},
		{story + " 你帮我看下", story, true},
		{"先发一版，" + story + "有问题再改", story, false},
		{"下面是宣传部给的：" + story, story, false},
		{"影片讲述老党员扎根乡村四十年带领村民致富的故事，你看咋样", "影片讲述老党员扎根乡村四十年带领村民致富的故事", true},
		{story + "这样写行吗", story, true},
	} {
		got, review, ok := freeTextChatterOff(tc.in)
		if !ok || got != tc.story || review != tc.review {
			t.Errorf("freeTextChatterOff(%q) = %q, %v, %v; want %q, %v", tc.in, got, review, ok, tc.story, tc.review)
		}
	}
	// The whole message is the text: nothing comes off.
	for _, in := range []string{
		story,
		"这是一部讲述老党员扎根乡村四十年的片子，展现了初心。",
		"影片讲述老党员的故事，回头看四十年风雨路。",
		"记录了孩子们写给老书记的信，看看他们眼中的党员。",
		"片子讲述了学生们自己写的剧本如何搬上舞台，就这样一步步成长。",
		"你看看行不行",
		"我先发这些",
	} {
		if got, _, ok := freeTextChatterOff(in); ok {
			t.Errorf("freeTextChatterOff(%q) took chatter off: %q", in, got)
		}
	}
}
