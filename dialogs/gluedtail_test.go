package dialogs

import (
	"testing"
)

func TestGluedTitleTail(t *testing.T) {
	season := testSeason(t)
	tests := []struct{ in, want string }{
		// accept: the tail is its own fields
		{"小红船的故事 2分半动画制作", "小红船的故事，2分半，动画制作"},
		{"小红船的故事 2分半 动画制作", "小红船的故事，2分半，动画制作"},
		{"黄河岸边的守望 3分10秒", "黄河岸边的守望，3分10秒"},
		{"黄河岸边的守望 实景拍摄", "黄河岸边的守望，实景拍摄"},
		{"初心如磐 150秒 实拍", "初心如磐，150秒，实拍"},
		// reject: a title kept whole
		{"三分钟的青春", "三分钟的青春"},
		{"红色动画", "红色动画"},
		{"《二十年 动画制作》", "《二十年 动画制作》"},
		{"二十年 3分钟", "二十年 3分钟"},
		{"小红船的故事2分半动画制作", "小红船的故事2分半动画制作"},
		{"我的 1949", "我的 1949"},
		{"两分半", "两分半"},
		{"党旗下的 两分多钟 实景拍摄", "党旗下的 两分多钟，实景拍摄"},
	}
	for _, tt := range tests {
		if got := gluedTitleTail(season, tt.in); got != tt.want {
			t.Errorf("gluedTitleTail(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
