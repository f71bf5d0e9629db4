package knowledge

import "testing"

// TestLongestReading: a word inside a longer word of another concept does
// not count on its own.
func TestLongestReading(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "DeadlineNotValidity", q: "最后期限是啥时候", want: []string{"2025年10月15日前"}, not: []string{"2026年1月1日"}},
		{name: "FundingNotPrize", q: "谁出钱", want: []string{"党员教育年度经费"}, not: []string{"奖金"}},
		{name: "GenericHelpersStay", q: "交到哪里", want: []string{"jytzgc2024@126.com"}},
		{name: "MailboxAfterGenericWhere", q: "发哪个邮箱", want: []string{"jytzgc2024@126.com"}},
	})
}

// TestHomophoneTypos: one character swapped for a homophone still
// matches; a different word that only folds the same does not.
func TestHomophoneTypos(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "Mailbox", q: "邮相是多少", want: []string{"jytzgc2024@126.com"}},
		{name: "EntryForm", q: "报命表要几份", want: []string{"1式2份"}},
		{name: "Copyright", q: "版全协议书原件交哪", want: []string{"D725B"}},
		{name: "Duration", q: "片子时常多少", want: []string{"3分钟"}},
		{name: "Portrait", q: "竖平可以嘛", want: []string{"横竖屏皆可"}},
		{name: "Bitrate", q: "玛率要求", want: []string{"10-50Mbps"}},
		// Not typos: "号吗" is not 号码, "直接说" is not 解说.
		{name: "QuestionParticle", q: "截止是15号吗", want: []string{"2025年10月15日前"}, not: []string{"0371—69691670"}},
		{name: "Directly", q: "直接说截止时间", want: []string{"2025年10月15日前"}, not: []string{"配音"}},
	})
}

func TestOneSubstitution(t *testing.T) {
	tests := []struct {
		name, got, want string
		ok              bool
	}{
		{"OneSwap", "邮相", "邮箱", true},
		{"Same", "邮箱", "邮箱", false},
		{"TwoSwaps", "油相", "邮箱", false},
		{"Length", "邮", "邮箱", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := oneSubstitution(tt.got, tt.want); got != tt.ok {
				t.Errorf("oneSubstitution(%q, %q) = %v", tt.got, tt.want, got)
			}
		})
	}
}

// TestVideoWordsAnswers: what the words leave to the notice is said so.
func TestVideoWordsAnswers(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "SizeOnly", q: "视频有500MB能发吗", kind: KindNotInNotice, want: []string{"没有说明文件大小"}},
		{name: "CodecOnly", q: "H265行吗", kind: KindVideo, want: []string{"没有规定", "mp4"}},
		{name: "Orientation", q: "1080p 码率12兆 横屏", kind: KindVideo, want: []string{"横竖屏皆可", "通过"}},
		{name: "EnglishDuration", q: "3min30s行吗", kind: KindVideo, want: []string{"原则上"}},
		{name: "EnglishRule", q: "mp4 only?", kind: KindFact, want: []string{"视频文件格式为mp4"}},
	})
}

// TestGenericSecondary: generic words alone ("在哪" + "作品") neither beat
// a topic word nor add a second answer; a real second question still does.
func TestGenericSecondary(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "TopicWins", q: "作品在哪展播", want: []string{"党课开讲"}, not: []string{"jytzgc2024@126.com"}, parts: 1},
		{name: "TwoQuestions", q: "什么时候截止，在哪交", want: []string{"2025年10月15日前", "jytzgc2024@126.com"}, parts: 2},
		{name: "WhoReceives", q: "交给谁", want: []string{"组干处"}, parts: 1},
	})
}
