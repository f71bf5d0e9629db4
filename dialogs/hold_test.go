package dialogs

import (
	"testing"

	"contestbot"
)

// s6-d: the hold reader takes only messages made of pause, hedge, skip and
// "不对" words; anything with a value or a question is no hold.
func TestReadHold(t *testing.T) {
	accept := map[string]holdKind{
		"等下":        holdPause,
		"稍等":        holdPause,
		"等一下哈":      holdPause,
		"我找找":       holdPause,
		"好了":        holdBack,
		"我回来了":      holdBack,
		"还有":        holdMore,
		"还没完":       holdMore,
		"还有呢":       holdMore,
		"哦不对":       holdWrong,
		"不对不对":      holdWrong,
		"这个不确定 我问问": holdUnsure,
		"等下 我问下主任":  holdUnsure,
		"我问问领导":     holdUnsure,
		"还没定":       holdUnsure,
		"不太清楚":      holdUnsure,
		"我得问一下王主任":  holdUnsure,
		"能先跳过这个吗":   holdSkip,
		"能先跳过这个吗，我问问领导再回来填": holdSkip,
		"先空着":    holdSkip,
		"这个最后再填": holdSkip,
		"先填别的":   holdSkip,
	}
	for s, want := range accept {
		if got := readHold(s); got != want {
			t.Errorf("readHold(%q) = %d, want %d", s, got, want)
		}
	}
	reject := []string{
		"15937928516", "陈思雨", "动画", "不对，是2分46秒", "还有我", "还有王芳", "我问一下时长要写几分几秒",
		"不确定算不算公开发表", "好了吗", "等下 时长是填分钟还是秒", "洛阳职业技术学院", "是", "不是",
		"剪辑还有我", "我问下片名能改吗", "监制赵建军",
	}
	for _, s := range reject {
		if got := readHold(s); got != holdNone {
			t.Errorf("readHold(%q) = %d, want none", s, got)
		}
	}
}

// s6-d: hedges come off short values, never off a 简介, a question or a
// vague duration.
func TestUnhedge(t *testing.T) {
	accept := []struct {
		in   string
		at   slot
		want string
	}{
		{"应该是写我们宣传部吧，周口文理职业学院党委宣传部", slot(contestbot.FieldProducer), "我们宣传部，周口文理职业学院党委宣传部"},
		{"大概是动画制作", slot(contestbot.FieldCategory), "动画制作"},
		{"可能是AI生成吧", slot(contestbot.FieldCategory), "AI生成"},
		{"应该是王芳吧", slot(contestbot.FieldContact), "王芳"},
		{"1和2应该是吧", slot(contestbot.FieldUnitWork), "1和2是"},
		{"摄影应该没有吧", slotCamera, "摄影没有"},
		{"应该没发过吧", slot(contestbot.FieldUnpublished), "没发过"},
		{"洛阳职业技术学院，应该是", slot(contestbot.FieldUnit), "洛阳职业技术学院"},
		{"应该是叫一盏灯吧", slot(contestbot.FieldTitle), "一盏灯"},
	}
	for _, c := range accept {
		if got, ok := unhedge(c.in, c.at); !ok || got != c.want {
			t.Errorf("unhedge(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	reject := []struct {
		in string
		at slot
	}{
		{"应该是13937602459", slot(contestbot.FieldPhone)},
		{"大概两分半", slot(contestbot.FieldDuration)},
		{"大概三分多钟吧", slot(contestbot.FieldCategory)},
		{"应该不算公开发表吧？", slot(contestbot.FieldUnpublished)},
		{"动画讲述一名乡村支部书记的女儿在外求学，可能是最后一次回家吧", slot(contestbot.FieldSynopsis)},
		{"就写我周文涛吧", slot(contestbot.FieldContact)},
		{"周口文理职业学院", slot(contestbot.FieldUnit)},
		{"这样可以吗", slot(contestbot.FieldUnit)},
		{"也许明天", slot(contestbot.FieldTitle)},
		{"片名《可能的远方》", slot(contestbot.FieldUnit)},
		{"好像一盏灯", slot(contestbot.FieldTitle)},
	}
	for _, c := range reject {
		if got, ok := unhedge(c.in, c.at); ok {
			t.Errorf("unhedge(%q) = %q, want unchanged", c.in, got)
		}
	}
}

// s6-d: an answer brought back loses its lead; a category said in it is
// the 分类; anything else is kept as typed.
func TestReportedAnswer(t *testing.T) {
	accept := map[string]string{
		"问过了 是原创 没发表过":            "是原创 没发表过",
		"问清楚了，电话就用我手机15838296371": "电话就用我手机15838296371",
		"主任说还是算动画":                "还是算动画",
		"问过了，领导说按动画制作报":           "按动画制作报",
		"王主任说了，实景拍摄":              "实景拍摄",
	}
	for in, want := range accept {
		if got, ok := reportedOff(in); !ok || got != want {
			t.Errorf("reportedOff(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"问过了", "主任说", "王主任", "张主任是监制", "说好了三分钟", "领导", "问一下时长写几分"} {
		if got, ok := reportedOff(in); ok {
			t.Errorf("reportedOff(%q) = %q, want unchanged", in, got)
		}
	}

	tt := &turn{c: &Core{season: testSeason(t)}}
	cats := map[string]string{
		"还是算动画 AI只做了部分画面和配音": "分类：动画制作",
		"按动画制作报，AI只是辅助的":     "分类：动画制作",
		"算实拍吧":               "分类：实景拍摄",
	}
	for in, want := range cats {
		if got := tt.reportedCategory(in); got != want {
			t.Errorf("reportedCategory(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"AI只是辅助的", "是原创 没发表过", "电话就用我手机15838296371", "动画里的人物是AI画的"} {
		if got := tt.reportedCategory(in); got != in {
			t.Errorf("reportedCategory(%q) = %q, want unchanged", in, got)
		}
	}

	for _, in := range []string{"剪完才知道", "定稿了才有", "领导审完才能定"} {
		if !reKnownAfter.MatchString(compact(in)) {
			t.Errorf("reKnownAfter misses %q", in)
		}
	}
	for _, in := range []string{"才知道有这个比赛的", "讲述了他退休以后才知道的故事，展现初心", "孙宇航"} {
		if reKnownAfter.MatchString(compact(in)) {
			t.Errorf("reKnownAfter takes %q", in)
		}
	}
}
