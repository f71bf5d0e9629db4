package dialogs

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"contestbot"
)

// Reordering in the words people use: "顺序反过来", "第二个放前面",
// "红旗渠放第一个", "把第2个作品调到第1位", "《B》在前，《A》在后".
const cnNum = `\d+|[一二两三四五六七八九十]+`

var (
	reReverse = regexp.MustCompile(`^(?:请|帮我)?(?:把)?(?:两个|作品|它们|这两个|这两部|两部|几个|的)*(?:顺序|排序|序号)?(?:反过来|倒过来|颠倒|颠倒过来|调换|调换一下|对调|对调一下|互换|互换一下|换一下|换过来|交换|交换一下|反一下|倒一下)(?:一下)?(?:顺序|位置|序号)?(?:吧|了)?$`)
	reMoveRef = regexp.MustCompile(`^(?:请|帮我)?(?:把|将)?(?:第\s*(` + cnNum + `)\s*(?:个|部|条|号)?(?:作品|片子)?|《([^》]+)》|([^\s，,。《》]{2,30}?))(?:的)?(?:顺序|序号)?` +
		`(?:排|放|调|移|挪|提|改)(?:在|到|为|成|至)?(?:第\s*(` + cnNum + `)\s*(?:位|个|名|号)?|(前面|最前面|最前边|最前|前边|第一|首位|前|最后面|最后|后面|后边|后|末位))(?:去|吧|了|面)?$`)
	reFirstLast   = regexp.MustCompile(`^(?:请|帮我)?(?:把|将)?(?:第\s*(` + cnNum + `)\s*(?:个|部|条|号)?(?:作品|片子)?|《([^》]+)》|([^\s，,。《》]{2,30}?))(?:提前|往前放|往前排|往前调|排前面|放前面|调前面|在前|在前面|排第一|放第一|当第一个|作为第一个|作第一个)(?:吧|了)?$`)
	reTitlesOrder = regexp.MustCompile(`《[^》]+》.*(?:在前|排前|放前|第一|先|1).*《[^》]+》|先.*《[^》]+》.*(?:后|再|然后).*《[^》]+》`)
)

// reorderable reports whether the user has a unit with 2+ completed entries.
func (t *turn) reorderable() bool {
	for _, es := range t.unitGroups() {
		if len(es) >= 2 {
			return true
		}
	}
	return false
}

// reorderPhrase applies an order said in free words; ok is false when s
// says no order.
func (t *turn) reorderPhrase(s string) (string, bool) {
	w := bare(s)
	if wq := strings.TrimFunc(contestbot.NormalizeWidth(strings.TrimSpace(s)), func(r rune) bool { return strings.ContainsRune("。.!！~～ ", r) }); strings.Contains(wq, "《") {
		w = strings.ReplaceAll(strings.ReplaceAll(wq, "，", ""), ",", "")
	}
	if reReverse.MatchString(w) && containsAny(w, "顺序", "排序", "序号", "反", "倒", "颠倒", "调换", "对调", "互换", "交换", "换") {
		unit := t.orderUnit()
		es := t.unitGroup(unit)
		var nums []string
		for i := len(es); i >= 1; i-- {
			nums = append(nums, strconv.Itoa(i))
		}
		t.st.Unit = unit
		out, _ := t.reorderWith(strings.Join(nums, " "))
		return out, true
	}
	if m := reFirstLast.FindStringSubmatch(w); m != nil {
		if e := t.orderRef(m[1], m[2], m[3]); e != nil {
			return t.moveEntry(e, 1), true
		}
	}
	if m := reMoveRef.FindStringSubmatch(w); m != nil {
		if e := t.orderRef(m[1], m[2], m[3]); e != nil {
			n := len(t.unitGroup(e.Unit))
			pos := 1
			switch {
			case m[4] != "":
				pos = atoiCN(m[4])
			case containsAny(m[5], "后", "末"):
				pos = n
			}
			return t.moveEntry(e, pos), true
		}
	}
	if containsAny(bare(s), "第一", "第二", "前面", "第1", "第2", "最前", "最后", "排第", "放第") && !isQuestion(s) {
		// "AI那个第一，小岗位第二", "汇总表里把AI那个排第一，宿管那个排第二吧".
		unit := t.orderUnit()
		if nums, ok := naturalOrder(t.unitGroup(unit), s); ok {
			t.st.Unit = unit
			return t.reorderWith(nums)
		}
	}
	if titles := reTitle.FindAllStringSubmatch(s, -1); len(titles) >= 2 && reTitlesOrder.MatchString(contestbot.NormalizeWidth(s)) {
		var es []*contestbot.Entry
		for _, m := range titles {
			e := byTitle(t.rankable(), m[1])
			if e == nil || e.Status != contestbot.StatusComplete {
				return "", false
			}
			es = append(es, e)
		}
		t.st.Unit = es[0].Unit
		return t.reorderWith(s)
	}
	return "", false
}

// orderUnit is the unit a reorder without names is about: the one of the
// entry completed last when it has 2+ entries, else the first such unit.
func (t *turn) orderUnit() string {
	g := t.unitGroups()
	var units []string
	for u, es := range g {
		if len(es) >= 2 {
			units = append(units, u)
		}
	}
	slices.Sort(units)
	if len(units) == 0 {
		return ""
	}
	if last := t.byID(t.st.LastID); last != nil && len(g[last.UnitKey()]) >= 2 {
		return last.UnitKey()
	}
	return units[0]
}

