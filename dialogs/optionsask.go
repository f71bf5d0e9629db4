package dialogs

import (
	"regexp"
	"strings"
	"unicode"

	"contestbot"
)

// s9-k (issue 12, rp118 q52): "我们用剪映做的动画算动画制作还是AI生成呀🤔"
// said at any step of the form asks which of two categories a work is. It
// is answered from the notice, and nothing is recorded: not 使用了AI, not
// the pending field. The category prompt keeps its own reply
// (choiceQuestion).

// reOptionVerb ends the description before the first option: "…动画算动画制作",
// "…应该选实景拍摄".
var reOptionVerb = regexp.MustCompile(`.*(?:算是|算|选|属于|归于|归|当作|当成|是)`)

// optionSide trims a clause down to the option it names: the words after
// the last verb that introduces it, without the particles and emoji
// ("AI生成呀🤔") that end a spoken question.
func optionSide(w string, left bool) string {
	if left {
		w = reOptionVerb.ReplaceAllString(w, "")
	}
	return strings.TrimRightFunc(w, func(r rune) bool {
		return !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) || strings.ContainsRune("的吧呢啊呀嘛哈么", r)
	})
}

// asksTwoCategories reports whether s asks which of two different named
// categories a work is: two options joined by 还是/或者, each side a
// category by name or everyday word.
func asksTwoCategories(season *contestbot.Season, s string) bool {
	c := compact(s)
	loc := reOptionsJoin.FindStringIndex(c)
	if loc == nil {
		return false
	}
	left := reClauseBreak.Split(c[:loc[0]], -1)
	right := reClauseBreak.Split(c[loc[1]:], -1)
	a, okA := categoryNamedIn(season, optionSide(left[len(left)-1], true))
	b, okB := categoryNamedIn(season, optionSide(right[0], false))
	return okA && okB && a != b
}

// optionsAskInForm answers, at a step other than the category, a question
// about which of two categories fits; the pending question follows.
func (t *turn) optionsAskInForm(s string) (string, bool) {
	if t.nested || t.st.Pending == slot(contestbot.FieldCategory) || !asksTwoCategories(t.c.season, s) {
		return "", false
	}
	if a := t.ask(s, true); a != "" {
		return t.withPending(a), true
	}
	return "", false
}
