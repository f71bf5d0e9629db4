package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// reLikeLastOthers says the rest of a new work is as on the work before:
// "其他跟前面一样", "其他都跟上一个一样", "剩下的和第一个相同".
var reLikeLastOthers = regexp.MustCompile(`(?:其他|其它|其余|别的|剩下)(?:的)?(?:信息|内容|几项|项)?(?:都|也|均|就)?(?:跟|和|与|同|照)(?:前面|上面|之前|上一个|上个|上一部|前一个|第一个)(?:作品|那个|那部|片子)?(?:的)?(?:一样|相同|一致)?(?:吧|就行|就可以|即可)?`)

// likeOthers lists the fields "其他跟前面一样" copies: who sends the work
// and how to reach them, which a school's works share. Title, running time,
// category, creators and texts belong to each work and are not copied.
var likeOthers = []slot{slot(contestbot.FieldUnit), slot(contestbot.FieldProducer), slot(contestbot.FieldContact), slot(contestbot.FieldPhone)}

// likeLastOthers copies the unit, 制作单位, contact and phone of the work
// before e into e where e has none yet, and returns msg without the phrase.
func (t *turn) likeLastOthers(e *contestbot.Entry, msg string, r *fillResult) string {
	loc := reLikeLastOthers.FindStringIndex(msg)
	if loc == nil {
		return msg
	}
	var prev *contestbot.Entry
	for i := len(t.entries) - 1; i >= 0; i-- {
		if x := t.entries[i]; x != e && x.Status == contestbot.StatusComplete {
			prev = x
			break
		}
	}
	if strings.Contains(msg[loc[0]:loc[1]], "第一个") {
		if es := t.listed(); len(es) > 0 && es[0] != e {
			prev = es[0]
		}
	}
	if prev == nil {
		return msg
	}
	// "单位 制作单位 联系人电话其他跟前面一样": the fields named before are
	// the same too, and their names are no value.
	head, named := trailingLabels(msg[:loc[0]])
	for _, s := range named {
		if p, q := textPtr(e, s), textPtr(prev, s); p != nil && q != nil && *p == "" && *q != "" && !slices.Contains(likeOthers, s) {
			*p = *q
			r.add(s)
		}
	}
	msg = head + msg[loc[0]:]
	loc = reLikeLastOthers.FindStringIndex(msg)
	for _, s := range likeOthers {
		p, q := textPtr(e, s), textPtr(prev, s)
		if p == nil || q == nil {
			continue
		}
		if *p != "" {
			if *p == *q {
				r.add(s) // copied already (再报一个): the echo names it too
			}
			continue // said for this work already
		}
		if copyField(e, prev, s) {
			r.add(s)
		}
	}
	return strings.TrimSpace(msg[:loc[0]] + msg[loc[1]:])
}

// reAnotherHead is what may stand before 再报一个 in a message that goes on
// with the new work's values.
// s7-b (rp70 #19): a denied change before it ("不是改 是再报一个", "不是要改的，
// 而是要再报一个") is talk too: the request is a new work, never a value.
var reAnotherHead = regexp.MustCompile(`^(?:[\s，,。！!]*(?:(?:我|俺)?没问(?:你)?这个|` + reDeniedChange + `|不是|不对|(?:我|俺)是说|我说|(?:我|俺)?(?:而)?是(?:要|想)?|好的?|好嘞|行|那|那就|嗯|我们|我|俺))*[\s，,。！!]*$`)

// reDeniedChange denies that the message changes a work: 不是改, 不是要改的,
// 没要改, 不改, 不是修改上一个.
const reDeniedChange = `(?:不是|并不是|也不是|没|没有|没想|不|不用)(?:要|想|让你|叫你)?(?:改|修改|更改|改动)(?:上一个|上个|第一个|前一个|前面那个|原来的|之前的)?(?:的|啊|呀|哈|了|哦)?`

// reAnotherOrdinal is the new work's number said after the request: "再报一个 第三个".
var reAnotherOrdinal = regexp.MustCompile(`^第[一二两三四五六七八九十0-9]+(?:个|部)(?:作品|片子)?(?:吧)?(?:[\s，,。]+|$)`)

