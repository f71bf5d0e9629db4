package dialogs

import (
	"testing"

	"contestbot"
)

func TestDurationTitle(t *testing.T) {
	accept := []string{"2分48秒", "《2分48秒》", "2:30", "150秒", "两分三十秒", "2分30秒。"}
	reject := []string{"三分钟", "田埂上的党课", "三分钟的坚守", "2分48秒的青春", "第二个春天", ""}
	for _, v := range accept {
		if !durationTitle(v) {
			t.Errorf("durationTitle(%q) = false, want true", v)
		}
	}
	for _, v := range reject {
		if durationTitle(v) {
			t.Errorf("durationTitle(%q) = true, want false", v)
		}
	}
}

func TestTitleWordsTalkOff(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// accept: talk about the title's words, or another field's value after 是
		{"黄河岸边的坚守，后面没有东西", "黄河岸边的坚守"},
		{"黄河岸边的坚守，后面没有东西了。", "黄河岸边的坚守"},
		{"黄河岸边的坚守，别的字不要", "黄河岸边的坚守"},
		{"黄河岸边的坚守，就这几个字", "黄河岸边的坚守"},
		{"黄河岸边的坚守，是党委组织部", "黄河岸边的坚守"},
		{"黄河岸边的坚守，是2分30秒", "黄河岸边的坚守"},
		// reject: a title's own clauses
		{"青春，是最美的底色", "青春，是最美的底色"},
		{"后面没有东西", "后面没有东西"},
		{"我们，没有退路", "我们，没有退路"},
		{"小红船，大航程", "小红船，大航程"},
		{"初心，是我们的学校", "初心，是我们的学校"},
	} {
		if got := titleWordsTalkOff(c.in); got != c.want {
			t.Errorf("titleWordsTalkOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOwnTitleSubject(t *testing.T) {
	e := &contestbot.Entry{Title: "田埂上的党课"}
	for _, c := range []struct{ in, want string }{
		// accept: the stored title as the subject of a running time
		{"不对 田埂上的党课是2分48秒，2分30秒是第三个黄河岸边的坚守。", "2分48秒"},
		{"田埂上的党课是2分48秒", "2分48秒"},
		{"《田埂上的党课》时长是2分48秒，推荐单位河南豫东工业职业学院", "2分48秒，推荐单位河南豫东工业职业学院"},
		// reject: no title as subject, or not a running time after it
		{"田埂上的党课是实景拍摄的", "田埂上的党课是实景拍摄的"},
		{"片名是田埂上的党课2", "片名是田埂上的党课2"},
		{"2分48秒", "2分48秒"},
		{"田埂上的党课是讲乡村振兴的", "田埂上的党课是讲乡村振兴的"},
	} {
		if got := ownTitleSubject(e, c.in); got != c.want {
			t.Errorf("ownTitleSubject(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWrittenAnswer(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// accept: talk, then 写/填 and the value
		{"这个是组织部和艺术设计学院一起做的，写河南豫东工业职业学院党委组织部、艺术设计学院", "河南豫东工业职业学院党委组织部、艺术设计学院"},
		{"是我们宣传部拍的，就写河南经贸职业学院党委宣传部吧", "河南经贸职业学院党委宣传部"},
		{"领导说了，填周口职业技术学院", "周口职业技术学院"},
		// reject: a complaint, a label before, one clause, nothing after the verb
		{"这个是组织部做的，写错了", "这个是组织部做的，写错了"},
		{"制作单位是组织部，写全称吗？", "制作单位是组织部，写全称吗？"},
		{"写河南经贸职业学院党委宣传部", "写河南经贸职业学院党委宣传部"},
		{"组织部做的，写", "组织部做的，写"},
		{"联系人张伟，写得不对", "联系人张伟，写得不对"},
		{"我们这个3分05秒 填上去会不会不让报", "我们这个3分05秒 填上去会不会不让报"},
		{"组织部做的，写全称还是简称", "组织部做的，写全称还是简称"},
	} {
		if got := writtenAnswer(c.in); got != c.want {
			t.Errorf("writtenAnswer(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
