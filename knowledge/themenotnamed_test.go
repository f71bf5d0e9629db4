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

// TestOthersPublishedAndPartyB: another's published video re-cut is not
// allowed; 乙方 asked as 学校 or 老师 gets what the agreement says of 乙方.
// Nearby questions keep their answers.
func TestOthersPublishedAndPartyB(t *testing.T) {
	b := mustLoad(t, Options{})
	cases := []struct{ q, want, not string }{
		{"从抖音上扒别人的视频剪一剪当“视频切片”报，行不行", "不可以", ""},
		{"网上扒的视频剪辑一下能报吗", "全平台未公开发表", ""},
		{"我们用了一些网上的素材可以吗", "自行解决版权问题", "不可以"},
		{"用别人的视频做素材行吗", "自行解决版权问题", "不可以"},
		{"版权确认协议书里的乙方写学校名字还是写拍视频的老师名字", "单位名称", ""},
		{"协议乙方写单位名称还是写老师个人", "单位名称", ""},
		{"甲方写谁", "河南省党员教育中心", "单位名称"},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		if !strings.Contains(a.Text, c.want) || c.not != "" && strings.Contains(a.Text, c.not) {
			t.Errorf("%q: want %q, not %q; got %s", c.q, c.want, c.not, a.Text)
		}
	}
}
