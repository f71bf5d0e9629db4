package dialogs

import (
	"regexp"
	"strings"
)

// This file takes talk off a title: a lead-in before it ("第一个叫…",
// "这个片名是…") and a remark after it that points back at another work
// ("… 不是老支书那个", "… 没有第一个叫"). A title keeps its own words.

var (
	// reTitleLead is a lead-in before an unquoted title. It needs a word
	// before 叫/是 ("第一个叫", "这个片名是", "片子叫做"), so a title that
	// itself starts with 叫 or 是 is kept.
	reTitleLead = regexp.MustCompile(`^(?:(?:第[一二两三四五六七八九十0-9]+个|这个|那个|这部|那部|这一个|下一个|新的|另一个|我们的?|俺们的?|咱们的?)(?:作品|片子|视频)?(?:的)?(?:片名|名字|名称|题目|标题)?|(?:作品|片子|视频)(?:的)?(?:片名|名字|名称|题目|标题)?)(?:就)?(?:叫做|叫|是)[:：\s]*|^叫做[:：\s]*`)
	// reTitleTail is a remark after a title that points back at another
	// work or at the words just said: "不是老支书那个", "没有第一个叫".
	reTitleTail = regexp.MustCompile(`[\s，,。；;！!]+(?:不是|而不是|并非|没有|不要|去掉)[^，,。；;《》]{0,12}?(?:那个|那部|那条|那段|那一个|第[一二两三四五六七八九十0-9]+个|上一个|上个|之前的?|刚才的?|叫|这几个字|几个字)[。！!]*$`)
	// reClosedTitleTail is the same remark after a closed 《title》.
	reClosedTitleTail = regexp.MustCompile(`》[\s，,。；;！!]*(?:不是|而不是|并非|没有|不要|去掉)[^，,。；;《》]{0,12}?(?:那个|那部|那条|那段|那一个|第[一二两三四五六七八九十0-9]+个|上一个|上个|之前的?|刚才的?|叫|这几个字|几个字)[。！!]*$`)
)

// titleTalkOff takes a lead-in and a trailing remark off a title value.
func titleTalkOff(raw string) string {
	v := workOrdinalOff(strings.TrimSpace(raw)) // s8-h dictation.go: "第二个：黄河滩上的支部"
	v = titleVerbsOff(v)                        // s12-d titleverb.go: "加个副标题 …", "改一下 …" are no part of the title
	if loc := reTitleLead.FindStringIndex(v); loc != nil && loc[1] < len(v) {
		v = strings.TrimSpace(v[loc[1]:])
	}
	v = ownerLeadOff(v) // s7-a titleowner.go: "赵晓雯老师的，叫…"
	v = calledOff(v)
	v = stopRemarkOff(v) // s9-h titlestop.go: "… 中间没有句号语音打的"
	if strings.HasPrefix(v, "《") {
		return closedTitleTalkOff(v)
	}
	if loc := reTitleTail.FindStringIndex(v); loc != nil && loc[0] > 0 {
		v = strings.TrimSpace(v[:loc[0]])
	}
	return titleWordsTalkOff(v) // s10-k titleneighbours.go: "…，后面没有东西"
}

// closedTitleTalkOff takes a remark after a closed 《title》 off a message
// ("《初心如灯》 不是老支书那个"), so it is not read as the next value.
func closedTitleTalkOff(s string) string {
	if loc := reClosedTitleTail.FindStringIndex(s); loc != nil {
		return s[:loc[0]+len("》")]
	}
	return s
}

// reCalled is "it is called" before an answer at the title step: "叫X",
// "就叫X", "名字就叫X", "那就叫X吧" (the 吧 goes too).
var reCalled = regexp.MustCompile(`^(?:那|那就|就|名字|名字就|片名|片名就|题目|题目就)?叫(?:做|作)?[:：\s]*`)

// verbsWithJiao are the second characters of the verbs that start with 叫
// (叫醒, 叫响, 叫好 …): a title opening with one keeps its 叫.
const verbsWithJiao = "醒响好卖喊板座绝苦屈嚷停唤"

// calledOff takes "叫"/"就叫" off a title said as "it is called X":
// "叫焊花映初心" → 焊花映初心, "就叫初心吧" → 初心; "叫醒乡村的人" keeps its
// own first word.
func calledOff(v string) string {
	loc := reCalled.FindStringIndex(v)
	if loc == nil || loc[1] >= len(v) {
		return v
	}
	rest := []rune(v[loc[1]:])
	if bare := v[:loc[1]] == "叫"; bare && strings.ContainsRune(verbsWithJiao, rest[0]) {
		return v
	}
	out := strings.TrimSpace(string(rest))
	if r := []rune(out); len(r) > 2 && !strings.HasPrefix(out, "《") {
		out = strings.TrimSuffix(out, "吧")
	}
	return out
}
