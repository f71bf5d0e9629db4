package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
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
	// Only what comes before the first request may be a value ("就写…图书馆，
	// 你刚才记的是啥"); what follows talks about it ("我怕语音给我识别错了"),
	// and a denial before it ("不是，我是问你…") denies the bot's reading.
	var keep []string
	for _, cl := range splitClauses(s) {
		c := compact(cl)
		if isReadBackClause(c) {
			ok = true
			continue
		}
		if ok || isChatter(c) || isDenial(cl) || oneOf(answerWords(cl), "不是", "不对", "没有") {
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
	if loc == nil || contestbot.RuneLen(c) > 24 {
		// A long clause is content ("讲述我们填写的是什么样的人生答卷"), not a request.
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

// reCheckBack is a check-back question about a field: the label, then what
// the user takes it to mean, then a tag asking to be told yes ("撰稿就是写稿子的
// 人对吧", "监制是领导吧？", "制作单位是说谁做的这个片子吧").
var reCheckBack = regexp.MustCompile(`^(?:那|那个|这个)?([^，,。？?就是]{1,6}?)(?:就是说|就是|是说|是指|指的是|指|是)([^，,。？?]{1,20}?)(?:对吧|是吧|对不对|对吗|对不|吧|吗|不是吗|没错吧)[？?。，,！!~～\s]*$`)

// reCheckBackValue opens the clause that gives the value after a check-back.
var reCheckBackValue = regexp.MustCompile(`^(?:那|那就|就|那你就|你就|那么)(?:写|填|记|是)(?:上|成)?[:：]?|^(?:写|填|记)(?:上|成)[:：]?`)

// checkBack reports whether s opens with a check-back question about a
// field, which field, and the clauses after it.
func checkBack(s string) (f slot, rest string, ok bool) {
	cls := splitClauses(s)
	if len(cls) < 2 {
		return "", "", false // a bare check-back is a question, read as one
	}
	m := reCheckBack.FindStringSubmatch(compact(cls[0]))
	if m == nil {
		return "", "", false
	}
	if f = labelSlot(m[1]); f == "" || labelSlot(m[2]) != "" || strings.ContainsAny(m[2], "《》“”\"0123456789") {
		return "", "", false // "片名是《…》吧": a value, not what a field means
	}
	rest = strings.TrimSpace(joinClauses(cls[1:]))
	for i := len(cls) - 1; i >= 1; i-- {
		if reCheckBackValue.MatchString(compact(cls[i])) {
			// "…马是马路的马，…，就写常秀芝和马丽娜": the value clause after the talk wins.
			// The remarks after it ("周航是我们计算机专业的老师") are talk.
			c := compact(cls[i])
			rest = strings.Trim(c[reCheckBackValue.FindStringIndex(c)[1]:], "，,。！!~～ ")
			break
		}
	}
	if rest == "" {
		return "", "", false
	}
	return f, rest, true
}

// readsBackOnly reports whether s only asks to see what was filled ("我填的啥",
// "看看我填了哪些"), with no value beside it: outside a form it lists the
// user's entries.
func readsBackOnly(s string) bool {
	rest, ok := readBack(s)
	if !ok {
		c := compact(s)
		ok = containsAny(c, viewPhrases...) && !containsAny(c, changeVerbs...) && contestbot.RuneLen(c) <= 20 && !extract(s).labelled
	}
	return ok && strings.TrimSpace(rest) == ""
}
