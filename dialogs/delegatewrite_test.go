package dialogs

import "testing"

// s7-n: messages that hand the writing of a text to the bot.
func TestDelegatesWriting(t *testing.T) {
	for _, s := range []string{"摘要你看着弄", "我不写，你给我弄一个就行", "你帮我写", "你看着办", "随便弄一个", "你看着写吧", "你来弄吧", "帮我弄一个", "我不会写", "懒得写 你定吧"} {
		if !delegatesWriting(compact(s)) {
			t.Errorf("delegatesWriting(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"讲述了驻村第一书记带领村民发展特色产业的故事", "同简介", "用这个", "摘要要写多少字", "你是人还是机器", "我们学校写了一个片子", "随便问一下截止时间", "不写可以吗"} {
		if delegatesWriting(compact(s)) {
			t.Errorf("delegatesWriting(%q) = true, want false", s)
		}
	}
}

// s7-n: a yes to an offer inside a complaint or before a question.
func TestOfferTakenBeside(t *testing.T) {
	for _, s := range []string{"不是说了用这个吗", "我都说了用这个", "刚才说了就用这个"} {
		if y := saidAlreadyYes(s); y == "" || !offerTaken(y) {
			t.Errorf("saidAlreadyYes(%q) = %q, want a yes", s, y)
		}
	}
	for _, s := range []string{"用这个", "不是说了不用这个吗", "说了要短一点", "讲述了驻村的故事"} {
		if y := saidAlreadyYes(s); y != "" && offerTaken(y) {
			t.Errorf("saidAlreadyYes(%q) = %q, want no yes", s, y)
		}
	}
	for _, s := range []string{"行 用这个。奖项设了几个？一等奖几个", "用这个，截止是啥时候？", "好的 报名表要交几份？"} {
		if _, _, ok := offerThenQuestion(s); !ok {
			t.Errorf("offerThenQuestion(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"用这个", "奖项设了几个？", "不用这个，截止是啥时候？", "再短一点 行吗"} {
		if _, _, ok := offerThenQuestion(s); ok {
			t.Errorf("offerThenQuestion(%q) = true, want false", s)
		}
	}
}
