package contestbot

import (
	"strings"
	"testing"
)

// TestParseDurationDot holds running times written with a point (round
// 15, rp69: "2.30" was stored as 2分18秒): two digits after the point are
// seconds, one digit is asked, a unit of minutes keeps decimal minutes.
func TestParseDurationDot(t *testing.T) {
	accept := []struct {
		in   string
		want int
	}{
		{"2.30", 150}, {"2.30秒", 150}, {"3.05", 185}, {"３．０５", 185}, {"2.59", 179}, {"0.45", 45},
		{"大概2.40吧", 160}, {"时长2.30", 150},
		// Decimal minutes where only they can be meant.
		{"2.5分钟", 150}, {"2.5分", 150}, {"2.75", 165}, {"2.0", 120},
		{"2分30秒", 150}, {"150秒", 150}, {"2:30", 150},
	}
	for _, c := range accept {
		got, err := ParseDuration(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseDuration(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	reject := []struct{ in, msg string }{
		{"2.3", "是2分30秒吗"}, {"2.3秒", "是2分30秒吗"}, {"3.4", "是3分40秒吗"},
		{"2.5", "2分半"}, {"2.75秒", "没看懂"}, {"2.60秒", "没看懂"},
	}
	for _, c := range reject {
		got, err := ParseDuration(c.in)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("ParseDuration(%q) = %d, %v; want an error with %q", c.in, got, err, c.msg)
		}
	}
}
