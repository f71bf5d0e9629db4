package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s11-f (round 29, rp140 liangbu_donghua): a category word under a negation
// is no category. "是，9月做完的。就是拿AE做的 没用AI生成 这个不算AI吧" at the
// eligibility step changed the 分类 of an animation to AI生成: the clause
// "这个不算AI吧" lost its "这个不" to a lead-word reader and "算AI吧" was
// then the category. What a user says a work is not (没用AI生成, 不算AI,
// 不是实拍) never sets its category; the category the user gave stays.

// reNegatedCategory is a negation with a category word after it, with at
// most a verb of being or using between them: "没用AI生成", "不算AI",
// "并不是动画", "没有用人工智能".
var reNegatedCategory = regexp.MustCompile(`(?:不|没|没有|未|并非|非|并不)(?:算|是|属于|用|用了|使用|使用了|用过|含|涉及|借助)?(ai生成|aigc|ai|人工智能|实景拍摄|实景|实拍|动画制作|动画|动漫|视频切片|切片)`)

// negatedCategory reports whether msg denies the category cat: one of the
// category's words follows a negation, and none is said plainly elsewhere
// in it. Another category said plainly beside it ("不是实景 是动画":
// 动画制作) is not denied, nor is cat said again ("不是实景 就是实拍的").
func negatedCategory(season *contestbot.Season, msg, cat string) bool {
	if season == nil || cat == "" {
		return false
	}
	c := strings.ToLower(compact(contestbot.NormalizeWidth(msg)))
	denied := false
	for _, m := range reNegatedCategory.FindAllStringSubmatch(c, -1) {
		if x, ok := season.CategoryWord(m[1]); ok && x == cat {
			denied = true
		}
	}
	if !denied {
		return false
	}
	rest := reNegatedCategory.ReplaceAllString(c, "，")
	for _, w := range append([]string{strings.ToLower(cat)}, season.CategoryWords[cat]...) {
		if strings.Contains(rest, strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// deniesCategory reports whether the message being read, as it was typed or
// as a reader rewrote it, denies cat.
func (t *turn) deniesCategory(msg, cat string) bool {
	return negatedCategory(t.c.season, msg, cat) || negatedCategory(t.c.season, t.m.Text, cat)
}
