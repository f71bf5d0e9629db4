package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
	"contestbot/knowledge"
)

// s8-j (round 20, rp94 p94a): at the 分类 step "等一下 先問一下 影片裡面有一小段空拍是
// 用無人機拍的 然後片頭字幕想放學校logo 這樣可以嗎" got "对，已记下 分类：实景拍摄":
// the question's context was read as the answer, and the question was lost.
// A message that opens by announcing a question ("先问一下", "请问") and asks
// one, with no label in it, is a question: it is answered and the pending
// question asked again; nothing is stored.

// announcedQuestion answers such a message in a form.
func (t *turn) announcedQuestion(e *contestbot.Entry, s string) (string, bool) {
	pending := t.st.Pending
	if e == nil || t.nested || pending == "" || pending.freeText() || pending.yesNo() || pending.eligibility() || t.atSummary(pending) || !isQuestion(s) || extract(s).labelled {
		return "", false
	}
	cls := splitClauses(s)
	if len(cls) < 2 {
		return "", false
	}
	announced := false
	for i, cl := range cls[:2] {
		c := strings.TrimLeft(knowledge.FoldTraditional(strings.TrimSpace(cl)), "那我先")
		if loc := reAskStart.FindStringIndex(c); loc != nil && loc[0] == 0 {
			announced = true
			break
		}
		if i == 0 && !isChatter(compact(cl)) && !rePauseClause.MatchString(compact(cl)) {
			return "", false // "2分18 对了问下 …": a value first, read with the question (bothacts.go)
		}
	}
	if !announced {
		return "", false
	}
	a := t.talkAnswer(s, pending)
	if a == "" {
		return "", false
	}
	return t.withPending(a), true
}

// rePauseClause asks the bot to wait a moment: "等一下", "稍等", "等等".
var rePauseClause = regexp.MustCompile(`^(?:那个|嗯+|哦+|啊)?(?:等一下|等下|等等|稍等|等会|等一等|慢着|先等等?)(?:啊|哈|哦|呀)?$`)
