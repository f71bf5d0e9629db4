package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// This file takes talk off the ends of a 简介 or 摘要 (issue #10, d1). People
// send the story with a sentence to the bot or about the text before or
// after it: "我先发这些 …", "…。你看看行不行", "这是我们老师写的：…，回头再改".
// That sentence is not part of the text: the story is stored verbatim, and
// a request to look it over is answered.

var (
	// reReviewAsk asks the bot to look the text over: "你看看行不行",
	// "你帮我看下", "看看咋样", "您过目一下".
	reReviewAsk = regexp.MustCompile(`^(?:你|您|恁)?(?:再)?(?:帮我|帮俺|帮忙|给我|给俺|替我)?(?:看看|看一下|看一看|看下|瞅瞅|瞅一下|瞧瞧|过目|把关|审审|审一下)(?:一下)?(?:吧|哈|呗)?(?:这样|这么写)?(?:行不行|行不|可以不|可以吗|中不中|中不|行吗|中吗|咋样|怎么样|合适不|合适吗|有没有问题|有问题不|对不对|妥不妥)?(?:吧|哈|呗|啊|呀)?[?？。!！~～]*$|^(?:你|您|恁)?(?:看|觉得)(?:这样|这么写)?(?:行不行|行不|可以不|中不中|咋样|怎么样|合适不)[?？。!！~～]*$`)
	// reSendTalk is about the sending itself: "我先发这些", "先发这么多",
	// "就这些", "先这样写".
	reSendTalk = regexp.MustCompile(`^(?:我|俺)?(?:就|先)?(?:发|写|给你|给您|给恁)?(?:这些|这么多|这一段|这段|一版|这一版|这样|这么些)(?:吧|哈|啊|了)?[。!！~～]*$|^(?:我|俺)?先(?:发|写|给你|给您)(?:一下|一段|一版|过去)?(?:吧|哈|啊)?[。!！~～]*$`)
	// reLaterEdit promises a later change: "回头再改", "有问题再改",
	// "以后再完善".
	reLaterEdit = regexp.MustCompile(`^(?:回头|后面|以后|之后|过后|等会儿?|晚点|有问题|不行|不合适|不对)(?:我|俺)?(?:再|还)?(?:改|修改|调整|完善|补充|弄|换)(?:一下)?(?:吧|哈|啊)?[。!！~～]*$`)
	// reAuthorTalk says who wrote the text: "这是我们老师写的", "下面是
	// 宣传部给的", "是学生写的".
	// reAssentLead gives in before the text: "行吧", "好吧", "嗯嗯" (s5-f3).
	reAssentLead = regexp.MustCompile(`^(?:行吧|好吧|好的|好嘞|那好|那行|行|嗯+|哦+|噢|中|妥)(?:吧|哈|啊|呀)?$`)
	// reWriteTalk is about writing it: "我写了一段您看行不行", "那我另写个短点的吧" (s5-f3).
	reWriteTalk = regexp.MustCompile(`^(?:那)?(?:我|俺)?(?:内容简介|作品简介|简介|内容摘要|摘要)?(?:我|俺)?(?:就|先)?(?:另|再|重新)?(?:写|拟|改|弄)了?(?:一段|一个|一版|个|段|版)(?:短点的|短一点的|短的|简短的|简单的|新的)?(?:吧|哈|啊)?(?:(?:您|你|恁)?(?:看看?|瞅瞅|帮我看看)?(?:行不行|行不|可以吗|可以不|咋样|怎么样|中不中|对不对|合适不|合适吗))?$`)
	// reMoreToCome says the text goes on from the last one: "还没发完呢",
	// "后面还有半句" (s5-f3).
	reMoreToCome = regexp.MustCompile(`^(?:还|刚才|刚刚|上一条)?(?:没发完|没写完|没说完)(?:呢|哈|啊|呀)?$|^(?:后面|后头|下面|底下)?还有(?:半句|一句|几句|半段|一段|一点|后半句|后半段)(?:话)?(?:呢|哈|啊)?$`)
	reAuthorTalk = regexp.MustCompile(`^(?:这|这个|这段|这一段|下面|以下|底下)(?:是|都是)?[^，,。]{0,8}?(?:写的|给的|弄的|整理的|拟的|起草的|发来的|发的)(?:稿子|初稿|简介|摘要|内容|一段)?(?:哈|啊|吧|呀)?[：:。!！~～]*$|^(?:是)?(?:我们|俺们|咱们|我|俺)的?(?:老师|主任|领导|科长|书记|同事|学生|团队|宣传部|办公室)(?:写的|给的|整理的|拟的|起草的)(?:哈|啊|吧)?[。!！~～]*$`)
)

