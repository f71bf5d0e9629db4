package dialogs

import "testing"

// s9-j: the eligibility answered in own words (round 24).
func TestRepeatedYes(t *testing.T) {
	for _, s := range []string{"是的是的", "对对对", "嗯嗯是的", "是是是", "对的对的"} {
		if !repeatedYes(s) {
			t.Errorf("repeatedYes(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"是的", "不是不是", "是不是", "是学校的", "对了", "是的是的吗"} {
		if repeatedYes(s) {
			t.Errorf("repeatedYes(%q) = true, want false", s)
		}
	}
}

func TestMadeNowWithMonths(t *testing.T) {
	for _, s := range []string{"今年三月到六月做的", "今年四五月份拍的", "今年3-6月做的", "今年做的", "今年上半年拍的"} {
		if f, v, ok := eligibilityClause(s, period{}); !ok || f != "made_in_period" || !v {
			t.Errorf("eligibilityClause(%q) = %v %v %v, want made_in_period true", s, f, v, ok)
		}
	}
	for _, s := range []string{"今年三个片子", "三月到六月"} {
		if f, _, ok := eligibilityClause(s, period{}); ok && f == "made_in_period" {
			t.Errorf("eligibilityClause(%q) read as made_in_period", s)
		}
	}
}

func TestAgreeThenAsk(t *testing.T) {
	for _, s := range []string{"都是的～ 对了片子最后是发哪个邮箱呀📮", "是的 原件寄到哪里？", "都符合~ 截止是哪天？"} {
		if a, q := agreeThenAsk(s); a == "" || q == "" {
			t.Errorf("agreeThenAsk(%q) = %q, %q, want both", s, a, q)
		}
	}
	for _, s := range []string{"都是的", "都是的～ 谢谢", "不是 用了AI配音", "是学校的 今年拍的", "这算发表吗 都是的", "都是的～ 就是用了AI配音"} {
		if a, q := agreeThenAsk(s); a != "" || q != "" {
			t.Errorf("agreeThenAsk(%q) = %q, %q, want none", s, a, q)
		}
	}
}
