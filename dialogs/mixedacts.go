package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s7-g: the parts of a mixed message that are values are kept beside the
// talk around them (round 16, rp77 p77a).

// phoneClause reports whether a clause is a phone number and nothing else:
// "13837512468", "电话13837512468".
func phoneClause(cl string) bool {
	_, rest, ok := findPhone(cl)
	return ok && isFiller(strings.Trim(rest, "，,。；; "))
}

var (
	// reSaidLead and reSaidTail are a complaint that the value was given
	// already, before or after the value given again: "刚不是发了吗 138…",
	// "138… 我刚才说过了".
	reSaidLead = regexp.MustCompile(`^(?:` + saidAlready + `)(?:[?？!！。，,\s]+|[吗嘛]|$)`)
	reSaidTail = regexp.MustCompile(`[，,。\s]+(?:` + saidAlready + `)[?？!！。，,\s]*$`)
)

// saidAlready is the complaint of reAlreadySaid (talk.go) without its
// anchors; a lead needs a break or 吗 after it ("我说了算" is a title).
const saidAlready = `(?:刚才|刚刚|刚|前面|上面|之前|我|俺|我们)?(?:不是|都|已经|早)?(?:说过了|说了吗|说过|说了|发过了|发了吗|发过|讲过了|告诉过你|告诉你了)(?:啊|呀|吗|的|嘛)?`

// dropSaidAround drops a complaint that the value was given already from
// around the value given again, at a step that asks for a short value: the
// value is stored, the complaint asks nothing. s is unchanged when nothing
// but the complaint is left, or at a free-text step.
func dropSaidAround(s string, pending slot) string {
	if pending == "" || pending.freeText() {
		return s
	}
	t := strings.TrimSpace(s)
	v := reSaidTail.ReplaceAllString(reSaidLead.ReplaceAllString(t, ""), "")
	if v == t || bare(v) == "" || asks(v) {
		return s
	}
	return v
}

// reAltAsk is a question offering two readings: "是拍片子的人还是学校", "写全称
// 还是简称", "算实景拍摄还是动画". A choice already made ("还是写学校吧", "分类
// 还是实景拍摄") offers none.
var reAltAsk = regexp.MustCompile(`^(?:那个|这个|那|就)?(?:是|写|填|算|选|用|按|报|填的是|写的是|指的是)([^，,。；;！!\s]{1,12})还是([^，,。；;！!\s]{1,12})(?:啊|呀|呢|哩|嘞|哈)?$`)

// altAsked reports whether s, one clause, asks which of two it is.
func altAsked(s string) bool {
	m := reAltAsk.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(s), "?？。.~～ "))
	return m != nil && !strings.HasSuffix(m[2], "吧") && !strings.HasPrefix(m[2], "要") && !strings.HasPrefix(m[2], "是")
}

// notAsking is s without its clauses that ask: what is left may be a value
// ("是拍片子的人还是学校 我们是学校党委办公室牵头拍的" → 我们是学校党委办公室牵头拍的).
func notAsking(s string) string {
	var keep []string
	for _, cl := range splitClauses(s) {
		if !asks(cl) {
			keep = append(keep, cl)
		}
	}
	return joinClauses(keep)
}

// reSuppose marks a question about a case that may happen, not a fault
// found now: "提交了以后要是发现哪里写错了还能改吗", "万一填错了咋办".
var reSuppose = regexp.MustCompile(`要是|如果|万一|假如|假设|以后|之后|后面发现|提交了|交上去|确认了|报上去`)

// supposes reports whether a compacted question asks about a case that may
// happen ("以后要是写错了还能改吗"), with no fault said of the record now.
func supposes(c string) bool {
	return reSuppose.MatchString(c) && !containsAny(c, "刚才", "刚刚", "上面", "前面")
}

// reFactAsk is a question about the eligibility facts themselves: the
// facts beside it are in doubt, and the readers of hold.go decide.
var reFactAsk = regexp.MustCompile(`发表|发布|发过|公开|首播|(?i:ai)|人工智能|标注|个人|单位作品|原创|合作|年以来|去年|前年|哪年|时间`)

