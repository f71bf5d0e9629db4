package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s6-o: help with the 摘要 and text edits on the 简介 in the user's own words.
//
// A teacher who asks the bot to shorten the 简介 or to write the 摘要
// ("帮我缩一下", "摘要你帮我写个呗，从上面那段里摘一下就行") is offered a
// 摘要 taken from the stored 简介: whole sentences that fit within the
// field's limit (the field table's maxRunes), else a run of clauses cut at a
// comma, said so. With a model configured (llm.enabled) the model's shorter
// version is offered instead when it passes summaryGrounded. The offer is
// shown in full with its length and stored only on the user's yes ("用这个");
// any other message forgets it.
//
// Sentence operations on a stored text: "去掉第一句当摘要", "摘要用简介的后两句",
// "把最后一句删了" (the field just stored when none is named), "简介前面加上…".
// The result is echoed in full.

// textOffer is a text the bot offered for a field of entry EntryID.
type textOffer struct {
	EntryID int64  `json:"entry_id,omitempty"`
	Slot    slot   `json:"slot"`
	Text    string `json:"text"`
}

// reHelpWrite asks the bot to shorten or write a text: "帮我缩一下呗",
// "你帮我写个摘要", "能不能帮忙精简一下", "从上面那段里摘一下就行", "你来写吧".
var reHelpWrite = regexp.MustCompile(`(?:帮我|帮俺|给我|替我|帮忙|帮帮忙|帮我们|帮着|你来|您来|你给|您给|你帮|您帮)(?:把[^，,。]{0,10})?(?:再)?(?:缩|精简|压缩|改短|删短|弄短|简化|概括|总结|摘|提炼|写|编|拟|整理)|` +
	`(?:从|在)(?:上面|前面|刚才|简介)[^，,。]{0,8}(?:摘|挑|选|截)(?:一下|一段|几句)|(?:不会|不太会)(?:压|缩|写)`)

// reShorter asks for a shorter offer: "再短一点", "还是太长了", "再缩短些".
var reShorter = regexp.MustCompile(`(?:再|更)(?:短|缩|精简|压)|短一?点|短一些|短些|太长|还是长|有点长|还长`)

// acceptWords take an offered text.
var acceptWords = []string{"用这个", "就用这个", "用这段", "就用这段", "就这个", "就这段", "用这个吧", "就用这个吧", "那就用这个", "那就用这个吧",
	"就这样", "就这样吧", "用吧", "填上", "填上吧", "就填这个", "可以就用这个", "好就用这个", "行就用这个", "中", "中就用这个", "这个好", "这段可以", "这个可以"}

// offerTaken reports whether s takes the text offered: "用这个", "好的",
// "行，就用这个".
func offerTaken(s string) bool {
	b := bare(s)
	if oneOf(b, acceptWords...) || consents(s) || takesOfferWords(s) { // s7-c offertaken.go: "行 先用这个", "就用你刚才摘的那段"
		return true
	}
	for _, w := range []string{"用这个", "用这段", "就这个"} {
		if strings.HasSuffix(b, w) || strings.HasSuffix(b, w+"吧") {
			pre := strings.TrimSuffix(strings.TrimSuffix(b, "吧"), w)
			if oneOf(pre, "好", "好的", "行", "可以", "嗯", "那", "那就", "好那就", "行那就", "中", "对", "就", "嗯嗯") {
				return true
			}
		}
	}
	return false
}

