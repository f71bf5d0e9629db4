package dialogs

import (
	"slices"
	"testing"

	"contestbot"
)

func TestNumberedItems(t *testing.T) {
	accept := []struct {
		in    string
		head  string
		items []string
	}{
		{"1.河南省经济管理学校 2.红色账本 3.2分30秒 4.动画 5.程晓燕 6.0371-63218457", "",
			[]string{"河南省经济管理学校", "红色账本", "2分30秒", "动画", "程晓燕", "0371-63218457"}},
		{"1、孙丽华 2、郭文博", "", []string{"孙丽华", "郭文博"}},
		{"1)孙丽华 2)郭文博", "", []string{"孙丽华", "郭文博"}},
		{"（1）孙丽华（2）郭文博", "", []string{"孙丽华", "郭文博"}},
		{"①孙丽华②郭文博③无", "", []string{"孙丽华", "郭文博", "无"}},
		{"一、孙丽华 二、郭文博", "", []string{"孙丽华", "郭文博"}},
		{"第一，孙丽华；第二，郭文博", "", []string{"孙丽华", "郭文博"}},
		{"1.孙丽华2.郭文博", "", []string{"孙丽华", "郭文博"}},
		{"1、《红色账本》（2）程晓燕 ③13837165294", "", []string{"《红色账本》", "程晓燕", "13837165294"}},
		{"好的：1.是 2.是", "好的：", []string{"是", "是"}},
	}
	for _, c := range accept {
		head, items, ok := numberedItems(c.in)
		if !ok || head != c.head || !slices.Equal(items, c.items) {
			t.Errorf("numberedItems(%q) = %q, %q, %v; want %q, %q", c.in, head, items, ok, c.head, c.items)
		}
	}
	reject := []string{
		"2.5分钟",                   // a decimal, no list
		"片长3.5分钟，1080P",           // no list
		"1.河南省经济管理学校",             // one item
		"2.红色账本 3.程晓燕",            // does not start at 1
		"时长2分30秒，2025年10月拍的",      // numbers inside values
		"1.2.",                    // no content
		"我们有12.5个G的素材 1.1版本",      // no run 1, 2
		"电话0371-63218457 1号楼2.3室", // no run
	}
	for _, s := range reject {
		if head, items, ok := numberedItems(s); ok {
			t.Errorf("numberedItems(%q) = %q, %q; want no list", s, head, items)
		}
	}
}

func TestListNumberOff(t *testing.T) {
	cases := map[string]string{
		"1.河南省经济管理学校": "河南省经济管理学校",
		"（2）红色账本":     "红色账本",
		"③程晓燕":        "程晓燕",
		"一、郭文博":       "郭文博",
		// kept
		"1.5公里":    "1.5公里",
		"2025青春答卷": "2025青春答卷",
		"1.A":      "1.A",
		"十一中":      "十一中",
	}
	for in, want := range cases {
		if got := listNumberOff(in); got != want {
			t.Errorf("listNumberOff(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestCopiedPrompt(t *testing.T) {
	tt := &turn{c: &Core{season: testSeason(t)}, st: &state{}}
	e := &contestbot.Entry{Unit: "河南省经济管理学校"}
	contact := slot(contestbot.FieldContact)
	accept := []struct{ in, pending, want string }{
		{"联系人是哪位老师？程晓燕", string(contact), "程晓燕"},
		{"作品的片名是？红色账本", string(contact), "片名：红色账本"},
		{"片名是？红色账本", string(contact), "片名：红色账本"},
		{"时长是多少？2分30秒", string(contact), "时长：2分30秒"},
		{"主创人员：监制(策划)是谁？孙丽华", string(slotSupervisor), "孙丽华"},
		{"联系电话是？13837165294", string(contact), "联系电话：13837165294"},
	}
	for _, c := range accept {
		if got := tt.copiedPrompt(e, c.in, slot(c.pending)); got != c.want {
			t.Errorf("copiedPrompt(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	reject := []string{
		"联系人是哪位老师？",          // nothing after it
		"联系人是谁？能写两个吗",        // a question after it
		"片名是？能改吗",            // a question after it
		"截止时间是哪天？我们还没拍完",     // not the bot's question
		"这个比赛谁负责？孟老师吗",       // a question
		"是？程晓燕",              // too short to be a copy
		"内容简介有字数限制吗？我写了200字", // not the bot's question
	}
	for _, s := range reject {
		if got := tt.copiedPrompt(e, s, contact); got != s {
			t.Errorf("copiedPrompt(%q) = %q; want it unchanged", s, got)
		}
	}
}

func TestIntroParts(t *testing.T) {
	accept := []struct{ in, school, name string }{
		{"您好，我是河南省经济管理学校教务处的程晓燕，想给我们学校报个片子", "河南省经济管理学校", "程晓燕"},
		{"您好，我是河南省经济管理学校教务处的，想咨询一下短视频大赛报名", "河南省经济管理学校", ""},
		{"老师好，我是郑州铁路职业技术学院宣传部的周海涛老师", "郑州铁路职业技术学院", "周海涛"},
	}
	for _, c := range accept {
		if s, n := introParts(c.in); s != c.school || n != c.name {
			t.Errorf("introParts(%q) = %q, %q; want %q, %q", c.in, s, n, c.school, c.name)
		}
	}
	reject := []string{"啊这😂 我是帮我们学校党办刘老师弄报名的", "我是学生，我们老师让我帮她报的", "我是新来的", "你好"}
	for _, s := range reject {
		if sc, n := introParts(s); sc != "" || n != "" {
			t.Errorf("introParts(%q) = %q, %q; want nothing", s, sc, n)
		}
	}
}

func TestIntroWantsRegister(t *testing.T) {
	accept := []string{
		"您好，我是河南省经济管理学校教务处的，想咨询一下短视频大赛报名",
		"你好，想了解一下报名的事",
		"老师好，我是郑州铁路职业技术学院宣传部的，想问一下短视频大赛报名",
	}
	for _, s := range accept {
		if !introWantsRegister(s) {
			t.Errorf("introWantsRegister(%q) = false; want true", s)
		}
	}
	reject := []string{
		"您好，想咨询一下报名截止是哪天？",
		"报名需要交哪些材料",
		"您好，我是河南省经济管理学校教务处的",
		"想咨询一下作品时长",
		"我想了解一下评奖",
	}
	for _, s := range reject {
		if introWantsRegister(s) {
			t.Errorf("introWantsRegister(%q) = true; want false", s)
		}
	}
}

func TestReadRemovalListNumber(t *testing.T) {
	for _, s := range []string{"推荐单位前面的1.去掉", "推荐单位前面的“1.”去掉"} {
		rm, ok := readRemoval(s)
		if !ok || rm.field != slot(contestbot.FieldUnit) || rm.words != "1." || !rm.front {
			t.Errorf("readRemoval(%q) = %+v, %v; want the 1. at the front of 推荐单位", s, rm, ok)
		}
	}
}

// TestRemoveListNumber: "推荐单位前面的1.去掉" takes a list number off a
// unit stored with it (a draft saved before lists were read).
func TestRemoveListNumber(t *testing.T) {
	tr, e := fixTurn(t)
	e.Unit = "1.河南省经济管理学校"
	tr.st.Pending = slot(contestbot.FieldContact)
	out, ok := tr.removeByRequest(e, "推荐单位前面的1.去掉", tr.st.Pending, func(s string) string { return s })
	if !ok || e.Unit != "河南省经济管理学校" {
		t.Errorf("removeByRequest: unit %q, ok %v, reply %q", e.Unit, ok, out)
	}
}
