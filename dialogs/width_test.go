package dialogs

import (
	"testing"

	"contestbot"
)

func TestCorrectionsKeepFullWidthPunctuation(t *testing.T) {
	long := "影片讲述老党员的故事。他用一盏台灯照亮求学路，学院志愿者走进夜校，展现精神！"
	cases := []struct{ in, want string }{
		{"内容简介写错了，应该是：" + long, "内容简介改成" + long},
		{"简介不对，应该是：" + long, "简介改成" + long},
	}
	for _, c := range cases {
		if got := namedCorrection(c.in); got != c.want {
			t.Errorf("namedCorrection(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if v, ok := correctsLast("不对，应该是：" + long); !ok || v != "影片讲述老党员的故事。他用一盏台灯照亮求学路，学院志愿者走进夜校，展现精神" {
		t.Errorf("correctsLast kept %q, %v", v, ok)
	}
	m := submatchOriginal(reRemoveText, "把简介里的“（暂定）”去掉")
	if m == nil || m[2] != "（暂定）" {
		t.Errorf("remove text read %q", m)
	}
}

func TestDeadlineWordsSayTheNoticesDay(t *testing.T) {
	s := &contestbot.Season{DeadlineText: "2025年10月15日前"}
	if got := deadlineWords(s); got != "2025年10月15日前" {
		t.Errorf("no override: %q", got)
	}
	s = &contestbot.Season{DeadlineText: "2099年12月31日前", NoticeDeadlineText: "2025年10月15日前"}
	if got := deadlineWords(s); got != "2099年12月31日前（本次报名截止；通知原定2025年10月15日前）" {
		t.Errorf("override: %q", got)
	}
}
