package knowledge

import "testing"

// TestS8kOtherEvent: another event only when one is named (round 25, rp98
// Q3; rp97): an organisation beside this contest's own words, or beside
// 活动 in "主题党日活动的录像", names none (branch s8-k).
func TestS8kOtherEvent(t *testing.T) {
	b := mustLoad(t, Options{})
	const refusal = "其他比赛或活动请看它们自己的通知"
	checkAnswers(t, b, []answerCase{
		{name: "subject of this contest", q: "请问此次大赛的参赛主体是什么？我们学院团委能否以团委名义报送？", want: []string{"孟晗"}, not: []string{refusal}},
		{name: "subject", q: "参赛主体是谁", kind: KindFact, want: []string{"委管高职、中职学校"}, not: []string{refusal, "两个确立"}},
		{name: "youth league footage", q: "我们是团委的 手里有学校之前主题党日活动的录像 剪成短片能参加吗 算哪一类啊", want: []string{"五类"}, not: []string{refusal}},
		{name: "activity footage", q: "从学校活动录像里剪的算哪一类", want: []string{"视频切片"}, not: []string{refusal}},
		{name: "reject: ministry contest", q: "我们学校还想参加教育部的微课大赛，那个截止时间是多少", kind: KindOffTopic, want: []string{refusal}},
		{name: "reject: league essay", q: "团委办的那个征文比赛什么时候截止", kind: KindOffTopic, want: []string{refusal}},
		{name: "reject: provincial league", q: "团省委的比赛什么时候截止", kind: KindOffTopic, want: []string{refusal}},
	})
}

// TestS8kNoOrientationAssumed: a size named by its tier assumes no 横屏
// (rp98 Q6/Q27/Q28); a size given in pixels, or an orientation said, is
// kept.
func TestS8kNoOrientationAssumed(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "1080P low rate", q: "我们的视频是1080P，码率8Mbps，mp4格式，符合要求吗？", kind: KindVideo, want: []string{"1080P（1920×1080或1080×1920，横竖屏皆可）", "码率：不通过"}, not: []string{"横屏）"}},
		{name: "4K low rate", q: "4K码率25M行不行", kind: KindVideo, want: []string{"4K（3840×2160或2160×3840，横竖屏皆可）"}, not: []string{"横屏）"}},
		{name: "1080P high rate", q: "视频码率55Mbps 1080P 可以吗", kind: KindVideo, want: []string{"横竖屏皆可）"}, not: []string{"横屏）"}},
		{name: "reject: pixels given", q: "1920x1080 码率20M 行吗", kind: KindVideo, want: []string{"1920×1080"}},
		{name: "reject: portrait said", q: "4K 码率60M 竖屏 2分45秒 mp4 行不行", kind: KindVideo, want: []string{"2160×3840（4K 竖屏）"}},
		{name: "reject: landscape said", q: "1080P 横屏 码率20M 行吗", kind: KindVideo, want: []string{"横屏"}, not: []string{"（横竖屏皆可）"}},
	})
}
