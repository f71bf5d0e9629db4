package dialogs

import (
	"testing"

	"contestbot"
)

func TestPickCategory(t *testing.T) {
	season := &contestbot.Season{Categories: []string{"实景拍摄", "动画制作", "AI生成", "视频切片", "其他"},
		CategoryWords: map[string][]string{"动画制作": {"动画"}, "实景拍摄": {"实景", "实拍"}}}
	accept := map[string]string{"那就1吧": "实景拍摄", "选2": "动画制作", "2，动画的": "动画制作", "二": "动画制作",
		"就选第3个吧": "AI生成", "嗯 4": "视频切片", "2 动画": "动画制作"}
	reject := []string{"2，实景的", "2分30秒", "12", "6", "2，时长3分钟", "那就这样吧"}
	for s, want := range accept {
		if got, ok := pickCategory(season, s); !ok || got != want {
			t.Errorf("pickCategory(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range reject {
		if got, ok := pickCategory(season, s); ok {
			t.Errorf("pickCategory(%q) = %q, want no pick", s, got)
		}
	}
}

func TestItemsSaid(t *testing.T) {
	type want struct {
		items []int
		yes   bool
	}
	accept := map[string]want{
		"123都是":   {[]int{1, 2, 3}, true},
		"前三个都是":   {[]int{1, 2, 3}, true},
		"1到3都符合":  {[]int{1, 2, 3}, true},
		"第4个不是":   {[]int{4}, false},
		"1、2、3都对": {[]int{1, 2, 3}, true},
		"前两条没问题":  {[]int{1, 2}, true},
	}
	reject := []string{"都是", "是", "5都是", "第4个用了AI配音", "123", "2025年拍的", "1到3都符合吗"}
	for s, w := range accept {
		items, yes, ok := itemsSaid(s, 4)
		if !ok || yes != w.yes || len(items) != len(w.items) {
			t.Errorf("itemsSaid(%q) = %v, %v, %v; want %v", s, items, yes, ok, w)
			continue
		}
		for i := range items {
			if items[i] != w.items[i] {
				t.Errorf("itemsSaid(%q) = %v; want %v", s, items, w.items)
			}
		}
	}
	for _, s := range reject {
		if items, _, ok := itemsSaid(s, 4); ok {
			t.Errorf("itemsSaid(%q) = %v, want none", s, items)
		}
	}
}
