package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// Talk around a value that is no part of it (s6-f, issue #10, round 13):
//   - a remark or laughter after a title or a name, set off by a space or a
//     comma: "青春向党·黄河岸边的红色电波 名字有点长hhh 中间那个是小圆点";
//   - a lead-in about writing the text, before a colon: "100字以内那个我另外
//     写一个短一点的吧：退休老党员…".
// WeChat's emoticon codes ([捂脸]) and emoji are gone already (tidy).

var (
	// reLaugh is laughter typed: hhh, 哈哈, 嘿嘿, 呵呵, 嘻嘻.
	reLaugh = regexp.MustCompile(`(?i)(?:^|[^a-z])(?:h{2,}|哈{2,}|嘿{2,}|呵{2,}|嘻{2,}|xswl)`)
	// reLaughEnd is laughter closing a value: "红色电波hhh".
	reLaughEnd = regexp.MustCompile(`(?i)[\s，,~～!！。]*(?:h{2,}|哈{2,}|嘿{2,}|呵{2,}|嘻{2,}|xswl)[\s~～!！。]*$`)
	// reValueRemark is a remark about the value just given: its length or
	// wording ("名字有点长", "题目是不是太长了"), or how a character of it is
	// written ("中间那个是小圆点", "最后那个字是…").
	reValueRemark = regexp.MustCompile(`^(?:这个|那个)?(?:名字|片名|题目|标题|名称|这名|名儿)(?:起得|取得|可能|好像|是不是|会不会|感觉)?(?:有点|有些|太|比较|挺|稍微|略|特别|很)|` +
		`^(?:中间|前面|后面|最后|第[一二三四五六七八九十\d]+个)(?:那个|的)?(?:点|字|符号)?(?:是|用的|打的)`)
	// reRemarkBreak separates a remark from the value before it.
	reRemarkBreak = regexp.MustCompile(`[ \t\x{3000}，,]+`)
)

// remarkOff takes a remark or laughter after a short value off it, and
// laughter closing it: "青春向党·黄河岸边的红色电波 名字有点长hhh 中间那个是小圆点"
// → "青春向党·黄河岸边的红色电波". A value that is all remark is kept.
func remarkOff(v string) string {
	v = strings.TrimSpace(v)
	seps := reRemarkBreak.FindAllStringIndex(v, -1)
	for _, sp := range seps {
		if sp[0] == 0 {
			continue
		}
		rest := v[sp[1]:]
		if reValueRemark.MatchString(rest) || reLaugh.MatchString(firstChunk(rest)) {
			v = strings.TrimSpace(v[:sp[0]])
			break
		}
	}
	if loc := reLaughEnd.FindStringIndex(v); loc != nil && utf8.RuneCountInString(v[:loc[0]]) >= 2 {
		if r, _ := utf8.DecodeLastRuneInString(v[:loc[0]]); !(r < 0x80 && (r|0x20) >= 'a' && (r|0x20) <= 'z') {
			v = strings.TrimSpace(v[:loc[0]]) // not the end of a Latin word ("Smith")
		}
	}
	return v
}

// reTitleOK is "that will do" after a title: "片名写红旗渠畔的思政课就行". 就好
// is left: "平安就好" is a title.
var reTitleOK = regexp.MustCompile(`(?:就行|就可以|即可|就中)(?:了|啦|吧|哈)*[。.!！]*$`)

// titleOKOff takes "就行" and its kin off the end of a title.
func titleOKOff(v string) string {
	if loc := reTitleOK.FindStringIndex(v); loc != nil && utf8.RuneCountInString(v[:loc[0]]) >= 2 {
		return strings.TrimSpace(v[:loc[0]])
	}
	return v
}