// textHelp acts on an offer's answer, a request for help with a text, or a
// sentence operation (s6-o). ok is false when s is none of them.
func (t *turn) textHelp(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	offer := t.offer
	t.offer = nil // any other message forgets the offer
	if t.nested {
		return "", false
	}
	said := saidAlreadyYes(s) // s7-n delegatewrite.go: "不是说了用这个吗"
	_, question, withQuestion := offerThenQuestion(s)
	if offer != nil && offer.EntryID == e.ID && (offerTaken(s) || said != "" && offerTaken(said) || withQuestion) {
		p := textPtr(e, offer.Slot)
		if p == nil {
			return "", false
		}
		*p = offer.Text
		t.touch(e)
		t.undo, t.st.Undo = nil, nil
		t.st.Prev = offer.Slot
		head := fmt.Sprintf("好的，已记下 %s：%s（共%d字）", offer.Slot.label(), offer.Text, contestbot.RuneLen(offer.Text))
		if withQuestion { // s7-n: "行 用这个。奖项设了几个？" is answered too
			if a := t.ask(question, true); a != "" {
				head += "\n\n" + a
			}
		}
		return t.afterTextChange(e, offer.Slot, head, pending, reask), true
	}
	if summary := slot(contestbot.FieldSummary); offer == nil && pending == summary && e.Synopsis != "" && (namesPastOffer(s) || said != "" && (offerTaken(said) || namesPastOffer(said))) {
		// s7-c offertaken.go: "就用你刚才摘的那段" once the offer is closed: offered again, stored on the next yes.
		return t.offerFrom(e, summary, e.Synopsis, ""), true
	}
	if offer != nil && offer.EntryID == e.ID && reShorter.MatchString(compact(s)) && contestbot.RuneLen(compact(s)) <= 15 {
		// "再短一点", "还是太长了": a shorter offer from the same 简介.
		if n := contestbot.RuneLen(offer.Text); n > 10 {
			if v, _ := extractSummary(e.Synopsis, n-1); v != "" {
				t.st.Offer = &textOffer{EntryID: e.ID, Slot: offer.Slot, Text: v}
				return fmt.Sprintf("短一点的（共%d字）：%s\n回复“用这个”就填上，也可以自己改了发来。", contestbot.RuneLen(v), v), true
			}
		}
		return reask(fmt.Sprintf("简介里没有更短的整句了。请自己写一段%d字以内的%s发来。", fieldLimit(offer.Slot), offer.Slot.label())), true
	}
	if out, ok := t.derivedText(e, s, pending, reask); ok {
		return out, true
	}
	if out, ok := t.frontAdd(e, s, pending, reask); ok {
		return out, true
	}
	if out, ok := t.unnamedSentenceDrop(e, s, pending, reask); ok {
		return out, true
	}
	return t.helpWrite(e, s, pending, reask)
}

// afterTextChange is the reply once a text field changed on request: the
// change, then the summary in an edit or the next question in a draft.
func (t *turn) afterTextChange(e *contestbot.Entry, f slot, head string, pending slot, reask func(string) string) string {
	if t.st.Mode == modeEdit || pending == slot(contestbot.FieldCopyright) {
		t.event(e, "用户修改："+f.label())
		return head + "\n\n" + t.question(e, slot(contestbot.FieldCopyright))
	}
	if pending == f || pending == "" {
		t.st.Pending = t.next(e)
		if t.st.Pending == "" {
			return head
		}
		return head + "\n\n" + t.question(e, t.st.Pending)
	}
	return reask(head)
}

// helpWrite answers "帮我缩一下", "你帮我写个摘要": an offer taken from the
// 简介 for the field that has a limit.
func (t *turn) helpWrite(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	c := compact(s)
	delegates := delegatesWriting(c) || takesFromText(c) // s7-n delegatewrite.go: "摘要你看着弄"; s9-a helpfrom.go: "摘要你从简介里弄一个"
	if !reHelpWrite.MatchString(c) && !delegates || contestbot.RuneLen(c) > 60 ||
		extract(s).labelled && !containsAny(c, "帮我", "帮忙", "你帮", "你来") && !delegates {
		return "", false
	}
	synopsis, summary := slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)
	target := requestTarget(c) // s9-a helpfrom.go: "从简介里摘" names its source, not the target
	if target != synopsis && target != summary {
		if target != "" {
			return "", false // "帮我写片名": the bot does not write titles
		}
		if pending != synopsis && pending != summary {
			return "", false // "帮我出一份报名表" at the summary: not about a text
		}
		target = pending
	}
	if e.Synopsis == "" {
		return reask("内容简介需要您自己写，一两句话讲清片子讲了什么就行。简介发来后，摘要我可以从简介里帮您摘一段。"), true
	}
	var head string
	if target == synopsis {
		n := contestbot.RuneLen(e.Synopsis)
		if lim := fieldLimit(synopsis); lim == 0 || n <= lim {
			// The notice sets no length for the 简介: say so, and help with
			// the field that has one.
			head = fmt.Sprintf("通知没有规定内容简介的字数，现在这段（共%d字）可以直接用，不用缩。", n)
			if e.Summary != "" && contestbot.RuneLen(e.Summary) <= contestbot.MaxSummaryRunes && pending != summary {
				return reask(head), true
			}
			head += "有字数要求的是版权确认协议书上的内容摘要（100字以内）"
			target = summary
		}
	}
	if cur := *textPtr(e, target); target == summary && cur != "" && cur != e.Synopsis && reShorten.MatchString(c) {
		// "帮我把摘要再缩短一点": shorter than the 摘要 it has.
		if n := contestbot.RuneLen(cur); n > 10 {
			if v, _ := extractSummary(cur, min(n-1, fieldLimit(target))); v != "" {
				t.st.Offer = &textOffer{EntryID: e.ID, Slot: target, Text: v}
				return fmt.Sprintf("%s短一点的（共%d字）：%s\n回复“用这个”就填上，也可以自己改了发来。", head, contestbot.RuneLen(v), v), true
			}
		}
	}
	return t.offerFrom(e, target, e.Synopsis, head), true
}

