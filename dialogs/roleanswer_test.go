package dialogs

import (
	"testing"

	"contestbot"
)

func TestRoleLeadName(t *testing.T) {
	accept := map[string]string{
		"那就写我们党总支书记 刘建国": "刘建国",
		"刘老师就是刘志刚呀":      "刘志刚",
		"就写刘建国吧":         "刘建国",
		"填我们学院院长 张华":     "张华",
		"他叫王晓敏":          "王晓敏",
	}
	for in, want := range accept {
		if got, ok := roleLeadName(in); !ok || got != want {
			t.Errorf("roleLeadName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	reject := []string{
		"刘建国",          // a plain name: read as usual
		"王五 赵六",        // two plain names
		"版权协议书原件送到哪",   // a question
		"是刘志刚吗",        // a question
		"不是刘志刚",        // a negation
		"他负责后期",        // no name
		"讲述矿山一线党员的坚守。", // a story
		"监制：刘建国",       // labelled: read as usual
		"我们也不知道写谁",     // no name
	}
	for _, in := range reject {
		if got, ok := roleLeadName(in); ok {
			t.Errorf("roleLeadName(%q) = %q, true; want false", in, got)
		}
	}
}

func TestSameAsRoleAbove(t *testing.T) {
	e := &contestbot.Entry{}
	e.Creators.Supervisor = "刘建国"
	e.Creators.Director = "王芳"
	e.Creators.Camera = "赵六、孙七"
	cases := []struct {
		s       string
		pending slot
		want    string
		ok      bool
	}{
		{"同上", slotWriter, "王芳", true},
		{"撰稿 同上", slotWriter, "王芳", true},
		{"剪辑同上", slotEditor, "赵六、孙七", true},
		{"和上面一样", slotDirector, "刘建国", true},
		{"同上", slotCamera, "无", true}, // 撰稿 was empty
		{"同上", slotSupervisor, "", false},
		{"同上", slot(contestbot.FieldProducer), "", false},
		{"赵六", slotEditor, "", false},
		{"撰稿和导演一样", slotWriter, "王芳", true},
		{"同编导", slotWriter, "王芳", true},
		{"跟监制是一个人", slotEditor, "刘建国", true},
		{"和摄影一样的", slotEditor, "赵六、孙七", true},
		{"和撰稿一样", slotEditor, "", false}, // 撰稿 not filled: asked as usual
		{"和张三一样", slotEditor, "", false},
	}
	for _, c := range cases {
		got, ok := sameAsRoleAbove(e, c.s, c.pending)
		if got != c.want || ok != c.ok {
			t.Errorf("sameAsRoleAbove(%q, %s) = %q, %v; want %q, %v", c.s, c.pending, got, ok, c.want, c.ok)
		}
	}
}

func TestStoryAtRole(t *testing.T) {
	for _, s := range []string{"讲述矿山一线党员的坚守。", "本片时长虽短，却讲述了一位老党员扎根山区三十年的感人故事。"} {
		if !storyAtRole(s) {
			t.Errorf("storyAtRole(%q) = false", s)
		}
	}
	for _, s := range []string{"刘建国", "张三、李四", "记录员王芳 13812345678", "《记录》"} {
		if storyAtRole(s) {
			t.Errorf("storyAtRole(%q) = true", s)
		}
	}
}

func TestTitleOnly(t *testing.T) {
	for _, s := range []string{"我们书记", "学院的副院长", "那就写我们党总支书记", "班主任"} {
		if !reTitleOnly.MatchString(s) {
			t.Errorf("reTitleOnly misses %q", s)
		}
	}
	for _, s := range []string{"王书记", "刘建国", "我们党总支书记刘建国", "无"} {
		if reTitleOnly.MatchString(s) {
			t.Errorf("reTitleOnly matches %q", s)
		}
	}
}
