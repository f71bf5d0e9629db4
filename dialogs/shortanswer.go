package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file reads short answers to the pending question in the user's own
// words: a menu number with talk around it ("那就1吧", "选2", "2，动画的"), and
// the combined eligibility question answered by item numbers ("123都是",
// "前三个都是", "1到3都符合，第4个不是").

// reNumPick is a clause that picks one numbered option.
var reNumPick = regexp.MustCompile(`^(?:那就|那|就|嗯+|好|好的|行|我们|我|俺|应该|还是|选的是|选择|选|是|算|属于|勾选|勾)*(?:第)?([1-9]|[一二三四五六七八九])` +
	`(?:个|项|号|类|种|条)?(?:吧|呗|哈|啊|呀|的|了|就行|就可以|即可|嘛)*$`)

// pickNumber reads the option number the first clause of s picks and the
// rest of s; ok is false when the first clause is not a pick.
func pickNumber(s string) (n int, rest string, ok bool) {
	cls := splitClauses(s)
	if len(cls) == 0 {
		return 0, "", false
	}
	head, more := cls[0], joinClauses(cls[1:])
	m := reNumPick.FindStringSubmatch(bareNoSymbols(head))
	if h, tail, cut := strings.Cut(strings.TrimSpace(head), " "); m == nil && cut {
		head, more = h, strings.TrimSpace(tail+" "+more) // "2 动画"
		m = reNumPick.FindStringSubmatch(bareNoSymbols(head))
	}
	if m == nil {
		return 0, "", false
	}
	n = atoiCN(m[1])
	return n, bareNoSymbols(more), n > 0
}

// pickCategory reads a category answer given by its number with talk
// around it: "那就1吧", "选2", "2，动画的". What follows the number may only
// restate the same category.
func pickCategory(season *contestbot.Season, raw string) (string, bool) {
	n, rest, ok := pickNumber(raw)
	if !ok || n > len(season.Categories) {
		return "", false
	}
	cat := season.Categories[n-1]
	if rest != "" {
		said, ok := season.ParseCategory(strings.TrimSuffix(rest, "的"))
		if !ok || said != cat {
			return "", false
		}
	}
	return cat, true
}

var (
	reDigitsRef = `[1-9一二三四五六七八九]`
	// reItemsYes / reItemsNo: numbered items of the combined question said to
	// hold or not: "123都是", "前三个都是", "1到3都符合", "第4个不是".
	reItems   = regexp.MustCompile(`^(?:那|就|嗯+|好的?|其中)?(?:前(` + reDigitsRef + `|两)(?:个|条|项|点)?|第?(` + reDigitsRef + `)(?:到|至|-|~)第?(` + reDigitsRef + `)(?:个|条|项|点)?|((?:第?` + reDigitsRef + `(?:个|条|项|点)?[、和跟与及]?)+))`)
	reItemYes = regexp.MustCompile(`^(?:也|都|全|全部|全都)?(?:是|是的|对|对的|符合|没问题|没错|正确|可以|属实|ok|满足|行)(?:的|了|吧|啊)?$`)
	reItemNo  = regexp.MustCompile(`^(?:都|全)?(?:不是|不对|不符合|不满足|不行|有问题|没有|不)(?:的|了|吧|啊)?$`)
)

// itemsSaid reads one clause naming items by number: the items (1-based)
// and whether they hold. ok is false for any other clause.
func itemsSaid(cl string, count int) (items []int, yes bool, ok bool) {
	c := bareNoSymbols(cl)
	m := reItems.FindStringSubmatchIndex(c)
	if m == nil {
		return nil, false, false
	}
	tail := c[m[1]:]
	switch {
	case reItemYes.MatchString(tail):
		yes = true
	case reItemNo.MatchString(tail):
		yes = false
	default:
		return nil, false, false
	}
	num := func(s string) int {
		if s == "两" {
			return 2
		}
		return atoiCN(s)
	}
	switch {
	case m[2] >= 0:
		for i := 1; i <= num(c[m[2]:m[3]]); i++ {
			items = append(items, i)
		}
	case m[4] >= 0:
		for i := num(c[m[4]:m[5]]); i <= num(c[m[6]:m[7]]); i++ {
			items = append(items, i)
		}
	default:
		for _, r := range c[m[8]:m[9]] {
			if n := num(string(r)); n > 0 {
				items = append(items, n)
			}
		}
		if countsAll(c[m[8]:], c[m[8]:m[9]], tail, items, count) { // s6-a eligibility.go: "四条都符合"
			items = items[:0]
			for i := 1; i <= count; i++ {
				items = append(items, i)
			}
		}
	}
	for _, n := range items {
		if n < 1 || n > count {
			return nil, false, false
		}
	}
	return items, yes, len(items) > 0
}

