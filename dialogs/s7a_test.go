package dialogs

import (
	"testing"

	"contestbot"
)

// s7-a: people changed or added inside one sentence; owners before titles.

func TestChangedMind(t *testing.T) {
	sup, contact, title := slotSupervisor, slot(contestbot.FieldContact), slot(contestbot.FieldTitle)
	synopsis, phone := slot(contestbot.FieldSynopsis), slot(contestbot.FieldPhone)
	for _, tc := range []struct {
		in      string
		pending slot
		want    string
	}{
		// accept: the later value is kept, cleaned for the field
		{"监制王强 算了写李校长吧 李建华", sup, "监制李建华"},
		{"王强 算了写李建华吧", sup, "李建华"},
		{"王强，不对，还是写李建华", sup, "李建华"},
		{"监制王强 还是写李建华吧", "", "监制李建华"},
		{"监制王强 哦不 写李校长吧 李建华", sup, "监制李建华"},
		{"王强 写李建华吧", sup, "李建华"},
		{"监制王强 算了写李校长吧 李建华 编导赵军", sup, "监制李建华，编导赵军"},
		{"王强 算了 李建华 编导赵军", sup, "李建华，编导赵军"},
		{"张伟 改成李娜", contact, "李娜"},
		{"片名红色印记，算了还是红色足迹吧", title, "片名红色足迹"},
		{"红色印记 算了 还是叫红色足迹吧", title, "叫红色足迹"},
		// reject: left alone
		{"王强 算了 我先问问领导", sup, "王强 算了 我先问问领导"},
		{"王强 算了", sup, "王强 算了"},
		{"算了", sup, "算了"},
		{"算了 先不报了", sup, "算了 先不报了"},
		{"撰稿就是写稿子的人对吧，那就写马丽娜", slotCamera, "撰稿就是写稿子的人对吧，那就写马丽娜"},
		{"他想了想，算了，还是写下了这封信", synopsis, "他想了想，算了，还是写下了这封信"},
		{"电话写手机还是座机", phone, "电话写手机还是座机"},
		{"联系人赵军 还是写书记？", contact, "联系人赵军 还是写书记？"},
		{"马超也", sup, "马超也"},
	} {
		if got := lastWins(tc.in, tc.pending); got != tc.want {
			t.Errorf("lastWins(%q, %s) = %q, want %q", tc.in, tc.pending, got, tc.want)
		}
	}
}

func TestLaterPeople(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "laterPeople",
		fn:     func(s string) bool { _, ok := laterPeople(s); return ok },
		accept: []string{"写我们主任吧 刘洋", "写李校长吧 李建华", "还是写李建华", "李建华、张伟", "李建华吧", "就用孙浩"},
		reject: []string{"我们主任", "我们主任 刘洋、张伟", "我先问问领导", "先不报了", "书记", "马超也", "红色足迹", ""},
	}})
	for in, want := range map[string]string{"写李校长吧 李建华": "李建华", "还是写李建华": "李建华", "李建华、张伟": "李建华、张伟"} {
		if got, _ := laterPeople(in); got != want {
			t.Errorf("laterPeople(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAddedPeople(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "addedPeople",
		fn:     func(s string) bool { _, _, ok := addedPeople(s); return ok },
		accept: []string{"还有马超也拍了", "马超也拍了", "另外还有马超", "加上马超", "马超也参与了", "还有马超、刘芳", "再加上孙浩也剪了"},
		reject: []string{"马超", "马超也", "张也拍了", "还有问题", "也拍了", "还有我", "拍得也不错", "加上片尾", "还有呢"},
	}})
	for _, tc := range []struct {
		in      string
		pending slot
		want    string
	}{
		// accept: joined to the names before
		{"导演是我 撰稿刘芳 摄影陈磊 还有马超也拍了 剪辑马超", slotDirector, "导演是我 撰稿刘芳 摄影陈磊、马超 剪辑马超"},
		{"陈磊 还有马超也拍了", slotCamera, "陈磊、马超"},
		{"陈磊，马超也拍了", slotCamera, "陈磊、马超"},
		{"陈磊、马超也拍了", slotCamera, "陈磊、马超"},
		{"孙浩 另外还有周敏", slotEditor, "孙浩、周敏"},
		{"监制李建华，摄影陈磊，加上马超，剪辑马超", "", "监制李建华，摄影陈磊、马超，剪辑马超"},
		// reject: left alone
		{"陈磊 马超也剪了", slotCamera, "陈磊 马超也剪了"},         // another role's verb
		{"陈磊 还有马超也拍了", slotSupervisor, "陈磊 还有马超也拍了"}, // 拍 is no 监制
		{"赵军，还有马超也拍了", slot(contestbot.FieldContact), "赵军，还有马超也拍了"},
		{"陈磊带学生拍的，还有马超也拍了一些镜头", slot(contestbot.FieldSynopsis), "陈磊带学生拍的，还有马超也拍了一些镜头"},
		{"陈磊 还有我", slotCamera, "陈磊 还有我"},
		{"马超也拍了", slotCamera, "马超也拍了"},
	} {
		if got := joinAdded(tc.in, tc.pending); got != tc.want {
			t.Errorf("joinAdded(%q, %s) = %q, want %q", tc.in, tc.pending, got, tc.want)
		}
	}
}

func TestOwnerLeadOff(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// accept: the owner goes
		{"赵晓雯老师的，叫讲台上的红色印记", "讲台上的红色印记"},
		{"周红梅老师的 AI讲述焦裕禄精神", "AI讲述焦裕禄精神"},
		{"我们赵晓雯老师拍的，片名讲台上的红色印记", "讲台上的红色印记"},
		{"是赵晓雯做的那个讲台上的红色印记", "讲台上的红色印记"},
		{"赵老师的作品 叫讲台上的红色印记", "讲台上的红色印记"},
		{"张明远老师的 电力线上的先锋", "电力线上的先锋"},
		{"赵晓雯的，讲台上的红色印记", "讲台上的红色印记"},
		// reject: the words are the title
		{"王老师的一天", "王老师的一天"},
		{"雷锋的故事", "雷锋的故事"},
		{"焦裕禄的 精神", "焦裕禄的 精神"},
		{"讲台上的红色印记", "讲台上的红色印记"},
		{"我们的青春", "我们的青春"},
		{"学校党委的，叫初心", "学校党委的，叫初心"},
		{"赵晓雯老师的", "赵晓雯老师的"},
	} {
		if got := ownerLeadOff(tc.in); got != tc.want {
			t.Errorf("ownerLeadOff(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
