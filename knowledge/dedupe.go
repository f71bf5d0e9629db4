package knowledge

import (
	"regexp"
	"strings"
)

// reBracketNote is a cross-reference in brackets within a clause.
var reBracketNote = regexp.MustCompile(`（(?:附件|第|见)[^（）]*）`)

// answerShingles are the character bigrams of an answer part's text
// (Chinese characters, letters and digits; punctuation and the citation
// dropped), the unit by which two parts are compared.
func answerShingles(s string) map[string]bool {
	if i := strings.LastIndex(s, "（见通知 "); i >= 0 {
		s = s[:i]
	}
	set := map[string]bool{}
	var prev rune
	for _, r := range s {
		if !isHan(r) && !isWordRune(r) {
			prev = 0
			continue
		}
		if prev != 0 {
			set[string([]rune{prev, r})] = true
		}
		prev = r
	}
	return set
}

// containment is the share of a's shingles that b holds (0 for an empty
// a: nothing to compare is never a duplicate).
func containment(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for s := range a {
		if b[s] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// Two answer parts are near duplicates when the later one is almost wholly
// contained in what is already kept, or when each mostly holds the other
// ("协议书原件交到哪" matched both the mailbox answer and the original-copy
// answer, which give the same mailbox and room in other words). Parts that
// share only the contact boilerplate ("请联系某某、某某，电话…") stay apart:
// measured over every pair of season-1 answers, those reach at most 0.78
// one way and far less the other.
const (
	containedShare = 0.9
	mutualShare    = 0.75
)

// isNearDuplicate reports whether part adds little to the parts kept.
func isNearDuplicate(part map[string]bool, kept []map[string]bool) bool {
	union := map[string]bool{}
	for _, k := range kept {
		for s := range k {
			union[s] = true
		}
		if containment(part, k) >= mutualShare && containment(k, part) >= mutualShare {
			return true
		}
	}
	return containment(part, union) >= containedShare
}

// minClauseShingles is the fewest shingles a clause needs to be dropped
// as said already: "不可以" or "通过" alone is no repetition.
const minClauseShingles = 6

// dropSaidClauses drops from part, a later part of an answer, each clause
// (up to "；" or "。") that the parts said before already hold (said: their
// shingles): "分管负责领导在汇总表上签字把关" is said once in "报名表谁盖章？
// 汇总表谁签字？". The citation stays; "" when nothing new is left. (s5-k3)
func dropSaidClauses(part string, said map[string]bool) string {
	if len(said) == 0 {
		return part
	}
	// s9-c: a cross-reference in brackets ("（附件2 注）") adds nothing
	// to a clause said before (rp108 Q7: the paper copies said twice).
	return dropClauses(part, func(c string) bool {
		sh := answerShingles(reBracketNote.ReplaceAllString(c, ""))
		return len(sh) >= minClauseShingles && containment(sh, said) >= containedShare
	})
}

// s10-g (rp127 q72): "要交哪些材料 原件交哪" said the paper copies and the
// mailbox twice, the second time in other words (the materials list names
// the copies inside brackets, the original-copy answer in a sentence). A
// clause that states facts — the mailbox, a number, a room's code — that
// were all said already, in most of the same words, restates them.

// restatedShare is the share of a fact clause's bigrams the answer said
// before for the clause to be a restatement; lower than containedShare
// because its facts, the part that matters, were all said word for word.
const restatedShare = 0.7

// reFactToken is a fact written in Latin letters or digits: an e-mail
// address, the numbers of a count of copies, a room's code, a bitrate.
var reFactToken = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9@._]*`)

// dropRestated drops from part, a later part of an answer, each clause
// whose facts (reFactToken) all occur in said, the earlier parts' text,
// and most of whose bigrams do too. The citation stays; "" when nothing
// new is left.
func dropRestated(part, said string) string {
	if said == "" {
		return part
	}
	facts := map[string]bool{}
	for _, t := range reFactToken.FindAllString(said, -1) {
		facts[strings.ToLower(t)] = true
	}
	saidSh := answerShingles(said)
	return dropClauses(part, func(c string) bool { return restates(c, facts, saidSh) })
}

// dropClauses drops from part each clause (up to "；" or "。") for which
// drop holds, keeping the citation ("（见通知 …）") at its end; part
// itself when nothing is dropped, "" when nothing but the citation is left.
func dropClauses(part string, drop func(clause string) bool) string {
	body, cite := part, ""
	if i := strings.LastIndex(part, "（见通知 "); i >= 0 {
		body, cite = part[:i], part[i:]
	}
	var kept strings.Builder
	dropped, left := false, false
	start := 0
	flush := func(end int) {
		c := body[start:end]
		start = end
		if drop(c) {
			dropped = true
			return
		}
		kept.WriteString(c)
		if strings.TrimSpace(strings.Trim(c, "；。")) != "" {
			left = true
		}
	}
	for i, r := range body {
		if r == '；' || r == '。' {
			end := i + len(string(r))
			if strings.HasPrefix(body[end:], "”") {
				// s12-h: a quoted sentence ends at its closing quote, so
				// dropping "通知原文：“….”" leaves no stray ” behind.
				continue
			}
			flush(end)
		} else if r == '”' && i > 0 && (strings.HasSuffix(body[:i], "。") || strings.HasSuffix(body[:i], "；")) {
			flush(i + len(string(r)))
		}
	}
	if start < len(body) {
		flush(len(body))
	}
	if !dropped {
		return part
	}
	if !left {
		return ""
	}
	out := strings.TrimPrefix(kept.String(), "；")
	if strings.HasSuffix(out, "；") {
		out = strings.TrimSuffix(out, "；") + "。"
	}
	return out + cite
}

// restates reports whether clause c holds facts, all of them in facts,
// and restatedShare of its bigrams are in said.
func restates(c string, facts, said map[string]bool) bool {
	if strings.Contains(c, "没有") {
		return false // what the notice leaves open is a point of its own
	}
	toks := reFactToken.FindAllString(reBracketNote.ReplaceAllString(c, ""), -1)
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if !facts[strings.ToLower(t)] {
			return false
		}
	}
	// Chinese bigrams only: the letters of an e-mail address said before
	// would make any clause holding it look said.
	sh := map[string]bool{}
	for g := range answerShingles(reBracketNote.ReplaceAllString(c, "")) {
		if r := []rune(g); isHan(r[0]) && isHan(r[1]) {
			sh[g] = true
		}
	}
	return len(sh) >= minClauseShingles && containment(sh, said) >= restatedShare
}
