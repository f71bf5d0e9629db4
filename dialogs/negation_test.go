package dialogs

import (
	"testing"

	"contestbot"
)

// Issue #10 class 5 (d1): negation read generally for the yes/no facts.
func TestGeneralNegation(t *testing.T) {
	p := period{2025, testSeason(t)}
	fact := func(f contestbot.Field, want bool) func(string) bool {
		return func(s string) bool {
			got, v, ok := eligibilityClause(dialectNegation(s), p)
			return ok && got == f && v == want
		}
	}
	checkReaders(t, []readerCase{
		{
			name: "unpublished",
			fn:   fact(contestbot.FieldUnpublished, true),
			accept: []string{"没往网上放过", "没往抖音上发过", "从来没发过", "木有发过", "没在哪儿播过", "冇得发过", "冇发过",
				"从来没往抖音上发过", "没在视频号上传过", "网上没发", "没有在任何平台发布过", "从没在网上公开过", "未曾发表"},
			reject: []string{"发过抖音", "在抖音上发过", "在学校公众号发了", "已经传到B站了", "没想到发过抖音了", "没用AI发过抖音"},
		},
		{
			name:   "published",
			fn:     fact(contestbot.FieldUnpublished, false),
			accept: []string{"发过抖音", "在抖音上发过", "已经发表过了"},
			reject: []string{"没往网上放过", "冇得发过", "从来没发过", "没在哪儿播过"},
		},
		{
			name: "no AI",
			fn:   fact(contestbot.FieldAIUsed, false),
			accept: []string{"没用AI", "AI一点没用", "AI一点也没用", "AI也没用", "没用啥AI", "没用那啥AI", "AI也木有用", "冇用AI",
				"ai没有使用", "AI啥的都没用", "没用任何AI"},
			reject: []string{"用了AI配音", "AI配音用了一点", "用AI做了片头", "有AI生成的画面"},
		},
	})
}

func TestGeneralNegationLeavesOtherWords(t *testing.T) {
	for _, s := range []string{"没想到发过抖音", "没用AI发过抖音", "没问题", "木棉花开", "发布会上放过"} {
		if got := generalNegation(s); got != s {
			t.Errorf("generalNegation(%q) = %q, want it unchanged", s, got)
		}
	}
}

// The one-question path reads the same negations.
func TestParseYesNoGeneralNegation(t *testing.T) {
	p := period{2025, testSeason(t)}
	for _, tc := range []struct {
		f    contestbot.Field
		in   string
		want bool
	}{
		{contestbot.FieldUnpublished, "冇得发过", true},
		{contestbot.FieldUnpublished, "没往网上放过", true},
		{contestbot.FieldUnpublished, "没在哪儿播过", true},
		{contestbot.FieldUnpublished, "发过抖音", false},
		{contestbot.FieldAIUsed, "AI一点没用", false},
		{contestbot.FieldAIUsed, "没用啥AI", false},
		{contestbot.FieldAIUsed, "用了AI配音", true},
	} {
		if got, ok := parseYesNo(tc.f, tc.in, p); !ok || got != tc.want {
			t.Errorf("parseYesNo(%s, %q) = %v, %v; want %v", tc.f, tc.in, got, ok, tc.want)
		}
	}
}
