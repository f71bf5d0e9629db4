package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// This file reads a value sent over several WeChat bubbles (s5-f2, issue
// #10, round 10): a lead-in bubble that only names the field ("电话是",
// "简介是：", "片名叫", "主创是这几个人：") is answered briefly and the next
// message is taken as that field's value; a closing bubble ("就这些",
// "发完了") ends it and is never stored; a 简介 or 摘要 cut in two (the first
// bubble ends in "，" or an unfinished clause) is joined with the next
// bubble, and "后面还有半句：…" appends to the text just stored. The joining
// itself is split.go's joinPart / splitjoin.go's joinMore.

var (
	// reLeadFiller opens a lead-in bubble: "那个", "嗯", "然后", "我们的".
	reLeadFiller = regexp.MustCompile(`^(?:那个|嗯+|额+|呃+|哦+|好的?|然后|接下来|下面|那|对了)?[，,\s]*(?:我们|咱们|俺们|咱)?(?:的)?(?:作品|片子|视频)?(?:的)?`)
	// reLeadTail is what follows the label in a lead-in: a copula, "如下",
	// "是这几个人", a colon; nothing that could be a value.
	reLeadTail = regexp.MustCompile(`^(?:的话)?(?:就|呢)?(?:是|叫|为|写|填|有|如下|是这样|是这些|是这几个人|是这几位|是下面这些|是下面几个人|有这几个人|有这些人|是这几个|写的是|填的是|叫做|叫作)?(?:哈|啊|呀|哦|嘛)?(?:如下|下面|这样)?[:：]?$`)
	// reClosing ends a value sent over several bubbles: "就这些", "完了",
	// "就这么多", "发完了", "以上". ("没了" is left to mean nobody at a role.)
	reClosing = regexp.MustCompile(`^(?:好的|好了|好啦|好|行|嗯+|ok|那|那就)?[，,\s]*(?:就这些|就这么多|就这么些|就这样|这些就是|就是这些|(?:我|俺)?(?:已经)?(?:发|写|打)完了?|完了|以上|以上就是|就以上这些|结束|全部发完|都发完了)(?:了|啦|哈|啊|呀|哦|吧)*$`)
	// reGoesOn opens the rest of a text cut off: "后面还有半句：", "接着上面：",
	// "下半句："; what follows is the rest.
	reGoesOn = regexp.MustCompile(`^(?:(?:还|刚才?)?没(?:发|打|写)完(?:呢|啦|了)?[，,。\s]*)?(?:(?:后面|后边|下面|底下)?还有(?:半句|一句|半截|一段|几句|后半句|后半截|后半段)(?:话)?(?:呢|哈|啊)?|(?:下|后)半(?:句|截|段)(?:是|在这)?|接(?:着)?上(?:面|一条|条)?(?:的)?|续上)[:：，,]\s*`)
	// reOpenEnd ends a clause not finished: a comma, a list mark, or a
	// conjunction waiting for what it joins. Words that also end whole
	// words ("参与", "普及", "存在", "行为") are not counted.
	reOpenEnd = regexp.MustCompile(`(?:[，,、；;：:—-]|(?:和|以及|并且|而且|通过|带领|带着))$`)
)

// leadOnly reports which field a bubble only leads in to: "电话是" → 联系电话,
// "简介是：" → 内容简介. A bubble with a value in it, or naming a yes/no
// item, leads in to nothing.
func leadOnly(s string) (slot, bool) {
	c := strings.ToLower(compact(stripEmoji(s)))
	c = strings.TrimRight(c, "。.!！~～…")
	if c == "" || isQuestion(s) {
		return "", false
	}
	best, bestLen, word, at := slot(""), 0, "", ""
	for _, c := range []string{c, reLeadFiller.ReplaceAllString(c, "")} {
		for _, d := range labelDefs {
			if d.weak || strings.HasPrefix(d.word, "是否") {
				continue
			}
			w := strings.ToLower(d.word)
			if len(w) > bestLen && strings.HasPrefix(c, w) && reLeadTail.MatchString(c[len(w):]) {
				best, bestLen, word, at = slot(strings.TrimSuffix(string(d.slot), "!")), len(w), w, c
			}
		}
	}
	if best == "" || best.yesNo() {
		return "", false
	}
	if at[bestLen:] == "" && !strings.HasSuffix(word, "叫") {
		// A bare label ("电话") may be a question about it; only a copula
		// or a colon makes a lead-in.
		if !strings.ContainsAny(compact(s), ":：") {
			return "", false
		}
	}
	return best, true
}

