package dialogs

import "testing"

func TestAsksVideoVerdict(t *testing.T) {
	for _, s := range []string{
		"帮我看看：时长2分50秒，1920×1080，码率12Mbps，mp4，横屏，这样达标不",
		"时长3分钟 1080p 码率15M 行不",
		"片子2分40秒，4K，码率50M，合格吗",
		"时长：2分钟，分辨率：1920×1080，符合吗",
		"竖屏4k的码率80兆三分多钟中不中",
		"mp4格式 25帧 能过吗",
	} {
		if !asksVideoVerdict(s) {
			t.Errorf("%q: a video check not seen", s)
		}
	}
	for _, s := range []string{
		"时长2分50秒", // a form value
		"时长3分05秒 填上去会不会不让报",       // a duration alone is a form field
		"片名《1080个日夜》，时长2分30秒",     // no verdict asked
		"分辨率：1920×1080，码率：12Mbps", // values, no verdict
		"推荐单位：郑州职业技术学院 行吗",        // no video value
		"码率是什么意思",                 // no verdict
	} {
		if asksVideoVerdict(s) {
			t.Errorf("%q: read as a video check", s)
		}
	}
}
