package dialogs

import (
	"regexp"
	"strings"
)

// This file reads a question about whether something counts, asked at the
// eligibility step: "我们公众号发过一张拍摄花絮照片 这算发表吗", "…视频本身没发过，
// 这样不影响吧？". What the user tells before the question is the case asked
// about, never a declaration of the facts: nothing is stored from it.

// reCountsAsk is the closing clause that asks whether the case told counts.
var reCountsAsk = regexp.MustCompile(`算|影响|属于|违规|违反|要紧|有问题|有没有问题|没问题吧|可以吗|行吗|中不中|行不行`)

// asksWhetherCounts reports whether s tells a case and asks, in its last
// clause, whether it counts.
func asksWhetherCounts(s string) bool {
	cls := splitClauses(s)
	if len(cls) < 2 {
		return false
	}
	last := cls[len(cls)-1]
	if !isQuestion(last) && !askedYesNo(last) && !strings.ContainsAny(last, "?？") && !strings.HasSuffix(compact(last), "吧") {
		return false
	}
	c := compact(last)
	return reCountsAsk.MatchString(c) && (containsAny(c, "这", "那", "算不算", "影响", "算发表", "算公开") || contains(c, "算"))
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
