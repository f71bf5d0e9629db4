package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// At a free-text step (内容简介, 内容摘要) the message is the text itself.
// A story may carry question words in its clauses ("讲基层党员怎么在乡村振兴里
// 当先锋", "让学生知道啥叫初心", "讲清楚为啥要传承红旗渠精神"): they are the
// story, not a question. Only a part clearly addressed to the bot is one: a
// clause that turns to asking ("另外问一下", "请问", "想问"), a yes/no about
// the text ("这样写行吗", "可以吗"), or a sentence of its own after the story
// that ends in a question mark.

// reAboutText is a yes/no about the text just written: "这样写行吗",
// "这么写可以不", "可以吗", "中不中".
var reAboutText = regexp.MustCompile(`^(?:(?:你|您|恁)?(?:帮我|帮忙)?(?:看|瞅|瞧)(?:一下|下|看)?)?(?:(?:这样|这么|这样子|如此|这个|这)(?:写|填|说)?(?:的话)?)?(?:行吗|行不行|行不|可以吗|可以不|可不可以|中不中|中不|合适吗|合适不|对吗|对不对|妥吗|妥不妥|没问题吧|够吗|够不够)[?？。!！~～]*$`)

// asksAtFreeText reports whether clause i of cls, a message sent at a
// free-text step, turns to the bot rather than continuing the text.
func asksAtFreeText(cls []string, i int) bool {
	if i < 0 || i >= len(cls) {
		return false
	}
	cl := strings.TrimSpace(cls[i])
	if reAskStart.MatchString(cl) {
		return true
	}
	if reAboutText.MatchString(compact(cl)) {
		return true
	}
	if i > 0 && reAsideAsk.MatchString(compact(cl)) && isQuestion(cl) {
		return true // "摘要同简介 对了一等奖有奖金吗": an aside that asks
	}
	if i == 0 {
		return false
	}
	// A sentence of its own after the story, ending in a question mark.
	prev := []rune(strings.TrimSpace(cls[i-1]))
	if len(prev) == 0 || !strings.ContainsRune("。！!？?\n", prev[len(prev)-1]) {
		return false
	}
	rest := strings.TrimSpace(contestbot.NormalizeWidth(joinClauses(cls[i:])))
	return strings.HasSuffix(rest, "?") || strings.HasSuffix(rest, "吗") && isQuestion(rest) ||
		asksInClause(cls[i]) && contestbot.RuneLen(compact(rest)) <= 40 // s5-g1 notstory.go: "同简介。…是要寄过去还是送过去啊，送到哪"
}

// reAskInside are words that turn to asking wherever they stand; a text
// holding them before a yes/no is a question, not a story ("等一下 先问一下
// 这个视频交啥格式的 我们是用手机拍的 中不中").
var reAskInside = regexp.MustCompile(`问一下|问下|请问|想问|打听一下|咨询一下|请教一下`)

// reAsideAsk opens a clause that turns aside from the text to the bot:
// "对了…吗", "顺便…", "另外…", "还有个事…", "话说…".
var reAsideAsk = regexp.MustCompile(`^(?:哦|噢|啊|诶|哎)?(?:对了|对啦|顺便|另外|还有个事|还有一个事|还有件事|话说|再问|还想问|还有个问题)`)

// freeTextAskAt returns the index of the first clause of cls that turns to
// the bot at a free-text step, or -1 when the whole message is the text.
func freeTextAskAt(cls []string) int {
	for i := range cls {
		if asksAtFreeText(cls, i) {
			return i
		}
	}
	return -1
}

// storyAtText reports whether s, sent at a free-text step, is the text
// with no clause turned to the bot: a word of a label inside it ("…录像中剪辑
// 而成") or a question word ("选取其中最打动人心的几个片段") never splits a
// sentence off as a question (s10-d, rp125: a 159-character 简介 was cut to
// its first two sentences and the third "answered").
func storyAtText(s string, pending slot) bool {
	return pending.freeText() && freeTextAskAt(splitClauses(s)) < 0
}

// freeTextLeads reports whether v, the part of a message before a clause
// with question words, is (or starts) a free text: unlabelled at a
// free-text step, or labelled as 简介/摘要 ("内容简介改成…") at any step.
// A question word inside such a text does not end it.
func freeTextLeads(v string, pending slot) bool {
	ex := extract(v)
	if !ex.labelled || pending.freeText() && ex.firstLabel > 4 {
		// s10-d: a label word inside the story ("录像中剪辑而成") is the
		// story's, as fill reads it: a free-text answer is the whole
		// message unless it starts with a label.
		return pending.freeText()
	}
	for _, x := range ex.values {
		if x.slot.freeText() {
			return true
		}
	}
	return false
}

// reAgreeHead is a spoken "OK" set off before a free text: "中 简介是这样 嗯
// …", "行，简介如下：…". Only before a separator, so "中国…" and "好人…"
// stay.
var reAgreeHead = regexp.MustCompile(`^(?:中|行|好|好吧|可以|没问题|ok|OK|Ok)[，,。！!\s]+`)

