package dialogs

import (
	"slices"
	"testing"
)

func TestWorkItem(t *testing.T) {
	season := testSeason(t)
	accept := []struct{ in, title, rest string }{
		{"田埂上的党课 2分48秒 实景拍摄", "田埂上的党课", "2分48秒，实景拍摄"},
		{"小红的入党日记 1分56秒 动画", "小红的入党日记", "1分56秒，动画"},
		{"《黄河岸边的坚守》，2分30秒", "黄河岸边的坚守", "2分30秒"},
		{"车间里的党旗红 视频切片", "车间里的党旗红", "视频切片"},
	}
	for _, c := range accept {
		title, rest, ok := workItem(season, c.in)
		if !ok || title != c.title || rest != c.rest {
			t.Errorf("workItem(%q) = %q, %q, %v; want %q, %q", c.in, title, rest, ok, c.title, c.rest)
		}
	}
	reject := []string{
		"河南省经济管理学校",            // a unit: no running time or category
		"推荐单位：河南省经济管理学校 2分30秒", // labelled
		"2分30秒",           // nothing but a running time
		"田埂上的党课",          // a title alone
		"田埂上的党课 张伟 2分30秒", // two words beside the values: not one title
	}
	for _, in := range reject {
		if title, rest, ok := workItem(season, in); ok {
			t.Errorf("workItem(%q) = %q, %q, true; want not a work", in, title, rest)
		}
	}
}

func TestEveryWorkClauses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		// accept: a count of works with 都, and the roles said after it
		{"联系人冯晓丽，三个片子联系人都是我，监制都是王建国", []string{"监制都是王建国"}},
		{"三个片子的监制都是王建国", []string{"监制都是王建国"}},
		{"每个作品监制都是王建国", []string{"监制都是王建国"}},
		// reject: no count, a question, no role, a count without 都
		{"监制都是王建国", nil},
		{"编导撰稿都是孙一鸣", nil},
		{"三个片子监制都是王建国吗？", nil},
		{"三个片子都是实景拍摄", nil},
		{"三个片子，监制王建国", nil},
	} {
		if got := everyWorkClauses(c.in); !slices.Equal(got, c.want) {
			t.Errorf("everyWorkClauses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
