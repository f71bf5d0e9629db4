package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
	"contestbot/knowledge"
)

// This file answers a question typed in the form the way it is answered
// outside the form, and asks the pending question again: "等一下，片名最多能
// 写几个字？" is no 片名 and no complaint, "部分AI算啥" at the 分类 step is no
// choice, "我们视频是1080P码率12M的，可以吧？" is judged as video parameters.
// A question about changing what was typed ("我刚才学校名字填错了，能改不？")
// is answered with the bot's own edit: the field is asked again.

var (
	// reBotAsk are question words aimed at the bot, never part of a value.
	reBotAsk = regexp.MustCompile(`最多|最少|最长|最短|几个字|多少字|多少个字|字数|能不能|可不可以|可以吗|可以吧|行吗|行不行|中不中|可以不|行不|能不|算不算|算啥|算什么|算哪|是啥|啥意思|什么意思|要不要|需不需要|有没有要求|有要求吗|选哪|选啥|咋办|怎么办|咋弄|怎么弄|能改|可以改|改不|咋改|怎么改|如何改`)
	// reBotAskWhen ask when or where, words no 简介 this short holds: "截止是啥时候啊".
	reBotAskWhen = regexp.MustCompile(`啥时候|什么时候|哪天|几号|几月几|几点|送到哪|交到哪|寄到哪|发到哪|报到哪|交给谁|寄给谁|发给谁`)
	// reTypedWrong says something typed before was wrong.
	reTypedWrong = regexp.MustCompile(`填错|写错|打错|输错|弄错|说错|搞错|错了`)
	// reNewValue gives the new value with the complaint: "改成…", "应该是…".
	reNewValue = regexp.MustCompile(`改成|改为|换成|应该是|应为|其实是|正确的是`)
)

// spokenFields name a field in everyday words the labels do not cover.
var spokenFields = []struct {
	word string
	s    slot
}{
	{"学校", slot(contestbot.FieldUnit)}, {"校名", slot(contestbot.FieldUnit)}, {"单位", slot(contestbot.FieldUnit)},
	{"名字", slot(contestbot.FieldTitle)}, {"电话", slot(contestbot.FieldPhone)}, {"手机", slot(contestbot.FieldPhone)},
	{"号码", slot(contestbot.FieldPhone)}, {"时长", slot(contestbot.FieldDuration)}, {"分类", slot(contestbot.FieldCategory)},
	{"类别", slot(contestbot.FieldCategory)}, {"简介", slot(contestbot.FieldSynopsis)}, {"摘要", slot(contestbot.FieldSummary)},
}

// fieldSpoken is the field a question names, by label or everyday word.
func fieldSpoken(c string) slot {
	for _, w := range []string{"学校", "校名"} {
		if strings.Contains(c, w) && !strings.Contains(c, "制作单位") {
			return slot(contestbot.FieldUnit) // "学校名字填错了"
		}
	}
	if f := firstNamedField(c); f != "" {
		return f
	}
	best, at := slot(""), len(c)+1
	for _, w := range spokenFields {
		if i := strings.Index(c, w.word); i >= 0 && i < at {
			best, at = w.s, i
		}
	}
	return best
}

// asksBot reports whether s is a short question aimed at the bot (with
// question words no value holds), not a value.
func asksBot(s string) bool {
	c := compact(s)
	n := contestbot.RuneLen(c)
	if n == 0 || n > 40 || strings.Contains(s, "\n") || reStoryWords.MatchString(c) || answersOwnQuestion(s) { // s10-i stepask.go
		return false
	}
	if reBotAskWhen.MatchString(c) && n <= 20 {
		return true
	}
	if reBotAskYesNo.MatchString(c) {
		return isQuestion(s) || askedYesNo(s) || strings.HasSuffix(c, "改不") || strings.HasSuffix(c, "能改")
	}
	return reBotAsk.MatchString(c)
}

// reBotAskYesNo are the words of reBotAsk that ask only as a yes/no question
// ("可以吧？", "能改不"); the others ask on their own ("部分AI算啥").
var reBotAskYesNo = regexp.MustCompile(`^[^?？]*(?:能不能|可不可以|可以吗|可以吧|行吗|行不行|中不中|可以不|行不|能不|能改|可以改|改不|要不要|需不需要|有没有要求|有要求吗)`)

