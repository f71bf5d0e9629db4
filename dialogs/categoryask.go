package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s8-o (issue 12, rp103 q73): "分类应该选哪个？我们是用AI做的动画" in a form
// asks which category fits; the description after it ("用AI做的动画")
// illustrates the question and is no value: it must not record 使用了AI
// nor be read as the pending field. The question is answered and nothing
// is stored. A message that names a category itself ("分类选哪个？动画制作吧")
// is left to the form, and so is one that says what the work is before
// asking ("实景拍的，…这个算哪一类").

// reCategoryAsk asks which category a work belongs to.
var reCategoryAsk = regexp.MustCompile(`(?:分类|类别|哪一?类|哪个类).{0,6}(?:选哪|选什么|选啥|填哪|填什么|填啥|勾哪|勾选哪|算哪|属于哪|归哪|应该选|该选|怎么选|咋选)|(?:选|填|勾|算|属于|归)(?:哪一?类|哪个类|什么类|啥类)`)

// categoryNames are the category values the form accepts, as typed.
var categoryNames = []string{"实景拍摄", "动画制作", "AI生成", "视频切片", "其他", "其它"}

// categoryAsk answers, in a form, which category to choose; nothing is
// stored.
func (t *turn) categoryAsk(e *contestbot.Entry, s string) (string, bool) {
	w := contestbot.NormalizeWidth(s)
	loc := reCategoryAsk.FindStringIndex(w)
	// The message opens with the question ("请问分类选哪个？…"): a
	// description said first is the answer ("实景拍的，…这个算哪一类"),
	// and "分类应该选4" chooses.
	if t.nested || loc == nil || utf8.RuneCountInString(w[:loc[0]]) > 4 ||
		!containsAny(w, "哪", "什么", "啥", "怎么", "咋", "?") || strings.ContainsAny(w, "12345") {
		return "", false
	}
	up := strings.ToUpper(w)
	for _, n := range categoryNames {
		if strings.Contains(up, strings.ToUpper(n)) && !mixedKinds(w) { // s9-d besidecategory.go: "我们是实景拍摄加了一点动画" describes
			return "", false
		}
	}
	if a := t.ask(s, true); a != "" {
		return t.withPending(a), true
	}
	return "", false
}
