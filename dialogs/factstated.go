package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s11-b (round 28, rp134 laodangyuan_jiaoshi): "经核，上述四项均符合：该片系
// 我院党委组织部组织拍摄，于2025年7月至8月完成，未在任何平台发表，未使用
// 人工智能。另请教一事：视频文件码率有何具体要求？" at the eligibility step
// was answered as three questions (publishing, AI, bitrate) and the facts
// were not kept. A statement is an answer: only a question mark or a
// question word makes a sentence a question. When the sentences before the
// first question state eligibility facts (or agree) and ask nothing, they
// are read as the answer and only the question is answered.

// reAskOpener opens a sentence that turns to a question: "另请教一事：",
// "另外问一下", "顺便问下".
var reAskOpener = regexp.MustCompile(`^(?:另外|另|顺便|还有|再|还想|我还想|想)?(?:请教|问一下|问下|问问|咨询|请问)(?:一事|一下|个事|一个问题|个问题)?`)

// statedFactsThenAsk splits s into the statement of facts before its first
// question and the question; both are "" when s is no such message.
func statedFactsThenAsk(s string, p period) (facts, q string) {
	if !strings.ContainsAny(s, "?？") && !isQuestion(s) {
		return "", ""
	}
	sents := splitSentences(s)
	first := -1
	for i, x := range sents {
		if strings.ContainsAny(x, "?？") || reAskOpener.MatchString(strings.TrimSpace(x)) || isQuestion(x) {
			first = i
			break
		}
	}
	if first <= 0 {
		return "", ""
	}
	stated := 0
	for _, x := range sents[:first] {
		for _, c := range splitClauses(x) {
			w := answerWords(c)
			if w == "" || isChatter(compact(c)) {
				continue
			}
			if askedYesNo(c) || containsAny(c, "吗", "么", "什么", "啥", "怎么", "如何", "是否", "能否", "可否") {
				return "", "" // a question word in a statement: asked, not told
			}
			if _, _, ok := eligibilityClause(dialectNegation(c), p); ok || restAgree(c) || isYes(c) {
				stated++
			} else if _, _, ok := eligibilityPhrase(dialectNegation(c), p); ok {
				stated++
			}
		}
	}
	if stated < 2 {
		return "", ""
	}
	return strings.TrimSpace(strings.Join(sents[:first], "")), strings.TrimSpace(strings.Join(sents[first:], ""))
}

// statedFactsAsk answers the question after stated eligibility facts and
// reads the facts as the answer at the eligibility step.
func (t *turn) statedFactsAsk(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if e == nil || !pending.eligibility() {
		return "", false
	}
	facts, q := statedFactsThenAsk(s, t.period())
	if facts == "" {
		return "", false
	}
	a := t.talkAnswer(q, pending)
	if a == "" {
		return "", false
	}
	// "上述四项均符合：该片系…": the colon after the agreement opens the
	// facts, a clause of their own.
	facts = strings.NewReplacer("：", "，", ":", "，").Replace(facts)
	return a + "\n\n" + t.formRest(e, facts), true
}
