package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// "我不是确认了吗", "已经提交了吧？", "报上了没有" (s5-g2, rp51): asking whether
// the entry went through is answered from the record: submitted (with its
// 序号 and what is still due), or still a draft and what it lacks. Never
// "回答不了".

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

// submittedStatus answers asksSubmitted from the user's latest entry.
func (t *turn) submittedStatus() (string, bool) {
	if len(t.entries) == 0 {
		return "", false
	}
	e := t.entries[len(t.entries)-1]
	switch e.Status {
	case contestbot.StatusComplete:
		return fmt.Sprintf("是的，《%s》已经确认提交，报名成功（序号%d）。", e.DisplayTitle(), e.Seq), true
	case contestbot.StatusDraft:
		var labels []string
		for _, f := range e.Missing(t.c.season) {
			labels = append(labels, f.Label())
		}
		if len(labels) == 0 {
			return fmt.Sprintf("《%s》还没有提交：报名信息都填好了，回复“继续报名”看一遍，核对无误回复“确认”就提交了。", e.DisplayTitle()), true
		}
		return fmt.Sprintf("《%s》还没有提交，还差：%s。回复“继续报名”接着填。", e.DisplayTitle(), strings.Join(labels, "、")), true
	}
	return "", false
}