// chatterKind says what a clause at the end of a free text is: "review" (a
// request to look it over), "talk" (about the sending, a later change, who
// wrote it), or "" when it may be the story.
func chatterKind(cl string) string {
	c := compact(cl)
	if c == "" || utf8.RuneCountInString(c) > 16 {
		return ""
	}
	switch {
	case reReviewAsk.MatchString(c) || reAboutText.MatchString(c):
		return "review"
	case reSendTalk.MatchString(c), reLaterEdit.MatchString(c), reAuthorTalk.MatchString(c):
		return "talk"
	case reAssentLead.MatchString(c), reWriteTalk.MatchString(c): // s5-f3: "行吧。…", "那我另写个短点的吧，…"
		return "talk"
	case reMoreToCome.MatchString(c): // s5-f3: "还没发完呢，后面还有半句：…"
		return "more"
	}
	if _, ok := checkTag(c); ok { // s5-f3 checkback.go: "…。这样可以吗"
		return "review"
	}
	return ""
}

// chatterPiece is a clause of a message with the separator after it.
type chatterPiece struct{ text, sep string }

// chatterPieces splits s into clauses at sentence and clause marks, colons
// and spaces, keeping each separator, so the pieces join back to s.
func chatterPieces(s string) []chatterPiece {
	var out []chatterPiece
	var b, sep strings.Builder
	flush := func() {
		if b.Len() > 0 || sep.Len() > 0 {
			out = append(out, chatterPiece{b.String(), sep.String()})
		}
		b.Reset()
		sep.Reset()
	}
	for _, r := range s {
		if strings.ContainsRune("，,。！!？?；;：:\n \t\u3000", r) {
			sep.WriteRune(r)
			continue
		}
		if sep.Len() > 0 {
			flush()
		}
		b.WriteRune(r)
	}
	flush()
	return out
}

// joinPieces joins pieces back as typed; the last one's separator keeps
// only what is not in drop.
func joinPieces(ps []chatterPiece, drop string) string {
	var b strings.Builder
	for k, p := range ps {
		b.WriteString(p.text)
		if k < len(ps)-1 {
			b.WriteString(p.sep)
		} else {
			b.WriteString(strings.TrimRight(strings.TrimSpace(p.sep), drop))
		}
	}
	return strings.TrimSpace(b.String())
}

// freeTextChatterOff takes chatter off the ends of a message sent at a
// free-text step. story is the text between, verbatim (its own final 。
// kept); review is true when the chatter asked the bot to look the text
// over. ok is false when there is no chatter, or nothing like a story is
// left.
func freeTextChatterOff(s string) (story string, review, ok bool) {
	ps := chatterPieces(strings.TrimSpace(s))
	i, j := 0, len(ps)
	kind := func(p chatterPiece) string { return chatterKind(p.text) }
	for i < j && kind(ps[i]) != "" {
		if kind(ps[i]) == "review" {
			review = true
		}
		i++
	}
	for j > i && kind(ps[j-1]) != "" {
		if kind(ps[j-1]) == "review" {
			review = true
		}
		j--
	}
	if i == 0 && j == len(ps) {
		return "", false, false
	}
	// The story's own end mark stays; a comma or space before the chatter goes.
	story = joinPieces(ps[i:j], "，,；;：: ")
	if contestbot.RuneLen(compact(story)) < 8 || freeTextProblem(story) != "" || talkToBot(story) != "" {
		return "", false, false
	}
	return story, review, true
}

// reviewedLine answers a request to look a text over: the bot keeps the
// text as written and does not judge it.
const reviewedLine = "已按原文记下。写法通知没有硬性要求，讲清片子内容就行。"

// chatterAtFreeText reads a message sent at a 简介 or 摘要 step with chatter
// around the story: the story alone goes on through the form.
func (t *turn) chatterAtFreeText(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.freeText() || t.nested || extract(s).labelled {
		return "", false
	}
	story, review, ok := freeTextChatterOff(s)
	if !ok {
		return "", false
	}
	if filmRemark(story) && (review || isQuestion(s) || askedYesNo(s)) { // s12-b refask.go: "对了，我们片子里有…字幕，这样可以吗？" asks about the film
		return t.filmAsked(s, pending), true
	}
	if opensWithMore(s) { // s5-f3: "还没发完呢，后面还有半句：…"
		if v, ok := t.withLastText(e, story); ok { // bubbles.go
			return t.formInput(e, v), true
		}
	}
	out := t.formInput(e, story)
	if review {
		out = reviewedLine + "\n\n" + out
	}
	return out, true
}

// opensWithMore reports whether s opens by saying it goes on from the last
// text ("还没发完呢，后面还有半句：…").
func opensWithMore(s string) bool {
	for _, p := range chatterPieces(strings.TrimSpace(s)) {
		switch chatterKind(p.text) {
		case "more":
			return true
		case "":
			return false
		}
	}
	return false
}
