package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-n (issue #10, round 21, rp100 p100b, rp102 p102b): at the 简介/摘要
// step two question shapes passed the gate and were rejected as 不像内容简介
// or stored as the 摘要:
//   - a clause asking by a question word, with no question mark:
//     "纸质的要交几份呀" (几份, 多少, 哪里, 什么时候, 怎么交…);
//   - a question, then a short remark of the asker's own: "协议书上乙方写学校名
//     还是写我名字？我们这个不是个人作品".
// A 简介's rhetorical question ("什么是初心？是一位老党员的坚守") asks by 什么
// or 谁, which are no asking word here, and what follows it is the story,
// not a remark opening with 我/我们.

// reAskWord asks for a number, a place, a time or a way — what a user asks
// the bot, not what a synopsis asks rhetorically.
var reAskWord = regexp.MustCompile(`几(?:份|个|部|张|天|号|次|遍|页|分钟|秒|寸|种|家)|多少|多长|多大|多久|哪里|哪儿|哪个|哪些|哪天|啥时候|什么时候|怎么(?:办|弄|写|填|交|报|寄|发|传|签|盖|算)|咋(?:办|弄|写|填|交|报|寄|发|传|签|盖|算)|怎么样`)

// reOwnRemark opens a remark of the asker's own beside a question: "我们这个
// 不是个人作品", "对了", "另外".
var reOwnRemark = regexp.MustCompile(`^(?:对了|另外|还有|那个|就是|因为)?(?:我|我们|咱|咱们|俺|俺们|我这|我们这|我校|本校)`)

// reAskLeadIn is a lead-in before a question: "对了", "那个", "嗯".
var reAskLeadIn = regexp.MustCompile(`^(?:对了|那个|嗯|哦|噢|啊|另外|还有|老师|您好|你好)$`)

// reAboutOffer asks about the text written or offered, not the contest:
// "用这个吗", "就用上头那一段不中吗", "这样行吗".
var reAboutOffer = regexp.MustCompile(`用这|这段|那段|一段|这样|这么写|上头|上面|前面|刚才`)

// asksByWord reports whether a short clause asks by a question word
// ("纸质的要交几份呀").
func asksByWord(cc string) bool {
	return contestbot.RuneLen(cc) <= 16 && reAskWord.MatchString(cc) && !reStoryWords.MatchString(cc)
}

// asksThenRemarks reports whether a message is a question followed only by
// a short remark of the asker's own ("…还是写我名字？我们这个不是个人作品").
func asksThenRemarks(s string) bool {
	cls := splitClauses(s)
	asked, rest, remarks := false, 0, 0
	for _, cl := range cls {
		cc := strings.Trim(compact(stripEmoji(cl)), "?？!！。.~～，,")
		if cc == "" {
			continue
		}
		if !asked {
			if !isQuestion(cl) && !asksInClause(cl) && !asksByWord(cc) {
				if reOwnRemark.MatchString(cc) || reAskLeadIn.MatchString(cc) {
					rest += contestbot.RuneLen(cc)
					continue // "对了 …": a lead-in
				}
				return false
			}
			if reAboutOffer.MatchString(cc) {
				return false // "就用上头那一段不中吗": about the text offered, read by summarywords.go
			}
			asked = true
			continue
		}
		if isQuestion(cl) || asksInClause(cl) || asksByWord(cc) {
			continue
		}
		if !reOwnRemark.MatchString(cc) || reStoryWords.MatchString(cc) {
			return false
		}
		rest += contestbot.RuneLen(cc)
		remarks++
	}
	return asked && remarks > 0 && rest < gateStoryRunes
}

// askThenRemarkAtText answers a question followed by the asker's own short
// remark at the 简介/摘要 step before any reader answers the question and
// stores the remark as the text ("…写我名字？我们这个不是个人作品").
func (t *turn) askThenRemarkAtText(e *contestbot.Entry, s string) (string, bool) {
	if !t.st.Pending.freeText() || !asksThenRemarks(s) || gateProblem(s, draftPeople(e)) != "question" {
		return "", false
	}
	return t.freeTextGate(e, s)
}
