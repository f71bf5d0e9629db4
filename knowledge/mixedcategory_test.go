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
	cases := []answerCase{
		// accept: mixed → what the notice says and the contacts
		{q: "实拍＋AI配音算哪一类", kind: KindNotInNotice, want: []string{"利用AI生成的内容应明确标注", "孟晗"}, not: []string{"可以。"}},
		{q: "我们用剪映把学校党课录像剪成三段精华 这算视频切片还是实景拍摄啊", kind: KindNotInNotice, want: []string{"没有解释各类的含义", "孟晗"}},
		{q: "一部作品里一半是实拍一半是AI做的动画，分类能同时勾两个吗？", kind: KindNotInNotice, want: []string{"能否同时报两个类别"}, not: []string{"题材形式不限"}},
		// reject: one way of making is no mixed case
		{q: "我们做的是动画，属于哪类", kind: KindFact, want: []string{"动画制作"}, not: []string{"没有解释各类的含义"}},
		{q: "分类选哪个 我们是用手机实地拍的", kind: KindNotInNotice, want: []string{"对应通知所列分类中的“实景拍摄”"}},
		{q: "AI生成的可以参加吗", kind: KindFact, want: []string{"明确标注"}, not: []string{"没有解释各类的含义"}},
		{q: "作品分几类", kind: KindFact, want: []string{"视频切片"}, not: []string{"没有解释"}},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		t.Run(c.q, func(t *testing.T) { checkAnswer(t, a, c) })
		if strings.Count(a.Text, "实景拍摄、动画制作、AI生成、视频切片、其他") > 1 {
			t.Errorf("%q: lists the categories twice: %s", c.q, a.Text)
		}
	}
}
