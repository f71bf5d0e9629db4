package knowledge

import (
	"context"
	"testing"
)

// TestNoDuplicateParts: one message never gets the same facts twice in
// different words.
func TestNoDuplicateParts(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "OriginalWhere", q: "协议书原件交到哪", want: []string{"D725B"}, parts: 1},
		{name: "OriginalMailbox", q: "原件交到哪个邮箱", want: []string{"jytzgc2024@126.com", "D725B"}, parts: 1},
		// Parts sharing only the contact line stay apart.
		{name: "DubbingAndPost", q: "能用英文配音吗？能快递吗", want: []string{"配音", "快递"}, parts: 2},
		{name: "DeadlineAndMaterials", q: "截止时间和要交哪些材料", want: []string{"7天", "报名表（附件2"}, parts: 2},
	})
}

func TestNearDuplicate(t *testing.T) {
	sh := answerShingles
	tests := []struct {
		name string
		part string
		kept []string
		want bool
	}{
		{"Same", "邮箱：jytzgc2024@126.com。（见通知 六）", []string{"邮箱：jytzgc2024@126.com。（见通知 附件1 第2条）"}, true},
		{"Contained", "联系人：孟晗、李博", []string{"联系人：孟晗、李博；联系电话：0371—69691670"}, true},
		{"Different", "作品分为五类：实景拍摄、动画制作", []string{"联系人孟晗、李博"}, false},
		{"Empty", "", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var kept []map[string]bool
			for _, k := range tt.kept {
				kept = append(kept, sh(k))
			}
			if got := isNearDuplicate(sh(tt.part), kept); got != tt.want {
				t.Errorf("isNearDuplicate = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestHelpIsNotOffTopic: asking for help or greeting leaves the reply to
// the dialog core, which shows its help.
func TestHelpIsNotOffTopic(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{"帮助", "help", "HELP", "你好", "您好！", "菜单", "老师好"} {
		t.Run(q, func(t *testing.T) {
			if a := b.Answer(context.Background(), q); a.Kind != KindNone || a.Text != "" {
				t.Errorf("got [%s] %s", a.Kind, a.Text)
			}
		})
	}
}

// TestDropSaidClauses: a clause an earlier part said is not said again
// (rp48 #65); a short clause, a new clause, or a part with nothing said
// before stays.
func TestDropSaidClauses(t *testing.T) {
	said := answerShingles("分管负责领导在汇总表上签字把关；报名表的著作权声明由著作权单位盖章，推荐单位意见栏由推荐单位盖章。（见通知 三（二））")
	cases := []struct{ part, want string }{
		// accept: the repeated clause goes, the citation stays
		{"分管负责领导在汇总表上签字把关；通知没有要求汇总表（附件4）盖章，汇总表上只有签字处。（见通知 三（二）、附件4）",
			"通知没有要求汇总表（附件4）盖章，汇总表上只有签字处。（见通知 三（二）、附件4）"},
		{"通知没有要求汇总表盖章；分管负责领导在汇总表上签字把关。（见通知 附件4）", "通知没有要求汇总表盖章。（见通知 附件4）"},
		{"分管负责领导在汇总表上签字把关。（见通知 三（二））", ""},
		// reject: nothing said before it, short, or new
		{"不可以。已在抖音发过的作品不符合要求。（见通知 附件1 第5条）", "不可以。已在抖音发过的作品不符合要求。（见通知 附件1 第5条）"},
		{"版权确认协议书由甲乙双方签字盖章。（见通知 附件3）", "版权确认协议书由甲乙双方签字盖章。（见通知 附件3）"},
	}
	for _, c := range cases {
		if got := dropSaidClauses(c.part, said); got != c.want {
			t.Errorf("dropSaidClauses(%q) = %q, want %q", c.part, got, c.want)
		}
	}
	if got := dropSaidClauses("分管负责领导在汇总表上签字把关。", nil); got != "分管负责领导在汇总表上签字把关。" {
		t.Errorf("nothing said: %q", got)
	}
}
