package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestS8CNoUnaskedFacet extends TestNoUnaskedParagraph to the sides of one
// topic (s8-c facets.go, rp88 Q4, Q37, Q67): a question about one side
// of a topic gets no sentence on another side, and a question on the
// topic as a whole, or naming the side, still gets it.
func TestS8CNoUnaskedFacet(t *testing.T) {
	b := mustLoad(t, Options{})
	cases := []struct {
		q         string
		want, not []string
	}{
		// accept: the side asked is said, the others are not
		{"有没有最短时长要求？30秒的行吗", []string{"没有规定最短时长", "时长：通过"}, []string{"超过3分钟会怎样处理", "确需超出"}},
		{"视频最短要多长", []string{"没有规定最短时长"}, []string{"确需超出"}},
		{"超过三分钟行不行", []string{"原则上不超过3分钟", "确需超出"}, []string{"最短时长"}},
		{"尊敬的工作人员：您好！我校拟推荐作品若干部，请问报送数量是否有上限？如报送多部作品，是否需要排序？烦请告知，谢谢！",
			[]string{"数量不限", "排序"}, []string{"推荐单位-序号-片名"}},
		{"报了三部要排序吗", []string{"排序"}, []string{"推荐单位-序号-片名"}},
		{"是不是只能拍党员 拍身边普通群众的好人好事行不行", []string{"身边典型人物"}, []string{"两个确立"}},
		{"选题必须从那7条里面挑吗", []string{"应重点围绕", "第7项"}, []string{"两个确立"}},
		// reject: a question on the whole topic, or naming the side, keeps it
		{"时长有什么要求", []string{"原则上不超过3分钟", "没有规定最短时长", "确需超出"}, nil},
		{"排序和文件名里的序号怎么弄", []string{"排序", "推荐单位-序号-片名"}, nil},
		{"选题有哪些", []string{"两个确立"}, nil},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%q: lacks %q: %s", c.q, w, a.Text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("%q: unasked %q: %s", c.q, w, a.Text)
			}
		}
	}
}
