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
