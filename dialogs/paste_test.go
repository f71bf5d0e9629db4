package dialogs

import (
	"testing"

	"contestbot"
)

// Issue #10, round 8: pasted and dense messages read as meant.

func TestSendOverIsNoPublication(t *testing.T) {
	p := period{2025, testSeason(t)}
	accept := []string{"好的谢谢，那我把我们的报名表发过来，麻烦帮忙登记一下", "邮件发过去就行", "我一会发给您", "已发到邮箱了", "稍后发送给你们"}
	reject := map[string]bool{"已经发过抖音了": false, "发过视频号": false, "没在任何平台发过": true, "还没发表": true, "在B站发布过": false}
	for _, s := range accept {
		if f, _, ok := eligibilityPhrase(s, p); ok && f == contestbot.FieldUnpublished {
			t.Errorf("eligibilityPhrase(%q) read a publication statement", s)
		}
	}
	for s, want := range reject {
		if f, v, ok := eligibilityPhrase(s, p); !ok || f != contestbot.FieldUnpublished || v != want {
			t.Errorf("eligibilityPhrase(%q) = %v, %v, %v; want unpublished %v", s, f, v, ok, want)
		}
	}
}

func TestJoinLines(t *testing.T) {
	accept := map[string]string{
		"开设“夜灯课堂”，\n帮村民检修农机。": "开设“夜灯课堂”，帮村民检修农机。",
		"第一段\r\n  第二段\n\n第三段": "第一段第二段第三段",
		"learn Go\nand SQL":   "learn Go and SQL",
	}
	reject := []string{"一行的简介，没有换行。", "a b"} // unchanged
	for in, want := range accept {
		if got := joinLines(in); got != want {
			t.Errorf("joinLines(%q) = %q; want %q", in, got, want)
		}
	}
	for _, in := range reject {
		if got := joinLines(in); got != in {
			t.Errorf("joinLines(%q) = %q; want it unchanged", in, got)
		}
	}
}

func TestListPoints(t *testing.T) {
	accept := map[string]int{"2. 另外问一下": 2, "2、今年拍的": 2, "(3)没发过": 3, "（4）用了": 4, "二、片名": 2, "⑤剪辑": 5, "12.简介": 12, "1 )是": 1}
	reject := []string{"2.5分钟", "2021年拍的", "20M码率", "帮村民检修农机", "第2条", "2分48秒"}
	for s, want := range accept {
		m := reListPoint.FindString(s)
		if m == "" || pointNumber(m) != want {
			t.Errorf("list point of %q = %q (%d); want %d", s, m, pointNumber(m), want)
		}
	}
	for _, s := range reject {
		if startsPoint(s) {
			t.Errorf("startsPoint(%q) = true; want false", s)
		}
	}
	pts, ok := splitPoints("1. 是，学院组织拍的\n2.是，今年5月拍完的\n③没发过")
	if !ok || pts[1] != "是,学院组织拍的" || pts[2] != "是,今年5月拍完的" || pts[3] != "没发过" {
		t.Errorf("splitPoints = %v, %v", pts, ok)
	}
	for _, s := range []string{"1. 简介：…\n另外问一下", "只有一行", "1. 是\n1. 不是"} {
		if _, ok := splitPoints(s); ok {
			t.Errorf("splitPoints(%q) ok; want not a list", s)
		}
	}
}

func TestNotDurations(t *testing.T) {
	accept := map[string]int{"2min50s": 170, "duration 2min50s": 170, `2'50"`: 170, "时长9:16": 556, "片长 2:50": 170, "2分50秒 9:16的": 170}
	reject := []string{"9:16", "竖屏 9:16的 也能交吗", "9:16是竖屏比例", "1080:1920", "16:9", "4:3", "1080P", "码率20M", "60fps", "2.35:1", "1920×1080"}
	for s, want := range accept {
		n := contestbot.NormalizeWidth(s)
		loc := findDurationLoc(n)
		if loc == nil {
			t.Errorf("findDurationLoc(%q) = nil; want %d秒", s, want)
			continue
		}
		if d, err := contestbot.ParseDuration(n[loc[0]:loc[1]]); err != nil || d != want {
			t.Errorf("duration in %q = %d, %v; want %d", s, d, err, want)
		}
	}
	for _, s := range reject {
		if loc := findDurationLoc(contestbot.NormalizeWidth(s)); loc != nil {
			t.Errorf("findDurationLoc(%q) = %q; want no running time", s, s[loc[0]:loc[1]])
		}
		if d, ok := findDuration(s); ok {
			t.Errorf("findDuration(%q) = %d; want none", s, d)
		}
	}
}

