package dialogs

import "testing"

// TestNotAValue is the messages at a text or person step that are no value
// for it (round 7), and values that look like them.
func TestNotAValue(t *testing.T) {
	checkReaders(t, []readerCase{
		{name: "forSomeoneElse", fn: forSomeoneElse,
			accept: []string{"你先去食堂帮我带饭 要二楼的鸡公煲 不要香菜🙏", "帮我带个饭", "你下课去快递站帮我取个快递", "妈，我晚上不回去吃了", "你顺路给我买杯奶茶", "闺女 妈包饺子了 早点回来", "闺女 晚上回来吃饭不", "老伴，药在桌上"},
			reject: []string{"张帆", "讲述了驻村第一书记带领村民发展特色产业的故事。", "你好", "你帮我看看这个简介行不行", "联系人：赵晓燕", "讲述食堂师傅给学生带饭的故事，展现后勤党员的坚守。", "讲述你到乡村去打拼的故事", "姐妹花扎根乡村的故事", "闺女的心愿", "哥俩好"}},
		{name: "keepsOld", fn: keepsOld,
			accept: []string{"不用改 还用原来的", "简介不用改 还用原来的", "不改了", "不用改", "还用原来的", "就用之前的吧", "先不改", "摘要不改了"},
			reject: []string{"改一下", "简介改成：讲述…", "讲述了一位老党员不改初心的故事。", "不用改动太多的老村规被村民重新修订的故事", "同简介", "初心不变", "讲述老党员初心不改"}},
		{name: "asksRatherThanStates", fn: asksRatherThanStates,
			accept: []string{"问一下 片子是学生党员拍的 组织部牵头 这算学校作品吧 不算个人的吧", "请问学生拍的算学校作品吗", "想问下学生党员拍的算学校作品吧", "这算学校作品吧"},
			reject: []string{"讲述了学生党员走进社区的故事。", "应该是李娜吧", "是张伟吧", "讲述学生党员拍摄家乡变化的故事，展现青春担当。", "张帆", "同简介吧"}},
	})
}

func TestAsQuestion(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"问一下 片子是学生党员拍的 这算学校作品吧 不算个人的吧", "片子是学生党员拍的 这算学校作品吗 不算个人的吗"},
		{"请问学生拍的算学校作品吗", "学生拍的算学校作品吗"},
	} {
		if got := asQuestion(tc.in); got != tc.want {
			t.Errorf("asQuestion(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMisSent(t *testing.T) {
	for _, tc := range []struct {
		in, rest string
		ok       bool
	}{
		{"啊啊啊发错了 那条是给我室友的🤣🤣 联系人不是不要香菜！！是赵晓燕老师", "联系人不是不要香菜!!是赵晓燕老师", true},
		{"发错了", "", true},
		{"不好意思发错了，那条是给我同事的", "", true},
		{"赵晓燕", "赵晓燕", false},
		{"讲述了发错快递的小哥的故事。", "讲述了发错快递的小哥的故事。", false},
		{"是给学生的", "是给学生的", false},
		{"那条是给学生的", "", true},
	} {
		rest, ok := misSent(tc.in)
		if ok != tc.ok || (ok && rest != tc.rest) {
			t.Errorf("misSent(%q) = %q, %v; want %q, %v", tc.in, rest, ok, tc.rest, tc.ok)
		}
	}
}
