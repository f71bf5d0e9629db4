package dialogs

import (
	"strings"
	"testing"
)

// s8-n: question shapes at the 简介/摘要 step; a 简介 with a rhetorical
// question stays a 简介.
func TestGateAsksShapes(t *testing.T) {
	asks := []string{
		"对了 报名表需要盖章吗？纸质的要交几份呀",
		"纸质的要交几份呀",
		"协议书上乙方写学校名还是写我名字？我们这个不是个人作品",
		"原件寄到哪里啊",
		"摘要最多多少字",
	}
	for _, s := range asks {
		if gateProblem(s, nil) != "question" {
			t.Errorf("gateProblem(%q) = %q, want question", s, gateProblem(s, nil))
		}
	}
	texts := []string{
		"什么是初心？是一位老党员的坚守",
		"什么是初心？影片用一位老党员的讲述作答，他带着学生走进乡村，把党的声音送到群众身边。",
		"谁在守护红旗渠？一群年轻的党员教师",
		"讲述党员教师扎根乡村二十年的故事，带学生走进红旗渠纪念馆。",
		"为什么要传承红旗渠精神？本片用三位老党员的故事作答。",
	}
	for _, s := range texts {
		if p := gateProblem(s, nil); p != "" {
			t.Errorf("gateProblem(%q) = %q, want a text", s, p)
		}
	}
}

// s8-n: placeholders are never values; real values that look alike are.
func TestPlaceholder(t *testing.T) {
	for _, s := range []string{"详见报名表", "见附件", "待定", "同报名表", "详见附件2", "见报名表。", "暂无", "待补充", "XXX"} {
		if !isPlaceholder(s) {
			t.Errorf("isPlaceholder(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"同上", "同简介", "待定的青春", "见证", "红旗渠畔的讲台", "见证初心", "同心向党", "无", "张待定"} {
		if isPlaceholder(s) {
			t.Errorf("isPlaceholder(%q) = true, want false", s)
		}
	}
}

// s8-n: swapped cells are sorted by plausibility; cells that fit stay.
func TestSortSwappedCells(t *testing.T) {
	head := []string{"序号", "片名", "时长", "制作单位", "内容简介", "联系人", "联系电话"}
	cases := []struct{ vals, want []string }{
		{[]string{"1", "红旗渠畔的讲台", "安阳职业技术学院党委组织部", "2分48秒", "x", "韦丽娟", "13837245816"},
			[]string{"1", "红旗渠畔的讲台", "2分48秒", "安阳职业技术学院党委组织部", "x", "韦丽娟", "13837245816"}},
		{[]string{"1", "红旗渠畔的讲台", "2分48秒", "安阳职业技术学院党委组织部", "x", "韦丽娟", "13837245816"},
			[]string{"1", "红旗渠畔的讲台", "2分48秒", "安阳职业技术学院党委组织部", "x", "韦丽娟", "13837245816"}},
		{[]string{"1", "红旗渠畔的讲台", "13837245816", "安阳职业技术学院党委组织部", "x", "韦丽娟", "2分48秒"},
			[]string{"1", "红旗渠畔的讲台", "2分48秒", "安阳职业技术学院党委组织部", "x", "韦丽娟", "13837245816"}},
		// one bad cell with no partner stays where it is
		{[]string{"1", "红旗渠畔的讲台", "三分钟左右吧", "安阳职业技术学院党委组织部", "x", "韦丽娟", "13837245816"},
			[]string{"1", "红旗渠畔的讲台", "三分钟左右吧", "安阳职业技术学院党委组织部", "x", "韦丽娟", "13837245816"}},
	}
	for _, c := range cases {
		got := sortSwappedCells(head, c.vals)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("sortSwappedCells(%v) = %v, want %v", c.vals, got, c.want)
		}
	}
}

// s8-n: a value said before its label.
func TestValueBeforeLabel(t *testing.T) {
	for in, want := range map[string]string{
		"2分48秒是时长":       "时长：2分48秒",
		"13837245816是电话": "联系电话：13837245816",
		"片子讲的是时长":        "片子讲的是时长",
		"他说的是时长":         "他说的是时长",
	} {
		if got := strings.TrimSpace(valueBeforeLabel(in)); got != want {
			t.Errorf("valueBeforeLabel(%q) = %q, want %q", in, got, want)
		}
	}
}