// reAnotherOwn opens the next work in everyday words before its values:
// "还有一个 叫《…》 其他跟前面一样".
var reAnotherOwn = regexp.MustCompile(`^(?:好的?|那|嗯|对了)?[\s，,。]*(?:还有一个|还有一部|还有个|另外一个|另外还有一个)(?:作品|片子)?(?:吧|呢)?(?:[\s，,。：:]+|$)`)

// startsAnotherOwn reports whether s opens the next work and goes on with
// its values (a title, a labelled value, or "其他跟前面一样"), so "还有一个问题"
// stays a question.
func startsAnotherOwn(s string) bool {
	s = strings.TrimSpace(s)
	loc := reAnotherOwn.FindStringIndex(s)
	if loc == nil {
		return false
	}
	rest := strings.TrimSpace(s[loc[1]:])
	return strings.HasPrefix(rest, "叫") || strings.HasPrefix(rest, "《") || reLikeLastOthers.MatchString(rest) ||
		extract(rest).labelled && !isQuestion(rest)
}

// anotherRest is what a message that starts the next work carries after
// the request: "再报一个 单位…其他跟前面一样" → "单位…其他跟前面一样".
func anotherRest(s string) string {
	s = strings.TrimSpace(s)
	if r := strings.TrimSpace(reAnother.ReplaceAllString(s, "")); r != s {
		return r
	}
	if loc := reAnotherOwn.FindStringIndex(s); loc != nil && startsAnotherOwn(s) {
		return strings.TrimSpace(s[loc[1]:])
	}
	if loc := reAnotherLoose.FindStringIndex(s); loc != nil && (reAnotherHead.MatchString(s[:loc[0]]) || closingTalk(s[:loc[0]])) { // s10-f: "thx 再报一个，…"
		rest := strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(s[loc[1]:]), "吧"), "，,。：: "))
		return strings.TrimSpace(reAnotherOrdinal.ReplaceAllString(rest, ""))
	}
	return s
}

// trailingLabels takes a run of field names and separators off the end of
// s ("单位 制作单位 联系人电话") and returns the rest and the fields named.
func trailingLabels(s string) (string, []slot) {
	orig := s
	var named []slot
	for {
		t := strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(" 、，,和及与也都\t", r) })
		best := ""
		var bs slot
		for _, d := range labelDefs {
			if strings.HasSuffix(string(d.slot), "!") || strings.HasPrefix(d.word, "是否") {
				continue
			}
			if strings.HasSuffix(strings.ToLower(t), strings.ToLower(d.word)) && len(d.word) > len(best) {
				best, bs = d.word, d.slot
			}
		}
		if best == "" {
			if len(named) == 0 || t != "" && !strings.ContainsAny(s[len(t):], " ，,。；;\t") && !strings.HasSuffix(t, "。") {
				return orig, nil // "推荐单位是我们学校": the last words are a value
			}
			return t, named
		}
		named = append(named, bs)
		s = t[:len(t)-len(best)]
	}
}

// noUnitYet explains a 制作单位 said to be the unit before any unit is known.
const noUnitYet = "还不知道推荐单位，请直接写制作单位名称。"

// producerAfterUnit sets the 制作单位 said to be "our school" once the same
// message has given the unit, whatever order the two came in.
func producerAfterUnit(e *contestbot.Entry, r *fillResult) {
	if !r.producerIsUnit || e.Unit == "" || e.Producer != "" {
		return
	}
	e.Producer = e.Unit
	r.add(slot(contestbot.FieldProducer))
	r.errs = slices.DeleteFunc(r.errs, func(m string) bool { return m == noUnitYet })
}

// hasComplete reports whether the user has a completed work to go on from.
func (t *turn) hasComplete() bool {
	for _, e := range t.entries {
		if e.Status == contestbot.StatusComplete {
			return true
		}
	}
	return false
}

// anotherOnly reports whether s asks for the next work and says nothing
// else beside talk: "我没问这个 我是说再报一个 第三个".
func anotherOnly(s string) bool {
	loc := reAnotherLoose.FindStringIndex(s)
	return loc != nil && reAnotherHead.MatchString(s[:loc[0]]) && anotherRest(s) == "" && !isQuestion(s)
}
