package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestLongestReading: a word inside a longer word of another concept does
// not count on its own.
func TestLongestReading(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "DeadlineNotValidity", q: "最后期限是啥时候", want: []string{"2025年10月15日前"}, not: "2026年1月1日"},
		{name: "FundingNotPrize", q: "谁出钱", want: []string{"党员教育年度经费"}, not: "奖金"},
		{name: "GenericHelpersStay", q: "交到哪里", want: []string{"jytzgc2024@126.com"}, not: ""},
		{name: "MailboxAfterGenericWhere", q: "发哪个邮箱", want: []string{"jytzgc2024@126.com"}, not: ""},
	})
}

// TestHomophoneTypos: one character swapped for a homophone still
// matches; a different word that only folds the same does not.
func TestHomophoneTypos(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "Mailbox", q: "邮相是多少", want: []string{"jytzgc2024@126.com"}, not: ""},
		{name: "EntryForm", q: "报命表要几份", want: []string{"1式2份"}, not: ""},
		{name: "Copyright", q: "版全协议书原件交哪", want: []string{"D725B"}, not: ""},
		{name: "Duration", q: "片子时常多少", want: []string{"3分钟"}, not: ""},
		{name: "Portrait", q: "竖平可以嘛", want: []string{"横竖屏皆可"}, not: ""},
		{name: "Bitrate", q: "玛率要求", want: []string{"10-50Mbps"}, not: ""},
		// Not typos: "号吗" is not 号码, "直接说" is not 解说.
		{name: "QuestionParticle", q: "截止是15号吗", want: []string{"2025年10月15日前"}, not: "0371—69691670"},
		{name: "Directly", q: "直接说截止时间", want: []string{"2025年10月15日前"}, not: "配音"},
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
	b := mustLoad(t, Options{})
	tests := []struct {
		name string
		q    string
		kind Kind
		want []string
	}{
		{"SizeOnly", "视频有500MB能发吗", KindNotInNotice, []string{"没有说明文件大小"}},
		{"CodecOnly", "H265行吗", KindVideo, []string{"没有规定", "mp4"}},
		{"Orientation", "1080p 码率12兆 横屏", KindVideo, []string{"横竖屏皆可", "通过"}},
		{"EnglishDuration", "3min30s行吗", KindVideo, []string{"原则上"}},
		{"EnglishRule", "mp4 only?", KindFact, []string{"视频文件格式为mp4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Answer(context.Background(), tt.q)
			if a.Kind != tt.kind {
				t.Errorf("kind %s, want %s: %s", a.Kind, tt.kind, a.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q: %s", w, a.Text)
				}
			}
		})
	}
}

// TestGenericSecondary: generic words alone ("在哪" + "作品") neither beat
// a topic word nor add a second answer; a real second question still does.
func TestGenericSecondary(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "TopicWins", q: "作品在哪展播", want: []string{"党课开讲"}, not: "jytzgc2024@126.com", parts: 1},
		{name: "TwoQuestions", q: "什么时候截止，在哪交", want: []string{"2025年10月15日前", "jytzgc2024@126.com"}, not: "", parts: 2},
		{name: "WhoReceives", q: "交给谁", want: []string{"组干处"}, not: "", parts: 1},
	})
}
