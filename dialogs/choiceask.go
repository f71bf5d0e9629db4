package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
	"contestbot/knowledge"
)

// reOptionsJoin joins two options in a question: "选AI生成还是动画制作",
// "实拍或者动画".
var reOptionsJoin = regexp.MustCompile(`还是|或者|或是|要么`)

// reWhichOption asks which option a work is, or how two differ: "算哪类",
// "选哪个", "有啥区别". A bare number or name never holds one.
var reWhichOption = regexp.MustCompile(`哪类|哪一类|哪个类|哪种|哪一种|什么类|啥类|算哪|归哪|选哪|勾哪|怎么选|咋选|怎么分|区别|不一样`)

// reClauseBreak splits a message into clauses.
var reClauseBreak = regexp.MustCompile(`[，,。.！!；;\s]+`)

// asksBetweenOptions reports whether s, said at the category prompt, is a
// question about the options rather than a choice: it names two different
// categories joined by 还是/或者 ("AI做的片子分类选AI生成还是动画制作"), or asks
// which one or how they differ ("实拍加动画算哪类", "AI生成和动画制作有啥
// 区别"). "选AI生成吧", "3", "动画" choose.
func asksBetweenOptions(season *contestbot.Season, s string) bool {
	c := compact(s)
	if reWhichOption.MatchString(c) {
		return true
	}
	loc := reOptionsJoin.FindStringIndex(c)
	if loc == nil {
		return false
	}
	left := reClauseBreak.Split(c[:loc[0]], -1)
	right := reClauseBreak.Split(c[loc[1]:], -1)
	a, okA := categoryNamedIn(season, left[len(left)-1])
	b, okB := categoryNamedIn(season, right[0])
	return okA && okB && a != b
}

// categoryNamedIn is the category a clause side names, by name or number
// ("选AI生成" → AI生成, "2" → 动画制作).
func categoryNamedIn(season *contestbot.Season, w string) (string, bool) {
	w = strings.Trim(w, "的吧呢啊呀?")
	if w == "" {
		return "", false
	}
	if c, ok := season.ParseCategory(w); ok {
		return c, true
	}
	if c := categoryWord(season, w); c != "" {
		return c, true
	}
	return "", false
}

// choiceQuestion answers a question asked at the category prompt that
// names two options or asks which one (rp24 F10: "分类选AI生成还是动画制作"
// was stored as AI生成 and called unreadable at once): the notice's answer
// about the categories, or what the field means; the prompt stays pending
// and nothing is stored.
func (t *turn) choiceQuestion(s string, pending slot) (string, bool) {
	if pending != slot(contestbot.FieldCategory) || !asksBetweenOptions(t.c.season, s) {
		return "", false
	}
	if t.c.deps.Knowledge != nil {
		switch a := t.answer(s); a.Kind {
		case knowledge.KindFact, knowledge.KindNotInNotice, knowledge.KindSection:
			return strings.TrimSpace(a.Text), true
		}
	}
	return meaning(pending), true
}

// reCope asks how to cope ("咋办", "怎么弄"), which reEditHow also reads.
var reCope = regexp.MustCompile(`(?:咋|怎么|如何|怎样)(?:弄|办)`)

// onlyHowToCope reports whether c (compact) asks how to cope without any
// word of changing or of something typed wrong: "主创人员必须都写吗 我们没有
// 撰稿咋办" is a question about the form (rp24 F04), not an edit request;
// "片名填错了咋办" and "咋改" are edits.
func onlyHowToCope(c string) bool {
	return reCope.MatchString(c) && !strings.Contains(c, "改") && !reTypedWrong.MatchString(c)
}
