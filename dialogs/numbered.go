package dialogs

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"contestbot"
)

// s6-j (issue #10, round 14, rp64 p64b): a contact answered the form as a
// numbered list on one line, "1.河南省经济管理学校 2.红色账本 3.2分30秒 4.动画
// 5.程晓燕 6.0371-…". The list numbers were read as part of the values: "3.2分
// 30秒" became 3分42秒 (3.2 minutes and 30 seconds), the unit was stored as
// "1.河南省经济管理学校", and the title and the contact were dropped. A
// numbered list (1. 1、 1) （1） ① 一、 第一) is now read as separate values:
// the numbers go, each item is read by its content (a school, a title, a
// duration, a category word, a name, a phone), the form's order decides
// what content cannot, and the items are handed on as labelled lines, so
// that every value is stored and echoed as usual. At the 主创 step, names
// numbered without labels are the roles in the order asked.

// numberedItems cuts s into the items of a numbered list, in order, with
// the numbers taken off. The numbers must run 1, 2, 3… (so "3.2分30秒" after
// "2.…" is item 3 "2分30秒", and "2.5分钟" alone is no list); text before the
// first number is returned as head. ok is false unless there are two items
// or more, each with some content.
func numberedItems(s string) (head string, items []string, ok bool) {
	orig := []rune(strings.TrimSpace(s))
	rs := []rune(contestbot.NormalizeWidth(string(orig)))
	if len(rs) != len(orig) {
		orig = rs
	}
	var starts, ends []int // the start of each marker, and the end of it
	k := 1
	for i := 0; i < len(rs); i++ {
		if !markerBoundary(rs, i) {
			continue
		}
		if n := markerAt(rs, i, k); n > 0 {
			starts = append(starts, i)
			ends = append(ends, i+n)
			i += n - 1
			k++
		}
	}
	if len(starts) < 2 {
		return "", nil, false
	}
	// The items are cut from the text as typed: a 简介 among them keeps its
	// full-width punctuation.
	head = strings.TrimSpace(string(orig[:starts[0]]))
	for j := range starts {
		end := len(rs)
		if j+1 < len(starts) {
			end = starts[j+1]
		}
		item := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(string(orig[ends[j]:end])), "，,；; "))
		if item == "" {
			return "", nil, false
		}
		items = append(items, item)
	}
	return head, items, true
}

// markerBoundary reports whether a list number may start at i: at the
// start, after a space, a line break or punctuation (not a dot or dash of
// a number), or right after a
// Chinese character ("孙丽华2.郭文博").
func markerBoundary(rs []rune, i int) bool {
	if i == 0 {
		return true
	}
	p := rs[i-1]
	return unicode.IsSpace(p) || unicode.IsPunct(p) && !strings.ContainsRune(".．-—_/", p) || isHan(p)
}

var listDigits = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// markerAt returns the length of the marker of number k at rs[i:], or 0.
// Forms: "k." "k、" "k)" "(k)" "（k）" "①" "一、" "第一、".
func markerAt(rs []rune, i, k int) int {
	rest := string(rs[i:])
	num := fmt.Sprint(k)
	// "k." "k、" "k)": the number must not continue ("12." is no 1).
	if strings.HasPrefix(rest, num) {
		n := len([]rune(num))
		if i+n < len(rs) && strings.ContainsRune(".、)）", rs[i+n]) {
			after := i + n + 1
			if rs[i+n] == '.' && after < len(rs) && unicode.IsDigit(rs[after]) && i > 0 && isHan(rs[i-1]) {
				return 0 // "片长3.5分钟": a decimal, not item 3
			}
			if i > 0 && unicode.IsDigit(rs[i-1]) {
				return 0
			}
			return n + 1
		}
	}
	for _, open := range []string{"(", "（"} {
		for _, close := range []string{")", "）"} {
			for _, d := range []string{num, listDigit(k)} {
				if d != "" && strings.HasPrefix(rest, open+d+close) {
					return len([]rune(open + d + close))
				}
			}
		}
	}
	if k <= 20 && rs[i] == rune('①'+k-1) {
		return 1
	}
	if d := listDigit(k); d != "" {
		if strings.HasPrefix(rest, d+"、") {
			return len([]rune(d)) + 1
		}
		for _, sep := range []string{"、", "，", ",", "：", ":", " ", "是"} {
			if strings.HasPrefix(rest, "第"+d+sep) {
				return len([]rune("第" + d + sep))
			}
		}
	}
	return 0
}

