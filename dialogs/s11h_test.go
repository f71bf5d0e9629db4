package dialogs

import "testing"

// s11-h (round 30, rp143): the phone named as wrong with the speaker said
// ("电话我打错了 后三位是524 不是542") is the tail fix at every step.
func TestPhonePlaceSaidSpeaker(t *testing.T) {
	accept := map[string]string{
		"电话我打错了 后三位是524 不是542": "电话后三位是524 不是542",
		"我电话写错了 最后三位是524":      "电话最后三位是524",
		"我的手机号打错了，尾号是1524":     "手机号尾号是1524",
		"电话我刚刚输错了 后两位是65":      "电话后两位是65",
	}
	for in, want := range accept {
		if got := phonePlaceSaid(in); got != want {
			t.Errorf("accept: phonePlaceSaid(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"电话我打错了 是13837961524",
		"我电话没错",
		"我们电话多少来着",
		"我打错了 后三位是524",
		"电话我打错了 片名是车间里的党旗红",
	}
	for _, in := range reject {
		if got := phonePlaceSaid(in); got != in {
			t.Errorf("reject: phonePlaceSaid(%q) = %q, want it unchanged", in, got)
		}
	}
}

// s11-h (rp143): a long unlabelled story after labelled values is the 简介,
// and the value before it ends where it starts.
func TestStorySplit(t *testing.T) {
	story := "片子讲的是我院数控实训中心党员教师马红卫的故事。他扎根车间二十年，带出三百多名技能人才，还把党课搬进车间讲工匠精神。"
	accept := map[string][2]string{
		"撰稿刘晓艳 摄影和剪辑都是张鹏 " + story + " 今年6月份拍的 没在网上发过": {"撰稿刘晓艳 摄影和剪辑都是张鹏 ", story},
		"监制王振华，" + story: {"监制王振华，", story},
		"片名车间里的党旗红 本片讲述了我院数控实训中心党员教师马红卫扎根车间二十年带出三百多名技能人才的故事 今年6月份拍的 也没用AI": {"片名车间里的党旗红 ", "本片讲述了我院数控实训中心党员教师马红卫扎根车间二十年带出三百多名技能人才的故事"},
	}
	for in, want := range accept {
		before, st, _, ok := storySplit(in)
		if !ok || before != want[0] || st != want[1] {
			t.Errorf("accept: storySplit(%q) = %q, %q, %v; want %q, %q", in, before, st, ok, want[0], want[1])
		}
	}
	reject := []string{
		story, // no labelled value before it: the free-text steps read it
		"监制王振华 片子讲的是马红卫的故事", // too short to tell the film
		"简介：" + story, // labelled by the user
		"监制王振华 撰稿刘晓艳 剪辑也是张鹏 一个人干的",                         // no story
		"片名车间里的党旗红 讲的是啥都行吗 我们还没想好简介怎么写呢 你们有没有什么要求啊 字数有限制吗", // a question, no story opening after a value
	}
	for _, in := range reject[:4] {
		if _, _, _, ok := storySplit(in); ok {
			t.Errorf("reject: storySplit(%q) read a story", in)
		}
	}
}

// s11-h (rp143): a text said to be sent in an earlier message is a
// complaint, never the text.
func TestSentEarlierRef(t *testing.T) {
	accept := []string{
		"简介我第一条里发了啊 就片子讲的是我院数控实训中心那一段 你往上翻翻",
		"前面发过了 你往上翻翻",
		"简介刚才发了啊",
		"上面已经写了 翻一下",
	}
	for _, in := range accept {
		if !sentEarlierRef(in) {
			t.Errorf("accept: sentEarlierRef(%q) = false", in)
		}
	}
	reject := []string{
		"本片讲述技师学院党员教师扎根实训车间二十年的故事。",
		"同上面的简介",
		"讲述了前面几代人扎根黄河滩区的故事",
		"片子讲的是一位老党员三十年如一日守护黄河大堤的故事，他前面发了大水时第一个冲上去。之后又带领村民重建家园，展现了共产党员的初心。",
	}
	for _, in := range reject {
		if sentEarlierRef(in) {
			t.Errorf("reject: sentEarlierRef(%q) = true", in)
		}
	}
}
