package knowledge

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestParseWorkDate(t *testing.T) {
	cases := []struct {
		name, q   string
		ok        bool
		year, mon int
	}{
		{"this year and month", "今年3月拍的片子能报吗", true, 2025, 3},
		{"last year end", "去年年底拍的行不行", true, 2024, 12},
		{"year before last", "前年做的可以吗", true, 2023, 0},
		{"two-digit year with noun", "23年的片子能报吗", true, 2023, 0},
		{"full year and part", "2024年底拍的能不能参加", true, 2024, 12},
		{"last month", "上个月刚拍完的能报吗", true, 2025, 9},
		{"bare month", "3月份拍的行吗", true, 2025, 3},
		{"Chinese month", "今年五月做的", true, 2025, 5},
		{"month still to come", "12月拍的行吗", false, 0, 0},
		{"the rule itself", "2025年以来拍的是什么意思", false, 0, 0},
		{"deadline date", "10月15日前拍完交上去行吗", false, 0, 0},
		{"no making word", "今年什么时候截止", false, 0, 0},
		{"future year", "2027年拍的", false, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, ok := parseWorkDate(normalize(c.q), pinned)
			if ok != c.ok || ok && (d.year != c.year || d.month != c.mon) {
				t.Errorf("parseWorkDate(%q) = %+v, %v; want %d-%d, %v", c.q, d, ok, c.year, c.mon, c.ok)
			}
		})
	}
}

func TestWorkDateVerdict(t *testing.T) {
	b := mustLoad(t, Options{})
	cases := []struct {
		name string
		d    workDate
		want string
	}{
		{"in range", workDate{year: 2025, month: 3, text: "2025年3月"}, "时间上符合要求"},
		{"year only in range", workDate{year: 2025, text: "2025年"}, "时间上符合要求"},
		{"before", workDate{year: 2024, month: 12, text: "2024年底"}, "早于2025年，不在2025年以来"},
		{"future", workDate{year: 2025, month: 11, text: "2025年11月"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := b.workDateVerdict(c.d)
			if c.want == "" && got != "" || !strings.Contains(got, c.want) {
				t.Errorf("verdict = %q, want %q", got, c.want)
			}
		})
	}
}

// TestStartAndFinishDates: the completion date decides, never the month
// shooting began; a work finished after the notice's deadline could not
// have been sent (rp48 #38). Accept: the verdict holds want; reject: it
// holds none of not.
func TestStartAndFinishDates(t *testing.T) {
	late := time.Date(2026, 12, 7, 10, 0, 0, 0, shanghai) // the rp48 clock
	cases := []struct {
		name string
		now  time.Time
		q    string
		want []string
		not  []string
	}{
		{"started last year, finished this year", pinned, "我们去年12月开拍的，今年3月才剪完，算不算2025年以来的作品",
			[]string{"看完成时间，不看开拍时间（2024年12月开拍）", "（2025年3月），属于2025年以来完成的作品"}, []string{"早于2025年"}},
		{"start only", pinned, "我们去年12月开拍的，算不算2025年以来的作品",
			[]string{"2024年12月开拍", "看完成时间，不看开拍时间"}, []string{"早于2025年", "时间上符合要求"}},
		{"finished after the deadline", late, "我们去年12月开拍的，今年3月才剪完，算不算2025年以来的作品",
			[]string{"2026年3月完成", "晚于通知规定的报送时间（2025年10月15日前）"}, []string{"时间上符合要求"}},
		{"made after the deadline", late, "去年12月拍的片子能报不",
			[]string{"2025年12月完成", "本季已不能报送"}, []string{"时间上符合要求"}},
		{"made in range", late, "2025年3月拍的片子能报吗",
			[]string{"时间上符合要求"}, []string{"开拍", "晚于"}},
		{"made before", pinned, "去年12月拍的片子能报不",
			[]string{"早于2025年"}, []string{"开拍"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			now := c.now
			b := mustLoad(t, Options{Now: func() time.Time { return now }})
			holdsAll(t, c.q, b.Answer(context.Background(), c.q).Text, c.want, c.not)
		})
	}
}

// s8-o: a written year wins over the relative word it glosses; relative
// words count only when no year is written.
func TestParseWorkDateYearGloss(t *testing.T) {
	cases := []struct {
		q         string
		ok        bool
		year, mon int
	}{
		{"我们去年（2024年）11月拍的一个微党课能报吗", true, 2024, 11},
		{"去年(2024)11月拍的能报不", true, 2024, 11},
		{"2024年（去年）11月拍的行吗", true, 2024, 11},
		{"去年，也就是2023年拍的片子", true, 2023, 0},
		{"今年（2025年）3月做的", true, 2025, 3},
		// reject: no year written, the relative word counts
		{"去年11月拍的能报吗", true, 2024, 11},
		{"去年12月拍的片子能报不", true, 2024, 12},
		{"今年3月拍的片子能报吗", true, 2025, 3},
	}
	for _, c := range cases {
		d, ok := parseWorkDate(normalize(c.q), pinned)
		if ok != c.ok || ok && (d.year != c.year || d.month != c.mon) {
			t.Errorf("parseWorkDate(%q) = %+v, %v; want %d-%d, %v", c.q, d, ok, c.year, c.mon, c.ok)
		}
	}
}