func listDigit(k int) string {
	if k < len(listDigits) {
		return listDigits[k]
	}
	return ""
}

// formOrder is the order of the 报名表's plain fields.
var formOrder = []slot{
	slot(contestbot.FieldUnit), slot(contestbot.FieldTitle), slot(contestbot.FieldProducer),
	slot(contestbot.FieldContact), slot(contestbot.FieldPhone), slot(contestbot.FieldDuration),
	slot(contestbot.FieldCategory),
}

// numberedList rewrites a numbered list of values at a form step as one
// labelled line per item ("推荐单位：河南省经济管理学校\n片名：红色账本…"), or
// returns s as it is when s is no such list. A list with a question in it
// is left to the question readers; so is one at a free-text or yes/no step,
// whose readers take numbered points themselves.
func (t *turn) numberedList(e *contestbot.Entry, s string, pending slot) (string, string) {
	head, items, ok := numberedItems(s)
	if !ok || pending.freeText() || pending.yesNo() || pending.eligibility() {
		return s, ""
	}
	for _, it := range items {
		if isQuestion(it) {
			return s, ""
		}
	}
	if pending.isRole() || pending == slotCreators {
		return t.numberedRoles(head, items, pending)
	}
	labelled := 0
	for _, it := range items {
		if ex := extract(it); ex.labelled && ex.firstLabel == 0 {
			labelled++
		}
	}
	if labelled == len(items) {
		return s, "" // "1、推荐单位：…\n2、片名：…": the labels are read as usual
	}
	taken := map[slot]bool{}
	lines := make([]string, len(items))
	var open []int
	for i, it := range items {
		if ex := extract(it); ex.labelled && ex.firstLabel == 0 {
			lines[i] = it // "1.推荐单位：…": labelled already
			for _, v := range ex.values {
				taken[v.slot] = true
			}
			continue
		}
		if x := t.itemSlot(e, it, taken); x != "" {
			taken[x] = true
			lines[i] = x.label() + "：" + it
			continue
		}
		open = append(open, i)
	}
	// What content cannot tell goes to the fields still open, in the
	// form's order, the pending one first.
	order := append([]slot{pending}, formOrder...)
	for _, i := range open {
		for _, x := range order {
			if x == "" || taken[x] || !x.inForm() || hasValue(e, x) || implausible(e, x, unwrap(items[i])) != "" {
				continue
			}
			taken[x] = true
			lines[i] = x.label() + "：" + items[i]
			break
		}
		if lines[i] == "" {
			lines[i] = items[i]
		}
	}
	out := strings.Join(lines, "\n")
	if head != "" && !isFiller(head) && !greetsOnly(head) {
		out = head + "\n" + out
	}
	return out, ""
}

// inForm reports whether x is one of the plain fields formOrder lists.
func (x slot) inForm() bool { return slices.Contains(formOrder, x) }

// itemSlot reads one unlabelled item of a numbered list by its content: a
// phone, a duration, a category word, a quoted title, an organisation (the
// unit, then the producer), a person (the contact). "" when the content
// does not tell.
func (t *turn) itemSlot(e *contestbot.Entry, it string, taken map[slot]bool) slot {
	free := func(x slot) bool { return !taken[x] }
	v := unwrap(it)
	switch {
	case wholePhone(v) && free(slot(contestbot.FieldPhone)):
		return slot(contestbot.FieldPhone)
	case reTitle.MatchString(v) && free(slot(contestbot.FieldTitle)):
		return slot(contestbot.FieldTitle)
	}
	if _, ok := findDuration(v); ok && contestbot.RuneLen(v) <= 12 && free(slot(contestbot.FieldDuration)) {
		return slot(contestbot.FieldDuration)
	}
	if categoryWord(t.c.season, v) != "" && contestbot.RuneLen(v) <= 8 && free(slot(contestbot.FieldCategory)) {
		return slot(contestbot.FieldCategory)
	}
	if isOrg(v) && contestbot.RuneLen(v) >= 4 {
		for _, x := range []slot{slot(contestbot.FieldUnit), slot(contestbot.FieldProducer)} {
			if free(x) && !hasValue(e, x) {
				return x
			}
		}
	}
	if narrative(it) && e.Synopsis == "" && free(slot(contestbot.FieldSynopsis)) {
		return slot(contestbot.FieldSynopsis) // "3.讲述了退休党员会计周奶奶…的故事"
	}
	if isPerson(v) && plausiblePerson(v) && free(slot(contestbot.FieldContact)) && !hasValue(e, slot(contestbot.FieldContact)) {
		return slot(contestbot.FieldContact)
	}
	return ""
}

