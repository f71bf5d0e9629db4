package dialogs

import (
	"regexp"
	"strings"
)

// s8-l (issue #10, round 21, rp102 p102b): "啥呀 乱了 取消吧 我重新报" and
// "不报这个了 重新来" cancel the form (with the usual confirmation); they
// were answered "这个问题我回答不了".

// reCancelClause is one clause that cancels: a cancel word with a particle
// or "this one".
var reCancelClause = regexp.MustCompile(`^(?:那|还是|算了)?(?:取消|放弃|作废|撤销|不报这个|这个不报|这个不要|不要这个|不填这个|这个不填)(?:报名|这个|这条)?(?:了)?(?:吧|啊|哈|呀)?$`)

// reRestartClause wishes to start over: "我重新报", "重新来", "从头来".
var reRestartClause = regexp.MustCompile(`^(?:我|我们|俺)?(?:再)?(?:重新|从头|重)(?:报|来|填|弄|开始|报名|写)?(?:一遍|一次|一下)?(?:吧|啊|哈)?$`)

// reMessClause says the form went wrong: "啥呀", "乱了", "搞错了".
var reMessClause = regexp.MustCompile(`^(?:啥呀|啥啊|什么呀|乱了|搞乱了|全乱了|乱套了|弄乱了|错了|搞错了|弄错了|不对|哎呀|唉|算了)$`)

// cancelOwnWords reports whether s cancels in the user's own words: one
// clause cancels and every other one wishes to restart, says the form went
// wrong, or is chatter.
func cancelOwnWords(s string) bool {
	cancel := false
	for _, cl := range splitClauses(s) {
		c := strings.Trim(compact(cl), "，,。.！!~～")
		switch {
		case c == "":
		case reCancelClause.MatchString(c) || oneOf(c, cancelWords...):
			cancel = true
		case reRestartClause.MatchString(c) || reMessClause.MatchString(c) || isChatter(c):
		default:
			return false
		}
	}
	return cancel
}
