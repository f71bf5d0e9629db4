package dialogs

import (
	"testing"

	"contestbot"
)

// s12-i youobject.go: a title whose 你 is the viewer taken along is a title;
// a question, a command or a complaint to the bot is still refused.
func TestTitleYouObject(t *testing.T) {
	title := fieldTable[1]
	if title.slot != slot(contestbot.FieldTitle) {
		t.Fatal("fieldTable[1] is not the 片名")
	}
	checkReaders(t, []readerCase{{
		name: "a plausible 片名",
		fn: func(s string) bool {
			return freeTextProblem(s) == "" && !hasComplaint(compact(s)) && title.validate(nil, s) == ""
		},
		accept: []string{
			"AI带你看新质生产力", " AI带你看新质生产力", "陪你走过四季", "5G伴你成长", "为你点赞", "领你读懂新质生产力",
			"新质生产力", "AI赋能新质生产力", "5G+智慧课堂", "2025我们在一起",
		},
		reject: []string{
			"你帮我起个片名吧", "你看着填吧", "你咋又记错了", "我跟你说片名还没定", "你给我改一下", "你先记一下 回头再改",
			"AI生成的算哪类？", "片名能写英文吗？", "你刚才记错了", "不对不对",
		},
	}})
}

// s12-i values.go reWeAre: a dialect lead-in with a place word before the
// unit ("俺这是…", "我们这是…", "这边是…") is no part of it.
func TestWeAreHere(t *testing.T) {
	unit := fieldTable[0]
	for in, want := range map[string]string{
		"俺这是平顶山工业职业技术学院": "平顶山工业职业技术学院",
		"俺们是平顶山工业职业技术学院": "平顶山工业职业技术学院",
		"我们这是郑州大学":       "郑州大学",
		"这边是河南大学":        "河南大学",
		"俺这儿是许昌职业技术学院":   "许昌职业技术学院",
		"我们这里是洛阳理工学院":    "洛阳理工学院",
	} {
		got := unwrap(in)
		if got != want || unit.validate(nil, got) != "" {
			t.Errorf("unwrap(%q) = %q (validate %q), want %q", in, got, unit.validate(nil, got), want)
		}
	}
	// Not a lead-in: the words stay, and what names no school is still refused.
	for in, want := range map[string]string{
		"这是哪个学校":     "这是哪个学校",
		"这边的学校":      "这边的学校",
		"这里头是郑州大学":   "这里头是郑州大学",
		"俺这是第一次报名":   "第一次报名", // stripped, and refused below
		"这边是我们学校":    "我们学校",
		"这里是学校党委组织部": "学校党委组织部",
	} {
		got := unwrap(in)
		if got != want {
			t.Errorf("unwrap(%q) = %q, want %q", in, got, want)
		}
		if (in == "俺这是第一次报名" || in == "这边是我们学校") && unit.validate(nil, got) == "" {
			t.Errorf("validate(%q) passed, want it refused", got)
		}
	}
}