// orderRef finds the completed entry a reorder names by its number in
// "我的作品" (num), a quoted title or an unquoted one.
func (t *turn) orderRef(num, quoted, plain string) *contestbot.Entry {
	var e *contestbot.Entry
	switch {
	case num != "":
		e = t.entryRef([]string{num})
	case quoted != "":
		e = byTitle(t.rankable(), quoted)
	case plain != "":
		plain = strings.TrimSuffix(strings.TrimSuffix(plain, "这个"), "那个")
		for _, x := range t.rankable() {
			if x.Title != "" && contestbot.NormalizeTitle(plain) == x.Title {
				e = x
			}
		}
	}
	if e == nil || e.Status != contestbot.StatusComplete || len(t.unitGroup(e.Unit)) < 2 {
		return nil
	}
	return e
}

var (
	// reOrdinal is a place in the order said in words: 第一, 排第2, 放前面, 最后.
	reOrdinal = regexp.MustCompile(`(?:排|放|调|是|当|作为|在|到)?(?:第\s*(` + cnNum + `)\s*(?:位|个|名|号)?|(最前面|最前|前面|前边|首位)|(最后面|最后|后面|后边|末位))`)
	// reRefNoise is what stands around a work's name in an order: 把, 那个, 的.
	reRefNoise = regexp.MustCompile(`把|将|那个|这个|那部|这部|那条|的|片子|作品|汇总表里|汇总表|里|吧|了|排|放|调|给|让|我|帮|它|领导|说`)
)

// reOrderClause cuts an order said in words into clauses.
var reOrderClause = regexp.MustCompile(`[，,。；;、\s]+|然后|再|和`)

// entryMentioned is the one entry of es whose title shares the longest run
// of two or more characters with clause c ("领导觉得AI那个做得更好" → the AI
// one), or nil.
func entryMentioned(es []*contestbot.Entry, c string) *contestbot.Entry {
	c = strings.ToLower(c)
	best, bestLen, tie := (*contestbot.Entry)(nil), 1, false
	for _, e := range es {
		rs := []rune(strings.ToLower(e.Title))
		l := 0
		for i := range rs {
			for j := i + 2; j <= len(rs); j++ {
				if strings.Contains(c, string(rs[i:j])) && j-i > l && strings.TrimSpace(string(rs[i:j])) == string(rs[i:j]) {
					l = j - i
				}
			}
		}
		switch {
		case l > bestLen:
			best, bestLen, tie = e, l, false
		case l == bestLen && l > 1:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// entryByFragment finds the one completed entry of es whose title (or, when
// no title fits, whose 简介) contains the words frag: "AI那个" → 《AI带你读懂
// 八项规定》, "宿管那个" → the one whose 简介 tells of a 宿管员.
func entryByFragment(es []*contestbot.Entry, frag string) *contestbot.Entry {
	frag = strings.TrimSpace(reRefNoise.ReplaceAllString(contestbot.NormalizeWidth(frag), ""))
	if contestbot.RuneLen(frag) < 2 {
		return nil
	}
	find := func(text func(*contestbot.Entry) string) *contestbot.Entry {
		var hit *contestbot.Entry
		for _, e := range es {
			if strings.Contains(strings.ToLower(text(e)), strings.ToLower(frag)) {
				if hit != nil {
					return nil // not unique
				}
				hit = e
			}
		}
		return hit
	}
	if e := find(func(e *contestbot.Entry) string { return e.Title }); e != nil {
		return e
	}
	return find(func(e *contestbot.Entry) string { return e.Synopsis })
}

// naturalOrder reads an order given clause by clause in free words: "AI那个
// 第一，小岗位第二", "把宿管那个排第二", "AI那个放前面". It returns the new order
// as numbers of the current one ("2 1"); ok is false when s names no place
// for any work or a work cannot be told.
func naturalOrder(es []*contestbot.Entry, s string) (string, bool) {
	n := len(es)
	place := map[int]int{} // index in es → new position (1-based)
	taken := map[int]bool{}
	var last *contestbot.Entry // the work a clause without a place named ("AI那个做得更好")
	for _, cl := range reOrderClause.Split(contestbot.NormalizeWidth(s), -1) {
		m := reOrdinal.FindStringSubmatchIndex(cl)
		if m == nil {
			if e := entryMentioned(es, cl); e != nil {
				last = e
			}
			continue
		}
		pos := 0
		switch {
		case m[2] >= 0:
			pos = atoiCN(cl[m[2]:m[3]])
		case m[4] >= 0:
			pos = 1
		case m[6] >= 0:
			pos = n
		}
		if pos < 1 || pos > n || taken[pos] {
			return "", false
		}
		rest := cl[:m[0]] + cl[m[1]:]
		e := entryByFragment(es, rest)
		if e == nil {
			e = entryMentioned(es, rest)
		}
		if e == nil && last != nil && strings.TrimSpace(reRefNoise.ReplaceAllString(strings.ReplaceAll(rest, "它", ""), "")) == "" {
			e = last // "…AI那个做得更好，把它排第一"
		}
		if e == nil {
			return "", false
		}
		i := slices.Index(es, e)
		if _, dup := place[i]; dup {
			return "", false
		}
		place[i], taken[pos] = pos, true
	}
	if len(place) == 0 {
		return "", false
	}
	order := make([]int, n+1) // position → index+1
	for i, p := range place {
		order[p] = i + 1
	}
	next := 0
	for p := 1; p <= n; p++ {
		if order[p] != 0 {
			continue
		}
		for next < n {
			if _, placed := place[next]; !placed {
				break
			}
			next++
		}
		order[p] = next + 1
		next++
	}
	var nums []string
	for p := 1; p <= n; p++ {
		nums = append(nums, strconv.Itoa(order[p]))
	}
	return strings.Join(nums, " "), true
}