// firstChunk is s up to its first space or comma.
func firstChunk(s string) string {
	if loc := reRemarkBreak.FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

var (
	// reWriteVerb is a verb of writing or sending the text.
	reWriteVerb = regexp.MustCompile(`写|发|弄|整|编|拟|概括|总结|缩|精简|改|压缩`)
	// reWriterTalk marks the clause as the writer's talk: a person, a plan or
	// a remark on the text's length.
	reWriterTalk = regexp.MustCompile(`我|俺|咱|另外|重新|再|一个|一段|一版|短一点|短点|简短|简单|字以内|字左右|如下|下面|这样`)
)

// writingLeadOff takes a lead-in about writing the text off a 简介 or 摘要
// sent after it with a colon: "100字以内那个我另外写一个短一点的吧：退休老党员…"
// → "退休老党员…". The lead-in is at most 30 characters, one clause, and
// says who writes or how ("我另外写一个", "重新概括了一下"); a colon in the
// story itself ("老支书常说：…") stays.
func writingLeadOff(v string) string {
	i := strings.IndexAny(v, ":：")
	if i <= 0 {
		return v
	}
	lead, rest := v[:i], strings.TrimSpace(strings.TrimLeft(v[i:], ":："))
	if rest == "" || utf8.RuneCountInString(lead) > 30 || strings.ContainsAny(lead, "。！!？?；;“”\"《") {
		return v
	}
	if !reWriteVerb.MatchString(lead) || !reWriterTalk.MatchString(lead) {
		return v
	}
	return rest
}

// reOtherHalf says the text stored last is the rest of the other free text:
// "刚才那句是简介的后半句 不是摘要", "那段是摘要的后半部分".
var reOtherHalf = regexp.MustCompile(`(简介|摘要)的(?:后半句|后半段|后半截|后半部分|下半句|下半段|后一半|后面(?:那?部分|一段|半句|那句|那段)?|后边|续|一部分)`)

// reBackRef points at the message sent before.
var reBackRef = regexp.MustCompile(`刚才|刚刚|上一条|上条|那句|那段|这句|这段|那条|不是(?:简介|摘要)`)

// movedHalf reads "刚才那句是简介的后半句 不是摘要" (s6-f, round 13 p59b): the
// text stored in one free-text field goes to the end of the other, and the
// field it was stored in is asked again.
func (t *turn) movedHalf(e *contestbot.Entry, s string) (string, bool) {
	c := compact(s)
	m := reOtherHalf.FindStringSubmatch(c)
	if m == nil || !reBackRef.MatchString(c) || contestbot.RuneLen(c) > 40 {
		return "", false
	}
	to, from := slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)
	if m[1] == "摘要" {
		to, from = from, to
	}
	src, dst := textPtr(e, from), textPtr(e, to)
	if *src == "" || *dst == "" || strings.Contains(*dst, *src) || e.Summary == e.Synopsis {
		return "", false
	}
	joined := joinTexts(*dst, *src) // bubbles.go
	if to == slot(contestbot.FieldSummary) && contestbot.RuneLen(joined) > contestbot.MaxSummaryRunes {
		return "", false
	}
	*dst, *src = joined, ""
	t.touch(e)
	t.undo, t.st.Undo, t.st.Part = nil, nil, nil
	t.st.Prev = to
	head := fmt.Sprintf("好的，已接到%s后面，%s：%s。%s已清空。", to.label(), to.label(), echoText(joined), from.label())
	if t.st.Mode == modeEdit {
		t.event(e, "用户修改："+to.label())
	}
	t.st.Pending = from
	return head + "\n\n" + t.question(e, from), true
}

// reDenialHead opens a message that says something stored is wrong:
// "不对不对 剪辑是…", "错了，片名是…".
var reDenialHead = regexp.MustCompile(`^(?:哎呀|哎|啊+|额+|呃+)?[，,\s]*(?:不对|不是|错了|说错了|写错了|记错了|搞错了|弄错了)+(?:哈|啊|呀)?[，,。！!\s]+`)

// deniedFieldFix reads a correction of another field sent while a 简介 or
// 摘要 is asked (s6-f, round 13 p60b: "不对不对 剪辑是李想和孙浩然 我是李想 不是周老
// 师哈" was stored as the 简介): no text opens with a denial and a label. It
// returns the labelled value alone, the talk after it dropped (chunks after
// a space that give no labelled value of their own), or ok false.
func deniedFieldFix(s string, pending slot) (string, bool) {
	if !pending.freeText() {
		return "", false
	}
	loc := reDenialHead.FindStringIndex(strings.TrimSpace(s))
	if loc == nil {
		return "", false
	}
	rest := strings.TrimSpace(strings.TrimSpace(s)[loc[1]:])
	ex := extract(rest)
	if !ex.labelled || ex.firstLabel != 0 || len(ex.values) == 0 || ex.values[0].slot.freeText() {
		return "", false
	}
	kept, _ := talkChunksOff(rest) // s7-e addressed.go
	return kept, true
}
