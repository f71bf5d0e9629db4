package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// bothTurn is a turn on a first work's draft at the step pending.
func bothTurn(t *testing.T, pending slot) (*turn, *contestbot.Entry) {
	t.Helper()
	tr, _ := fixTurn(t)
	e := &contestbot.Entry{ID: 1, Status: contestbot.StatusDraft, Unit: "漯河市第三中等专业学校", Title: "沙澧河畔的红色课堂"}
	tr.entries = []*contestbot.Entry{e}
	tr.st.EntryID, tr.st.Pending = 1, pending
	return tr, e
}

// TestBothWorksValue (s12-j, rp157): a value with "两个都是" is for this
// work and the next ones; a bare "两个都是" that answers a yes/no step, a
// question, or a clause that is no value is not.
func TestBothWorksValue(t *testing.T) {
	accept := []struct {
		pending slot
		msg     string
	}{
		{slot(contestbot.FieldProducer), "制作是学校党委组织部 两个都是"},
		{slot(contestbot.FieldProducer), "漯河市第三中等专业学校党委组织部，两个都一样"},
		{slot(contestbot.FieldContact), "联系人马俊峰 电话13839512468 两个都是"},
		{slot(contestbot.FieldProducer), "两个都填漯河市第三中等专业学校党委组织部"},
	}
	reject := []struct {
		pending slot
		msg     string
	}{
		{slot(contestbot.FieldUnitWork), "两个都是"},       // answers a yes/no step
		{slot(contestbot.FieldProducer), "两个都是"},       // no value beside it
		{slot(contestbot.FieldProducer), "两个都是组织部做的吗"}, // a question
		{slot(contestbot.FieldProducer), "制作是学校党委组织部"}, // no "both"
		{slot(contestbot.FieldSynopsis), "讲的是两个老党员 两个都是"},
	}
	for _, c := range accept {
		tr, _ := bothTurn(t, c.pending)
		if v, note := tr.bothWorks(c.msg); note != bothMark || strings.Contains(v, "都") {
			t.Errorf("bothWorks(%q) = %q, %q; want the value and the mark", c.msg, v, note)
		}
	}
	for _, c := range reject {
		tr, _ := bothTurn(t, c.pending)
		if v, note := tr.bothWorks(c.msg); note != "" || v != c.msg {
			t.Errorf("bothWorks(%q) = %q, %q; want it unread", c.msg, v, note)
		}
	}
}

// TestBothWorksOrdinal (s12-j, rp157): "第一个X 第二个Y" fills X into the
// first work and keeps Y, read as the same field, for the second; a real
// title with 一个, an ordinal pair on a second work, or a Y of another
// field is not read.
func TestBothWorksOrdinal(t *testing.T) {
	accept := []struct {
		pending   slot
		msg, x, y string
	}{
		{slot(contestbot.FieldCategory), "第一个实景拍的 第二个是动画", "实景拍的", "分类：动画制作"},
		{slot(contestbot.FieldDuration), "第一个2分45秒，第二个1分52秒", "2分45秒", "时长：1分52秒"},
		{slot(contestbot.FieldCategory), "第一个是实景拍摄，第二个是AI生成", "实景拍摄", "分类：AI生成"},
		{slot(contestbot.FieldTitle), "刚才不是说了 第一个叫沙澧河畔的红色课堂 第二个叫老党员的育人笔记", "沙澧河畔的红色课堂", "片名：《老党员的育人笔记》"},
	}
	for _, c := range accept {
		tr, _ := bothTurn(t, c.pending)
		v, note := tr.ordinalPair(tr.current(), c.msg)
		if v != c.x || tr.st.NextWork != c.y || note == "" {
			t.Errorf("ordinalPair(%q) = %q, held %q; want %q, %q", c.msg, v, tr.st.NextWork, c.x, c.y)
		}
	}
	reject := []struct {
		pending slot
		msg     string
	}{
		{slot(contestbot.FieldTitle), "一个叫沙澧河畔的红色课堂"},        // a title with 一个
		{slot(contestbot.FieldCategory), "第一个实景拍的 第二个是张鹏剪的"}, // Y is no category
		{slot(contestbot.FieldCategory), "第一个和第二个换一下"},       // a reorder
		{slot(contestbot.FieldCategory), "实景拍摄"},
		{slot(contestbot.FieldCategory), "动画制作 第一个实景拍的 第二个是动画"}, // the lead is a value
		{slot(contestbot.FieldCategory), "哪个好 第一个实景拍的 第二个是动画"},
	}
	for _, c := range reject {
		tr, _ := bothTurn(t, c.pending)
		if v, note := tr.ordinalPair(tr.current(), c.msg); note != "" || v != c.msg || tr.st.NextWork != "" {
			t.Errorf("ordinalPair(%q) = %q, %q; want it unread", c.msg, v, note)
		}
	}
	// On a second work the ordinals name works the user has.
	tr, e := bothTurn(t, slot(contestbot.FieldCategory))
	tr.entries = append([]*contestbot.Entry{{ID: 2, Status: contestbot.StatusComplete, Title: "老党员的育人笔记"}}, e)
	if _, note := tr.ordinalPair(e, "第一个实景拍的 第二个是动画"); note != "" {
		t.Errorf("ordinalPair on a second work read the pair")
	}
}

// TestJoinedRoles (s12-j, rp157): a joining sign between two role labels
// is "、"; anywhere else it stays.
func TestJoinedRoles(t *testing.T) {
	accept := map[string]string{
		"摄影+剪辑陈浩然":             "摄影、剪辑陈浩然",
		"摄影 + 剪辑 陈浩然":          "摄影、剪辑 陈浩然",
		"编导&撰稿李晓燕":             "编导、撰稿李晓燕",
		"监制＆策划王德胜":             "监制、策划王德胜",
		"摄像/剪辑张鹏":              "摄像、剪辑张鹏",
		"撰稿兼编导刘芳":              "撰稿、编导刘芳",
		"监制王德胜，摄影+剪辑陈浩然，撰稿郭晓静": "监制王德胜，摄影、剪辑陈浩然，撰稿郭晓静",
	}
	for in, want := range accept {
		if got := joinedRoles(in); got != want {
			t.Errorf("joinedRoles(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{"4K+HDR 可以吗", "片名叫党建+", "摄影陈浩然+张鹏", "1080P/25帧", "兼职老师李娜", "剪辑&"}
	for _, in := range reject {
		if got := joinedRoles(in); got != in {
			t.Errorf("joinedRoles(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestConsentKeepBare (s12-j, rp157): "那就先按动画 确认" keeps the stored
// value and confirms; a different value, a question or no confirm is no
// consent.
func TestConsentKeepBare(t *testing.T) {
	tr, e := fixTurn(t)
	e.Category = "动画制作"
	e.Synopsis, e.Summary = "讲述党员教师扎根乡村二十年的故事。", "讲述党员教师扎根乡村二十年的故事。"
	for _, s := range []string{"那就先按动画 确认", "就按动画制作 确认", "先按动画吧 确认"} {
		if !tr.consentSaid(e, s) {
			t.Errorf("consentSaid(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"那就先按实景拍摄 确认", "先按动画 确认吗", "那就先按动画", "先按动画 改一下 确认", "就按这个改 确认"} {
		if tr.consentSaid(e, s) {
			t.Errorf("consentSaid(%q) = true, want false", s)
		}
	}
}
