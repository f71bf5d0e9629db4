package dialogs

import (
	"testing"

	"contestbot"
)

// TestMadeWhenLatestDate (s7-j, rp82 p82b): completion decides; a message
// with a shooting and a completion date is judged by the later one.
func TestMadeWhenLatestDate(t *testing.T) {
	p := period{year: 2025, season: &contestbot.Season{WorksSince: "2025-01"}}
	accept := []string{"2024年12月拍的 2025年3月剪完", "拍是2024年12月，2025年3月才剪完定稿", "2024年12月拍的，今年3月剪完", "去年12月拍的 今年3月剪完", "2025年3月拍的"}
	for _, s := range accept {
		if v, ok := yesNoKeywords(contestbot.FieldMadeInPeriod, s, p); !ok || !v {
			t.Errorf("%q = %v %v, want in period", s, v, ok)
		}
	}
	reject := []string{"2024年12月拍完的", "2023年拍的 2024年剪完", "去年12月拍完的"}
	for _, s := range reject {
		if v, ok := yesNoKeywords(contestbot.FieldMadeInPeriod, s, p); !ok || v {
			t.Errorf("%q = %v %v, want out of period", s, v, ok)
		}
	}
	if y, m, _ := yearMonth("2024年12月拍的 2025年3月剪完"); y != 2025 || m != 3 {
		t.Errorf("yearMonth = %d-%d, want 2025-3", y, m)
	}
}

// TestMadeWhenPhase (s10-c): a date read with what happened then. A finish
// decides; a start in the period means finished in it; a start before the
// period alone is asked; a date with neither is left to the older readers.
func TestMadeWhenPhase(t *testing.T) {
	p := period{year: 2025, season: &contestbot.Season{WorksSince: "2025-01"}}
	cases := []struct {
		in    string
		val   bool
		phase madeWhenPhase
	}{
		// accept: read the new way
		{"2024年12月开拍的，2025年3月才剪完", true, madeWhenSet},
		{"2024年12月开拍2025年3月剪完", true, madeWhenSet},
		{"二〇二四年十二月开拍，二〇二五年三月完成", true, madeWhenSet},
		{"去年12月开拍的，今年3月才做完", true, madeWhenSet},
		{"开拍是2024年12月，成片是2025年2月", true, madeWhenSet},
		{"2025年3月开拍的", true, madeWhenSet},
		{"2024年10月开拍，2024年12月就剪完了", false, madeWhenSet},
		{"2024年12月开拍的", false, madeWhenAsk},
		{"去年年底开始策划的", false, madeWhenAsk},
		// reject: no phase said, or no date
		{"2024年拍的", false, madeWhenNone},
		{"2025年3月拍的", false, madeWhenNone},
		{"今年拍的", false, madeWhenNone},
		{"已经剪完了", false, madeWhenNone},
		{"开拍了", false, madeWhenNone},
	}
	for _, c := range cases {
		v, ph := madeWhen(c.in, p)
		if ph != c.phase || ph == madeWhenSet && v != c.val {
			t.Errorf("madeWhen(%q) = %v, %d; want %v, %d", c.in, v, ph, c.val, c.phase)
		}
	}
}
