package dialogs

import "testing"

func TestHandOverTo(t *testing.T) {
	accept := []struct{ in, want string }{
		{"行 具体的我让小王跟你对接", "小王"},
		{"好的，我让王晓静跟您联系", "王晓静"},
		{"具体的我叫小李来跟你对接吧", "小李"},
		{"那我安排张老师跟你对接", "张老师"},
	}
	for _, c := range accept {
		if got := handOverTo(c.in); got != c.want {
			t.Errorf("handOverTo(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	reject := []string{
		"小王",     // a name: the contact
		"联系人是小王", // a value
		"韩部长让我来跟您对接报名的事", // the colleague who took over introduces himself
		"我跟你对接",              // no one else
		"让小王跟你对接可以吗",         // a question
		"具体的我让小王跟你对接，联系人王晓静", // a value beside it
	}
	for _, in := range reject {
		if got := handOverTo(in); got != "" {
			t.Errorf("handOverTo(%q) = %q, want none", in, got)
		}
	}
}
