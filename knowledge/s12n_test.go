package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestRound38Features: the bot's own withdraw, "我的作品" and filled
// agreement answers (rp160 q70, q71, q79), and near-misses that stay on
// their own answers.
func TestRound38Features(t *testing.T) {
	b := mustLoad(t, Options{})
	accept := []struct{ q, want string }{
		{"我已经报了一个作品，想撤销怎么办", "取消第1个作品"},
		{"报的作品能撤销不", "取消第1个作品"},
		{"俺报哩作品能查查不 看看报上没", "我的作品"},
		{"我那个片子报上没有", "我的作品"},
		{"版权确认协议书也在这里填吗", "下载报名材料"},
		{"协议书在这里填不", "D725B"},
	}
	for _, c := range accept {
		a := b.Answer(context.Background(), c.q)
		if a.Kind != KindFeature || !strings.Contains(a.Text, c.want) || strings.Contains(a.Text, "通知中没有说明") {
			t.Errorf("%q: got [%s] %s, want feature with %q", c.q, a.Kind, a.Text, c.want)
		}
	}
	reject := []struct{ q, not string }{
		{"版权协议书乙方填谁", "不用另填"},
		{"版权确认协议书的有效期到什么时候", "不用另填"},
		{"需要报送哪些材料？", "取消第1个作品"},
		{"报名表纸质版要寄到哪里", "我的作品"},
	}
	for _, c := range reject {
		if a := b.Answer(context.Background(), c.q); strings.Contains(a.Text, c.not) {
			t.Errorf("%q: got [%s] %s, must not contain %q", c.q, a.Kind, a.Text, c.not)
		}
	}
}
