package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestAnswerFollowUp: a follow-up on a verdict keeps the values stated
// before (rp48 #29); a message that does not open as a follow-up, or
// states nothing to judge, is answered alone.
func TestAnswerFollowUp(t *testing.T) {
	b := mustLoad(t, Options{})
	ctx := context.Background()
	first := b.Answer(ctx, "我们的片子1920x1080，码率8Mbps，mp4格式，时长2分50秒，符合要求吗？")
	if first.Kind != KindVideo || !strings.Contains(first.Stated, "1920×1080") {
		t.Fatalf("first verdict: kind %s, stated %q", first.Kind, first.Stated)
	}
	cases := []struct {
		q    string
		kind Kind
		want []string
		not  []string
	}{
		// accept: the resolution, format and duration said before are kept
		{"那如果我用软件把码率转成15M呢 画质其实没变 这样可以吗", KindVideo, []string{"1920×1080", "码率15Mbps", "结论：符合通知要求"}, []string{"不知道分辨率", "不符合要求"}},
		{"那要是码率50M呢", KindVideo, []string{"1920×1080", "码率50Mbps"}, []string{"不知道分辨率"}},
		{"如果换成4K呢", KindVideo, []string{"3840×2160", "码率8Mbps", "不符合要求"}, nil},
		{"那时长3分20秒呢", KindVideo, []string{"时长3分20秒", "1920×1080"}, nil},
		// reject: not a follow-up, or nothing to judge
		{"码率15M的可以吗", KindVideo, []string{"码率15Mbps"}, []string{"1920×1080"}},
		{"那截止时间是哪天", KindFact, []string{"2025年10月15日前"}, []string{"1920×1080"}},
	}
	for _, c := range cases {
		a := b.AnswerFollowUp(ctx, c.q, first.Stated)
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
	}
	if a := b.AnswerFollowUp(ctx, "那如果码率转成15M呢", ""); strings.Contains(a.Text, "1920×1080") {
		t.Errorf("no stated values: %s", a.Text)
	}
}
