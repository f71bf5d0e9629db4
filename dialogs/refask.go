package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-b (round 30, rp144 waiyu_mix; s11-i's "not done"): a value reference
// with more words. "同上。那English title先不填了是吧，只写中文的ok" at the 制作单位
// step stored the 片名 "中文的ok" (the question's "title" read as a label);
// "我说了同上" was refused ("不像单位名称"). A reference (同上, 同简介) that opens
// the message and is followed by a question is the reference plus that
// question: the reference is read as the answer to the step and the question
// is answered; nothing in the question is stored. "我说了同上", "都说了同上",
// "不是说了同上吗" insist on the reference and are the reference.

var (
	// reRefWord is a value reference said alone.
	reRefWord = regexp.MustCompile(`^(?:同上|同简介|同前|同推荐单位|跟推荐单位一样|和推荐单位一样|跟上面一样|和上面一样)(?:啊|呀|吧|哈|的)?$`)
	// reInsistedRef insists on a reference said before: "我说了同上".
	reInsistedRef = regexp.MustCompile(`^(?:我|俺|我们|俺们)?(?:都|不是|刚才|已经|早就?|前面|之前)?(?:说了|说过了|说过|讲了|讲过|写了|回了)(?:是|就是)?[，,\s]*(同上|同简介)(?:啊|呀|嘛|吗|啦|了|的|呢)*$`)
)

// insistedRef is the reference of "我说了同上", or s unchanged.
func insistedRef(s string) string {
	if m := reInsistedRef.FindStringSubmatch(bareNoSymbols(s)); m != nil {
		return m[1]
	}
	return s
}

// refThenAsk splits s into a leading reference and a question after it;
// ok is false when s does not open with a reference or nothing after it asks.
func refThenAsk(s string) (ref, q string, ok bool) {
	cls := splitClauses(s)
	if len(cls) < 2 || !reRefWord.MatchString(bareNoSymbols(cls[0])) {
		return "", "", false
	}
	rest := strings.TrimSpace(joinClauses(cls[1:]))
	asks := isQuestion(rest) || askedYesNo(rest)
	for _, cl := range cls[1:] {
		cl = strings.TrimRight(cl, "，,；;、 ")
		asks = asks || isQuestion(cl) || askedYesNo(cl)
	}
	if !asks {
		return "", "", false
	}
	return bareNoSymbols(cls[0]), rest, true
}

// reFilmRemark is a remark about the film itself, not a story: "对了，我们片子里
// 有English subtitles", "另外我们视频用了AI配音", "片子是竖屏的". A 简介 tells what
// the film shows; it does not say "our film has".
var reFilmRemark = regexp.MustCompile(`^(?:对了|另外|还有|那个|哦|噢|嗯|请问|问一下)?[，,\s]*(?:我们|俺们|咱们|我)?(?:的)?(?:这个)?(?:片子|视频|作品|短片)(?:里面|里头|里|中|上)?(?:有|用了|加了|带了?|配了|做了|是)`)

// filmRemark reports whether v, the words before a question at a free-text
// step, are a remark about the film, so the message is a question about it
// ("…中英双语字幕，这样可以吗？") and never the 简介; a story keeps its question
// words ("本片讲述…").
func filmRemark(v string) bool {
	c := compact(v)
	return reFilmRemark.MatchString(c) && !reNarrates.MatchString(c) && contestbot.RuneLen(c) <= 60
}

// filmAsked answers a question about the film at a free-text step and asks
// the step again; nothing is stored.
func (t *turn) filmAsked(s string, pending slot) string {
	if a := t.talkAnswer(s, pending); a != "" {
		return t.withPending(a)
	}
	return t.withPending(genericNotInNotice + "。")
}