// factsBesideQuestion reads, at the declarations, facts given beside a
// question about something else ("是 都符合 没用AI 对了那个报名表纸质的一式两份
// 是寄过去还是送过去 寄到哪"): the facts are stored and the question answered.
// A question is never consent, but the facts confirmed here are the work's,
// not the final submission (the 确认 and the 著作权声明 still wait for a
// message that asks nothing).
func (t *turn) factsBesideQuestion(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested || !pending.eligibility() || t.c.deps.Knowledge == nil {
		return "", false
	}
	v, q, ok := factsAndOtherAsk(s)
	if !ok || t.besideAnswer(q, v) == "" {
		return "", false // a question the notice does not answer is read by hold.go with its facts
	}
	return t.factsThenAnswer(e, v, q, pending)
}

// factsAndOtherAsk splits s into facts and a question about something else
// than the facts, where the message turns to asking ("对了", "另外问一下");
// ok is false when s has no such split. "…视频本身没发过，这样不影响吧" asks
// about its facts: no split.
func factsAndOtherAsk(s string) (facts, q string, ok bool) {
	s = strings.TrimSpace(s)
	loc := reAskTurn.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return "", "", false
	}
	v, q := strings.TrimRight(strings.TrimSpace(s[:loc[0]]), "，,。；;、 "), strings.TrimSpace(s[loc[0]:])
	if bare(v) == "" || !asks(q) || asks(v) || reFactAsk.MatchString(compact(q)) {
		return "", "", false
	}
	return v, q, true
}

var (
	// reTextAbove points at the 简介 sent before, in the user's words, with
	// a tag that may make it a question: "就用上头那一段不中吗", "同简介",
	// "跟简介一样就行", "用上面那段吧".
	reTextAbove = regexp.MustCompile(`^(?:那|那就|就|直接|还是)*(?:` +
		`(?:用|照|按|拿|同|跟|和)?(?:上头|上面|上边|前面|前头|刚才|刚刚|之前)(?:那|的|发的|写的)?(?:一)?(?:段|个|些)(?:内容|话|简介)?|` +
		`(?:用|照|按|拿|同|跟|和)(?:内容)?简介(?:一样|的)?)` +
		`(?:一样)?(?:就行|就中|就可以|即可|得了|不中吗|不行吗|可以吗|行吗|中吗|行不行|中不中|不中|不行|呗|吧|啊|呀|了)*$`)
	// reNoRewrite is a complaint about writing again: "俺不会再写一遍了".
	reNoRewrite = regexp.MustCompile(`(?:不会|不想|懒得|没法|没空|不用|还要|又要|再)(?:再)?(?:写|打|弄|编)|写不了|写不来|写不出`)
)

// pointsAtSynopsis reports whether s asks for the 简介 above as the 摘要,
// with nothing beside it but chatter or a complaint about writing again.
func pointsAtSynopsis(s string) bool {
	points := false
	for _, cl := range splitClauses(s) {
		c := bareNoSymbols(cl)
		switch {
		case c == "" || isChatter(c):
		case reTextAbove.MatchString(c):
			points = true
		case reNoRewrite.MatchString(c) && contestbot.RuneLen(c) <= 15 && !extract(cl).labelled:
		default:
			return false
		}
	}
	return points
}

// synopsisTooLong answers, at the 摘要 step, a request to use a 简介 over
// the 摘要's limit ("就用上头那一段不中吗 俺不会再写一遍了", round 16 rp76): it
// says why not and offers a part of it (summaryhelp.go offerFrom).
func (t *turn) synopsisTooLong(e *contestbot.Entry, s string, pending slot) (string, bool) {
	sum := slot(contestbot.FieldSummary)
	n := contestbot.RuneLen(strings.TrimSpace(e.Synopsis))
	if t.nested || pending != sum || n <= contestbot.MaxSummaryRunes || !pointsAtSynopsis(s) {
		return "", false
	}
	head := fmt.Sprintf("简介有%d字，摘要要求%d字以内，不能直接用", n, contestbot.MaxSummaryRunes)
	return t.offerFrom(e, sum, e.Synopsis, head), true
}

