package dialogs

import "testing"

// TestGoesOnKeepsMarks: the rest after "接上面的：" is cut from the message
// as sent; full-width marks survive (s7-i, rp80 p80b).
func TestGoesOnKeepsMarks(t *testing.T) {
	accept := map[string]string{
		"接上面的：用动画还原历史，再接上日常；讲“小事”做实！": "用动画还原历史，再接上日常；讲“小事”做实！",
		"后面还有半句：展现党员（教师）的担当？不，是作用。":   "展现党员（教师）的担当？不，是作用。",
		"还没发完呢，后面还有半句：以小切口展现，作用。":     "以小切口展现，作用。",
		"下半句：ＡＢＣ两个字，全角。":              "ＡＢＣ两个字，全角。",
		"　接着上面：第一，第二。　":               "第一，第二。",
	}
	for in, want := range accept {
		if got, ok := goesOn(in); !ok || got != want {
			t.Errorf("goesOn(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"接上面的：", "用动画还原历史，再接上日常。", "简介：接上面的内容", ""} {
		if got, ok := goesOn(in); ok {
			t.Errorf("goesOn(%q) = %q; want no rest", in, got)
		}
	}
}

// TestMixedDigitPhone: a phone typed in Chinese and Arabic digits mixed is
// read as the number; other text with digits is left alone (s7-i, rp79 p79b).
func TestMixedDigitPhone(t *testing.T) {
	bx := newBoxes(testSeason(t))
	accept := map[string]string{
		"一三八3792五146":     "13837925146",
		"幺三八3792五146":     "13837925146",
		"电话1三8 3792 5146": "电话138 3792 5146",
		"我填对了没 就是一三八三七九二五一四六": "我填对了没 就是13837925146",
	}
	for in, want := range accept {
		if got := tidy(in, bx); got != want {
			t.Errorf("tidy(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"时长2分30秒", "高一三班和高二五班", "2025年3月拍的", "13837925146", "第一二三名"} {
		if got := tidy(in, bx); got != in {
			t.Errorf("tidy(%q) = %q, want it unchanged", in, got)
		}
	}
}
