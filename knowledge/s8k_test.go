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