// reNickname is an aside naming what a unit is usually called: "俺们平常都叫
// 虞城职专", "简称虞城职专", "大家一般叫它职专".
var reNickname = regexp.MustCompile(`^(?:我们|俺们|咱们|大家|平常|平时|一般|通常|本地|当地|都|也|就|人家|别人|外面)*(?:叫|称|简称|俗称|习惯叫|管它叫|叫它|称它|叫我们)(?:它|我们|俺们)?(?:做|作)?(\p{Han}{2,10}?)(?:啊|呀|哩|嘞|哈|吧)?$`)

// dropNickname keeps, at a unit step, the full name said beside an aside on
// what the unit is usually called ("虞城县职业中等专业学校 俺们平常都叫虞城职专",
// round 16 rp76): the aside is dropped. s is unchanged when it has no full
// name beside such an aside.
func dropNickname(s string, pending slot) string {
	if pending != slot(contestbot.FieldUnit) && pending != slot(contestbot.FieldProducer) {
		return s
	}
	cls := splitClauses(s)
	full := 0 // the longest full name said
	for _, cl := range cls {
		if n := contestbot.NormalizeTitle(strings.Trim(cl, "，,。；; ")); isOrg(n) && !reNickname.MatchString(bareNoSymbols(cl)) {
			full = max(full, contestbot.RuneLen(n))
		}
	}
	var keep []string
	for _, cl := range cls {
		c := bareNoSymbols(cl)
		if m := reNickname.FindStringSubmatch(c); m != nil && !strings.HasPrefix(c, "叫") && contestbot.RuneLen(m[1]) < full {
			continue // "我们学校叫…学院" alone names it in full
		}
		keep = append(keep, cl)
	}
	if full == 0 || len(keep) == len(cls) {
		return s
	}
	return joinClauses(keep)
}

// pickBesideQuestion reads, at the category step, a pick with its reasons
// and facts followed by questions ("1吧 基本都是实拍的 不过旁白是用AI配的音 这样
// 可以吗 对了我们拍的是竖屏的 竖屏能交吗", round 16 rp75): the pick and the
// facts are stored (shortanswer.go pickWithRest), and the questions answered
// with the facts as their context.
func (t *turn) pickBesideQuestion(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested || pending != slot(contestbot.FieldCategory) || t.c.deps.Knowledge == nil || !asks(s) {
		return "", false
	}
	v, q := splitValueAsk(s)
	if v == "" || q == "" {
		return "", false
	}
	if _, _, ok := pickNumber(v); !ok {
		return "", false
	}
	a := t.besideAnswer(v+" "+q, v)
	if a == "" {
		return "", false
	}
	out, ok := t.pickWithRest(e, v, pending)
	if !ok {
		return "", false
	}
	return a + "\n\n" + out, true
}

// withAIFacts adds to facts the clauses of the question part q that state
// AI use or its label ("旁白用了AI配音 片尾字幕有标注“本片旁白由AI合成” 这样可以吗",
// round 16 rp75): facts already said are not asked again.
func withAIFacts(facts, q string) string {
	for _, cl := range splitClauses(q) {
		if v, _ := splitValueAsk(cl); v != "" {
			cl = v // "片尾字幕有标注“本片旁白由AI合成” 这样可以吗"
		}
		if st := aiSaid(cl); st.used || st.labelled {
			facts += "，" + strings.Trim(cl, "，,。；; ")
		}
	}
	return facts
}

// saidBefore answers a bare complaint that the value asked for was given
// already ("刚不是发了吗") when the field is still empty: the bot did not get
// it, and asks once more; never "这个问题我回答不了".
func (t *turn) saidBefore(e *contestbot.Entry, s string) (string, bool) {
	pending := t.st.Pending
	if t.nested || pending == "" || !(reAlreadySaid.MatchString(compact(s)) || (pending.freeText() && sentEarlierRef(s))) {
		return "", false
	}
	p := textPtr(e, pending)
	if p == nil || strings.TrimSpace(*p) != "" {
		return "", false
	}
	return "抱歉，我这里没有收到" + pending.label() + "，麻烦再发一次。\n\n" + t.question(e, pending), true
}
