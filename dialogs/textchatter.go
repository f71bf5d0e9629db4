package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Branch s9-f (issue #10, round 23, rp110 p110b): a line that talks about
// the text pasted with it is no part of a 简介 or 摘要. "杨老师发我的 直接复制过来啦👇"
// above the 简介 was stored in it; "摘要老师也给了 以一封…" stored its lead.
// The first or last line (or, on one line, a short lead before a space) is
// dropped when it talks about the text — who sent it, that it was copied,
// that it follows (如下, 👇) — and tells no story. What remains is kept
// verbatim.

var (
	// reTextTalk says a line talks about the text beside it.
	reTextTalk = regexp.MustCompile(`发我的|发给我|发我|转给我|转我|给我的|复制|粘贴|转发|如下|以下|下面|在下面|在这|这是|就是这个|给了|给的|发了|发过来|拿到了|写好了|原文|原话|👇|⬇|↓|⤵|就这些|以上|你看看|看看行|行不行|可以吗|可以不`)
	// reTextTalkEnd is a closing line's talk: "就这些", "你看看行不行".
	reTextTalkEnd = regexp.MustCompile(`就这些|以上|你看看|看看行|看下行|行不行|可以吗|可以不|复制|发我的|老师给的|这是`)
)

// talkLine reports whether line (one line of a pasted text, or the lead
// before the text) talks about the text rather than telling it.
func talkLine(line string, re *regexp.Regexp) bool {
	c := compact(line)
	if c == "" || contestbot.RuneLen(stripEmoji(c)) > 24 {
		return false
	}
	if reStoryWords.MatchString(c) || reNarrates.MatchString(c) {
		return false
	}
	return re.MatchString(c)
}

// dropTextTalk returns a 简介 or 摘要 without a first or last line (or a
// short lead before a space) that talks about the text.
func dropTextTalk(v string) string {
	v = strings.TrimSpace(v)
	lines := strings.Split(v, "\n")
	if len(lines) >= 2 {
		if talkLine(lines[0], reTextTalk) && bodyLeft(lines[1:]) {
			lines = lines[1:]
		}
		if n := len(lines); n >= 2 && talkLine(lines[n-1], reTextTalkEnd) && bodyLeft(lines[:n-1]) {
			lines = lines[:n-1]
		}
		return strings.TrimSpace(strings.Join(lines, "\n"))
	}
	// One line: "摘要老师也给了 以一封…".
	if i := strings.IndexAny(v, " \t\u3000"); i > 0 {
		lead, rest := v[:i], strings.TrimSpace(v[i:])
		if talkLine(lead, reTextTalk) && bodyLeft([]string{rest}) {
			return rest
		}
	}
	return v
}

// bodyLeft reports whether lines still hold a text once a talk line is
// dropped: at least 8 characters.
func bodyLeft(lines []string) bool {
	return contestbot.RuneLen(compact(strings.Join(lines, ""))) >= 8
}
