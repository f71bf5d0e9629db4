package dialogs

import (
	"regexp"
	"sort"
	"strings"

	"contestbot"
)

// s9-j: a category chosen in a clause of its own, at any point (round 24:
// rp117 p117a "行吧 那我先报上 按实景拍摄报 …" opened the form and asked the
// 分类 again after the 时长; rp115 p115a "其他都跟上一个一样 就是片名、时长、
// 简介和摄影不一样。这个是视频切片的，…" copied the first work's 实景拍摄).
//
// A clause chooses a category when it is one of the season's category words
// (or their everyday words) with only a choosing frame around it: "按实景拍摄报",
// "报动画制作类", "选视频切片", "这个是视频切片的", "算AI生成的吧". A bare word
// is no choice outside the 分类 step (it could be a title or a remark), and
// a denial or a question ("不是实景拍摄", "按实景拍摄报吗") is none.

var (
	reChooseLead = `^(?:那|就|那就|我们|俺们|咱们|先)*(?:按照|按|报|选|选择|填|勾|勾选|算|归|归到|这个是|这个算|这个报|这部是|这个片子是|这个作品是|片子是|作品是|分类是|分类选|分类按|分类：|分类:|分类)?`
	reChooseTail = `(?:类|类别|这类|那类|这一类)?(?:的)?(?:报|来报|报名|报送|填|选|勾|算)?(?:的)?(?:吧|哈|呀|啊|嘞|哩)?$`
)

var (
	reChooseLeadAll = regexp.MustCompile(reChooseLead + `$`)
	reChooseTailAll = regexp.MustCompile(`^` + reChooseTail)
)

// chosenCategory returns the category the clause cl chooses, or "".
func chosenCategory(season *contestbot.Season, cl string) string {
	c := strings.ToLower(contestbot.NormalizeWidth(compact(cl)))
	c = strings.Trim(c, "，,。.！!~～")
	if c == "" || isQuestion(cl) || reMakeNeg.MatchString(c) && !strings.HasPrefix(c, "按") {
		return ""
	}
	for _, w := range seasonCatWords(season) {
		i := strings.Index(c, w.w)
		if i < 0 {
			continue
		}
		head, tail := c[:i], c[i+len(w.w):]
		if !reChooseLeadAll.MatchString(head) || !reChooseTailAll.MatchString(tail) {
			return ""
		}
		if head == "" && !strings.ContainsAny(tail, "报类选填勾算") {
			return "" // a bare word: no frame says it is the choice
		}
		return w.cat
	}
	return ""
}

// seasonCatWord is one word for a category, lower-case, width-normalised.
type seasonCatWord struct{ w, cat string }

// seasonCatWords lists the season's category names and everyday words,
// longest first, so "视频切片" is read before "视频".
func seasonCatWords(season *contestbot.Season) []seasonCatWord {
	var words []seasonCatWord
	for _, cat := range season.Categories {
		for _, w := range append([]string{cat}, season.CategoryWords[cat]...) {
			if w = strings.ToLower(contestbot.NormalizeWidth(w)); w != "" {
				words = append(words, seasonCatWord{w, cat})
			}
		}
	}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i].w) > len(words[j].w) })
	return words
}

// withChosenCategory rewrites a clause of s that chooses a category as
// "分类：X", so the form reads it like a labelled value; s unchanged when
// none does or s labels its 分类 already.
func withChosenCategory(season *contestbot.Season, s string) string {
	if strings.Contains(s, "分类：") || strings.Contains(s, "分类:") {
		return s
	}
	cls := splitClauses(s)
	done := false
	for i, cl := range cls {
		if cat := chosenCategory(season, cl); cat != "" && !done {
			cls[i] = "分类：" + cat
			done = true
		}
	}
	if !done {
		return s
	}
	return joinClauses(cls)
}

// chosenIn returns the category some clause of s chooses, or "".
func chosenIn(season *contestbot.Season, s string) string {
	for _, cl := range splitClauses(s) {
		if cat := chosenCategory(season, cl); cat != "" {
			return cat
		}
	}
	return ""
}

// categoryChosenFirst is withChosenCategory for a work with no 分类 yet;
// a change of the 分类 ("我们这个算其他吧，改成其他", "还是实景拍摄") is read by
// the form's own change readers.
func (t *turn) categoryChosenFirst(e *contestbot.Entry, s string) string {
	if e == nil || e.Category != "" || containsAny(s, "分类", "改", "不对", "还是", "换") {
		return s
	}
	return withChosenCategory(t.c.season, s)
}
