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
	cases := []answerCase{
		// accept: the resolution, format and duration said before are kept
		{q: "那如果我用软件把码率转成15M呢 画质其实没变 这样可以吗", kind: KindVideo, want: []string{"1920×1080", "码率15Mbps", "结论：符合通知要求"}, not: []string{"不知道分辨率", "不符合要求"}},
		{q: "那要是码率50M呢", kind: KindVideo, want: []string{"1920×1080", "码率50Mbps"}, not: []string{"不知道分辨率"}},
		{q: "如果换成4K呢", kind: KindVideo, want: []string{"3840×2160", "码率8Mbps", "不符合要求"}},
		{q: "那时长3分20秒呢", kind: KindVideo, want: []string{"时长3分20秒", "1920×1080"}},
		// reject: not a follow-up, or nothing to judge
		{q: "码率15M的可以吗", kind: KindVideo, want: []string{"码率15Mbps"}, not: []string{"1920×1080"}},
		{q: "那截止时间是哪天", kind: KindFact, want: []string{"2025年10月15日前"}, not: []string{"1920×1080"}},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) { checkAnswer(t, b.AnswerFollowUp(ctx, c.q, first.Stated), c) })
	}
	if a := b.AnswerFollowUp(ctx, "那如果码率转成15M呢", ""); strings.Contains(a.Text, "1920×1080") {
		t.Errorf("no stated values: %s", a.Text)
	}
}
