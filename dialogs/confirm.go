package dialogs

import (
	"regexp"
	"strings"
	"unicode"
)

// This file reads a confirmation typed inside a longer message at the
// summary: "好的，非常感谢，确认。", "好哒 确认～", "那中 不发了 确认",
// "没问题了 确认提交吧". It is consent when, once the confirm words are
// taken out, only chatter is left: thanks, interjections, politeness, a
// decision that changes nothing ("不发了"), emoji and marks. A message that
// asks, corrects or tells anything else is no consent.

// reConsentWord is what confirms.
// "核对无误", "经核无误" confirm on their own at the summary (s5-f4).
var reConsentWord = regexp.MustCompile(`确认提交吧?|确认无误|确认|提交吧|提交|确定|同意|(?:核对|核查|核实|审核|经核|查验|检查)(?:后)?(?:无误|无异议|没问题)`)

// reConsentTalk is the chatter that may stand around a confirmation.
var reConsentTalk = regexp.MustCompile(`非常感谢|十分感谢|感谢您?|谢谢您?|谢谢老师|多谢|谢啦|谢了|辛苦您?了|辛苦|麻烦您?了|` +
	`好哒|好滴|好嘞|好勒|好的|好啊|好呀|嗯嗯|嗯|哦|噢|ok|okay|yes|妥了|妥|行吧|行|那中|中|可以|没有问题|没问题|无误|都对|没错|正确|核对无误|核对过了|看过了|` +
	`明白了|明白|知道了|收到|了解了|了解|经核对|经核实|经审核|经核|核对|以上|信息|内容|全部|均|都|我们|我|本人|我校|我院|我单位|` +
	// s6-i: a formal writer's self and tense ("敝人已核对，确认无误。")
	`敝人|鄙人|在下|敝校|本校|已经|已|` +
	// formal words (s5-f4): "经核无误，予以确认。", "以上信息确认无误，请予提交"
	`予以|请予|敬请|烦请|恳请|特此|现予|准予|同意|请|现|经|` +
	`好|不发了|不改了|不用改了|不动了|就这样吧|就这样|那就|那|就|直接|老师|您|了|吧|啊|呀|哈+|啦|的|哒`)

// consentsAmidChatter reports whether s confirms, with nothing but chatter
// around the confirm word.
func consentsAmidChatter(s string) bool {
	if isQuestion(s) {
		return false
	}
	c := bareNoSymbols(s)
	if c == "" || !reConsentWord.MatchString(c) {
		return false
	}
	if containsAny(c, "不确认", "不同意", "不对", "不提交", "先别", "别提交", "等等", "等一下", "还没", "再看", "之前", "以后", "先不", "暂不", "不确定") {
		return false
	}
	rest := reConsentWord.ReplaceAllString(c, "")
	rest = reConsentTalk.ReplaceAllString(rest, "")
	if rest == "" {
		return true
	}
	return consentLast(s) || consentAfterAside(s) // s6-i
}

// consentAfterAside reads a message whose last sentence confirms and whose
// earlier sentences are an aside about something else (s6-i, rp65 p65b:
// "好的我让小赵重新导一下。信息没问题了，确认"). The last sentence must say
// the record is right or confirm with nothing but chatter; an earlier
// sentence that names a field, carries digits, corrects, deletes, waits or
// asks is no aside.
func consentAfterAside(s string) bool {
	sents := splitOutside(strings.TrimSpace(s), true, func(rs []rune, i int) bool {
		return strings.ContainsRune("。！!\n", rs[i])
	})
	if len(sents) < 2 {
		return false
	}
	last := sents[len(sents)-1]
	lc := bareNoSymbols(last)
	if lc == "" || !reConsentWord.MatchString(lc) || reConsentTalk.ReplaceAllString(reConsentWord.ReplaceAllString(lc, ""), "") != "" {
		return false
	}
	for _, sent := range sents[:len(sents)-1] {
		c := bareNoSymbols(sent)
		if c == "" {
			continue
		}
		if isQuestion(sent) || firstNamedField(compact(sent)) != "" || strings.ContainsAny(c, "0123456789") ||
			containsAny(c, "不对", "错", "改", "换", "不是", "删", "去掉", "加上", "添", "补", "没看", "没有看", "等", "先别", "还有", "再", "问", "确认") {
			return false
		}
	}
	return true
}

// reCheckedTalk is talk before a final 确认 that says the record was
// checked and found right: "我看了一遍，都对着呢", "领导说没问题".
// "……行吧，那就先这样，确认" (rp51 p51b; s5-g2 and s5-g6): done with it, before a final 确认.
var reCheckedTalk = regexp.MustCompile(`先这样|就先这样|就这么着|行吧|那行|没有问题|没问题|都对|对着呢|对的|无误|没错|看了|看过|核对|检查了|查了|领导说|领导看|可以了|行了|好了|就这样|就这些|好吧|那好|嗯`)

// consentLast reads a message whose last clause is the consent word alone
// and whose other clauses only say the record was checked (round 9:
// "我看了一遍，都对着呢。确认", "好吧 领导说没问题 确认"). A clause naming a
// field, with digits, or saying something is wrong, is no such talk.
func consentLast(s string) bool {
	cls := splitClauses(strings.ReplaceAll(s, " ", "，"))
	if len(cls) < 2 {
		return false
	}
	last := bareNoSymbols(cls[len(cls)-1])
	// "我看了下没问题 确认吧": the consent word may carry a particle.
	if !reConsentWord.MatchString(last) || reConsentTalk.ReplaceAllString(reConsentWord.ReplaceAllString(last, ""), "") != "" {
		return false
	}
	for _, cl := range cls[:len(cls)-1] {
		c := bareNoSymbols(cl)
		if c == "" || nowRight(cl) || reConsentTalk.ReplaceAllString(c, "") == "" || ownLaterAside(cl) { // s9-a consentafter.go: "改好了", "片名改对了", "好的", "我们回头重新导出成mp4"
			continue
		}
		if !reCheckedTalk.MatchString(c) || firstNamedField(compact(cl)) != "" || strings.ContainsAny(c, "0123456789") ||
			containsAny(c, "不对", "错", "改", "换", "不是", "没看", "没有看") {
			return false
		}
	}
	return true
}

// bareNoSymbols is bare(s) without emoji, symbols and variation marks.
func bareNoSymbols(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSymbol(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) || r == '～' || r == '~' || r >= 0x1F000 {
			return -1
		}
		return r
	}, bare(s))
}

// notYetSubmitted reminds, in one line, how to confirm the summary after
// an answer given at it: a message with a question is never consent.
const notYetSubmitted = "还没有提交。核对无误请回复“确认”；需要改哪项直接说。"
