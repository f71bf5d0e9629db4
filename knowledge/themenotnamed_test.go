package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestThemeNotNamed: a subject no listed theme names, another plenum, or
// "must we pick from the list" gets what the notice says, the open last
// theme and the contacts, never the bare list; a subject one theme names
// gets that theme.
func TestThemeNotNamed(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{
		"二十届四中全会精神能当选题不？通知里好像只写了二中三中",
		"二十届五中全会的内容可以拍吗",
		"选题是不是必须从那7条里面挑啊 我们想拍学生志愿者暑假支教",
		"俺们学校有个老党员退休了还天天义务给娃们补课 这种拍出来中不中",
	} {
		a := b.Answer(context.Background(), q)
		if !strings.Contains(a.Text, "第7项") || !strings.Contains(a.Text, "孟晗") {
			t.Errorf("%q: want the open last theme and the contacts, got %s", q, a.Text)
		}
	}
	for _, q := range []string{"学习二十届三中全会精神的片子行吗", "拍黄河流域生态保护的可以吗"} {
		a := b.Answer(context.Background(), q)
		if strings.Contains(a.Text, "没有提到你说的这次全会") || strings.Contains(a.Text, "第7项是") {
			t.Errorf("%q: a listed theme, got %s", q, a.Text)
		}
	}
	for q, want := range map[string]bool{"四中全会": true, "二十届三中全会": false, "二中全会精神": false, "全会精神": false} {
		if got := namesOtherPlenum(q, b.facts.Themes[1]); got != want {
			t.Errorf("namesOtherPlenum(%q) = %v, want %v", q, got, want)
		}
	}
}
