package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestLongestReading: a word inside a longer word of another concept does
// not count on its own.
func TestLongestReading(t *testing.T) {
	b := mustLoad(t, Options{})
	tests := []struct {
		name string
		q    string
		want string
		not  string
	}{
		{"DeadlineNotValidity", "最后期限是啥时候", "2025年10月15日前", "2026年1月1日"},
		{"FundingNotPrize", "谁出钱", "党员教育年度经费", "奖金"},
		{"GenericHelpersStay", "交到哪里", "jytzgc2024@126.com", ""},
		{"MailboxAfterGenericWhere", "发哪个邮箱", "jytzgc2024@126.com", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Answer(context.Background(), tt.q)
			if !strings.Contains(a.Text, tt.want) || (tt.not != "" && strings.Contains(a.Text, tt.not)) {
				t.Errorf("got [%s] %s", a.Kind, a.Text)
			}
		})
	}
}

// TestHomophoneTypos: one character swapped for a homophone still
// matches; a different word that only folds the same does not.
func TestHomophoneTypos(t *testing.T) {
	b := mustLoad(t, Options{})
	tests := []struct {
		name string
		q    string
		want string
		not  string
	}{
		{"Mailbox", "邮相是多少", "jytzgc2024@126.com", ""},
		{"EntryForm", "报命表要几份", "1式2份", ""},
		{"Copyright", "版全协议书原件交哪", "D725B", ""},
		{"Duration", "片子时常多少", "3分钟", ""},
		{"Portrait", "竖平可以嘛", "横竖屏皆可", ""},
		{"Bitrate", "玛率要求", "10-50Mbps", ""},
		// Not typos: "号吗" is not 号码, "直接说" is not 解说.
		{"QuestionParticle", "截止是15号吗", "2025年10月15日前", "0371—69691670"},
		{"Directly", "直接说截止时间", "2025年10月15日前", "配音"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Answer(context.Background(), tt.q)
			if !strings.Contains(a.Text, tt.want) || (tt.not != "" && strings.Contains(a.Text, tt.not)) {
				t.Errorf("got [%s] %s", a.Kind, a.Text)
			}
		})
	}
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
	b := mustLoad(t, Options{})
	tests := []struct {
		name  string
		q     string
		want  []string
		not   string
		parts int
	}{
		{"TopicWins", "作品在哪展播", []string{"党课开讲"}, "jytzgc2024@126.com", 1},
		{"TwoQuestions", "什么时候截止，在哪交", []string{"2025年10月15日前", "jytzgc2024@126.com"}, "", 2},
		{"WhoReceives", "交给谁", []string{"组干处"}, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Answer(context.Background(), tt.q)
			if n := strings.Count(a.Text, "（见通知 "); n != tt.parts {
				t.Errorf("%d parts, want %d: %s", n, tt.parts, a.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q: %s", w, a.Text)
				}
			}
			if tt.not != "" && strings.Contains(a.Text, tt.not) {
				t.Errorf("answer has %q: %s", tt.not, a.Text)
			}
		})
	}
}
