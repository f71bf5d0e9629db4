package dialogs

import (
	"regexp"
	"strings"
)

// This file reads a request to hear back what was stored ("你刚才记的是啥",
// "我填的啥", "刚才记上没", "你给我念念"), at any step. Such a clause asks
// about the record; it is never a value, a complaint or a question about
// the contest. Other clauses of the message may still carry values.

var (
	// reReadBack is a clause asking what was stored: a storing verb that
	// points at the record (记的/填了/写成/记上) followed by a question word,
	// or a storing verb with 没 ("记上没", "填了没有"), or 念 a read-aloud.
	reReadBack = regexp.MustCompile(`(?:记|填|写|存|录)(?:下来|进去|上|下|成|好)?(?:的|了)(?:是|成)?(?:个)?(?:啥|什么|哪些|些啥|些什么|对不对|对吗|对不|没有?|吗|么)|` +
		`(?:记|填|存|录)(?:下来|进去|上|下|好)了?没有?(?:记|填|存)?(?:上|下|进去)?(?:啊|呀|呢)?$|` +
		`(?:记|填|存)没(?:记|填|存)(?:上|下|进去)?|` +
		`(?:记|填|写|存)成(?:了)?(?:啥|什么)|` +
		`(?:给我|给俺|你)?念(?:念|一遍|一下|给我)`)
)

// readBack reports whether s asks to hear back what was stored, and returns
// the clauses of s that are not part of that request.
func readBack(s string) (rest string, ok bool) {
	var keep []string
	for _, cl := range splitClauses(s) {
		c := compact(cl)
		if isReadBackClause(c) {
			ok = true
			continue
		}
		keep = append(keep, cl)
	}
	if !ok {
		return "", false
	}
	return joinClauses(keep), true
}

// isReadBackClause reports whether one compacted clause asks what was stored.
func isReadBackClause(c string) bool {
	loc := reReadBack.FindStringIndex(c)
	if loc == nil {
		return false
	}
	if strings.Contains(c[loc[0]:], "意思") {
		return false // "填的是啥意思": a question about the field
	}
	before := c[:loc[0]]
	if strings.HasPrefix(c[loc[0]:], "念") {
		return true
	}
	// The clause is about the bot's record: said to the bot (你), about what
	// the user gave (我填的), with a time word (刚才), or starts with the verb.
	return before == "" || containsAny(before, "你", "您", "我", "俺", "刚才", "刚刚", "之前", "都", "给")
}
