package knowledge

import (
	"slices"
	"strings"
)

// s5-k3: a work said to mix the ways of making it ("实拍＋AI配音算哪一类",
// "这算视频切片还是实景拍摄") is the case the notice leaves open: it lists
// the five categories without defining them and says only that AI content
// must be labelled. The list of categories, or "AI is one of them", would
// answer a question not asked; the answer on what the categories mean
// (category_meaning: not defined, AI labelled, ask the contacts) is said.

// The intents mixedCategory names; Load fails without them (namedIntents).
const (
	intentCategoryMeaning = "category_meaning"
	intentCategories      = "categories"
	intentAI              = "ai"
)

// categoriesNamed counts the categories q names, by name or by one of
// their everyday words (category_words).
func (b *Base) categoriesNamed(q string) int {
	n := 0
	for _, c := range b.facts.Categories {
		named := strings.Contains(q, normalize(c))
		for _, w := range b.facts.CategoryWords[c] {
			named = named || strings.Contains(q, normalize(w))
		}
		if named {
			n++
		}
	}
	return n
}

// mixedCategory replaces, when q asks which category a work of two or
// more named ways of making belongs to, the parts that list the
// categories or speak of AI with the answer on what they mean.
func (b *Base) mixedCategory(q string, topical []hit, best *intent) ([]hit, *intent) {
	named := b.categoriesNamed(q)
	if !containsAny(q, whichCategoryWords) && !strings.Contains(q, "还是") || named == 0 {
		return topical, best
	}
	// s7-h: "讲党史的动画加实拍算哪类" asks the category of a work whose
	// content the theme word only describes: no theme list (rp78 Q73).
	if strings.Contains(q, "类") && !containsAny(q, []string{"选题", "主题", "题材"}) {
		topical, best = dropThemes(topical, best)
	}
	meaning := b.match.intent(intentCategoryMeaning)
	if named < 2 || meaning == nil {
		return topical, best
	}
	if len(topical) == 0 {
		return []hit{{in: meaning, strong: true}}, meaning
	}
	var out []hit
	replaced := false
	for _, h := range topical {
		switch h.in.id {
		case intentCategories, intentAI, intentCategoryMeaning:
			if !replaced {
				if best == h.in {
					best = meaning
				}
				out = append(out, hit{in: meaning, score: h.score, spans: h.spans, concepts: h.concepts, strong: true})
				replaced = true
			}
			continue
		}
		out = append(out, h)
	}
	return out, best
}

// dropThemes drops the theme parts of topical; when one was best, the
// first part left is.
func dropThemes(topical []hit, best *intent) ([]hit, *intent) {
	var out []hit
	for _, h := range topical {
		if h.in.id != intentThemes && h.in.id != intentThemeFit {
			out = append(out, h)
		}
	}
	if len(out) == len(topical) {
		return topical, best
	}
	if best != nil && (best.id == intentThemes || best.id == intentThemeFit) {
		best = nil
		if len(out) > 0 {
			best = out[0].in
		}
	}
	return out, best
}

// dropCovered drops a part whose answer another part of the same reading
// says too (that part's covers name it): "一半是实拍一半是AI做的动画，分类能
// 同时勾两个吗" lists the categories once, in the answer on checking two.
func dropCovered(topical []hit, best *intent) ([]hit, *intent) {
	var out []hit
	for _, h := range topical {
		var by *intent
		for _, o := range topical {
			// s10-h: a part on weak words only ("我们这次报送两部作品") says
			// no topic in place of another.
			if o.in != h.in && o.strong && slices.Contains(o.in.covers, h.in.id) {
				by = o.in
				break
			}
		}
		if by == nil {
			out = append(out, h)
			continue
		}
		if best == h.in {
			best = by
		}
	}
	return out, best
}
