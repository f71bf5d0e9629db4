package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestThemesQuoteNotice: every theme of the facts is a verbatim clause of
// the notice's section 二, and the theme answer holds each of them whole
// (the notice's fixed phrases, such as 坚定拥护“两个确立”、坚决做到“两个维护”
// and 锚定“两高四着力”, are never reworded).
func TestThemesQuoteNotice(t *testing.T) {
	b := mustLoad(t, Options{})
	sec, ok := b.Section("二")
	if !ok {
		t.Fatal("no section 二")
	}
	if len(b.facts.Themes) != 7 {
		t.Fatalf("%d themes, want the notice's 7", len(b.facts.Themes))
	}
	for i, th := range b.facts.Themes {
		if !strings.Contains(sec.Text, th) {
			t.Errorf("theme %d is not the notice's wording: %q", i+1, th)
		}
	}
	for _, q := range []string{"老师您好，请问这次大赛的作品要围绕哪些主题呀？", "选题方向", "主题有什么要求"} {
		a := b.Answer(context.Background(), q)
		for i, th := range b.facts.Themes {
			if !strings.Contains(a.Text, th) {
				t.Errorf("%q: theme %d not quoted whole:\n%s", q, i+1, a.Text)
			}
		}
		for _, w := range []string{"坚定拥护“两个确立”、坚决做到“两个维护”", "锚定“两高四着力”", "弘扬社会主义核心价值观", "和党中央决策部署"} {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%q: missing %s", q, w)
			}
		}
	}
	// Reject: a reworded list fails the comparison.
	if strings.Contains(sec.Text, "拥护“两个确立”、做到“两个维护”") &&
		strings.Contains(sec.Text, "1.用习近平新时代中国特色社会主义思想凝心铸魂") {
		t.Error("the check would accept the reworded list")
	}
}
