package dialogs

import (
	"testing"

	"contestbot"
)

// s10-j: the eligibility said in own words beside other acts (round 27).

func TestHedgedNoAI(t *testing.T) {
	for _, s := range []string{"那就算没用吧", "就算没用吧", "算没用吧", "那应该没用吧", "估计没用了吧", "没用"} {
		if f, v, ok := eligibilityClause(s, period{}); !ok || f != contestbot.FieldAIUsed || v {
			t.Errorf("eligibilityClause(%q) = %v %v %v, want uses_ai false", s, f, v, ok)
		}
	}
	for _, s := range []string{"那就算了吧", "算了吧", "就这样吧", "那就算是吧"} {
		if f, _, ok := eligibilityClause(s, period{}); ok && f == contestbot.FieldAIUsed {
			t.Errorf("eligibilityClause(%q) read as uses_ai", s)
		}
	}
}

func TestOwnWorkWordsWhose(t *testing.T) {
	for _, tc := range []struct {
		in       string
		unit, ok bool
	}{
		{"画面配音都是我们自己拍自己配的", true, true},
		{"学校自己做的", true, true},
		{"俺们支部自己拍的", true, true},
		{"我们都是自己做的", true, true},
		{"不是个人作品", true, true},
		{"个人作品", false, true},
		{"我个人拍的", false, true},
		{"以个人名义报的", false, true},
		{"一个老师自己私下拍的", false, true},
		{"我自己拍的", false, true},
		// 自己 without a subject, or with a person's, says nothing of whose work.
		{"自己拍的", false, false},
		{"学生自己拍摄的", false, false},
		{"画面是自己配的", false, false},
	} {
		if unit, ok := ownWorkWords(tc.in); unit != tc.unit || ok != tc.ok {
			t.Errorf("ownWorkWords(%q) = %v %v, want %v %v", tc.in, unit, ok, tc.unit, tc.ok)
		}
	}
}

func TestOwnWorkNotOrganisation(t *testing.T) {
	for _, s := range []string{"学校组织部", "是学校组织部", "学校组织部的"} {
		if f, _, ok := eligibilityClause(s, period{}); ok && f == contestbot.FieldUnitWork {
			t.Errorf("eligibilityClause(%q) read as unit_work", s)
		}
	}
	for _, s := range []string{"学校组织拍的", "是学校组织的", "学校组织完成", "学校的"} {
		if f, v, ok := eligibilityClause(s, period{}); !ok || f != contestbot.FieldUnitWork || !v {
			t.Errorf("eligibilityClause(%q) = %v %v %v, want unit_work true", s, f, v, ok)
		}
	}
	for in, want := range map[string]string{"学校组织部": "驻马店农业工程职业学校党委组织部", "我们学校组织部": "驻马店农业工程职业学校党委组织部",
		"学校宣传部": "驻马店农业工程职业学校宣传部", "学校党委组织部": "驻马店农业工程职业学校党委组织部"} {
		if got := ownUnit(in, "驻马店农业工程职业学校"); got != want {
			t.Errorf("ownUnit(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSetsFieldValue(t *testing.T) {
	for _, s := range []string{"那个推荐单位我想了下是得写全称 要盖章的，写郑州铁路职业技术学院", "推荐单位麻烦写成郑州大学", "联系人那里，就填张伟"} {
		if !setsFieldValue(s) {
			t.Errorf("setsFieldValue(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"推荐单位是得写全称吧", "推荐单位写什么", "推荐单位写啥", "推荐单位，写全称", "推荐单位没问题"} {
		if setsFieldValue(s) {
			t.Errorf("setsFieldValue(%q) = true, want false", s)
		}
	}
}

func TestAgreeClausesThenAsk(t *testing.T) {
	for _, s := range []string{"都符合。另外问下视频是剪映导出的1080p，有格式要求吗", "是的，截止是哪天？", "都是的。原件寄到哪里"} {
		if a, q := agreeClausesThenAsk(s); a == "" || q == "" {
			t.Errorf("agreeClausesThenAsk(%q) = %q, %q, want both", s, a, q)
		}
	}
	for _, s := range []string{"都符合。那个推荐单位我想了下是得写全称 要盖章的，写郑州铁路职业技术学院", "不符合，用了AI，要标注吗",
		"是学校的，这算发表吗", "都符合", "是不是都要符合？", "都符合，谢谢"} {
		if a, q := agreeClausesThenAsk(s); a != "" || q != "" {
			t.Errorf("agreeClausesThenAsk(%q) = %q, %q, want none", s, a, q)
		}
	}
}

func TestRestAgreeWithLead(t *testing.T) {
	for _, s := range []string{"那就是都符合", "所以都符合", "那都符合", "都符合"} {
		if !restAgree(s) {
			t.Errorf("restAgree(%q) = false", s)
		}
	}
	for _, s := range []string{"那就是不符合", "那就是", "都不符合"} {
		if restAgree(s) {
			t.Errorf("restAgree(%q) = true", s)
		}
	}
}