// numberedRoles reads names numbered without labels at the 主创 step as the
// roles in the order asked, from the pending one: five names at the first
// role are 监制, 编导, 撰稿, 摄影, 剪辑. Items with their own role label
// keep it. A count that fits no run of roles is asked about, nothing stored.
func (t *turn) numberedRoles(head string, items []string, pending slot) (string, string) {
	from := 0
	if pending.isRole() {
		from = roleIndex(pending)
	}
	labelled := 0
	for _, it := range items {
		if ex := extract(it); ex.labelled && ex.firstLabel == 0 {
			labelled++
		}
	}
	if labelled == len(items) {
		return strings.Join(items, "，"), "" // "1.监制孙丽华 2.导演郭文博 …"
	}
	if labelled > 0 {
		return strings.Join(items, "，"), ""
	}
	for _, it := range items {
		if v := unwrap(it); !contestbot.IsNone(v) && !matchesAny(v, allNoneWords) && !fitsNames(v) {
			return strings.Join(items, "，"), "" // not a list of names: read as usual
		}
	}
	if len(items) != len(roles) && len(items) != len(roles)-from {
		return "", fmt.Sprintf("收到%d项，主创人员有监制、编导、撰稿、摄影、剪辑五个角色，对不上是哪几个，先没有记录。请写明角色，例如：监制张三，编导李四，撰稿无，摄影赵六，剪辑孙七", len(items))
	}
	if len(items) == len(roles) {
		from = 0
	}
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = strings.SplitN(roleLabels[roles[from+i]], "(", 2)[0] + it
	}
	return strings.Join(parts, "，"), ""
}

// reLeadNumber is a list number before a name-like value: "1.河南省经济管理
// 学校", "（2）红色账本", "③程晓燕". "1.5公里" keeps its number.
var reLeadNumber = regexp.MustCompile(`^\s*(?:[0-9]{1,2}\s*[.．、)）]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[①-⑳])\s*(\p{Han}.*)$`)

// listNumberOff takes a list number off the front of a name-like value: a
// single numbered item ("1.河南省经济管理学校") answers the question without
// its number, which never belongs to a school, a title or a name.
func listNumberOff(v string) string {
	if m := reLeadNumber.FindStringSubmatch(v); m != nil && contestbot.RuneLen(m[1]) >= 2 {
		return strings.TrimSpace(m[1])
	}
	return v
}

// idleList starts (or resumes) a registration from a numbered list of
// values sent with no form open: "1.河南省经济管理学校 2.红色账本 3.2分30秒…".
// Every item but one must read as a value by its label or content, so
// that numbered questions or remarks never open a form.
func (t *turn) idleList(s string) (string, bool) {
	_, items, ok := numberedItems(s)
	if !ok || len(items) < 3 {
		return "", false
	}
	blank := &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}
	read := 0
	taken := map[slot]bool{}
	for _, it := range items {
		if isQuestion(it) {
			return "", false
		}
		if ex := extract(it); ex.labelled && ex.firstLabel == 0 {
			read++
		} else if x := t.itemSlot(blank, it, taken); x != "" {
			taken[x] = true
			read++
		}
	}
	if read < len(items)-1 {
		return "", false
	}
	if d := t.latestDraft(); d != nil {
		t.st.focus(modeForm, d)
		return "接着填《" + d.DisplayTitle() + "》的报名表。\n" + t.formInput(d, s), true
	}
	return t.register(s), true
}
