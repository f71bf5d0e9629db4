package knowledge

import (
	"testing"
)

func TestFoldCNDates(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"day", "十五号当天交还算吗", "15号当天交还算吗"},
		{"month and day", "十月十五日前", "10月15日前"},
		{"twenty", "二十号", "20号"},
		{"thirty-one", "三十一日", "31日"},
		{"year", "二零二四年的片子", "2024年的片子"},
		{"year with 〇", "二〇二六年", "2026年"},
		{"month over twelve kept", "十三月", "十三月"},
		{"two months kept", "两个月", "两个月"},
		{"no numeral", "截止时间", "截止时间"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := foldCNDates(c.in); got != c.want {
				t.Errorf("foldCNDates(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestFormFragment(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want bool
	}{
		{"check boxes", "□实景拍摄 □动画制作 □AI生成", true},
		{"field label", "制作单位", true},
		{"blank labels", "甲方（组织方）： 乙方（投稿作者）：", true},
		{"blank title", "作品标题：《 》", true},
		{"label with value", "地址：河南省郑州市金水区 联系方式：", false},
		{"sentence", "报送作品请勿添加彩条、开场字幕说明以及任何形式的水印logo。", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := formFragment(c.in); got != c.want {
				t.Errorf("formFragment(%q) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

// TestPartlyAnswered checks that a question asking for a detail the
// notice does not give says so, quotes what it does say and names the
// contacts, while a question the curated answer covers is left alone.
func TestPartlyAnswered(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "time of results", q: "结果大概几月份出来", kind: KindNotInNotice, want: []string{"没有说明", "河南组工信息", "0371—69691670"}},
		{name: "time of a stage", q: "初审什么时候结束", kind: KindNotInNotice, want: []string{"没有说明具体时间", "初审筛选"}, not: []string{"距截止"}},
		{name: "count of rounds", q: "评审分几轮", kind: KindFact, want: []string{"三个环节", "现场集中评审"}}, // s9-k: the notice gives the stages
		{name: "ratio", q: "获奖比例是多少", kind: KindNotInNotice, want: []string{"没有说明比例", "特等奖1名"}},
		{name: "criteria", q: "评审打分看哪些方面", kind: KindNotInNotice, want: []string{"没有公布评分细则", "现场集中评审"}},
		{name: "deadline answered", q: "截止时间是哪天，交到哪里？", kind: KindFact, want: []string{"2025年10月15日前", "jytzgc2024@126.com"}, not: []string{"没有说明"}},
		{name: "count answered", q: "作品分几类", kind: KindFact, want: []string{"五类"}, not: []string{"没有说明"}},
		{name: "last day", q: "十五号当天交还算吗", kind: KindNotInNotice, want: []string{"10月15日前", "没有说明", "0371—69691670"}},
		{name: "no blank form quoted", q: "制作单位是谁都可以吗", kind: KindFact, want: []string{"独立完成或与相关单位"}, not: []string{"□"}},
		{name: "one part", q: "作品要求多大分辨率？", kind: KindFact, want: []string{"1080P", "4K"}, not: []string{"3分钟", "文件大小"}},
		{name: "statement of publication", q: "片子在学校官网挂过一段时间", kind: KindFact, want: []string{"未公开发表"}},
	})
}
