package contestbot

import "testing"

func TestIsVagueDuration(t *testing.T) {
	vague := []string{"三分多钟", "2分多", "两分钟多", "四分钟出头", "3分钟出头", "大概两分半", "两分钟左右", "大约3分钟",
		"差不多三分钟", "快三分钟", "不到三分钟", "将近4分钟", "约2分半左右", "三分钟上下", "估计两分半",
		"三分来钟", "3分来钟", "三分钟左右", "三分多"} // s7-j: rp81 p81a
	exact := []string{"2分30秒", "两分半", "三分钟", "3分", "150秒", "2:30", "大概2分50秒吧", "两分四十秒左右",
		"大概两分四十秒吧", "2分30秒多一点", "约2分30秒", "2min30s", `2'30"`, "00:02:30", "一分三十秒"}
	for _, s := range vague {
		if !IsVagueDuration(s) {
			t.Errorf("IsVagueDuration(%q) = false, want true", s)
		}
		if _, err := ParseDuration(s); err == nil {
			t.Errorf("ParseDuration(%q) stored an estimate", s)
		}
	}
	for _, s := range exact {
		if IsVagueDuration(s) {
			t.Errorf("IsVagueDuration(%q) = true, want false", s)
		}
		if _, err := ParseDuration(s); err != nil {
			t.Errorf("ParseDuration(%q): %v", s, err)
		}
	}
}