// reShorten asks to make a text shorter, not to write one.
var reShorten = regexp.MustCompile(`缩|精简|压缩|改短|删短|弄短|简化|短一?点|短些`)

// offerFrom offers a text for f taken from src within f's limit, keeps the
// offer, and returns the message; head goes first.
func (t *turn) offerFrom(e *contestbot.Entry, f slot, src, head string) string {
	lim := fieldLimit(f)
	if lim == 0 {
		lim = contestbot.MaxSummaryRunes
	}
	return t.offerWithin(e, f, src, head, lim)
}

// offerWithin offers a text for f taken from src within lim characters
// (s8-i summarywords.go: a length the user asked for).
func (t *turn) offerWithin(e *contestbot.Entry, f slot, src, head string, lim int) string {
	if head != "" && !strings.HasSuffix(head, "。") {
		head += "。"
	}
	src = strings.TrimSpace(src)
	if contestbot.RuneLen(src) <= lim {
		t.st.Offer = &textOffer{EntryID: e.ID, Slot: f, Text: src}
		return fmt.Sprintf("%s简介共%d字，没超过%d字，可以直接用作%s：%s\n回复“用这个”就填上，也可以自己改了发来。", head, contestbot.RuneLen(src), lim, f.label(), src)
	}
	text, how := "", ""
	if v, ok := t.modelSummary(src, lim); ok {
		text, how = v, "按简介缩写了一段"
	} else if v, cut, ok := leadingExtract(src, lim); ok { // s9-f summaryextract.go: the leading sentences, never a closing label sentence
		text, how = v, "从简介开头摘了一段"
		switch {
		case cut && bestRun(fullSentences(src), lim) == "":
			how = fmt.Sprintf("简介里没有能放进%d字的整句，我在逗号处截了一段", lim)
		case cut:
			how += "（末尾在逗号处截断）"
		}
	} else {
		var cut bool
		text, cut = extractSummary(src, lim)
		if cut {
			how = fmt.Sprintf("简介里没有能放进%d字的整句，我在逗号处截了一段", lim)
		}
	}
	if text == "" {
		return fmt.Sprintf("%s简介的每一小句都超过%d字，没法直接摘。请自己写一段%d字以内的%s发来。", head, lim, lim, f.label())
	}
	t.st.Offer = &textOffer{EntryID: e.ID, Slot: f, Text: text}
	if how != "" {
		how += "，"
	}
	return fmt.Sprintf("%s%s可以用这段（共%d字）：%s\n回复“用这个”就填上，也可以自己改了发来。", head, how, contestbot.RuneLen(text), text)
}

// extractSummary takes from v the longest run of whole sentences that fits
// within lim characters, the earliest of equals; when no sentence fits, the
// longest run of clauses, ended with a full stop (cut true). text is ""
// when not even one clause fits.
func extractSummary(v string, lim int) (text string, cut bool) {
	if best := bestRun(fullSentences(v), lim); best != "" {
		return best, false
	}
	best := bestRun(clausesOf(v), lim)
	if best == "" {
		return "", true
	}
	return closeClause(best), true
}

