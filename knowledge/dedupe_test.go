package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestNoDuplicateParts: one message never gets the same facts twice in
// different words.
func TestNoDuplicateParts(t *testing.T) {
	b := mustLoad(t, Options{})
	tests := []struct {
		name  string
		q     string
		want  []string
		parts int
	}{
		{"OriginalWhere", "协议书原件交到哪", []string{"D725B"}, 1},
		{"OriginalMailbox", "原件交到哪个邮箱", []string{"jytzgc2024@126.com", "D725B"}, 1},
		// Parts sharing only the contact line stay apart.
		{"DubbingAndPost", "能用英文配音吗？能快递吗", []string{"配音", "快递"}, 2},
		{"DeadlineAndMaterials", "截止时间和要交哪些材料", []string{"7天", "报名表（附件2"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Answer(context.Background(), tt.q)
			if n := strings.Count(a.Text, "（见通知 "); n != tt.parts {
				t.Errorf("%d parts, want %d: %s", n, tt.parts, a.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q: %s", w, a.Text)
				}
			}
		})
	}
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
