package dialogs

import "testing"

// TestRuleChoice: a choice about a rule without a particle is a question
// at a free-text step; a story's 还是 is not (s10-i, rp128).
func TestRuleChoice(t *testing.T) {
	accept := []string{
		"签字是分管领导签还是书记签",
		"横屏还是竖屏",
		"寄过去还是送过去",
		"是交原件还是复印件",
	}
	reject := []string{
		"他还是坚持下来了",
		"无论是课堂还是车间",
		"不管是风雨还是严寒",
		"我们也还是按时完成了拍摄任务",
		"讲述他在课堂还是车间都一样认真的故事",
		"还是老样子",
	}
	for _, s := range accept {
		if !ruleChoice(compact(s)) {
			t.Errorf("ruleChoice(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if ruleChoice(compact(s)) {
			t.Errorf("ruleChoice(%q) = true, want false", s)
		}
	}
}

// TestTextTalkQuestion: at the 简介/摘要 step a short message that asks
// about the contest, with or without "？", is a question; a text that only
// holds such words is the text (s10-i, rp128).
func TestTextTalkQuestion(t *testing.T) {
	accept := []string{
		"汇总表我己经填了 签字是分管领导签还是书记签",
		"汇总表谁签字",
		"原件交几份",
		"版权协议原件交哪",
		"报名表纸质版要交几份",
	}
	reject := []string{
		"讲述老党员张大爷面对洪水时怎么办？他说：党员就要站在最前面。",
		"谁是最可爱的人？是扎根乡村的党员教师。",
		"哪里有困难哪里就有党员的身影，记录抗洪一线的党员教师。",
		"影片讲述师生谁也不放弃的故事。",
		"洪水来了怎么办？他说党员就要站在最前面。",
		"讲述学校党员教师带领学生服务乡村的经历。",
	}
	for _, s := range accept {
		if k := textTalk(s); k != "question" {
			t.Errorf("textTalk(%q) = %q, want question", s, k)
		}
	}
	for _, s := range reject {
		if k := textTalk(s); k == "question" {
			t.Errorf("textTalk(%q) = question, want the text", s)
		}
	}
}

// TestCorrelative: a question word said twice is a motto, not a question.
func TestCorrelative(t *testing.T) {
	for _, s := range []string{"哪里有困难哪里就有党员", "谁英雄谁好汉"} {
		if !correlative(compact(s)) {
			t.Errorf("correlative(%q) = false", s)
		}
	}
	for _, s := range []string{"版权协议原件交哪", "谁是最可爱的人", "汇总表谁签字"} {
		if correlative(compact(s)) {
			t.Errorf("correlative(%q) = true", s)
		}
	}
}

// TestDeniesStored: "那个不是摘要" beside a question makes a complaint
// that takes the stored value back, and the question is kept to answer
// (s10-i, rp128).
func TestDeniesStored(t *testing.T) {
	tests := []struct {
		in        string
		field     slot
		wantAsked bool
	}{
		{"那个不是摘要 我问的是汇总表谁签字", "summary", true},
		{"那个不是片名，我是问版权协议原件交哪", "title", true},
		{"刚才那句不是摘要", "summary", false},
	}
	for _, tt := range tests {
		r := interpret(tt.in)
		if r.act != actComplaint || r.field != tt.field || (r.asked != "") != tt.wantAsked {
			t.Errorf("interpret(%q) = act %d field %q asked %q; want complaint about %q (asked %v)", tt.in, r.act, r.field, r.asked, tt.field, tt.wantAsked)
		}
	}
	for _, s := range []string{
		"这个片子不是摘要能说清的，讲述党员教师扎根乡村。",
		"他不是党员，却一直跟着党员干。",
		"我问过书记了，签字没问题",
	} {
		if deniesStored(s) {
			t.Errorf("deniesStored(%q) = true, want false", s)
		}
	}
}