// bestRun is the longest concatenation of consecutive parts within lim
// characters, the earliest of equals; the run from the start wins when it is
// at least two thirds as long, as it keeps who the text is about.
func bestRun(parts []string, lim int) string {
	best, first := "", ""
	for i := range parts {
		cur := ""
		for j := i; j < len(parts); j++ {
			next := strings.TrimSpace(cur + parts[j])
			if contestbot.RuneLen(next) > lim {
				break
			}
			cur = next
			if i == 0 {
				first = cur
			}
			if contestbot.RuneLen(cur) > contestbot.RuneLen(best) {
				best = cur
			}
		}
	}
	if first != "" && 3*contestbot.RuneLen(first) >= 2*contestbot.RuneLen(best) {
		return first
	}
	return best
}

// fullSentences cuts v after each sentence end, never at a comma. A line
// break after a comma is no sentence end: a 简介 pasted in lines ("…培训电
// 商技能，\n展现…") goes on (s9-a, rp106 p106b: the extract ended on a comma).
func fullSentences(v string) []string {
	return cutAfter(reCommaBreak.ReplaceAllString(v, "$1"), "。！!？?；;\n")
}

// reCommaBreak is a line break after a comma or a pause mark.
var reCommaBreak = regexp.MustCompile(`([，,、：:])[ \t　]*\r?\n\s*`)

// clausesOf cuts v after each sentence end and each comma.
func clausesOf(v string) []string {
	return cutAfter(v, "。！!？?；;\n，,")
}

// cutAfter cuts v after each rune of marks outside 《》 and quotes, keeping
// the marks.
func cutAfter(v string, marks string) []string {
	return splitOutside(v, true, func(rs []rune, i int) bool { return strings.ContainsRune(marks, rs[i]) })
}

// textUnits are the sentences of v, or its clauses when v is one sentence,
// as the user counts them ("第一句").
func textUnits(v string) []string {
	if ss := fullSentences(v); len(ss) > 1 {
		return ss
	}
	return clausesOf(v)
}

// pick is which sentences of a text a request keeps.
type pick struct {
	drop  bool // the sentences named go, the rest stay
	front bool // counted from the start
	n     int  // how many (前两句), or the place (第二句) when at
	at    bool // one sentence by its place
}

// reDropPick: "去掉第一句", "把第一句去掉", "第一句不要", "去掉最后一句", "去掉前两句".
// reKeepPick: "用简介的后两句", "用前两句", "最后一句".
var (
	rePickPos  = `(第[一二三四五六七八九十\d]|最后|末尾|结尾|开头|头|前面?|后面?|前头|后头)(?:那|的)?([一两二三四五六七八九十\d]?)(?:个)?句(?:话)?`
	reDropPick = regexp.MustCompile(`(?:去掉|删掉|删了|删除|去了|拿掉|不要)` + rePickPos + `|` + rePickPos + `(?:给)?(?:去掉|删掉|删了|删除|去了|拿掉|不要)`)
	reKeepPick = regexp.MustCompile(`(?:用|取|拿|要|就要|只要|留)(?:上面那段|那段|这段|简介)?(?:的|里的|里)?` + rePickPos)
)

// reDropGoesOn continues a drop verb into something else: "第一句不要改",
// "去掉第一句行不行".
var reDropGoesOn = regexp.MustCompile(`^(?:改|动|变|换|删|行不行|可以吗|行吗|可不可以|会不会|好不好)`)

// readPick reads a pick from c; ok false when c names no sentences.
func readPick(c string) (pick, bool) {
	var pos, num string
	p := pick{}
	if loc := reDropPick.FindStringSubmatchIndex(c); loc != nil && !reDropGoesOn.MatchString(c[loc[1]:]) {
		m := reDropPick.FindStringSubmatch(c)
		p.drop = true
		pos, num = m[1]+m[3], m[2]+m[4]
	} else if m := reKeepPick.FindStringSubmatch(c); m != nil {
		pos, num = m[1], m[2]
	} else {
		return p, false
	}
	switch {
	case strings.HasPrefix(pos, "第"):
		p.at, p.front = true, true
		p.n = atoiCN(strings.TrimPrefix(pos, "第"))
		if p.n <= 0 {
			return p, false
		}
		return p, true
	case oneOf(pos, "最后", "末尾", "结尾", "后", "后面", "后头"):
		p.front = false
	default:
		p.front = true
	}
	p.n = 1
	if num != "" {
		if p.n = atoiCN(num); p.n <= 0 {
			return p, false
		}
	}
	return p, true
}

