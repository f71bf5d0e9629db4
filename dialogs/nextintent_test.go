package dialogs

import (
	"testing"

	"contestbot"
)

// s10-b nextintent.go: the wish for the next work said alone, with the talk
// of coming back around it, is read with the work's number; a value, a
// question, a change or a work said by another word beside it is not.
func TestNextWorkWish(t *testing.T) {
	for _, c := range []struct {
		in  string
		num int
	}{
		{"回来了，接着报第二个", 2},
		{"继续报下一个", 0},
		{"第二个片子来了", 2},
		{"好 继续报第二个", 2},
		{"接着报下一个吧", 0},
		{"我回来了 开始填第三个作品", 3},
		{"忙完了，接着弄第二个片子吧", 2},
		{"第三个作品也来了", 3},
		{"再报一个", 0},
		{"那就报第二个吧", 2},
	} {
		num, ok := nextWorkWish(c.in)
		if !ok || num != c.num {
			t.Errorf("%q: got (%d, %v), want (%d, true)", c.in, num, ok, c.num)
		}
	}
	for _, s := range []string{
		"接着报第二个，片名叫灯下",    // values: the route's next-work case reads them
		"第二个片子来了吗",        // a question
		"第二个片子的编导来了",      // a field of that work
		"第二个片子来不了了",       // not arriving
		"回来了",             // back only: resume.go
		"第二个片子的时长改成2分10秒", // a change
		"接着报第二个要交哪些材料？",   // a question
		"片名《第二个片子来了》",     // a title
		"下一个",             // a skip at a step
		"第二个",             // a number alone
		"老张来了",            // a person
		"第二个片子是动画，时长2分10秒，接着报吧", // values
	} {
		if num, ok := nextWorkWish(s); ok {
			t.Errorf("%q: read as the next work (%d)", s, num)
		}
	}
}

func TestArrivalTalk(t *testing.T) {
	for _, s := range []string{"回来了", "我又回来了", "来了", "作品来了", "我忙完了", "好 我来了"} {
		if !arrivalTalk(s) {
			t.Errorf("%q: want arrival talk", s)
		}
	}
	for _, s := range []string{"归来", "春天来了", "编导来了", "未来", "来了就好好干", "黄河岸边的守望"} {
		if arrivalTalk(s) {
			t.Errorf("%q: no arrival talk", s)
		}
	}
}

func TestCnOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "一", 2: "二", 10: "十", 12: "十二", 20: "二十", 23: "二十三"} {
		if got := cnOrdinal(n); got != want {
			t.Errorf("cnOrdinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// s10-b: the number of the work being filled before a labelled value is
// no value; another work's number, or no labelled value after it, stays.
func TestOwnOrdinalOff(t *testing.T) {
	first := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Unit: "河南省经济管理学校", Seq: 1, Title: "车间里的党旗红"}
	second := &contestbot.Entry{ID: 2, Status: contestbot.StatusDraft, Unit: "河南省经济管理学校", Title: "灯下"}
	tr := &turn{st: &state{}, entries: []*contestbot.Entry{first, second}}
	for in, want := range map[string]string{
		"第二个联系人是李老师，电话13812345678": "联系人是李老师，电话13812345678",
		"第二个的时长2分10秒":              "时长2分10秒",
		"第一个联系人是李老师":               "第一个联系人是李老师", // the first work: otherwork.go
		"第二个来了":                    "第二个来了",      // no labelled value
		"第三个联系人是李老师":               "第三个联系人是李老师",
		"第二部作品的简介。":                "第二部作品的简介。", // a label alone
	} {
		if got := tr.ownOrdinalOff(second, in); got != want {
			t.Errorf("ownOrdinalOff(%q) = %q, want %q", in, got, want)
		}
	}
	if got := tr.ownOrdinalOff(first, "第一个联系人是李老师"); got != "第一个联系人是李老师" {
		t.Errorf("a completed work: %q", got)
	}
}
