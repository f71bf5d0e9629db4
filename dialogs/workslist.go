package dialogs

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"contestbot"
)

// s10-k (rp130 sanbu_zuopin): a numbered list of works in one message
// ("我们学校报三个片子\n1.田埂上的党课 2分48秒 实景拍摄\n2.…\n3.…") stored the
// first title with the third's duration and dropped the others. A list
// whose every item is a work (a title with its running time or category)
// fills the work at hand from the first item only; the other items are
// kept in the state (NextWork, then LaterWorks) and fill the next works
// when the user says 再报一个 (takeNextWork).

// workItem splits one list item into a work's title and the rest of its
// values ("田埂上的党课 2分48秒 实景拍摄" → 田埂上的党课, "2分48秒，实景拍摄").
// ok is false when the item is no work: no running time or category, no
// title left, or a labelled value ("推荐单位：…").
func workItem(season *contestbot.Season, item string) (title, rest string, ok bool) {
	if extract(item).labelled {
		return "", "", false
	}
	var vals []string
	var words []string
	for _, w := range strings.FieldsFunc(item, func(r rune) bool { return strings.ContainsRune(" \t，,、；;", r) }) {
		if _, err := contestbot.ParseDuration(w); err == nil && durationTitle(w) {
			vals = append(vals, w)
			continue
		}
		if _, ok := categoryExact(season, w); ok {
			vals = append(vals, w)
			continue
		}
		if _, ok := season.ParseCategory(w); ok && len([]rune(w)) <= 4 {
			vals = append(vals, w)
			continue
		}
		words = append(words, w)
	}
	title = contestbot.NormalizeTitle(strings.Join(words, " "))
	if len(vals) == 0 || len(words) != 1 || len([]rune(title)) < 2 || durationTitle(title) {
		return "", "", false
	}
	return title, strings.Join(vals, "，"), true
}

// worksList reads s as a numbered list of works. It returns the first
// work as labelled values for the draft and keeps the others for the next
// works; ok is false (and nothing is kept) when s is no such list.
func (t *turn) worksList(e *contestbot.Entry, s string) (first, note string, ok bool) {
	head, items, isList := numberedItems(s)
	if !isList || len(items) < 2 || isQuestion(s) {
		return s, "", false
	}
	var works []string
	var titles []string
	for _, it := range items {
		title, rest, ok := workItem(t.c.season, it)
		if !ok {
			return s, "", false
		}
		works = append(works, "片名："+title+"，"+rest)
		titles = append(titles, "《"+title+"》")
	}
	if e.Title != "" && e.Title != contestbot.NormalizeTitle(strings.SplitN(strings.TrimPrefix(works[0], "片名："), "，", 2)[0]) {
		return s, "", false // the work at hand has another title: not its list
	}
	t.st.NextWork = strings.Trim(works[1]+"，"+t.st.NextWork, "，")
	t.st.LaterWorks = append(append([]string(nil), works[2:]...), t.st.LaterWorks...)
	n := len(items) - 1
	count := strconv.Itoa(n)
	if n == 2 {
		count = "两"
	}
	note = "另外" + count + "个作品（" + strings.Join(titles[1:], "") + "）我先记着，这个报完发“再报一个”接着报。"
	first = works[0]
	if h := strings.TrimSpace(head); h != "" && extract(h).labelled {
		first = h + "\n" + first
	}
	return first, note, true
}

// reEveryWork is a count of works said with 都 ("三个片子联系人都是我",
// "监制都是王建国" after "三个都是", "每个作品的监制都是…"): the value is for
// every work of the list.
var reEveryWork = regexp.MustCompile(`(?:[两三四五六七八九2-9]|几|每一?|所有|全部)(?:个|部)(?:片子|作品|视频|片儿)?(?:的)?`)

// heldForEveryWork keeps the clauses of s that give a role or the contact
// for every work ("三个片子…监制都是王建国"), without the count, so each
// later work starts with them (takeNextWork). s itself is not changed: the
// work at hand reads it as usual.
func (t *turn) heldForEveryWork(s string) {
	for _, v := range everyWorkClauses(s) {
		if !slices.Contains(t.st.EveryWork, v) {
			t.st.EveryWork = append(t.st.EveryWork, v)
		}
	}
}

// everyWorkClauses are the clauses of s that give a role for every work,
// without the count (see heldForEveryWork).
func everyWorkClauses(s string) []string {
	var out []string
	every := false // a count said before: "三个片子联系人都是我，监制都是王建国"
	for _, cl := range splitClauses(s) {
		cl = strings.Trim(cl, "，,。；;！! ")
		v := cl
		if loc := reEveryWork.FindStringIndex(cl); loc != nil && strings.Contains(cl[loc[1]:], "都") {
			every, v = true, strings.TrimSpace(cl[:loc[0]]+cl[loc[1]:])
		} else if !every || !strings.Contains(cl, "都") {
			continue
		}
		if isQuestion(cl) {
			continue
		}
		ex := extract(rewritePersonRole(v))
		if !ex.labelled {
			continue
		}
		role := false
		for _, x := range ex.values {
			role = role || x.slot.isRole()
		}
		if role {
			out = append(out, v)
		}
	}
	return out
}
