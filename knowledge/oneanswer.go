package knowledge

import (
	"regexp"
	"strings"
)

// s8-k (issue 12, round 25 / rp98): one answer says each thing once and
// never both "not settled" and a firm yes or no.
//   - A part whose clauses an earlier part of the whole answer already said
//     is cut to what it adds, or dropped (Q11: the mailbox and room said
//     twice when a numbered question's parts were answered one by one).
//   - After a part that says the notice does not settle whether something
//     may be done ("没有说明一部作品能否同时报两个类别"), a later part does not
//     open with a firm 可以/不可以 (Q71): the verdict lead is dropped, the
//     rule it leads is kept.

// reUnsettledWhether says the notice does not settle whether something
// may be done.
var reUnsettledWhether = regexp.MustCompile(`(?:没有说明|没有明确规定|没有规定|没有单独说明|没有专门说明)[^。]{0,20}(?:能否|能不能|可否|是否可以|可不可以)|(?:能否|能不能|可否|是否可以)[^。]{0,30}(?:通知)?(?:中)?没有(?:说明|明确规定|规定)`)

// answerParts splits an answer's text into its parts: each ends with its
// citation ("（见通知 …）"); lines before a citation (a video verdict's
// rule lines) belong to the part they lead to.
func answerParts(text string) []string {
	var parts []string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		cur = append(cur, line)
		if strings.HasSuffix(strings.TrimSpace(line), "）") && strings.Contains(line, "（见通知 ") {
			parts = append(parts, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	if len(cur) > 0 {
		parts = append(parts, strings.Join(cur, "\n"))
	}
	return parts
}

// onceEach returns text with each later part cut to what the earlier
// parts did not say, and no firm verdict after an unsettled one.
func onceEach(text string) string {
	parts := answerParts(text)
	if len(parts) < 2 {
		return text
	}
	var kept []string
	var keptSh []map[string]bool
	unsettled := false
	for i, p := range parts {
		if i > 0 && !strings.Contains(p, "\n") {
			if p = dropSaidClauses(p, answerShingles(strings.Join(kept, "\n"))); p == "" {
				continue
			}
			if p = dropRestated(p, strings.Join(kept, "\n")); p == "" { // s10-g dedupe.go: the same facts in other words
				continue
			}
			if isNearDuplicate(answerShingles(p), keptSh) {
				continue
			}
			if unsettled {
				p = reVerdictLead.ReplaceAllString(p, "")
			}
			// s10-h: the same verdict twice ("不可以。…\n不可以。…", two
			// reasons against one work) is said once, first.
			if v := reVerdictLead.FindString(p); v != "" && strings.HasPrefix(kept[0], v) {
				p = strings.TrimPrefix(p, v)
			}
		}
		unsettled = unsettled || reUnsettledWhether.MatchString(p)
		kept = append(kept, p)
		keptSh = append(keptSh, answerShingles(p))
	}
	return strings.Join(kept, "\n")
}
