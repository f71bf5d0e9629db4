package knowledge

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// reQuotedEvent is a name in quotes before a word for a contest or an
// event: 今年的“学宪法讲宪法”比赛, 《青春心向党》征文.
var reQuotedEvent = regexp.MustCompile(`[“"「《]([^”"」》]{2,20})[”"」》](?:的)?(?:比赛|大赛|竞赛|活动|征文|评选|征集|展演|赛)`)

// namesOtherContest reports whether q (normalised) names, in quotes, a
// contest or event whose name shares nothing with this contest's title
// ("学宪法讲宪法" is another contest; "党员教育短视频" is this one), and
// speaks of no work (a work about another event is this contest's). Its
// dates and rules are not this contest's, so it gets the one line of
// other_event.
func (b *Base) namesOtherContest(q string) bool {
	if containsAny(q, madeWords) || containsAny(q, workNouns) {
		// "我们拍的是“最美教师”评选里的老师": a work for this contest.
		return false
	}
	title := hanBigrams(normalize(b.facts.Title + b.facts.Contest))
	for _, m := range reQuotedEvent.FindAllStringSubmatch(q, -1) {
		name := m[1]
		if utf8.RuneCountInString(name) < 3 || strings.ContainsAny(name, "0123456789") {
			continue
		}
		shared := false
		for g := range hanBigrams(name) {
			shared = shared || title[g]
		}
		if !shared {
			return true
		}
	}
	return false
}

// intentByID returns the season's intent with id, or nil.
func (b *Base) intentByID(id string) *intent {
	for i := range b.match.intents {
		if b.match.intents[i].id == id {
			return &b.match.intents[i]
		}
	}
	return nil
}
