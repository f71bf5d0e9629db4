package knowledge

import (
	"regexp"
	"slices"
)

// s9-c (issue 12, round 26 left / rp103 Q18): the words of an example in
// quotes ("片头能不能加个开场字幕…，比如“XX职业学院党委出品”") show what the
// question is about; they ask nothing of their own. A part whose words
// all lie in such an example (who may enter, through 党委) is dropped when
// another part stays.

// reExampleQuote is an example in quotes after 比如, 例如 and the like;
// its group is the quoted text.
var reExampleQuote = regexp.MustCompile(`(?:比如|例如|譬如|像是|诸如)[:,]?(?:说)?[“"「]([^”"」]*)[”"」]`)

// exampleSpans are the byte spans of the quoted examples in q.
func exampleSpans(q string) []span {
	var out []span
	for _, m := range reExampleQuote.FindAllStringSubmatchIndex(q, -1) {
		out = append(out, span{start: m[2], end: m[3]})
	}
	return out
}

// dropExampleOnly drops the parts of topical whose words all lie in a
// quoted example, unless no part would be left.
func dropExampleOnly(q string, topical []hit) []hit {
	ex := exampleSpans(q)
	if len(ex) == 0 || len(topical) < 2 {
		return topical
	}
	inside := func(s span) bool {
		return slices.ContainsFunc(ex, func(e span) bool { return e.start <= s.start && s.end <= e.end })
	}
	keep := slices.DeleteFunc(slices.Clone(topical), func(h hit) bool {
		return len(h.spans) > 0 && !slices.ContainsFunc(h.spans, func(s span) bool { return !inside(s) })
	})
	if len(keep) == 0 {
		return topical
	}
	return keep
}
