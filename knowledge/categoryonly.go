package knowledge

import (
	"slices"
	"strings"
)

// s9-c (issue 12, round 27 / rp108): a question about the categories
// names AI as one of them, not as a topic of its own. "作品分几类啊，AI做
// 的算哪类" was answered with the categories and then the AI-labelling
// paragraph; "一个片子可以同时报实景拍摄和AI生成两个类吗" got the AI answer's
// 可以 before the answer on two categories. Beside a part on the
// categories, the AI part is said only when the question asks about the
// labelling, or asks whether AI work may be sent at all, in words that are
// not the category's own name.

// categoryIntents answer a question about the categories.
var categoryIntents = []string{intentCategories, intentCategoryMeaning, intentMultiCategory}

// intentMultiCategory is one work in two categories; Load fails without it.
const intentMultiCategory = "multi_category"

// aiAsOperand drops the AI part of topical when another part answers on
// the categories and the AI words only name a category or describe the
// work.
func (b *Base) aiAsOperand(q string, topical []hit, best *intent) ([]hit, *intent) {
	if !slices.ContainsFunc(topical, func(h hit) bool { return slices.Contains(categoryIntents, h.in.id) }) {
		return topical, best
	}
	label, ok := b.match.byName["标注"]
	if !ok {
		label = -1
	}
	var names []span
	for _, c := range b.facts.Categories {
		n := normalize(c)
		for from := 0; n != ""; {
			i := strings.Index(q[from:], n)
			if i < 0 {
				break
			}
			names = append(names, span{start: from + i, end: from + i + len(n)})
			from += i + len(n)
		}
	}
	var out []hit
	for _, h := range topical {
		if h.in.id != intentAI || slices.Contains(h.concepts, label) {
			out = append(out, h)
			continue
		}
		inName := len(h.spans) > 0
		for _, s := range h.spans {
			inName = inName && slices.ContainsFunc(names, func(n span) bool { return n.start <= s.start && s.end <= n.end })
		}
		if !inName && containsAny(q, permissionWords) {
			out = append(out, h)
			continue
		}
		if best == h.in {
			best = nil
		}
	}
	if best == nil && len(out) > 0 {
		best = out[0].in
	}
	return out, best
}

func init() { namedIntents = append(namedIntents, intentMultiCategory) }