// reCourtesyLead is a request to record set before a free text: "烦请录入：…",
// "请录入…", "麻烦记一下：…", "帮我登记一下简介：…", and the "就：" left of
// "摘要就：…". Each needs a verb of recording (or 就 with a colon), words
// a story never starts with.
var reCourtesyLead = regexp.MustCompile(`^(?:` +
	`(?:烦请|麻烦您?|请您?|劳驾|辛苦|帮忙|帮我|给我)+` + recordVerb + `[：:，,\s]*` + // "烦请录入：", "请录入…"
	`|` + recordVerb + `[：:，,]\s*` + // "记一下：…", never "记下了乡村的变化"
	`|就[是用]?[：:]\s*` + // "摘要就：…"
	`|(?:(?:内容|作品)?(?:简介|摘要))?(?:就)?(?:写|填|用)(?:这个|这段|这些|下面的?|以下的?)(?:吧|哈|啊|呗)?[：:]\s*)`) // s5-g1: "摘要写这个吧：…"

// recordVerb asks for a text to be recorded: "录入", "记一下简介如下".
const recordVerb = `(?:录入|录一下|记录一下|记一下|记下|记上|登记一下|登记|填一下|填上|写上)(?:一下)?(?:(?:内容|作品)?(?:简介|摘要))?(?:如下|是|为)?`

// reSameTail ends a short 摘要 answer that points back at the 简介:
// "就同简介那段", "就用上头那一段中 同简介", "俺哩意思是摘要同简介".
var reSameTail = regexp.MustCompile(`(?:同简介|同内容简介|(?:跟|和|与|同)(?:上头|上面|前面)?(?:的|那段|那一段)?(?:内容)?简介(?:那段|那一段)?(?:一样|相同|一致)|(?:用|照)(?:上头|上面|前面)?(?:的|那段|那一段)?(?:内容)?简介(?:那段|那一段)?|(?:用|照|同)(?:上头|上面|前面)(?:的|那段|那一段))(?:那段|那一段)?(?:就行|就中|就可以|即可|吧|中|就好|行|可以)?(?:了|啦|呗|哈|吧)?[。.!！~～]*$`)

// endsSameAsSynopsis reports whether a short 摘要 answer (chatter and a
// complaint before it allowed) ends by saying it is the same as the 简介.
func endsSameAsSynopsis(s string) bool {
	c := compact(s)
	if c == "" || contestbot.RuneLen(c) > 40 || strings.ContainsAny(s, "?？") {
		return false
	}
	return reSameTail.MatchString(c)
}

// sameSynopsisValue is "同简介" for a 摘要 answer that ends by pointing
// back at the 简介, else s unchanged.
func sameSynopsisValue(s string) string {
	if endsSameAsSynopsis(s) {
		return "同简介"
	}
	return s
}

// freeTextThenAsk stores the text of a message sent at a free-text step
// and answers the part after it that turns to the bot ("…。这样写行吗",
// "…。另外问一下，原件寄到哪？"). ok is false when the message has no such
// part, or the part before it is no text.
func (t *turn) freeTextThenAsk(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.freeText() || t.nested {
		return "", false
	}
	cls := splitClauses(s)
	k := freeTextAskAt(cls)
	if k < 1 {
		return "", false
	}
	v := strings.TrimRight(strings.TrimSpace(joinClauses(cls[:k])), "，, ")
	if extract(s).labelled && !(pending == slot(contestbot.FieldSummary) && meansSameAsSynopsis(v)) {
		return "", false // s5-g1: "同简介。…送到哪" names the 简介 only as the 摘要's source
	}
	q := strings.TrimSpace(joinClauses(cls[k:]))
	if contestbot.RuneLen(compact(v)) < 5 && !(pending == slot(contestbot.FieldSummary) && meansSameAsSynopsis(v)) || freeTextProblem(v) != "" || talkToBot(v) != "" || reAskInside.MatchString(compact(v)) {
		return "", false
	}
	if filmRemark(v) { // s12-b refask.go: "对了，我们片子里有English subtitles，…这样可以吗？" asks about the film
		return t.filmAsked(s, pending), true
	}
	out := t.formRest(e, v)
	if reAboutText.MatchString(compact(q)) {
		return "已按原文记下。写法通知没有硬性要求，讲清片子内容就行。\n\n" + out, true
	}
	if qs := splitClauses(q); len(qs) > 1 && reAboutText.MatchString(compact(qs[0])) {
		// "…恁看这中不中 获奖了有啥奖": the yes/no about the text, then a question.
		head := "已按原文记下。写法通知没有硬性要求，讲清片子内容就行。"
		if a := t.talkAnswer(joinClauses(qs[1:]), pending); a != "" {
			head += "\n" + a
		}
		return head + "\n\n" + out, true
	}
	if a := t.talkAnswer(q, pending); a != "" {
		return a + "\n\n" + out, true
	}
	return out, true
}
