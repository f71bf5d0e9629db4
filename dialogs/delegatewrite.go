package dialogs

import (
	"regexp"
	"strings"
)

// s7-n: asking the bot to write a text in own words (round 18, rp87 p87a:
// "摘要你看着弄", "我不写，你给我弄一个就行" got a word-count answer and
// "不像内容摘要").
//
// A message hands the writing to the bot when it leaves the choice to it
// ("你看着弄", "你看着办", "你定吧", "随便弄一个", "随便写点"), asks it to
// make one ("你给我弄一个", "你帮我写", "你来弄", "帮我弄个"), or refuses to
// write with no text of its own ("我不写", "我不会写", "懒得写"). It is short
// and carries no text: a 摘要 of its own is a value, not a request.

var (
	// reLeaveToBot leaves the text to the bot.
	reLeaveToBot = regexp.MustCompile(`(?:你|您)(?:就)?(?:看着|瞅着|瞧着)(?:弄|办|写|整|来|搞|摘)|(?:你|您)(?:定|决定)(?:吧|就行|就好)|随便(?:弄|写|整|搞|摘|来)(?:一个|一段|个|点|几句|一下)?`)
	// reBotMakes asks the bot to make one.
	reBotMakes = regexp.MustCompile(`(?:你|您)(?:就)?(?:给|帮|替)(?:我|俺|我们)?(?:弄|写|整|搞|编|拟|摘|做|出)|(?:你|您)来(?:弄|写|整|搞|编|摘)|(?:帮|给|替)(?:我|俺|我们)(?:弄|整|搞|做|出)(?:一个|一段|个|段)`)
	// reWontWrite refuses to write it.
	reWontWrite = regexp.MustCompile(`^(?:我|俺)?(?:不写|不想写|不会写|写不了|写不来|懒得写|没空写|没时间写)`)
)

// delegatesWriting reports whether c, a compacted message, hands the
// writing of a text to the bot.
func delegatesWriting(c string) bool {
	if c == "" || len([]rune(c)) > 24 || isQuestion(c) && !reLeaveToBot.MatchString(c) {
		return false
	}
	return reLeaveToBot.MatchString(c) || reBotMakes.MatchString(c) || reWontWrite.MatchString(c)
}

// s7-n: taking an offered text together with something else (rp87 p87a):
// "行 用这个。奖项设了几个？" takes the offer and the question is answered;
// "不是说了用这个吗" is a complaint that says yes.

// saidAlreadyYes is the yes inside a complaint ("不是说了用这个吗" is
// "用这个"), read off with bothacts.go's reSaidAlready; "" when s is no
// such complaint.
func saidAlreadyYes(s string) string {
	b := strings.TrimRight(bare(s), "吗么")
	v := reSaidAlready.ReplaceAllString(b, "")
	if v == b || v == "" || !strings.Contains(b, "说") && !strings.Contains(b, "讲") {
		return ""
	}
	return v
}

// offerThenQuestion splits s into a reply taking the offer and a question
// after it ("行 用这个。奖项设了几个？一等奖几个"); ok is false unless both
// are there.
func offerThenQuestion(s string) (take, question string, ok bool) {
	parts := cutAfter(strings.TrimSpace(s), "。！!，, \n")
	for i := 1; i < len(parts); i++ {
		take, question = strings.Join(parts[:i], ""), strings.TrimSpace(strings.Join(parts[i:], ""))
		if isQuestion(take) || !offerTaken(take) {
			continue
		}
		if question != "" && isQuestion(question) {
			return take, question, true
		}
		return "", "", false
	}
	return "", "", false
}
