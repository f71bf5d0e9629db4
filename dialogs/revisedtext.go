package dialogs

import (
	"strings"
	"unicode"

	"contestbot"
)

// s6-a (issue #10, round 12, rp55): a shortened 摘要 sent after the bot had
// moved on to the declarations was read as a bad yes/no answer ("没看懂，请
// 回复“是”或“不是”") three times. A plain text that shares much of its
// wording with the 简介 or the 摘要 already stored is a new version of that
// text, whatever step is pending: up to 100 characters it is the 摘要 (the
// 摘要's limit), longer it is the 简介. It goes through the ordinary reading
// (validators included) as a labelled value, and the pending question is
// asked again.

// revisedMinShared is how many distinct character pairs a revision shares
// with the text it revises, at least; revisedMinRatio the share of its own
// pairs.
const (
	revisedMinShared = 6
	revisedMinRatio  = 0.3
)

// revisedText stores a new version of the 简介/摘要 sent at a step after
// them (the declarations, the summary).
func (t *turn) revisedText(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested || pending == "" || pending.freeText() || !pending.eligibility() && pending != slot(contestbot.FieldCopyright) || e.Synopsis == "" {
		return "", false
	}
	text := strings.TrimSpace(s)
	n := contestbot.RuneLen(compact(text))
	if n < 10 || strings.Contains(text, "\n") || isQuestion(text) || askedYesNo(text) || extract(text).labelled ||
		freeTextProblem(text) != "" || textTalk(text) != "" || onlyEligibility(text, t.period()) {
		return "", false
	}
	for _, cl := range splitClauses(text) {
		if _, _, ok := eligibilityClause(dialectNegation(cl), t.period()); ok || isYes(cl) || isNo(cl) || restAgree(compact(cl)) {
			return "", false // "是的，片子讲的是张守义，今年拍的": an answer with its context
		}
	}
	if !revises(text, e.Synopsis) && !revises(text, e.Summary) {
		return "", false
	}
	f := slot(contestbot.FieldSummary)
	if n > contestbot.MaxSummaryRunes {
		f = slot(contestbot.FieldSynopsis)
	}
	if p := textPtr(e, f); p != nil && strings.TrimSpace(*p) == text {
		return "", false // the same text again: no revision
	}
	out := t.formRest(e, f.label()+"："+text)
	return strings.Replace(out, "已记下 "+f.label()+"：", "已把"+f.label()+"改为：", 1), true
}

// revises reports whether text shares enough of its wording with old to be
// a new version of it: distinct pairs of Han characters in common.
func revises(text, old string) bool {
	if old == "" {
		return false
	}
	mine, theirs := hanPairs(text), hanPairs(old)
	shared := 0
	for p := range mine {
		if theirs[p] {
			shared++
		}
	}
	return shared >= revisedMinShared && float64(shared) >= revisedMinRatio*float64(len(mine))
}

// hanPairs is the set of adjacent Han character pairs in s.
func hanPairs(s string) map[string]bool {
	out := map[string]bool{}
	var prev rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			if prev != 0 {
				out[string([]rune{prev, r})] = true
			}
			prev = r
		} else {
			prev = 0
		}
	}
	return out
}
