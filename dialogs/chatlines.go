package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Talk from a WeChat group kept inside a pasted free text (s7-m, issue #10,
// round 18, rp84 p84b). A 简介 or 摘要 copied out of a group chat carries the
// chat around it:
//
//	王主任：简介用这个：作品以动画形式讲述…的先锋作用。
//	【转发】李思远：这个好
//
// The speaker prefix "王主任：" (a full name or a surname with a title, then a
// colon) is who said it, and a line forwarded or said by someone else after
// the text ("【转发】李思远：这个好", "张老师：收到") is chat: neither is part of
// the text. A story whose own words hold a colon ("影片讲述：…", "他说：…")
// stays verbatim: only a person's name or title counts as a speaker.

// reSpeakerPrefix is a speaker before a colon at the start of a line, after
// an optional forward mark: "王主任：", "【转发】李思远：".
var reSpeakerPrefix = regexp.MustCompile(`^\s*((?:【转发】|\[转发\]|转发[:：]?)\s*)?([^\s:：，,。！!？?“”"]{2,6})[:：]\s*`)

// reForwardMark opens a forwarded line.
var reForwardMark = regexp.MustCompile(`^\s*(?:【转发】|\[转发\])`)

// chatSpeaker reports whether n is a person's name or a surname with a
// title, as a chat shows who spoke.
func chatSpeaker(n string) bool {
	return reTitled.MatchString(n) || isRealName(n)
}

// reStoryOpener opens a description of the film, which no character in
// it says: "影片讲述…", "作品以动画形式…".
var reStoryOpener = regexp.MustCompile(`^(?:影片|作品|本片|该片|此片|片子|本作品|微视频|短视频|微电影|纪录片|动画|视频|讲述|记录|展现|通过|以)`)

// storyPrefixOff takes a chat speaker off the first line of a free text
// when a description of the film follows ("李思远：影片讲述…") or a titled
// speaker's story ("王主任：…的故事。"); a character's words that open a
// story ("张师傅：我这辈子…") stay.
func storyPrefixOff(s string) string {
	rest, ok := speakerPrefixOff(s)
	if !ok {
		return s
	}
	m := reSpeakerPrefix.FindStringSubmatch(s)
	if reStoryOpener.MatchString(rest) || reTitled.MatchString(m[2]) && narrative(rest) {
		return rest
	}
	return s
}

// speakerPrefixOff takes "王主任：" off the start of s, ok false when s has no
// such prefix.
func speakerPrefixOff(s string) (string, bool) {
	m := reSpeakerPrefix.FindStringSubmatchIndex(s)
	if m == nil || !chatSpeaker(s[m[4]:m[5]]) {
		return s, false
	}
	rest := strings.TrimSpace(s[m[1]:])
	if rest == "" {
		return s, false
	}
	return rest, true
}

// chatLinesOff takes a group chat's talk off a free text: the speaker
// prefix before its first line, and every later line forwarded or said by
// a named person in a short reply ("【转发】李思远：这个好", "张老师：收到").
func chatLinesOff(v string) string {
	lines := strings.Split(v, "\n")
	var keep []string
	for i, l := range lines {
		if i == 0 && reForwardMark.MatchString(l) && chatReplyLine(l) {
			continue // "【转发】李思远：这个好" sent alone: no text
		}
		if i == 0 {
			l = storyPrefixOff(l)
			keep = append(keep, l)
			continue
		}
		if chatReplyLine(l) {
			continue
		}
		keep = append(keep, l)
	}
	return strings.TrimSpace(strings.Join(keep, "\n"))
}

// chatReplyLine reports whether a line after the text is chat: forwarded,
// or a named person's short reply.
func chatReplyLine(l string) bool {
	if reForwardMark.MatchString(l) {
		return true
	}
	rest, ok := speakerPrefixOff(l)
	return ok && utf8.RuneCountInString(rest) <= 12 && !narrative(rest)
}

// reOwnLabelTail is an instruction about the text itself at its end, set off
// by a space or a mark: "…的青春担当 简介不要表情哈", "…。摘要别超字数啊" (s7-m, rp86
// p86a). The text names itself only when talking to the bot.
var reOwnLabelTail = regexp.MustCompile(`[\s，,。！!；;]+(?:内容)?(?:简介|摘要)(?:里|里面|中)?(?:不要|别|不用|去掉|删掉|别带|不带)[^，,。！!？?\s]{0,8}[。！!~～\s]*$`)

// ownLabelTailOff takes such an instruction off a free text; the text's own
// end mark before it stays.
func ownLabelTailOff(v string) string {
	if loc := reOwnLabelTail.FindStringIndex(v); loc != nil && utf8.RuneCountInString(v[:loc[0]]) >= 8 {
		body := strings.TrimRight(v[:loc[0]], " \t\u3000，,；;")
		if r, _ := utf8.DecodeRuneInString(v[loc[0]:]); strings.ContainsRune("。！!", r) {
			body += string(r) // the text's own end mark
		}
		if body != "" {
			return body
		}
	}
	return v
}
