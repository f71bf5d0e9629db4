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
		es := t.unitGroups()[unit]
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
			n := len(t.unitGroups()[e.Unit])
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
	if last := t.byID(t.st.LastID); last != nil && len(g[last.Unit]) >= 2 {
		return last.Unit
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
	if e == nil || e.Status != contestbot.StatusComplete || len(t.unitGroups()[e.Unit]) < 2 {
		return nil
	}
	return e
}
