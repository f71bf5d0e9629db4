package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file reads a question about whether something counts, asked at the
// eligibility step: "我们公众号发过一张拍摄花絮照片 这算发表吗", "…视频本身没发过，
// 这样不影响吧？". What the user tells before the question is the case asked
// about, never a declaration of the facts: nothing is stored from it.

// reCountsAsk is the closing clause that asks whether the case told counts.
var reCountsAsk = regexp.MustCompile(`算|影响|属于|违规|违反|要紧|有问题|有没有问题|没问题吧|可以吗|行吗|中不中|行不行`)

// reYesLead opens a clause that answers yes before the question ("都是哒✅ 不过问下").
var reYesLead = regexp.MustCompile(`^(?:都是|都符合|都对|全都是|是的|对的|没问题)`)

// asksWhetherCounts reports whether s tells a case and asks, in its last
// clause, whether it counts.
func asksWhetherCounts(s string) bool {
	cls := splitClauses(s)
	if len(cls) < 2 {
		return false
	}
	for _, cl := range cls[:len(cls)-1] {
		if isYes(cl) || restAgree(cl) || agreesOnly(cl) || reYesLead.MatchString(compact(cl)) {
			return false // "都是哒✅ 不过问下 …会不会算公开发表": an answer, then a question
		}
	}
	last := cls[len(cls)-1]
	if !isQuestion(last) && !askedYesNo(last) && !strings.ContainsAny(last, "?？") && !strings.HasSuffix(compact(last), "吧") {
		return false
	}
	c := compact(last)
	return reCountsAsk.MatchString(c) && (containsAny(c, "这", "那", "算不算", "影响", "算发表", "算公开") || contains(c, "算"))
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// takeBackRefusal undoes the eligibility fact that blocks the entry when the
// user says it was only a question ("不是，我是问问"): the fact is open again
// and asked anew. ok is false when pending is not that blocking fact.
func (t *turn) takeBackRefusal(e *contestbot.Entry, pending slot) (string, bool) {
	if !pending.eligibility() || pending != ineligibleField(e) {
		return "", false
	}
	var said string
	switch contestbot.Field(pending) {
	case contestbot.FieldUnitWork:
		if e.UnitWork == nil || *e.UnitWork {
			return "", false
		}
		e.UnitWork, said = nil, "个人作品"
	case contestbot.FieldMadeInPeriod:
		if e.MadeInPeriod == nil || *e.MadeInPeriod {
			return "", false
		}
		e.MadeInPeriod, said = nil, "不是"+t.c.season.WorksSinceText+"创作"
	case contestbot.FieldUnpublished:
		if e.Unpublished == nil || *e.Unpublished {
			return "", false
		}
		e.Unpublished, said = nil, "已公开发表"
	default:
		return "", false
	}
	t.touch(e)
	t.st.Pending = t.next(e)
	return "刚才记的“" + said + "”已经撤回。", true
}
