package dialogs

import (
	"testing"

	"contestbot"
)

func TestCuedName(t *testing.T) {
	accept := map[string]struct {
		name string
		self bool
	}{
		"宣传部刘思齐同志":   {"刘思齐", false},
		"刘思齐同志":      {"刘思齐", false},
		"党委办公室王强":    {"王强", false},
		"赵明远，即本人":    {"赵明远", true},
		"赵明远 就是我":    {"赵明远", true},
		"联系人就是俺 张建国": {"张建国", true},
		"就是我，张建国":    {"张建国", true},
		"组织部欧阳娜娜老师":  {"欧阳娜娜", false},
		"学院团委李娜":     {"李娜", false},
		"即由本人赵明远担任":  {"赵明远", true},
		"俺 张建国":      {"张建国", true},
		"赵明远，本人":     {"赵明远", true},
	}
	for s, want := range accept {
		n, self, ok := cuedName(s)
		if !ok || n != want.name || self != want.self {
			t.Errorf("cuedName(%q) = %q, %v, %v; want %q, %v", s, n, self, ok, want.name, want.self)
		}
	}
	reject := []string{
		"办公电话0371-63938888", "办公室", "宣传部", "我们党委组织部", "讲述矿山一线党员的坚守",
		"宣传部刘思齐同志是谁？", "撰稿是我和刘洋", "刘洋，办公室", "张三、李四", "不是刘思齐", "我们书记",
		"本片讲述了一个老党员的故事", "是我、刘洋", "我和刘洋", "宣传部的同志", "他是我们宣传部的干事", "手机13812345678",
	}
	for _, s := range reject {
		if n, _, ok := cuedName(s); ok {
			t.Errorf("cuedName(%q) = %q; want no name", s, n)
		}
	}
}

func TestCuedRoleAnswer(t *testing.T) {
	e := &contestbot.Entry{}
	e.Creators.Supervisor = "刘建国"
	e.Creators.Director = "王芳、赵明远"
	cases := []struct {
		s       string
		pending slot
		want    string
		ok      bool
	}{
		{"就他一个人", slotWriter, "赵明远", true},
		{"也是他", slotDirector, "刘建国", true},
		{"还是她", slotCamera, "赵明远", true}, // 撰稿 empty: the nearest role above with a name
		{"宣传部刘思齐同志", slotCamera, "刘思齐", true},
		{"办公电话0371-63938888", slotCamera, "联系电话：037163938888", true},
		{"手机号是13812345678", slotEditor, "联系电话：13812345678", true},
		// rejects
		{"也是他", slotSupervisor, "", false}, // nobody named above
		{"他是谁", slotWriter, "", false},
		{"监制就是我们书记吧 孙志强 导演我 剪辑刘洋", slotSupervisor, "", false},
		{"撰稿是我和刘洋", slotWriter, "", false},
		{"刘洋，电话13812345678", slotWriter, "", false},
		{"讲述矿山一线党员的坚守", slotWriter, "", false},
		{"宣传部刘思齐同志", slot(contestbot.FieldContact), "", false},
	}
	for _, c := range cases {
		got, ok := cuedRoleAnswer(e, c.s, c.pending)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("cuedRoleAnswer(%q, %s) = %q, %v; want %q, %v", c.s, c.pending, got, ok, c.want, c.ok)
		}
	}
}

func TestPronounBody(t *testing.T) {
	const unit = "郑州XX学院"
	accept := map[string]string{
		"俺学校党委组织部": "郑州XX学院党委组织部",
		"我们党委组织部":  "郑州XX学院党委组织部",
		"俺们学校宣传部":  "郑州XX学院宣传部",
		"咱学院团委":    "郑州XX学院团委",
		"我们学校的团委":  "郑州XX学院团委",
		"我校党委办公室":  "郑州XX学院党委办公室",
	}
	for s, want := range accept {
		if got, ok := pronounBody(s, unit); !ok || got != want {
			t.Errorf("pronounBody(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	reject := []string{"我们学校", "俺学校", "党委组织部", "郑州XX学院宣传部", "我们自己拍的", "我", "咱们"}
	for _, s := range reject {
		if got, ok := pronounBody(s, unit); ok {
			t.Errorf("pronounBody(%q) = %q; want not a body", s, got)
		}
	}
	if got, ok := pronounBody("俺学校党委组织部", ""); ok {
		t.Errorf("pronounBody with no unit = %q; want none", got)
	}
}

func TestCuedRoleValue(t *testing.T) {
	e := &contestbot.Entry{}
	e.Creators.Supervisor = "陈志刚"
	accept := map[string]string{
		"陈志刚 就他一个人": "陈志刚",
		"赵明远，即本人":   "赵明远",
		"宣传部刘思齐同志":  "刘思齐",
		"即由本人赵明远担任": "赵明远",
		"孙浩老师一个人":   "孙浩",
		"也是他":       "陈志刚",
		"就她一个人":     "陈志刚",
		"组织部欧阳娜娜老师": "欧阳娜娜",
	}
	for v, want := range accept {
		if got, ok := cuedRoleValue(e, v, slotDirector); !ok || got != want {
			t.Errorf("cuedRoleValue(%q) = %q, %v; want %q", v, got, ok, want)
		}
	}
	reject := []string{"王雅琴、陈晓东", "我和刘洋", "张三", "讲述一个人的故事", "办公", "他是谁？", "一个人"}
	for _, v := range reject {
		if got, ok := cuedRoleValue(e, v, slotDirector); ok {
			t.Errorf("cuedRoleValue(%q) = %q; want none", v, got)
		}
	}
	if got, ok := cuedRoleValue(e, "宣传部刘思齐同志", slot(contestbot.FieldContact)); ok {
		t.Errorf("cuedRoleValue at the contact = %q; want none", got)
	}
}

func TestPhoneLabelLeft(t *testing.T) {
	for _, v := range []string{"办公", "办公室", "单位座机", "家里", " 办公 "} {
		if !phoneLabelLeft(v) {
			t.Errorf("phoneLabelLeft(%q) = false; want true", v)
		}
	}
	for _, v := range []string{"张办公", "刘思齐", "办公室王强", "宣传部", ""} {
		if phoneLabelLeft(v) {
			t.Errorf("phoneLabelLeft(%q) = true; want false", v)
		}
	}
}

func TestTitleNoName(t *testing.T) {
	accept := map[string]string{"宣传部的同志": "同志", "他是我们宣传部的干事": "干事", "组织部的老师": "老师", "我们党委办公室的主任": "主任"}
	for s, want := range accept {
		if got, ok := titleNoName(s); !ok || got != want {
			t.Errorf("titleNoName(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{"宣传部刘思齐同志", "刘思齐同志", "张三", "讲述宣传部的老师的故事", "宣传部的老师是谁？", "党委组织部"} {
		if got, ok := titleNoName(s); ok {
			t.Errorf("titleNoName(%q) = %q; want a name or no title", s, got)
		}
	}
}
