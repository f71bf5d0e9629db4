package dialogs

import (
	"regexp"

	"contestbot"
)

// s7-l (#10): a short question typed without a question mark at a free-text
// step ("纸质的要交几份啊", "报名表纸质版要交几份") is a question, not the
// 简介 or 摘要. A text ("讲述了几代人坚守黄河的故事") has the shape of a
// story: a story verb, a story noun, or a length no question has.

// bareAskMaxRunes is the longest message read as a bare question at a
// free-text step; a longer one is a text unless it says it asks.
const bareAskMaxRunes = 20

// reBareAskWord is a question word: 几 before a measure word, 多少, 哪 (not
// 哪怕), 啥, 什么, 怎么, 咋, and the yes/no pairs.
var reBareAskWord = regexp.MustCompile(`几(?:份|个|张|部|次|天|号|月|点|项|遍|页|字|分钟|秒|M|兆|套|本|条)|多少|多长|多大|多久|哪(?:儿|里|个|些|天|位|种|类|一)?(?:[^怕]|$)|啥|什么|怎么|咋|能不能|是不是|要不要|可不可以|有没有|需不需要|用不用|算不算`)

// reStoryShape marks a text rather than a question: what a 简介 or 摘要 does
// (讲述, 记录, 展现…) or is about (故事, 精神, 初心…).
var reStoryShape = regexp.MustCompile(`讲述|讲了|讲的是|讲好|述说|记录|展现|展示|呈现|反映|描绘|再现|诠释|聚焦|体现|通过|讲述了|故事|精神|初心|事迹|历程|传承|坚守|奋斗|奉献|本片|影片|短片以`)

// askedPair reports whether s holds a spoken yes/no pair X不X ("交不交",
// "行不行", "中不中").
func askedPair(s string) bool {
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '不' && rs[i-1] == rs[i+1] && rs[i-1] != '不' {
			return true
		}
	}
	return false
}

// bareQuestion reports whether s, sent at a free-text step, is a short
// question without a question mark: question words, at most
// bareAskMaxRunes characters, no label with a colon, no story shape.
func bareQuestion(s string) bool {
	c := compact(contestbot.NormalizeWidth(s))
	if c == "" || contestbot.RuneLen(c) > bareAskMaxRunes || reStoryShape.MatchString(c) || answersOwnQuestion(s) || correlative(c) { // s10-i stepask.go
		return false
	}
	if ex := extract(s); ex.labelled && ex.firstColon { // "简介：讲述什么是初心" is a value
		return false
	}
	if _, _, ok := findPhone(s); ok {
		return false
	}
	w := reIndefinite.ReplaceAllString(c, "")           // "哪儿也没发过" asks nothing
	return reBareAskWord.MatchString(w) || askedPair(w) // a tag ("…写短点是吧") checks the user's own reading: the text readers keep it
}

// bareFreeTextAsk answers a bare question at a free-text step and stores
// nothing; the step is asked again. ok is false when s is no such question
// or nothing answers it (then it is read as the text, as before).
func (t *turn) bareFreeTextAsk(s string, pending slot) (string, bool) {
	if !pending.freeText() || t.nested || !bareQuestion(s) || freeTextProblem(s) != "" {
		return "", false // a question the text readers already see has its own answer there
	}
	a := t.talkAnswer(s, pending)
	if a == "" {
		return "", false
	}
	return t.withPending(a), true
}