// closing reports whether a bubble only ends a value sent over several.
func closing(s string) bool {
	c := strings.ToLower(compact(stripEmoji(s)))
	c = strings.Trim(c, "。.!！~～…，,")
	return c != "" && reClosing.MatchString(c)
}

// leadLabel is the label a value for f is sent under once its lead-in
// was seen: "联系电话：…", "主创人员：…".
func leadLabel(f slot) string {
	if f == slotCreators {
		return "主创人员"
	}
	return f.label()
}

// bubbles reads a lead-in or closing bubble while a form is open, and
// labels the message after a lead-in with its field. It returns the reply
// when the message is done with, or the message to read on.
func (t *turn) bubbles(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, string, bool) {
	if t.nested {
		return s, "", false
	}
	lead, name := t.st.Lead, t.st.LeadName
	t.st.Lead, t.st.LeadName = "", false
	if f, ok := leadOnly(s); ok {
		t.st.Lead = f
		t.st.Part = nil
		return s, leadReply(f), true // s12-a splitvalue.go
	}
	if lead != "" && strayBetween(s) { // s12-a: "嗯", "稍等" between a lead-in and its value keeps it
		t.st.Lead, t.st.LeadName = lead, name
		if !name {
			return s, leadReply(lead), true
		}
	}
	// At a yes/no item or the confirm step "就这样" and the like are
	// read as before.
	confirming := pending.yesNo() || t.st.Mode == modeEdit && pending == ""
	if closing(s) && !confirming {
		t.st.Part = nil
		return s, reask("好的，收到。"), true
	}
	if lead == "" || isQuestion(s) || isChatter(compact(s)) {
		return s, "", false
	}
	// Talk after a lead-in ("等下我找找") is read as usual, never stored
	// under the field's label.
	if lead == slot(contestbot.FieldPhone) && !strings.ContainsAny(contestbot.NormalizeWidth(s), "0123456789") ||
		lead.freeText() && freeTextProblem(s) != "" {
		return s, "", false
	}
	// A 简介 may name a field in its story ("影片时长虽短，…"): only a label
	// at its start makes it a message of its own.
	if ex := extract(s); ex.labelled && (!lead.freeText() || ex.firstLabel == 0) {
		return s, "", false
	}
	if name {
		n := fullNameAnswer(strings.TrimSpace(stripEmoji(s)))
		if !isRealName(n) {
			return s, "", false
		}
		return leadLabel(lead) + "：" + n, "", false
	}
	return leadLabel(lead) + "：" + strings.TrimSpace(s), "", false
}

// reFullNameLead is what may stand before the full name asked for (s10-b):
// "全名王丽", "叫王丽", "他叫王振华", "王书记全名王振华", "名字是王丽".
var reFullNameLead = regexp.MustCompile(`^(?:\p{Han}{1,2}?(?:老师|书记|主任|校长|院长|部长|处长|科长))?(?:他|她)?(?:的)?(?:全名|真名|大名|名字|姓名|本名)?(?:是|叫做|叫|为)?[：:\s，,]*`)

// fullNameAnswer is the name in an answer to a full-name question, without
// the words before it and the particles after; "" when only lead words
// were said ("全名"), which names nobody.
func fullNameAnswer(s string) string {
	return strings.TrimRight(reFullNameLead.ReplaceAllString(s, ""), "。.！!吧哈啊呀")
}

