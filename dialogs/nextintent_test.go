package dialogs

import "testing"

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