// apply keeps the units of v the pick says; ok false when the pick does
// not fit the text (no such sentence, or nothing left).
func (p pick) apply(v string) (string, bool) {
	units := textUnits(v)
	n := len(units)
	keep := make([]bool, n)
	var sel []int
	switch {
	case p.at:
		if p.n > n {
			return "", false
		}
		sel = []int{p.n - 1}
	case p.n > n:
		return "", false
	case p.front:
		for i := 0; i < p.n; i++ {
			sel = append(sel, i)
		}
	default:
		for i := n - p.n; i < n; i++ {
			sel = append(sel, i)
		}
	}
	for i := range keep {
		keep[i] = p.drop
	}
	for _, i := range sel {
		keep[i] = !p.drop
	}
	var b strings.Builder
	for i, u := range units {
		if keep[i] {
			b.WriteString(u)
		}
	}
	out := strings.TrimSpace(b.String())
	if out == "" {
		return "", false
	}
	if r, k := utf8.DecodeLastRuneInString(out); strings.ContainsRune("，,、；;：:", r) {
		out = out[:len(out)-k] + "。"
	}
	return out, true
}

// reAsSummary says the result is the 摘要: "当摘要", "作为摘要", "摘要用…",
// "摘要就用…".
var reAsSummary = regexp.MustCompile(`(?:当|作为|作|做|用作|当作|当成)(?:内容)?摘要|(?:内容)?摘要(?:就)?(?:用|取|要|拿)|(?:用|拿)(?:上面那段|那段|这段|简介)`)

// derivedText acts on "去掉第一句当摘要", "摘要用简介的后两句", "那就用上面那段
// 把第一句去掉" (at the 摘要 step): sentences of the stored 简介 become the
// 摘要, within its limit.
func (t *turn) derivedText(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	c := compact(s)
	if e.Synopsis == "" || contestbot.RuneLen(c) > 40 {
		return "", false
	}
	p, ok := readPick(c)
	if !ok {
		return "", false
	}
	summary := slot(contestbot.FieldSummary)
	named := firstNamedField(c)
	asSummary := reAsSummary.MatchString(c) && (named == "" || named == summary || named == slot(contestbot.FieldSynopsis))
	// At the 摘要 step, with no 摘要 yet, "用上面那段 把第一句去掉" and an
	// unnamed pick on a 简介 over the 摘要's limit are about the 摘要.
	atSummary := pending == summary && named == "" && e.Summary == "" &&
		(containsAny(c, "上面那段", "那段", "这段", "简介") || contestbot.RuneLen(e.Synopsis) > fieldLimit(summary))
	if !asSummary && !atSummary {
		return "", false
	}
	v, ok := p.apply(e.Synopsis)
	if !ok {
		return reask(fmt.Sprintf("简介没有这几句，没有改动。简介现在是：%s", e.Synopsis)), true
	}
	lim := fieldLimit(summary)
	if n := contestbot.RuneLen(v); lim > 0 && n > lim {
		head := fmt.Sprintf("这样取出来共%d字，超过%d字，没有填。", n, lim)
		return t.offerFrom(e, summary, v, head), true
	}
	e.Summary = v
	t.touch(e)
	t.undo, t.st.Undo = nil, nil
	t.st.Prev = summary // "把最后一句删了" next is about the 摘要
	head := fmt.Sprintf("好的，已记下 内容摘要：%s（共%d字）", v, contestbot.RuneLen(v))
	return t.afterTextChange(e, summary, head, pending, reask), true
}

