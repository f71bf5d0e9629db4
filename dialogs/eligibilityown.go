package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-j: the eligibility answered in own words (round 24: rp114 p114b "都是的～
// 对了片子最后是发哪个邮箱呀📮" answered the question and asked the
// eligibility again; rp117 p117b "是的是的 今年三月到六月做的 哪都没发过 也没用AI
// …" stored two facts and asked the other two again).
//
//   - A yes said twice ("是的是的", "对对对", "嗯嗯 是的") is the same yes as
//     one "是": it agrees to the items the rest of the message leaves open.
//   - "今年三月到六月做的", "今年四五月份拍的": months after 今年 still say
//     when it was made (reMonthsSpan in reMadeNow).
//   - An agreement, then a question after a tilde or a space ("都是的～ 对了…
//     发哪个邮箱"): the agreement is stored and the question answered, as
//     "是 另外问一下原件寄到哪" already is. This is the eligibility step only;
//     at the summary a message with a question is never consent
//     (answerThenAsk refuses the copyright step).

// reMonthsSpan is months said after a year: "三月到六月", "四五月份", "3-6月".
const reMonthsSpan = `(?:(?:[一二三四五六七八九十〇\d]{1,3}|年初|年底|上半年|下半年)(?:月份|月|份)?(?:到|至|-|—|~|～)?)*(?:(?:的时候|那会儿|那会|期间|间)?)`

// reYesTwice is one yes said again and again.
var reYesTwice = regexp.MustCompile(`^(?:(?:是的|是滴|是哒|是|对的|对滴|对|嗯嗯|嗯|中|没错|符合)[呀啊哈呢]?){2,}$`)

// repeatedYes reports whether cl is a yes said more than once: "是的是的".
func repeatedYes(cl string) bool {
	return reYesTwice.MatchString(answerWords(cl))
}

// reAgreeBreak is where an agreement typed ahead of a question ends.
var reAgreeBreak = regexp.MustCompile(`[～~\s]+`)

// agreeThenAsk splits "都是的～ 对了片子最后是发哪个邮箱呀" into the agreement and
// the question; both are "" unless s is exactly that.
func agreeThenAsk(s string) (agree, q string) {
	s = strings.TrimSpace(s)
	if a, q := agreeClausesThenAsk(s); a != "" {
		return a, q
	}
	loc := reAgreeBreak.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return "", ""
	}
	head, rest := strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[1]:])
	if rest == "" || !(isYes(head) || restAgree(head)) || isQuestion(head) {
		return "", ""
	}
	if !isQuestion(rest) && !askedYesNo(rest) {
		return "", ""
	}
	return head, rest
}

// eligibilityAgreeAsk stores an agreement typed ahead of a question at the
// eligibility step and answers the question.
func (t *turn) eligibilityAgreeAsk(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.eligibility() || asksWhetherCounts(s) {
		return "", false // e1 factask.go: "…这算发表吗" tells its case, it agrees to nothing
	}
	v, q := agreeThenAsk(s)
	if v == "" {
		return "", false
	}
	a := t.talkAnswer(q, pending)
	if a == "" {
		return "", false
	}
	return a + "\n\n" + t.formRest(e, v), true
}

// agreeClausesThenAsk splits "都符合。另外问下视频是剪映导出的1080p，有格式要求吗"
// (s10-j, rp129) at the clause where the agreement ends: every clause before
// it agrees, with no negation, and what follows asks.
func agreeClausesThenAsk(s string) (agree, q string) {
	cls := splitClauses(s)
	n := 0
	for n < len(cls) && (isYes(cls[n]) && contestbot.RuneLen(answerWords(cls[n])) <= 3 || repeatedYes(cls[n]) || restAgree(cls[n])) && !isQuestion(cls[n]) && !strings.ContainsAny(answerWords(cls[n]), "没不未") {
		n++
	}
	if n == 0 || n == len(cls) {
		return "", ""
	}
	rest := joinClauses(cls[n:])
	if !isQuestion(rest) && !askedYesNo(rest) {
		return "", ""
	}
	return joinClauses(cls[:n]), rest
}
