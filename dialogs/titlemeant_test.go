package dialogs

import (
	"testing"

	"contestbot"
)

// Issue #10 class 1 (d1): talk after a title is not the title.
func TestTitleRemarkOff(t *testing.T) {
	for _, tc := range []struct{ in, title, remark string }{
		// accept: the remark comes off
		{"红色青春 团委做的", "红色青春", "团委做的"},
		{"老支书的红色账本 是俺们支部自己拍的", "老支书的红色账本", "是俺们支部自己拍的"},
		{"淇河岸边的老支书 俺们自己拍哩", "淇河岸边的老支书", "俺们自己拍哩"},
		{"老支书的红色账本 后头那是俺说的话", "老支书的红色账本", "后头那是俺说的话"},
		{"淇河岸边的老支书 后头那俺们自己拍哩是俺说哩话", "淇河岸边的老支书", "后头那俺们自己拍哩是俺说哩话"},
		{"初心如磐，我们学校党委拍的", "初心如磐", "我们学校党委拍的"},
		{"青春 我们来了 团委做的", "青春 我们来了", "团委做的"},
		// reject: the whole value is the title
		{"青春 我们来了", "青春 我们来了", ""},
		{"初心 使命", "初心 使命", ""},
		{"奋斗吧 少年", "奋斗吧 少年", ""},
		{"妈妈做的饭", "妈妈做的饭", ""},
		{"我和我的祖国", "我和我的祖国", ""},
		{"红船 精神 永放光芒", "红船 精神 永放光芒", ""},
		{"看 我们做的", "看 我们做的", ""},
	} {
		title, remark := titleRemarkOff(tc.in)
		if title != tc.title || remark != tc.remark {
			t.Errorf("titleRemarkOff(%q) = %q, %q; want %q, %q", tc.in, title, remark, tc.title, tc.remark)
		}
	}
}

func TestRestateTitle(t *testing.T) {
	for in, want := range map[string]string{
		// accept
		"名字改成红色青春吧":  "片名改成《红色青春》",
		"片名就叫红色青春":   "片名改成《红色青春》",
		"那片名换成初心如磐":  "片名改成《初心如磐》",
		"作品名字改为红色青春": "片名改成《红色青春》",
		// reject: left as typed
		"片名叫《红色青春》":        "片名叫《红色青春》",
		"片名叫啥好":            "片名叫啥好",
		"名字改成啥合适":          "名字改成啥合适",
		"联系人名字改成李娜":        "联系人名字改成李娜",
		"片名改成红色青春，时长2分30秒": "片名改成红色青春，时长2分30秒",
	} {
		if got := restateTitle(in); got != want {
			t.Errorf("restateTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMakerBesideValues(t *testing.T) {
	for _, tc := range []struct {
		in      string
		pending slot
		want    string
	}{
		// accept: the maker clause is left out
		{"片子叫《红色青春》，团委做的，三分二十秒", slotUnitForTest, "片子叫《红色青春》，三分二十秒"},
		{"片名《初心》，是我们组织部拍的", slotUnitForTest, "片名《初心》"},
		// reject: left as typed
		{"团委做的", slotUnitForTest, "团委做的"},
		{"《红色青春》，团委做的", slotTitleForTest, "《红色青春》，团委做的"},
		{"片名《初心》，学生们自己拍的", slotUnitForTest, "片名《初心》，学生们自己拍的"},
		{"片名《初心》，时长3分钟", slotUnitForTest, "片名《初心》，时长3分钟"},
	} {
		if got := makerBesideValues(tc.in, tc.pending); got != tc.want {
			t.Errorf("makerBesideValues(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

var (
	slotUnitForTest  = slot(contestbot.FieldUnit)
	slotTitleForTest = slot(contestbot.FieldTitle)
)