// openEnded reports whether a free text stops mid-clause.
func openEnded(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && reOpenEnd.MatchString(s)
}

// goesOn returns the rest of a text sent after "后面还有半句：".
// The marker is matched on the width-normalised text, but the rest is cut
// from the message as sent: free text keeps its own punctuation (s7-i).
func goesOn(s string) (string, bool) {
	s = strings.TrimSpace(s)
	norm := contestbot.NormalizeWidth(s)
	loc := reGoesOn.FindStringIndex(norm)
	if loc == nil {
		loc = reNotDone.FindStringIndex(norm) // s9-i textgoeson.go: "还没完哩 …"
	}
	if loc == nil {
		return "", false
	}
	// NormalizeWidth maps rune to rune, so the marker ends at the same rune
	// in the original.
	rest := strings.TrimSpace(string([]rune(s)[utf8.RuneCountInString(norm[:loc[1]]):]))
	if rest == "" {
		return "", false
	}
	return rest, true
}

// joinText finishes a 简介 or 摘要 cut off in the message before: the next
// bubble is its rest unless it is a question, a closing bubble, a
// reference (同简介) or a message naming a field of its own.
func joinText(part *partValue, s string) (string, bool) {
	rest, marked := goesOn(s)
	if !marked {
		rest = strings.TrimSpace(s)
		c := compact(rest)
		if rest == "" || isQuestion(rest) || closing(rest) || extract(rest).labelled || firstNamedField(c) != "" ||
			strings.Contains(c, "同简介") || oneOf(c, "同上", "一样", "相同", "是", "对", "好", "好的", "确认") {
			return "", false
		}
	}
	return part.Slot.label() + "：" + part.Text + rest, true
}

// appendLast reads "后面还有半句：…" (or a bubble opening with "，") with
// no part noted: the rest goes at the end of the free text stored last.
func (t *turn) appendLast(e *contestbot.Entry, s string) (string, bool) {
	rest, ok := goesOn(s)
	if !ok {
		// A bubble that opens with a clause mark goes on from the last
		// one: "，展现了…".
		if r := strings.TrimSpace(s); r != "" && strings.ContainsRune("，,、；;", []rune(r)[0]) && contestbot.RuneLen(r) > 4 && !isQuestion(r) {
			rest, ok = r, true
		}
	}
	if !ok {
		return "", false
	}
	return t.withLastText(e, rest)
}

// withLastText is the 简介 or 摘要 stored last with rest added at its end,
// written as a labelled value; ok is false when no free text was stored
// last or it holds rest already. A comma goes between when the first part
// ended in a character (its trailing comma was trimmed off).
func (t *turn) withLastText(e *contestbot.Entry, rest string) (string, bool) {
	if !t.st.Prev.freeText() {
		return "", false
	}
	p := textPtr(e, t.st.Prev)
	if p == nil || *p == "" || strings.Contains(*p, rest) {
		return "", false
	}
	return t.st.Prev.label() + "：" + joinTexts(*p, rest), true
}

// joinTexts is a text with its rest added at its end, a comma between when
// the first part ended in a character (its trailing comma was trimmed off).
func joinTexts(text, rest string) string {
	if rs, rr := []rune(text), []rune(rest); len(rs) > 0 && isHan(rs[len(rs)-1]) && len(rr) > 0 && isHan(rr[0]) {
		text += "，"
	}
	return text + rest
}

// joinedAck says a 简介 or 摘要 was joined from two messages: "已接上".
func joinedAck(out string) string {
	for _, f := range []slot{slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)} {
		old := "好的，已记下 " + f.label() + "："
		if strings.Contains(out, old) {
			return strings.Replace(out, old, "好的，已接上，"+f.label()+"：", 1)
		}
	}
	return out
}