// numberedEligibility answers the combined eligibility question from item
// numbers, with plain statements beside them ("123都是，第4个用了AI配音").
// ok is false unless some clause names items and every other clause is a
// statement the eligibility reader knows or chatter.
func (t *turn) numberedEligibility(e *contestbot.Entry, s string, open []slot) (string, bool) {
	p := t.period()
	type fact struct {
		f contestbot.Field
		v bool
	}
	var facts []fact
	numbered := false
	var cls []string
	for _, cl := range splitClauses(dialectNegation(s)) {
		cls = append(cls, strings.Fields(cl)...) // "123都是 4不是"
	}
	if pts, ok := pointAnswers(s, open, p); ok {
		// "1. 是，学院组织拍的\n2. 是，今年5月拍完的\n3. 没发过" (paste.go)
		for _, pt := range pts {
			facts = append(facts, fact{pt.f, pt.v})
		}
		numbered, cls = true, nil
	}
	for _, cl := range cls {
		if items, yes, ok := itemsSaid(cl, len(open)); ok {
			numbered = true
			for _, n := range items {
				x := open[n-1]
				v := yes
				if x.field() == contestbot.FieldAIUsed {
					v = !yes // the item says no AI was used
				}
				facts = append(facts, fact{x.field(), v})
			}
			continue
		}
		if isChatter(compact(cl)) || reSaidBefore.MatchString(compact(cl)) {
			continue
		}
		if reLabelledSaid.MatchString(compact(cl)) {
			facts = append(facts, fact{contestbot.FieldAILabelled, true}) // "片尾标了"
			continue
		}
		if aiLabelClause(cl) { // s12-e ailabel.go: "片子里标了AI生成" is used and labelled
			facts = append(facts, fact{contestbot.FieldAIUsed, true}, fact{contestbot.FieldAILabelled, true})
			continue
		}
		if f, v, ok := eligibilityClause(cl, p); ok {
			facts = append(facts, fact{f, v})
			continue
		}
		return "", false
	}
	if !numbered {
		return "", false
	}
	r := &fillResult{}
	for _, x := range facts {
		if r.has(slot(x.f)) {
			continue // the first statement of a fact wins
		}
		setBool(e, x.f, x.v)
		r.add(slot(x.f))
	}
	t.touch(e)
	labelImpliesUse(t.c.season, e, r) // s7-j partposted.go
	durationBesideFacts(e, s, r)      // s7-j declaredtime.go
	head := ack(t.c.season, e, r)
	if n := partPostedNote(t.c.season, e, s); n != "" { // s7-j
		head += "\n" + n
	}
	if ok, reason := e.Eligible(t.c.season); !ok {
		if out, ok := t.individualAskedBack(e, head); ok { // s10-j eligibilitywords.go: asked once before blocking
			return out, true
		}
		t.st.Pending = ineligibleField(e)
		return strings.TrimSpace(head + "\n\n" + refusal(t.c.season, e, reason)), true
	}
	t.st.Pending = t.next(e)
	return strings.TrimSpace(head + "\n\n" + t.question(e, t.st.Pending)), true
}

var (
	// reSaidBefore is "I said so already": "刚说了", "说过了".
	reSaidBefore = regexp.MustCompile(`^(?:刚|刚才|之前|前面|上面)?(?:都|也)?(?:说了|说过了?|讲了|讲过了?|发了|发过了?)(?:啊|呀|嘛|的)?$`)
	// reLabelledSaid says the AI content is labelled: "片尾标了", "已标注".
	reLabelledSaid = regexp.MustCompile(`^(?:片尾|片头|字幕|视频里|画面上)?(?:字幕)?(?:也|都|已经?)?(?:标了|标注了|标注过|有标注|标上了|已标注|打了标|注明了)(?:的|啊)?$`)
)

// pickWithRest reads a category number followed by other values at the
// category step ("那就1吧 ai配音我们片尾字幕标注了的"): the pick is taken, then the
// rest is read as usual.
func (t *turn) pickWithRest(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if pending != slot(contestbot.FieldCategory) || t.nested {
		return "", false
	}
	n, _, ok := pickNumber(s)
	if !ok || n > len(t.c.season.Categories) {
		return "", false
	}
	// The rest as typed, not compacted.
	cls := splitClauses(s)
	head, rest := cls[0], joinClauses(cls[1:])
	if reNumPick.FindStringSubmatch(bareNoSymbols(head)) == nil {
		h, tail, _ := strings.Cut(strings.TrimSpace(head), " ")
		head, rest = h, strings.TrimSpace(tail+" "+rest)
	}
	_ = head
	if strings.TrimSpace(rest) == "" {
		return "", false
	}
	if _, ok := pickCategory(t.c.season, s); ok {
		return "", false // "2，动画的": the rest restates the pick
	}
	if said, ok := categoryExact(t.c.season, compact(rest)); ok && said != t.c.season.Categories[n-1] {
		return "", false // the rest names another category: read as usual
	}
	r := &fillResult{}
	t.set(e, pending, t.c.season.Categories[n-1], r)
	if !r.has(pending) {
		return "", false
	}
	// The rest: only values that name themselves; nothing is taken as
	// the answer to a question not asked yet.
	r2 := t.fill(e, rest, "")
	for _, x := range r2.set {
		r.add(x)
	}
	t.touch(e)
	t.st.Pending = t.next(e)
	parts := []string{ack(t.c.season, e, r)}
	parts = append(parts, r2.errs...)
	return strings.TrimSpace(strings.Join(parts, "\n") + "\n\n" + t.question(e, t.st.Pending)), true
}
