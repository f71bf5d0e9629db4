package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestMixedCategory: a work described by two ways of making asks what the
// notice leaves open (category_meaning: not defined, AI labelled, the
// contacts); one way of making names its category; the list of categories
// is said once (rp48 #4, #5, F4).
func TestMixedCategory(t *testing.T) {
	b := mustLoad(t, Options{})
	cases := []struct {
		q    string
		kind Kind
		want []string
		not  []string
	}{
		// accept: mixed → what the notice says and the contacts
		{"实拍＋AI配音算哪一类", KindNotInNotice, []string{"利用AI生成的内容应明确标注", "孟晗"}, []string{"可以。"}},
		{"我们用剪映把学校党课录像剪成三段精华 这算视频切片还是实景拍摄啊", KindNotInNotice, []string{"没有解释各类的含义", "孟晗"}, nil},
		{"一部作品里一半是实拍一半是AI做的动画，分类能同时勾两个吗？", KindNotInNotice, []string{"能否同时报两个类别"}, []string{"题材形式不限"}},
		// reject: one way of making is no mixed case
		{"我们做的是动画，属于哪类", KindFact, []string{"动画制作"}, []string{"没有解释各类的含义"}},
		{"分类选哪个 我们是用手机实地拍的", KindNotInNotice, []string{"对应通知所列分类中的“实景拍摄”"}, nil},
		{"AI生成的可以参加吗", KindFact, []string{"明确标注"}, []string{"没有解释各类的含义"}},
		{"作品分几类", KindFact, []string{"视频切片"}, []string{"没有解释"}},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		if a.Kind != c.kind {
			t.Errorf("%q: kind %s, want %s: %s", c.q, a.Kind, c.kind, a.Text)
		}
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%q: missing %q in %s", c.q, w, a.Text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("%q: holds %q in %s", c.q, w, a.Text)
			}
		}
		if strings.Count(a.Text, "实景拍摄、动画制作、AI生成、视频切片、其他") > 1 {
			t.Errorf("%q: lists the categories twice: %s", c.q, a.Text)
		}
	}
}
