package knowledge

import "testing"

// TestS7JAboutMinutes (round 17, rp81 p81a): "三分来钟" and "三分钟左右" are
// about 3 minutes, either side: never "正好3分钟，通过".
func TestS7JAboutMinutes(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "三分来钟", q: "俺们这片子三分来钟 时间长短有要求没有 超一点中不中", want: []string{"3分钟左右", "看一下准确时长", "时长可能超过"}, not: []string{"正好3分钟", "时长：通过", "结论：时长超过"}},
		{name: "三分钟左右", q: "视频三分钟左右，1080P，码率20兆，行不行", kind: KindVideo, want: []string{"3分钟左右"}, not: []string{"正好3分钟", "时长：通过"}},
		{name: "大概两分钟", q: "片子大概两分钟 中不中", want: []string{"时长：通过"}, not: []string{"正好"}},
		// Reject: exact values keep their readings.
		{name: "reject: exact three", q: "3分整 不算超吧", want: []string{"正好3分钟"}},
		{name: "reject: to the second", q: "我们的视频两分四十秒，可以吗", kind: KindVideo, not: []string{"左右"}},
	})
}

// TestS7JCompletionDecides (round 17, rp82 p82b): of a shooting and a
// completion date the later decides.
func TestS7JCompletionDecides(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "shot 2024, finished 2025", q: "我们这个片子是2024年12月拍的，但是一直到2025年3月才剪完定稿，这种算2025年以来完成的作品吗？", want: []string{"2025年3月"}, not: []string{"不在2025年以来"}},
		{name: "both in one line", q: "2024年12月拍的 2025年3月剪完 能报不", want: []string{"2025年3月"}, not: []string{"不在2025年以来"}},
		// Reject: one date before the period stays out of it.
		{name: "reject: finished 2024", q: "我们的片子2024年12月拍完的，能报吗", want: []string{"2024年12月"}, not: []string{"2025年3月"}},
	})
}
