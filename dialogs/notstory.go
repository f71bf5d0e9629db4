package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s5-g1 (issue #10, round 11): the free-text validator — "a title,
// synopsis or summary is not a question, a command, a complaint or an
// instruction to the bot" — held only for messages that ended in ？/吗/呢.
// Round 11 stored "填完了以后在哪下载报名表" (a question without ？),
// "分机号没记上啊，后面的转802得写上…" (a remark about the phone) and let
// "这也不是简介" (a complaint) through. This file reads those three kinds
// generally:
//   - a clause that asks: a question word (在哪/怎么/能不能/是不是/多少…) in
//     a short clause, or any question word or a choice (X还是Y) before a
//     particle at the clause end (吗/呢/吧/啊…);
//   - a remark about another field: the field named (or the phone's own
//     words 分机/座机/号码) beside a word saying it was recorded wrongly or
//     not at all (没记上/漏了/写错/得写上/不对…);
//   - a complaint that the text stored is not the field ("这也不是简介").
// Real synopses are longer and tell a story: a message with story words
// (讲述/记录/展现…), or longer than a remark (60 characters), is never
// read so. A question word after a verb of telling ("讲清楚为啥要…",
// "让学生知道啥叫初心") belongs to the story.

var (
	// reClauseAskWord is a question word that makes a short clause a question.
	reClauseAskWord = regexp.MustCompile(`谁|几份|在哪|哪儿|哪里|哪个|去哪|到哪|怎么|咋|如何|能不能|可不可以|是不是|要不要|用不用|需不需要|有没有|多少|多久|多长|多大|几个字|几句|啥时候|什么时候|几号|几点|为啥|为什么|什么|啥|哪`)
	// reAskParticleEnd ends a clause that asks or checks.
	reAskParticleEnd = regexp.MustCompile(`(?:吗|呢|吧|啊|呀|么|嘛|不|没)$`)
	// reChoiceAsk is a choice between two: "寄过去还是送过去".
	reChoiceAsk = regexp.MustCompile(`\p{Han}还是\p{Han}`)
	// reTellsWhat is a verb of telling before a question word: the question
	// is the story's ("讲清楚为啥要传承", "让学生知道啥叫初心").
	reTellsWhat = regexp.MustCompile(`(?:讲|让|告诉|知道|明白|懂得|懂|说明|介绍|探索|思考|回答|看到|看)\p{Han}{0,8}?(?:怎么|如何|为啥|为什么|什么|啥|哪)`)
	// reRemarkVerb says a value was recorded wrongly or not at all.
	reRemarkVerb = regexp.MustCompile(`没记上|没记下|没记全|没记|没写上|没填上|没加上|没录上|漏了|漏掉|丢了|少了|记错|写错|输错|打错|弄错|得写上|要写上|得加上|要加上|得填上|要填上|得带上|要带上|不对`)
	// rePhoneWords name the phone without its label: "分机号", "座机".
	rePhoneWords = regexp.MustCompile(`分机|座机|手机号|号码|转\d`)
	// reNotThisText complains that the text is not the field: "这也不是简介啊",
	// "那根本不是摘要".
	reNotThisText = regexp.MustCompile(`^(?:这|那|这个|那个|这段|这句|那段|那句|这些|刚才那段|刚才那句|刚才|上面那段|上面那句|你记的)?(?:也|都|又|还|根本|压根|可|就)*不是(?:内容|作品)?(?:简介|摘要)(?:啊|呀|吧|哈|了|嘛|呢)?(?:[，,。！!\s]|$)`)
	// reRetract asks not to keep what was just stored: "别记", "删掉吧",
	// "那个不对 删了".
	reRetract = regexp.MustCompile(`^(?:诶|哎|唉|啊|额|呃)?(?:那个|这个|刚才那个|刚才的|刚才|刚刚|那|这)?(?:不对|错了|不是)?(?:别记|不要记|不用记|先别记|别记了|别填|先别填|删了|删掉|删了吧|删掉吧|去掉吧|撤了吧|不算|作废)(?:了|吧|啊|哈)?$`)
)

// reNotThisField is a clause saying the value stored is not that field:
// "诶那个不是制作单位啊", "这不是联系人".
var reNotThisField = regexp.MustCompile(`^(?:诶|哎|唉|啊|额|呃)?(?:这|那|这个|那个|这段|这句|那段|那句|刚才那个|刚才那段|刚才|你记的)(?:也|都|又|还|根本|压根|可|就)*不是(\p{Han}{2,6}?)(?:啊|呀|吧|哈|了|嘛|呢)?$`)

// reClauseCut cuts a compacted message into clauses.
var reClauseCut = regexp.MustCompile(`[,，。.！!？?；;\s]+`)

// complaintClause reports whether a clause of c (a compacted message)
// takes back the value stored: "别记", "诶那个不是制作单位啊".
func complaintClause(c string) bool {
	for _, cl := range reClauseCut.Split(c, -1) {
		if cl == "" {
			continue
		}
		if retracts(cl) {
			return true
		}
		if m := reNotThisField.FindStringSubmatch(cl); m != nil && labelSlot(m[1]) != "" {
			return true
		}
	}
	return false
}

// asksInClause reports whether one clause of a short message asks the bot.
func asksInClause(cl string) bool {
	c := strings.Trim(compact(stripEmoji(contestbot.NormalizeWidth(cl))), "。.!！~～，,、")
	c = reIndefinite.ReplaceAllString(c, "") // "哪儿也没发过" asks nothing
	if c == "" || reNarrates.MatchString(c) || reStoryWords.MatchString(c) {
		return false
	}
	particle := reAskParticleEnd.MatchString(c) && !strings.HasSuffix(c, "不") && !strings.HasSuffix(c, "没") || strings.HasSuffix(c, "?")
	if reTellsWhat.MatchString(c) && !particle {
		return false
	}
	if reClauseAskWord.MatchString(c) {
		return particle || contestbot.RuneLen(c) <= 16
	}
	return particle && reChoiceAsk.MatchString(c) || ruleChoice(c)
}

// reAnswersAsk opens a sentence that answers the question before it:
// "谁是最可爱的人？是扎根乡村的党员教师", "面对洪水怎么办？他说：…".
var reAnswersAsk = regexp.MustCompile(`^(?:是|就是|答案是|(?:他|她|他们|她们|大家|老人|书记|老师|同学们?)(?:说|答|回答))`)

// answeredNext reports whether clause i of cls, a question, is answered by
// the clause after it: a rhetorical question of a text, which asks the bot
// nothing (s10-i).
func answeredNext(cls []string, i int) bool {
	if i+1 >= len(cls) || !strings.ContainsAny(contestbot.NormalizeWidth(cls[i]), "?") {
		return false
	}
	return reAnswersAsk.MatchString(compact(cls[i+1]))
}

// remarkField is the field a short remark is about ("分机号没记上啊" → 联系电话),
// or "" when c is no such remark. Remarks about the free texts themselves
// are edits, read elsewhere.
func remarkField(c string) slot {
	if !reRemarkVerb.MatchString(c) {
		return ""
	}
	f := firstNamedField(c)
	if f == "" && rePhoneWords.MatchString(c) {
		f = slot(contestbot.FieldPhone)
	}
	if f == "" || f.freeText() {
		return ""
	}
	return f
}

// retracts reports whether s only asks to drop the value just stored.
func retracts(c string) bool {
	c = strings.Trim(c, "。.!！~～，, ")
	return contestbot.RuneLen(c) <= 14 && reRetract.MatchString(c)
}

// textTalk is the kind of a message that is no free text — "question",
// "remark", "complaint", "aside" (s6-a) — or "" when it may be one.
func textTalk(s string) string {
	c := compact(stripEmoji(contestbot.NormalizeWidth(s)))
	n := contestbot.RuneLen(c)
	if n == 0 || n > 60 || reStoryWords.MatchString(c) || reNarrates.MatchString(c) {
		return ""
	}
	if reNotThisText.MatchString(c) || complaintClause(c) {
		return "complaint"
	}
	if remarkField(c) != "" {
		return "remark"
	}
	cls := splitClauses(s)
	for i, cl := range cls {
		if asksInClause(cl) && !answeredNext(cls, i) {
			return "question"
		}
	}
	if _, _, ok := asideMessage(s); ok { // s6-a aside.go: "字数多了是吧。", "好吧那我自己删一删，稍等"
		return "aside"
	}
	return ""
}

// storyProblem is freeTextProblem for the 简介 and the 摘要, which are
// never a question either (a title may be one: "初心是什么").
func storyProblem(s string) string {
	if p := freeTextProblem(s); p != "" {
		return p
	}
	if k := textTalk(s); k == "question" || k == "aside" { // s6-a: an aside is no text either
		return k
	}
	return ""
}

// textNotValue answers a message at the 简介/摘要 step that is a question
// or a remark about another field: nothing is stored, a question is
// answered, a remark takes the user to that field, and the step is asked
// again. ok is false when s may be the text.
func (t *turn) textNotValue(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if !pending.freeText() || t.nested {
		return "", false
	}
	if p, rest, ok := findPhone(s); ok && isFiller(rest) {
		// A bare number at the 简介 step is the phone, never the text.
		return t.formRest(e, "联系电话："+p), true
	}
	ex := extract(s)
	if f := remarkField(compact(s)); f != "" && textTalk(s) == "remark" {
		if _, _, ok := findPhone(s); ok {
			return "", false // "电话刚才输错了，应该是137…": a correction with its value
		}
		for _, v := range ex.values {
			if v.slot == f && !reRemarkVerb.MatchString(compact(v.raw)) {
				return "", false // "…要写成X": the value, read as one
			}
		}
		return t.aboutOtherField(e, f, pending), true // s8-d textgate.go
	}
	if ex.labelled {
		return "", false
	}
	for _, v := range ex.values {
		if !v.slot.freeText() {
			return "", false // "…要写成0371-63351234转802": a value, read as one
		}
	}
	if cls := splitClauses(s); len(cls) > 1 {
		if k := freeTextAskAt(cls); k >= 1 && textTalk(joinClauses(cls[:k])) == "" {
			return "", false // "同简介。…送到哪": the text, then a question (freetextask.go)
		}
	}
	switch textTalk(s) {
	case "question":
		if freeTextProblem(s) != "" || asksInForm(s, pending) {
			return "", false // a question the older readers answer
		}
		return reask(t.formAnswer(s, pending) + "\n（这句是问题，没有记作" + pending.label() + "。）"), true // askvalue.go
	}
	return "", false
}

// sameSynopsisElsewhere stores "同简介" said at a later step as the 摘要:
// the words name the 简介 as the 摘要's source and can mean nothing else,
// never a question about its length (round 11: after a 摘要 was stored,
// "同简介" at the eligibility step was answered with the 字数 rule).
func (t *turn) sameSynopsisElsewhere(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if pending.freeText() || t.nested || e.Synopsis == "" || isQuestion(s) || !endsSameAsSynopsis(s) {
		return "", false
	}
	if c := compact(s); contestbot.RuneLen(c) > 12 || firstNamedField(c) != slot(contestbot.FieldSynopsis) && firstNamedField(c) != slot(contestbot.FieldSummary) {
		return "", false
	}
	return t.formRest(e, "内容摘要：同简介"), true
}

var (
	// reSelfAsContact asks whether the contact may be the typist: "联系人写我自己行吗",
	// "联系人就填我吧", "写我本人可以不".
	reSelfAsContact = regexp.MustCompile(`^(?:那|那就)?(?:联系人[：:]?)?(?:可以|能|能不能|可不可以)?(?:就|也)?(?:写|填|是|就是|用|留)?[：:]?(?:我自己|我本人|俺自己|我|俺|本人|自己)(?:的名字|的)?(?:行吗|可以吗|行不行|行不|行么|中不中|中不|中吗|可以不|可以么|可不可以|对吗|吧|吗|么)?$`)
	// reNotA is a remark about oneself: "我不是党员"; the word after it is never a name.
	reNotA = regexp.MustCompile(`^(?:但是?|不过|可|可是)?(?:我|俺|本人)(?:也|又|并|还)?不是(\p{Han}{1,8}?)(?:的)?(?:啊|呀|哈|吧|呢)?$`) // s9-d: "可以填我自己吗，我不是组织部的"
)

// selfContact answers "联系人写我自己行吗，我不是党员" at the contact step: a
// check-back with 我. The contact is the person typing: their name is
// stored when known, else asked for. A remark "我不是X" is no name; when it
// is about 党员, the notice's rule is said: the contact need not be one.
func (t *turn) selfContact(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if pending != slot(contestbot.FieldContact) || t.nested || extract(s).labelled && firstNamedField(compact(s)) != slot(contestbot.FieldContact) {
		return "", false
	}
	if full := strings.TrimSpace(t.m.Text); full != "" && strings.Contains(full, strings.TrimSpace(s)) {
		s = full // the check-back clause may have been taken off as a lead-in (bubbles.go)
	}
	self, notA := false, ""
	for _, cl := range splitClauses(s) {
		c := strings.Trim(compact(cl), "。.!！~～?？，,")
		switch {
		case reSelfAsContact.MatchString(c):
			self = true
		case reNotA.MatchString(c):
			notA = reNotA.FindStringSubmatch(c)[1]
		case c == "" || isChatter(c):
		default:
			return "", false // another clause may hold the name: read as usual
		}
	}
	if !self && notA == "" {
		return "", false
	}
	head := ""
	if strings.Contains(notA, "党员") {
		head = "通知没有要求联系人是党员。报名表和汇总表的“联系人”只是方便联系，一般填推荐单位负责这部作品的老师。（见通知 附件2、附件4）\n"
	} else if reDeptEnd.MatchString(notA) { // s9-d: "我不是组织部的"
		head = "通知没有要求联系人是" + notA + "的。报名表和汇总表的“联系人”只是方便联系，一般填推荐单位负责这部作品、能接电话的老师。（见通知 附件2、附件4）\n"
	} else if notA != "" {
		head = "“" + notA + "”不是名字，没有记作联系人。\n"
	}
	if !self {
		return reask(strings.TrimSpace(head)), true
	}
	if name := t.st.Self; name != "" && isPersonForm(name) {
		return strings.TrimSpace(head + t.formRest(e, "联系人："+name)), true
	}
	return strings.TrimSpace(head + "可以，联系人写您自己就行。请问您的姓名是？例如：张伟"), true
}

// reMayEnter asks whether a work may be entered: "宣传科做的片子能报吗",
// "…能不能报送", "…可以参赛不".
var reMayEnter = regexp.MustCompile(`(?:能不能|可不可以|能|可以|让不让|允许)(?:报|报送|报名|参赛|参加|送)(?:吗|不|么|呢|啊|吧)?$`)

// mayEnterAsk answers, at the 推荐单位/制作单位 step, a question whether a
// work made by someone may be entered ("宣传科做的片子能报吗"): it is about
// the notice's 报送范围, asked in those words, and never stored.
func (t *turn) mayEnterAsk(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if pending != slot(contestbot.FieldUnit) && pending != slot(contestbot.FieldProducer) || t.nested {
		return "", false
	}
	c := strings.Trim(compact(stripEmoji(contestbot.NormalizeWidth(s))), "。.!！~～?？")
	loc := reMayEnter.FindStringIndex(c)
	if loc == nil || loc[0] == 0 || contestbot.RuneLen(c) > 40 || extract(s).labelled {
		return "", false
	}
	q := c[:loc[0]] + "符合报送范围吗"
	a := t.ask(q, true)
	if a == "" {
		a = t.talkAnswer(s, pending)
	}
	if a == "" {
		return "", false
	}
	return reask(a), true
}