func TestEnglishLabels(t *testing.T) {
	accept := map[string]assignment{
		"title是《机房里的红色代码》":  {slot(contestbot.FieldTitle), "《机房里的红色代码》"},
		"phone 13937152846": {slot(contestbot.FieldPhone), "13937152846"},
		"Category选实拍":       {slot(contestbot.FieldCategory), "选实拍"},
		"duration 2min50s":  {slot(contestbot.FieldDuration), "2min50s"},
	}
	reject := []string{"subtitle是中文的", "telephone 13937152846", "typeset好了", "这个contacts里有"}
	for s, want := range accept {
		ex := extract(s)
		if len(ex.values) == 0 || ex.values[0].slot != want.slot || ex.values[0].raw != want.raw {
			t.Errorf("extract(%q) = %+v; want %+v", s, ex.values, want)
		}
	}
	for _, s := range reject {
		if ex := extract(s); ex.labelled {
			t.Errorf("extract(%q) = %+v; want no label", s, ex.values)
		}
	}
	// A weak label opens a line only in a pasted form.
	if ex := extract("学校 郑州市金水区职业中等专业学校\n制作单位 学校党委办公室\n联系人 程宇航"); len(ex.values) < 1 || ex.values[0].slot != slot(contestbot.FieldUnit) {
		t.Errorf("weak label in a form: %+v", ex.values)
	}
	if ex := extract("学校 那边还没定"); ex.labelled {
		t.Errorf("weak label outside a form: %+v", ex.values)
	}
}

func TestPointFix(t *testing.T) {
	tr := &turn{st: &state{Mode: modeForm}}
	tr.notePoints("1. 推荐单位：开封职业技术学院\n2. 片名：清风汴水\n3、时长：2分48秒")
	accept := map[string]string{
		"第2条写错了，应该是清风汴水间": "片名改成清风汴水间",
		"第二点改成清风汴水间":      "片名改成清风汴水间",
		"第3条应该是2分58秒":     "时长改成2分58秒",
	}
	reject := []string{"第2个作品的时长改成2分", "第5条写错了，应该是张三", "第二条我再想想", "片名改成清风汴水间"}
	for s, want := range accept {
		if got := tr.pointFix(s, slot(contestbot.FieldContact)); got != want {
			t.Errorf("pointFix(%q) = %q; want %q", s, got, want)
		}
	}
	for _, s := range reject {
		if got := tr.pointFix(s, slot(contestbot.FieldContact)); got != s {
			t.Errorf("pointFix(%q) = %q; want it unchanged", s, got)
		}
	}
	// The bot's own numbered eligibility items are not the contact's points.
	if got := tr.pointFix("第2条写错了，应该是去年拍的", slot(contestbot.FieldMadeInPeriod)); got != "第2条写错了，应该是去年拍的" {
		t.Errorf("pointFix at an eligibility question = %q", got)
	}
}

func TestPointAnswers(t *testing.T) {
	p := period{2025, testSeason(t)}
	open := []slot{slot(contestbot.FieldUnitWork), slot(contestbot.FieldMadeInPeriod), slot(contestbot.FieldUnpublished), slot(contestbot.FieldAIUsed)}
	got, ok := pointAnswers("1. 是，学院组织拍的\n2. 是，今年5月拍完的\n3. 没发过\n4. 用了", open, p)
	want := []pointFact{{contestbot.FieldUnitWork, true}, {contestbot.FieldMadeInPeriod, true}, {contestbot.FieldUnpublished, true}, {contestbot.FieldAIUsed, true}}
	if !ok || len(got) != len(want) {
		t.Fatalf("pointAnswers = %v, %v; want %v", got, ok, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("point %d = %v; want %v", i+1, got[i], want[i])
		}
	}
	if got, ok := pointAnswers("1. 是\n2. 不是", open, p); !ok || got[0] != (pointFact{contestbot.FieldUnitWork, true}) || got[1] != (pointFact{contestbot.FieldMadeInPeriod, false}) {
		t.Errorf("pointAnswers(是/不是) = %v, %v", got, ok)
	}
	for _, s := range []string{"1. 是\n2. 是\n3. 是\n4. 没有\n5. 是", "1. 是\n2. 这个我问一下领导", "是，都符合"} {
		if got, ok := pointAnswers(s, open, p); ok {
			t.Errorf("pointAnswers(%q) = %v; want not read", s, got)
		}
	}
}
