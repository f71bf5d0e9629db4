package dialogs

import "testing"

// TestOpensWithValues: the words before the wish to register are read as
// the answer to the form's first step when they read fully (s9-b, rp107
// p107b); greetings, questions and chatter are no values.
func TestOpensWithValues(t *testing.T) {
	tr, _ := fixTurn(t)
	for _, s := range []string{"开封市文化旅游学校", "漯河市第一中等专业学校", "开封市文化旅游学校 片名红色账本"} {
		tr.st = &state{}
		if !tr.opensWithValues(openingHead(s)) {
			t.Errorf("opensWithValues(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"", "您好", "大家好", "老师说要报那个党员教育短视频比赛", "我们学校能报吗", "哈哈", "我是帮老师报的学生"} {
		tr.st = &state{}
		if tr.opensWithValues(openingHead(s)) {
			t.Errorf("opensWithValues(%q) = true, want false", s)
		}
	}
}
