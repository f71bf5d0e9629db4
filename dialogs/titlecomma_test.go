package dialogs

import "testing"

func TestTitleGoesOn(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
	}{
		// accept: the part after the comma is more of the title
		{"片名：一盏灯，三十年", "一盏灯，三十年"},
		{"片名叫一盏灯，三十年", "一盏灯，三十年"},
		{"片名：奋斗的青春，最美的年华", "奋斗的青春，最美的年华"}, // a 2-character clause that reads as a name (青春，向党) stays off
		{"片名：一盏灯，三十年，时长2分30秒", "一盏灯，三十年"},
		// reject: another field, a remark, chatter or a question
		{"片名：黄河岸边，实景拍摄", "黄河岸边"},
		{"片名：黄河岸边，2分30秒", "黄河岸边"},
		{"片名：黄河岸边，13800000000", "黄河岸边"},
		{"片名：黄河岸边，郑州铁路职业技术学院", "黄河岸边"},
		{"片名：黄河岸边，张伟", "黄河岸边"},
		{"片名：黄河岸边，谢谢", "黄河岸边"},
		{"片名：黄河岸边，是团委拍的", "黄河岸边"},
		{"片名：黄河岸边，我们自己拍的", "黄河岸边"},
		{"片名：黄河岸边，对吗", "黄河岸边"},
		{"片名：黄河岸边，没有公开发表", "黄河岸边"},
	} {
		ex := extract(tt.in)
		if len(ex.values) == 0 || ex.values[0].raw != tt.want {
			t.Errorf("extract(%q) title = %+v; want %q", tt.in, ex.values, tt.want)
		}
	}
}

func TestTitleMarkKept(t *testing.T) {
	for _, tt := range []struct{ raw, v, want string }{
		{"我和我的学校！", "我和我的学校", "我和我的学校！"},
		{"青春，向党!", "青春，向党", "青春，向党！"},
		{"黄河岸边！！", "黄河岸边", "黄河岸边"},
		{"黄河岸边。", "黄河岸边", "黄河岸边"},
		{"就叫黄河岸边吧！", "就叫黄河岸边吧", "就叫黄河岸边吧"},
		{"好！", "好", "好"},
	} {
		if got := titleMarkKept(tt.raw, tt.v); got != tt.want {
			t.Errorf("titleMarkKept(%q, %q) = %q; want %q", tt.raw, tt.v, got, tt.want)
		}
	}
}
