package dialogs

import "testing"

// TestTitleTalkOff takes lead-ins and back-pointing remarks off titles and
// keeps a title's own words.
func TestTitleTalkOff(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"第一个叫钧瓷窑火映初心", "钧瓷窑火映初心"},
		{"这个片名是AI画说八项规定 不是老支书那个", "AI画说八项规定"},
		{"钧瓷窑火映初心 没有第一个叫", "钧瓷窑火映初心"},
		{"《初心如灯》 不是老支书那个", "《初心如灯》"},
		{"片子叫做黄河岸边", "黄河岸边"},
		// A title's own words stay.
		{"是谁在守望", "是谁在守望"},
		{"叫醒乡村的人", "叫醒乡村的人"},
		{"叫响红色品牌", "叫响红色品牌"},
		{"叫焊花映初心", "焊花映初心"},
		{"就叫初心", "初心"},
		{"那就叫初心吧", "初心"},
		{"名字叫《黄河岸边》", "《黄河岸边》"},
		{"叫", "叫"},
		{"初心 不是口号", "初心 不是口号"},
		{"老支书的最后一堂课", "老支书的最后一堂课"},
	} {
		if got := titleTalkOff(tc.in); got != tc.want {
			t.Errorf("titleTalkOff(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAnotherRest is what "再报一个 …" carries for the next work.
func TestAnotherRest(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"再报一个 单位 制作单位 联系人电话其他跟前面一样", "单位 制作单位 联系人电话其他跟前面一样"},
		{"好，再报一个吧，片名《灯塔》", "片名《灯塔》"},
		{"接着报第二个，单位跟上一个一样", "单位跟上一个一样"},
		{"我们学校想再报一个", "我们学校想再报一个"},
		{"我没问这个 我是说再报一个 第三个", ""},
		{"还有一个 叫《AI画说八项规定》 其他跟前面一样", "叫《AI画说八项规定》 其他跟前面一样"},
	} {
		if got := anotherRest(tc.in); got != tc.want {
			t.Errorf("anotherRest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTrailingLabels names the fields listed before "其他跟前面一样".
func TestTrailingLabels(t *testing.T) {
	for _, tc := range []struct {
		in, rest string
		n        int
	}{
		{"单位 制作单位 联系人电话", "", 4},
		{"片名《灯塔》，", "片名《灯塔》，", 0},
		{"推荐单位是我们学校", "推荐单位是我们学校", 0},
	} {
		rest, named := trailingLabels(tc.in)
		if rest != tc.rest || len(named) != tc.n {
			t.Errorf("trailingLabels(%q) = %q, %v; want %q and %d fields", tc.in, rest, named, tc.rest, tc.n)
		}
	}
}

// TestStartsAnother reads the next work opened in everyday words.
func TestStartsAnother(t *testing.T) {
	checkReaders(t, []readerCase{
		{"startsAnotherOwn", startsAnotherOwn,
			[]string{"还有一个 叫《AI画说八项规定》 其他跟前面一样", "还有一个，片名《灯塔》", "对了 还有一部 其他都跟上一个一样"},
			[]string{"还有一个问题", "还有一个事想问", "还有一个 截止是哪天？", "还有一个"}},
		{"anotherOnly", anotherOnly,
			[]string{"我没问这个 我是说再报一个 第三个", "再报一个", "那再报一个吧"},
			[]string{"再报一个 片名《灯塔》", "还能再报一个吗？", "我们学校想再报一个作品，截止是哪天"}},
	})
}