// optionNamed puts the option's name for its number in a question at a
// choice prompt: "3是啥意思" → "AI生成是啥意思".
func (t *turn) optionNamed(s string, pending slot) string {
	if pending != slot(contestbot.FieldCategory) {
		return s
	}
	m := reOptionNum.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	n := int(s[m[2]] - '0')
	if n < 1 || n > len(t.c.season.Categories) {
		return s
	}
	return t.c.season.Categories[n-1] + s[m[3]:]
}

var reOptionNum = regexp.MustCompile(`^\s*([1-9])\s*(?:是|算|指|代表)`)

// formQuestion answers a question typed while a form is open, as outside
// the form, and asks the pending question again; ok is false when s is no
// such question or carries an answer beside it (read as usual).
func (t *turn) formQuestion(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if t.nested || !asksBot(s) {
		return "", false
	}
	if act := interpret(s).act; act != actNone && act != actComplaint {
		return "", false // "推荐单位是啥意思 俺们就是…": a question about a field, read by formAct
	}
	c := compact(s)
	// fc(k): "没有撰稿咋办" asks how to cope, not how to edit (choiceask.go).
	if reTypedWrong.MatchString(c) && !reNewValue.MatchString(c) || editHow(c) && !onlyHowToCope(c) { // editHow: splitjoin.go (d4)
		// "我刚才学校名字填错了，能改不？": the bot's own edit.
		f := fieldSpoken(c)
		if asksEditLater(s) { // afterconfirm.go (s5-g6): "确认了以后还能改分类吗" asks, changes nothing
			return reask(t.editLaterText(e, f, s)), true
		}
		if ef, v, ok := editAsked(s); ok && !asksBot(ef.label()+"改成"+v) { // afterconfirm.go (s5-g6): "片名要改，改成《…》，还能改吗" gives the value
			return "可以改，" + strings.TrimPrefix(t.formInput(e, ef.label()+"改成"+v), "好的，"), true
		}
		if f == "" {
			f = t.st.Prev
		}
		if f == "" || f == pending {
			return reask("可以改。想改哪一项，直接发“××改成……”就行，例如“推荐单位改成郑州职业技术学院”。"), true
		}
		if !e.Has(t.c.season, f.field()) {
			return reask(fmt.Sprintf("%s还没有填，不用改。", f.label())), true
		}
		return "可以改。" + strings.TrimPrefix(t.askAgain(e, f), "好的，") + "\n（发来后会替换原来的" + f.label() + "，然后接着填。）", true
	}
	if t.c.deps.Knowledge == nil {
		return "", false
	}
	k := t.answer(t.optionNamed(s, pending))
	switch k.Kind {
	case knowledge.KindFact, knowledge.KindVideo, knowledge.KindFeature, knowledge.KindNotInNotice:
	default:
		return "", false
	}
	if v, _ := t.answerThenAsk(e, s, pending); v != "" && k.Kind != knowledge.KindVideo {
		return "", false // "实拍的，简介要写多少字？": the answer beside it is kept
	}
	a := strings.TrimSpace(k.Text)
	if a == "" {
		return "", false
	}
	if v := pendingValueClause(s, pending); v != "" && !t.nested {
		// "俺再问一下 片子时长2分45秒 超过三分钟是不是就不中了": the value
		// of the field asked, stated exactly beside the question, is kept.
		return a + "\n\n" + t.formRest(e, v), true
	}
	return reask(a), true
}

// reHedge marks a value said as a guess: "大概三分钟", "两分多".
var reHedge = regexp.MustCompile(`大概|大约|约|左右|差不多|多钟|分多|估计|可能|好像`)

// pendingValueClause is the clause of a question that states, with its
// label and exactly, the value of the field pending ("片子时长2分45秒"), ""
// when there is none.
func pendingValueClause(s string, pending slot) string {
	if pending == "" || pending.freeText() || pending.yesNo() {
		return ""
	}
	for _, cl := range splitClauses(s) {
		c := strings.Trim(compact(cl), "，,。；;！!、 ")
		if c == "" || isQuestion(cl) || askedYesNo(cl) || reHedge.MatchString(c) {
			continue
		}
		ex := extract(c)
		if ex.labelled && len(ex.values) == 1 && ex.values[0].slot == pending && strings.TrimSpace(ex.values[0].raw) != "" {
			return c
		}
	}
	return ""
}
