package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestLongestReading: a word inside a longer word of another concept does
// not count on its own.
func TestLongestReading(t *testing.T) {
	b := mustLoad(t, Options{})
	tests := []struct {
		name string
		q    string
		want string
		not  string
	}{
		{"DeadlineNotValidity", "最后期限是啥时候", "2025年10月15日前", "2026年1月1日"},
		{"FundingNotPrize", "谁出钱", "党员教育年度经费", "奖金"},
		{"GenericHelpersStay", "交到哪里", "jytzgc2024@126.com", ""},
		{"MailboxAfterGenericWhere", "发哪个邮箱", "jytzgc2024@126.com", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Answer(context.Background(), tt.q)
			if !strings.Contains(a.Text, tt.want) || (tt.not != "" && strings.Contains(a.Text, tt.not)) {
				t.Errorf("got [%s] %s", a.Kind, a.Text)
			}
		})
	}
}