// unnamedSentenceDrop acts on "把最后一句删了", "第一句不要了" naming no field:
// the text field stored just before, else the one asked about.
func (t *turn) unnamedSentenceDrop(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	c := compact(s)
	if contestbot.RuneLen(c) > 20 || firstNamedField(c) != "" {
		return "", false // a named field: sentencefix.go
	}
	p, ok := readPick(c)
	if !ok || !p.drop {
		return "", false
	}
	f := t.lastText(e, pending)
	if f == "" {
		return "", false
	}
	ptr := textPtr(e, f)
	v, ok := p.apply(*ptr)
	if !ok {
		return reask(fmt.Sprintf("%s没有这一句，或者去掉后就空了，没有改动。%s现在是：%s", f.label(), f.label(), *ptr)), true
	}
	synopsisSummary := f == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis
	sameText := e.Summary == e.Synopsis // s7-m: a 摘要 同简介 and its 简介 lose the sentence together
	*ptr = v
	if synopsisSummary && contestbot.RuneLen(v) <= contestbot.MaxSummaryRunes {
		e.Summary = v
	}
	what := f.label()
	if sameText && f == slot(contestbot.FieldSummary) {
		e.Synopsis = v
		what = slot(contestbot.FieldSynopsis).label() + "和" + f.label()
	}
	t.touch(e)
	t.undo, t.st.Undo = nil, nil
	head := fmt.Sprintf("好的，%s现在是：%s（共%d字）", what, v, contestbot.RuneLen(v))
	return t.afterTextChange(e, f, head, pending, reask), true
}

// lastText is the text field an unnamed edit is about: the one stored
// just before, else the one asked about if filled, else the 简介 when the
// 摘要 is asked.
func (t *turn) lastText(e *contestbot.Entry, pending slot) slot {
	synopsis, summary := slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)
	for _, f := range []slot{t.st.Prev, pending} {
		if (f == synopsis || f == summary) && *textPtr(e, f) != "" {
			return f
		}
	}
	if pending == summary && e.Synopsis != "" {
		return synopsis
	}
	return ""
}

// reFrontAdd adds words at the start: "简介前面加上…", "前面加一句：…", "摘要开头加上…".
var reFrontAdd = regexp.MustCompile(`^(?:那|那就|麻烦|请)?(?:你|您)?(?:在|给|把)?(?:内容)?(简介|摘要)?(?:的|里)?(?:最前面|前面|前头|开头|最前头|前边)(?:再)?(?:加上|加|添上|添|补上|补)(?:一句|一段|个)?(?:话)?[：:，,\s]*(.+)$`)

// frontAdd acts on "简介前面加上…": the words go before the stored text.
func (t *turn) frontAdd(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	m := reFrontAdd.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	add := strings.Trim(strings.TrimSpace(m[2]), "“”\"「」")
	if add == "" || contestbot.RuneLen(add) > 100 {
		return "", false
	}
	f := labelSlot(m[1])
	if m[1] == "" {
		f = t.lastText(e, pending)
	}
	if f == "" {
		return "", false
	}
	ptr := textPtr(e, f)
	if *ptr == "" {
		return "", false
	}
	if _, _, dup := findLoose(*ptr, add, true, false); dup {
		return reask(fmt.Sprintf("%s开头已经是这句了，没有改动。%s现在是：%s", f.label(), f.label(), *ptr)), true
	}
	sep := ""
	if endMark(add) == "" {
		r, _ := utf8.DecodeLastRuneInString(add)
		if !strings.ContainsRune("了是的在和与及对把将为从）)】》", r) {
			sep = "，"
			if strings.ContainsAny(*ptr, "。！？") && contestbot.RuneLen(add) >= 8 {
				sep = "。"
			}
		}
	}
	v := add + sep + strings.TrimSpace(*ptr)
	synopsisSummary := f == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis
	if f == slot(contestbot.FieldSummary) {
		if lim := fieldLimit(f); lim > 0 && contestbot.RuneLen(v) > lim {
			return reask(fmt.Sprintf("加上后摘要共%d字，超过%d字，没有改动。摘要现在是：%s", contestbot.RuneLen(v), lim, *ptr)), true
		}
	}
	*ptr = v
	if synopsisSummary && contestbot.RuneLen(v) <= contestbot.MaxSummaryRunes {
		e.Summary = v
	}
	t.touch(e)
	t.undo, t.st.Undo = nil, nil
	head := fmt.Sprintf("好的，已在%s开头加上“%s”，%s现在是：%s（共%d字）", f.label(), add, f.label(), v, contestbot.RuneLen(v))
	return t.afterTextChange(e, f, head, pending, reask), true
}
