package dialogs

import (
	"testing"

	"contestbot"
)

func TestTitleStops(t *testing.T) {
	season := testSeason(t)
	title := slot(contestbot.FieldTitle)
	unit := slot(contestbot.FieldUnit)
	joined := []struct {
		in      string
		pending slot
		want    string
	}{
		{"片名叫车间里的。党员先锋岗", unit, "片名叫车间里的党员先锋岗"},
		{"车间里的。党员先锋岗", title, "车间里的党员先锋岗"},
		{"片名：青春与。梦想，2分30秒", unit, "片名：青春与梦想，2分30秒"},
		{"片名是黄河之。歌谣 实景拍摄", unit, "片名是黄河之歌谣 实景拍摄"},
	}
	for _, c := range joined {
		if got := titleStops(season, c.in, c.pending); got != c.want {
			t.Errorf("titleStops(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	kept := []struct {
		in      string
		pending slot
	}{
		{"片名叫初心如磐。党员先锋岗", unit},           // the part before the stop ends no open word
		{"是我们学校拍的。片名叫红船", title},          // a label after the stop
		{"车间里的。党员先锋岗", unit},              // no title asked, no title label
		{"片名叫车间里的。实景拍摄", unit},            // a category after the stop
		{"片名叫车间里的。2分30秒", unit},           // a number after the stop
		{"片名叫车间里的。这个片名可以吗老师你看看行不行", unit}, // a long clause, no title part
		{"联系人张伟，片名在。", unit},
		{"好的。马上发", title},            // an assent before the stop
		{"是的。党员先锋岗", title},          // an assent before the stop              // nothing after the stop
		{"制作单位是我们学校的。党委宣传部拍的", unit}, // the stop is in another field
	}
	for _, c := range kept {
		if got := titleStops(season, c.in, c.pending); got != c.in {
			t.Errorf("titleStops(%q) = %q; want it unchanged", c.in, got)
		}
	}
}

func TestStopRemarkOff(t *testing.T) {
	cases := []struct{ in, want string }{
		{"车间里的党员先锋岗 中间没有句号语音打的", "车间里的党员先锋岗"},
		{"车间里的党员先锋岗，那个句号是语音识别多打的", "车间里的党员先锋岗"},
		{"青春与梦想 不要逗号", "青春与梦想"},
		// kept: no remark about marks or voice input
		{"车间里的党员先锋岗", "车间里的党员先锋岗"},
		{"一盏灯，三十年", "一盏灯，三十年"},
		{"句号与逗号", "句号与逗号"},
	}
	for _, c := range cases {
		if got := stopRemarkOff(c.in); got != c.want {
			t.Errorf("stopRemarkOff(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}
