package dialogs

import (
	"regexp"

	"contestbot"
)

// "我不是确认了吗", "已经提交了吧？", "报上了没有" (s5-g2, rp51): asking whether
// the entry went through. statusCheck (afterconfirm.go, s5-g6) answers it
// from the record; this reader widens what it hears.

// reAskSubmitted asks whether the entry was confirmed or submitted.
var reAskSubmitted = regexp.MustCompile(`(?:不是|不是已经|已经|刚才|刚刚|刚|都)?(?:确认|提交|报上|报好|报完|报名成功|交上|交了)(?:过|了|上)?(?:吗|嘛|么|没有|没|吧|了吧|了没|了没有)|(?:确认|提交)(?:成功|好)?了?(?:没有|吗|嘛|么)|是不是(?:已经)?(?:确认|提交|报上|报好)`)

// asksSubmitted reports whether s only asks whether the entry went through.
func asksSubmitted(s string) bool {
	c := compact(s)
	if contestbot.RuneLen(c) > 20 || !reAskSubmitted.MatchString(c) {
		return false
	}
	// "确认之前…吗", "怎么提交": another question.
	return !containsAny(c, "之前", "怎么", "如何", "哪", "什么", "啥", "能不能", "可以", "还能", "改")
}
