package knowledge

import "testing"

// s11-j: round 30 (rp143, rp146), the bot's own features asked in own words.

// TestS11jRegisterForMe (rp146 q53): "你能帮俺报名不" asks whether the bot
// registers: it does, with "我要报名". Help for another school, or a
// question about materials, is no such wish.
func TestS11jRegisterForMe(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "你能帮俺报名不", kind: KindFeature, want: []string{"我要报名"}, not: []string{"通知中没有说明"}},
		{q: "能帮我们报名吗", kind: KindFeature, want: []string{"我要报名"}},
		{q: "你帮我报名行不", kind: KindFeature, want: []string{"我要报名"}},
		// near-misses
		{q: "帮别的学校报名可以吗", want: []string{"推荐单位写那所学校的全称"}},
		{q: "帮我报名需要准备什么材料", want: []string{"报名表（附件2"}},
		{q: "报名截止时间是哪天", not: []string{"一项项问"}},
	})
}

// TestS11jLinkOptional (rp143): a video link here is asked about as if
// required; it is an optional format check, the film goes to the mailbox.
func TestS11jLinkOptional(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "在这里还要交视频链接？不交行不行", kind: KindFeature, want: []string{"不是必须", "jytzgc2024@126.com"}},
		{q: "视频链接是必须的吗", kind: KindFeature, want: []string{"不是必须"}},
		{q: "下载链接不发可以吗", kind: KindFeature, want: []string{"不是必须"}},
		// near-misses
		{q: "链接怎么发", not: []string{"不是必须"}},
		{q: "报名表必须交吗", not: []string{"不是必须交视频链接"}},
		{q: "作品能直接发给你吗", not: []string{"不是必须交视频链接"}},
	})
}
