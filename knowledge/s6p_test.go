package knowledge

import "testing"

// TestS6PVagueSeconds holds the vague running times given to the tens of
// seconds (round 15, rp69: "两分四十多秒" was judged as 2分钟), with accept
// and reject cases.
func TestS6PVagueSeconds(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "two forty-odd seconds", q: "我们的差不多两分四十多秒", kind: KindVideo, want: []string{"2分40多秒", "时长：通过"}, not: []string{"时长2分钟", "时长：提醒"}},
		{name: "digits", q: "视频2分40多秒，码率20兆，行不行", kind: KindVideo, want: []string{"2分40多秒"}, not: []string{"时长2分钟"}},
		{name: "near the limit", q: "我们的片子两分五十多秒中不中", kind: KindVideo, want: []string{"2分50多秒", "时长：通过"}},
		// Reject: other forms keep their readings.
		{name: "reject: to the second", q: "我们的视频两分四十秒，可以吗", kind: KindVideo, not: []string{"多秒", "2分钟"}},
		{name: "reject: minutes and more", q: "我们的视频三分多钟，超了一点点，会不会直接不收啊", want: []string{"超过3分钟"}, not: []string{"没有超过", "多秒"}},
	})
}
