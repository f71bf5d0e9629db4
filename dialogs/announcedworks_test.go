package dialogs

import (
	"slices"
	"testing"
)

// TestAnnouncedTitles (s12-j, rp157): two or more works announced with
// their titles are read one title per work; one title, a question, or a
// title that has 一个 in it is not a list.
func TestAnnouncedTitles(t *testing.T) {
	accept := map[string][]string{
		"你好 我是漯河三职专的马老师 我们有两个片子 一个叫沙澧河畔的红色课堂 一个叫老党员的育人笔记": {"沙澧河畔的红色课堂", "老党员的育人笔记"},
		"我们报两个，第一个叫《红旗渠畔》，第二个叫《渠畔初心》":                     {"红旗渠畔", "渠畔初心"},
		"有三部作品：一部叫田埂上的党课，另一部叫车间里的党员，另外一部叫做微光":             {"田埂上的党课", "车间里的党员", "微光"},
	}
	for in, want := range accept {
		if got := announcedTitles(in); !slices.Equal(got, want) {
			t.Errorf("announcedTitles(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"我们有一个片子叫沙澧河畔的红色课堂",
		"片名叫一个人的坚守",
		"一个叫红旗渠畔 一个叫渠畔初心 这样可以吗？",
		"两个片子都叫什么好呢",
		"一个人的长征 一个党员的初心",
	}
	for _, in := range reject {
		if got := announcedTitles(in); got != nil {
			t.Errorf("announcedTitles(%q) = %q, want nil", in, got)
		}
	}
}

// TestOwnWishCount (s12-j, rp157): "两个都报" beside the wish is the number
// of works and no value; a unit or a question is not.
func TestOwnWishCount(t *testing.T) {
	for in, want := range map[string]int{"我要报名 两个都报": 2, "两个一起报": 2, "三部都报上": 3, "报两个作品": 2} {
		if got := worksSaid(in); got != want {
			t.Errorf("worksSaid(%q) = %d, want %d", in, got, want)
		}
	}
	if got := dropOwnWish("两个都报"); got != "" {
		t.Errorf("dropOwnWish(两个都报) = %q, want empty", got)
	}
	for _, in := range []string{"漯河市第三中等专业学校", "两个都报可以吗", "报了两个奖项的学校", "两个都不报"} {
		if got := dropOwnWish(in); got != in {
			t.Errorf("dropOwnWish(%q) = %q, want it unchanged", in, got)
		}
	}
}
