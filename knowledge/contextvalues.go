package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// s5-g5: video values told as context before the question.
//
// "现在片子基本剪完了，时长2分55秒，…1080P，目标码率20Mbps。片头有个3秒
// 的学校校徽动画…想请教两件事：片头校徽要不要去掉？片尾那行字算不算水印？"
// says its settings to set the scene; it asks about the badge and the
// credit line. When every stated value stands before the first clause that
// asks, and that clause asks about another (strong, non-video) topic, the
// values get no verdict.

// firstAskingClause is where, in q, the first clause that asks about
// something starts (clauses split at , ; ? ! . and ：); -1 when none does.
func firstAskingClause(q string) int {
	start := 0
	for i, r := range q + "," {
		if strings.ContainsRune(",;?!.:", r) {
			if c := q[start:min(i, len(q))]; isQuestion(c) && !courtesy(c) {
				return start
			}
			start = i + utf8.RuneLen(r)
		}
	}
	return -1
}

// valuesAreContext reports whether the values judge would give a verdict on
// are only the scene of a question on another topic.
func (b *Base) valuesAreContext(q string, topical []hit) bool {
	from := firstAskingClause(q)
	if from <= 0 {
		return false
	}
	asked := parseVideoWords(q[from:], b.facts.Video)
	if asked.concrete || asked.tierOnly || asked.sizeBytes > 0 {
		return false
	}
	// s9-k (rp118 q62): a hit's spans are the first place its words
	// occur; "…反映乡村振兴的微党课，时长大约两分四十秒，想咨询一下这个题材
	// 是否符合…主题要求" names the topic in the scene and asks it again
	// after, so the asking clause's own words count too.
	askedOcc := b.match.occurrences(q[from:])
	for _, h := range topical {
		if !h.strong || isVideoGroup(h.in.group) {
			continue
		}
		if firstStart(h) >= from || slices.ContainsFunc(h.concepts, func(c int) bool { return len(askedOcc[c]) > 0 }) {
			return true
		}
	}
	return false
}

// askedOnly matches the question again on the clauses from from on, so
// that the scene told before (values, the badge said twice) gives no part;
// spans keep their offsets in q.
func (b *Base) askedOnly(q string, from int, skip func(*intent) bool) (map[int][]span, []hit, []hit) {
	occ := map[int][]span{}
	for c, ss := range b.match.occurrences(q[from:]) {
		for _, s := range ss {
			s.start, s.end = s.start+from, s.end+from
			occ[c] = append(occ[c], s)
		}
	}
	hits := b.severalForms(occ, b.match.match(occ, 3, skip), skip)
	var topical []hit
	for _, h := range hits {
		if h.in.kind != KindOffTopic {
			topical = append(topical, h)
		}
	}
	return occ, hits, topical
}
