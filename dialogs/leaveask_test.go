package dialogs

import "testing"

// TestLeaveAskedAndOrgChatter: asking whether one may stop is no stop, a
// field named is a skip; chatter at the unit step is told apart from a
// unit (s9-d).
func TestLeaveAskedAndOrgChatter(t *testing.T) {
	asked := func(s string) bool {
		c := compact(s)
		return isQuestion(s) && reLeaveAsked.MatchString(c) && !reLeaveAskedField.MatchString(c)
	}
	checkReaders(t, []readerCase{
		{
			name:   "asks whether one may stop",
			fn:     asked,
			accept: []string{"我填到一半能先退出吗，下次接着填", "可以先不填吗", "能不能先暂停", "中途退出了还能接着填吗"},
			reject: []string{"先退出", "那就先这样", "能先跳过这个吗，我问问领导再回来填", "这项可以先不填吗", "片名可以改吗"},
		},
		{
			name:   "leaves in own words",
			fn:     leavesInOwnWords,
			accept: []string{"先退出", "那就先这样", "先这样吧"},
			reject: []string{"我填到一半能先退出吗", "可以先不填吗"},
		},
		{
			name:   "chatter at the unit step",
			fn:     func(s string) bool { return reOrgChatter.MatchString(compact(s)) },
			accept: []string{"哦哦懂了 是学校报的 那我开始填啦", "明白了", "哈哈哈原来这么简单"},
			reject: []string{"河南豫中职业技术学院", "郑州市第七中学", "宣传科"},
		},
	})
}
