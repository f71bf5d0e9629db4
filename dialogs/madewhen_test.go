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
