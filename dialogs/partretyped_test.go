package dialogs

import "testing"

func TestPartRetyped(t *testing.T) {
	accept := map[[2]string]string{
		{"矿等下的青春答卷", "矿灯"}:    "矿灯下的青春答卷",
		{"黄河岸边的首望", "守望"}:     "黄河岸边的守望",
		{"茶山上的党旗红", "党棋红"}:    "茶山上的党棋红",
		{"平顶山工业职业技术学院", "工叶"}: "平顶山工叶职业技术学院",
	}
	for in, want := range accept {
		if got, ok := partRetyped(in[0], in[1]); !ok || got != want {
			t.Errorf("partRetyped(%q, %q) = %q, %v; want %q", in[0], in[1], got, ok, want)
		}
	}
	// Reject: a whole new value, a word that sounds like no part, a word
	// already in the value, a single character, every character changed.
	reject := [][2]string{
		{"矿等下的青春答卷", "矿灯下的青春答卷"},
		{"矿等下的青春答卷", "星火"},
		{"矿等下的青春答卷", "青春"},
		{"矿等下的青春答卷", "灯"},
		{"矿等下的青春答卷", "况瞪"},
		{"张朋飞", "张鹏飞"},
	}
	for _, in := range reject {
		if got, ok := partRetyped(in[0], in[1]); ok {
			t.Errorf("partRetyped(%q, %q) = %q, want none", in[0], in[1], got)
		}
	}
}

func TestHoldWrongDenial(t *testing.T) {
	for _, in := range []string{"不是不是", "不是不是啊", "不对不对"} {
		if got := readHold(in); got != holdWrong {
			t.Errorf("readHold(%q) = %v, want holdWrong", in, got)
		}
	}
	for _, in := range []string{"不是", "不是不是我写的", "是不是", "不是张三是李四"} {
		if got := readHold(in); got == holdWrong {
			t.Errorf("readHold(%q) = holdWrong, want something else", in)
		}
	}
}
