package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s5-g4: a category read from a description of how the work was made, in
// everyday or dialect words: "拿手机到乡下实打实拍嘞 木有弄动画" → 实景拍摄.
// Each clause names a making (one of the season's words for a category, or
// a filming verb for 实景拍摄), said or denied; the one category said, with
// the others denied or unsaid, is the answer.

var (
	// reFilmVerb is filming said as a verb: "实打实拍嘞", "拿手机录的",
	// "到现场拍了几天", "摄像机拍的".
	reFilmVerb = regexp.MustCompile(`拍|录制|录的|录了|摄像|摄制|取景|跟拍|航拍`)
	// reMakeNeg is a negation before a making: 没(有)/没得/冇/未/不是/不用/
	// 无/并非/没用 (dialect 木有 is folded to 没有 first).
	reMakeNeg = regexp.MustCompile(`没有|没得|没|冇|未|不是|不用|不|无|并非|非`)
)

// makingSaid is one category a clause names, and whether it is denied.
type makingSaid struct {
	category string
	denied   bool
}

// describedCategory reads the category a description says; ok is false
// when it says none, or several.
func describedCategory(season *contestbot.Season, s string) (string, bool) {
	said := map[string]bool{}
	denied := map[string]bool{}
	for _, cl := range splitClauses(dialectNegation(s)) {
		for _, m := range makingsIn(season, cl) {
			if m.denied {
				denied[m.category] = true
			} else {
				said[m.category] = true
			}
		}
	}
	var out []string
	for c := range said {
		if !denied[c] {
			out = append(out, c)
		}
	}
	if len(out) != 1 {
		return "", false
	}
	return out[0], true
}

// makingsIn lists the makings one clause names: the season's category words
// (longest first, each place read once), and a filming verb for the first
// category (实景拍摄) when the clause names no other.
func makingsIn(season *contestbot.Season, cl string) []makingSaid {
	c := strings.ToLower(contestbot.NormalizeWidth(compact(cl)))
	words := seasonCatWords(season) // s9-j categoryearly.go: shared with chosenCategory
	var out []makingSaid
	rs := []rune(c)
	used := make([]bool, len(rs))
	for _, w := range words {
		wr := []rune(w.w)
		if len(wr) == 0 {
			continue
		}
	next:
		for i := 0; i+len(wr) <= len(rs); i++ {
			if string(rs[i:i+len(wr)]) != w.w || !asciiWordAt(rs, i, w.w) { // paste.go: "ai" inside "mail" is no category
				continue
			}
			for k := i; k < i+len(wr); k++ {
				if used[k] {
					continue next
				}
			}
			for k := i; k < i+len(wr); k++ {
				used[k] = true
			}
			out = append(out, makingSaid{w.cat, negatedBefore(string(rs[:i]))})
		}
	}
	if len(out) == 0 && len(season.Categories) > 0 {
		if loc := reFilmVerb.FindStringIndex(c); loc != nil {
			out = append(out, makingSaid{season.Categories[0], negatedBefore(c[:loc[0]])})
		}
	}
	return out
}

// negatedBefore reports whether the words just before a making deny it:
// a negation within the four characters before ("木有弄动画", "没用AI",
// "不是动画").
func negatedBefore(head string) bool {
	rs := []rune(head)
	if len(rs) > 4 {
		rs = rs[len(rs)-4:]
	}
	return reMakeNeg.MatchString(string(rs))
}

// reCategoryDecision is a category decided in words: "还是算动画", "就归到
// 其他类吧", "那就选AI生成", "按实景拍摄算" (s6-f, round 13 p59b).
var reCategoryDecision = regexp.MustCompile(`(?:还是|那就|那|就|最后|决定)?(?:算|归到|归为|归|选|当成|当作)(?:是|成|为|作)?([\p{Han}A-Za-z]{2,6}?)(?:类|的)?(?:吧|了|啊|哈)*$`)

// categoryDecision rewrites a clause deciding the category as "分类：X", so
// it applies at any step; of the other clauses only labelled values are
// kept. A question is no
// decision ("这个算动画吗"), nor a clause naming no category word.
func categoryDecision(season *contestbot.Season, s string) (string, bool) {
	if isQuestion(s) {
		return s, false
	}
	var cls []string
	for _, cl := range splitClauses(s) {
		cls = append(cls, strings.Fields(cl)...)
	}
	found := false
	for i, cl := range cls {
		body := strings.TrimRight(cl, "，,。；;！! ")
		m := reCategoryDecision.FindStringSubmatch(body)
		if m == nil || found {
			continue
		}
		if c := categoryWord(season, m[1]); c != "" && !negatedCategory(season, body, c) { // s11-f negatedcategory.go: "这个不算AI吧" decides nothing
			cls[i] = "分类：" + c
			found = true
		}
	}
	if !found {
		return s, false
	}
	// The talk around the decision ("主任说", "AI只做了部分画面") is no
	// value of the step asked: only labelled values are kept beside it.
	var keep []string
	for _, cl := range cls {
		if cl = strings.TrimRight(cl, "，,。；;！! "); strings.HasPrefix(cl, "分类：") || extract(cl).labelled {
			keep = append(keep, cl)
		}
	}
	return strings.Join(keep, "，"), true
}
