package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// s11-f (round 29, rp137–rp140): eligibility said loosely, talk at name
// steps, titles with the category said after them. Reject lists first.

// TestNegatedCategory: a category word under a negation is no category.
func TestNegatedCategory(t *testing.T) {
	season := testSeason(t)
	reject := []struct{ msg, cat string }{
		{"AI生成", "AI生成"},
		{"是AI生成的", "AI生成"},
		{"不是实景 是动画", "动画制作"},
		{"不是实景 就是实拍的", "实景拍摄"},
		{"不过配音用的AI", "AI生成"},
		{"没问题 是AI生成", "AI生成"},
		{"动画不是很长", "动画制作"},
	}
	for _, tc := range reject {
		if negatedCategory(season, tc.msg, tc.cat) {
			t.Errorf("negatedCategory(%q, %s) = true, want false", tc.msg, tc.cat)
		}
	}
	accept := []struct{ msg, cat string }{
		{"是，9月做完的。就是拿AE做的 没用AI生成 这个不算AI吧", "AI生成"},
		{"这个不算AI吧", "AI生成"},
		{"没有用人工智能", "AI生成"},
		{"不是实拍的", "实景拍摄"},
		{"并不是动画", "动画制作"},
	}
	for _, tc := range accept {
		if !negatedCategory(season, tc.msg, tc.cat) {
			t.Errorf("negatedCategory(%q, %s) = false, want true", tc.msg, tc.cat)
		}
	}
	// The category decision reader ("那就算AI吧") decides nothing when negated.
	if out, ok := categoryDecision(season, "这个不算AI吧"); ok {
		t.Errorf("categoryDecision(这个不算AI吧) = %q, want none", out)
	}
	if _, ok := categoryDecision(season, "那就算AI吧"); !ok {
		t.Errorf("categoryDecision(那就算AI吧) read nothing")
	}
}

// TestCategoryAfterTitle: "这个是/这个算/是个 + category" is the category.
func TestCategoryAfterTitle(t *testing.T) {
	season := testSeason(t)
	for _, s := range []string{"这个是我的家", "这是一个故事", "是个好人", "动画是我的青春", "这个是动画片的配音老师"} {
		if c, ok := categoryExact(season, s); ok {
			t.Errorf("categoryExact(%q) = %s, want none", s, c)
		}
	}
	for in, want := range map[string]string{"这个是动画": "动画制作", "这个算实拍": "实景拍摄", "是个动画片": "动画制作", "这是AI生成的": "AI生成", "这个是动画吧": "动画制作"} {
		if c, ok := categoryExact(season, in); !ok || c != want {
			t.Errorf("categoryExact(%q) = %q %v, want %s", in, c, ok, want)
		}
	}
}

// TestEligibilityLoose: every fact said in one message is kept; ordinal
// references answer the listed points; a yes before other facts agrees
// to the points not otherwise stated, never to a label not listed.
func TestEligibilityLoose(t *testing.T) {
	type want struct{ unit, made, unpub, ai, label string }
	str := func(b *bool) string {
		if b == nil {
			return "nil"
		}
		if *b {
			return "true"
		}
		return "false"
	}
	for _, tc := range []struct {
		msg string
		w   want
	}{
		// reject: nothing said of a point is never a yes to it
		{"是 今年拍的 用了AI配音", want{"true", "true", "true", "true", "nil"}},
		{"前三条都是", want{"true", "true", "true", "nil", "nil"}},
		{"第四条 有部分背景画面是AI画的", want{"nil", "nil", "nil", "true", "nil"}},
		// accept
		{"是 今年7月做完的 没发过 没用AI", want{"true", "true", "true", "false", "nil"}},
		{"前三条都是 第四条 有部分背景画面是AI画的 片尾标了", want{"true", "true", "true", "true", "true"}},
		{"是，9月做完的。就是拿AE做的 没用AI生成 这个不算AI吧", want{"true", "true", "true", "false", "nil"}},
	} {
		tr, e := fixTurn(t)
		e.Synopsis, e.Summary = "x", "x"
		tr.st.Pending = slot(contestbot.FieldUnitWork)
		tr.eligibility(e, tc.msg)
		got := want{str(e.UnitWork), str(e.MadeInPeriod), str(e.Unpublished), str(e.AIUsed), str(e.AILabelled)}
		if got != tc.w {
			t.Errorf("eligibility(%q) = %+v, want %+v", tc.msg, got, tc.w)
		}
		if e.Category != "实景拍摄" {
			t.Errorf("eligibility(%q) changed the category to %s", tc.msg, e.Category)
		}
	}
}

// TestLabelAnswer: the label question answered in own words.
func TestLabelAnswer(t *testing.T) {
	for _, s := range []string{"没打上", "还没标", "没有"} {
		if v, ok := yesNoKeywords(contestbot.FieldAILabelled, s, period{}); !ok || v {
			t.Errorf("yesNoKeywords(label, %q) = %v %v, want false", s, v, ok)
		}
	}
	for _, s := range []string{"AI的已标注", "片尾也打上了", "标了", "片尾加上了"} {
		if v, ok := yesNoKeywords(contestbot.FieldAILabelled, s, period{}); !ok || !v {
			t.Errorf("yesNoKeywords(label, %q) = %v %v, want true", s, v, ok)
		}
	}
}

// TestLeaveReturnVerb: "回头弄" without 再 at the end is leaving.
func TestLeaveReturnVerb(t *testing.T) {
	for _, s := range []string{"这是晚上写的稿子", "回头看了一下是2分52", "明天弄好的片子", "回头弄个简介给你看看好不好呢我想想"} {
		if reLeave.MatchString(compact(s)) && contestbot.RuneLen(compact(s)) <= 25 {
			t.Errorf("reLeave matched %q", s)
		}
	}
	for _, s := range []string{"我先去上课了 回头弄", "明天填吧", "改天补", "我先去开会 晚点弄"} {
		if !reLeave.MatchString(compact(s)) {
			t.Errorf("reLeave did not match %q", s)
		}
	}
}

// TestWrittenSelfNamed: "暂且填写本人：邵志宏" is 邵志宏.
func TestWrittenSelfNamed(t *testing.T) {
	for in, want := range map[string]string{
		// reject: a lone 本人 stays 本人 (the contact, or asked); no verb, no change
		"既然如此，填写本人":   "本人",
		"本人：邵志宏":      "本人：邵志宏",
		"既然如此，本人负责剪辑": "既然如此，本人负责剪辑",
		// accept
		"既然如此，暂且填写本人：邵志宏，联系电话13939456021。": "邵志宏，联系电话13939456021。",
		"那行，先写我：王建国":                       "王建国",
	} {
		if got := writtenAnswer(in); got != want {
			t.Errorf("writtenAnswer(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTrailingCountsAnswer: a closing "这个不算AI吧" beside the facts is
// answered with the clauses that tell its case; hedged answers are not
// questions.
func TestTrailingCountsAnswer(t *testing.T) {
	tr, _ := fixTurn(t)
	for _, s := range []string{"都是 今年拍的 那就算没用吧", "是 今年拍的 没发过 那就算了吧", "是 今年拍的 没发过 没用AI", "这个不算AI吧"} {
		if a := tr.trailingCountsAnswer(s); a != "" {
			t.Errorf("trailingCountsAnswer(%q) = %q, want none", s, a)
		}
	}
	if a := tr.trailingCountsAnswer("是，9月做完的。就是拿AE做的 没用AI生成 这个不算AI吧"); !strings.Contains(a, "没有把它算作AI生成") {
		t.Errorf("trailingCountsAnswer(AE) = %q, want the software animation answer", a)
	}
}
