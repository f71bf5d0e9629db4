package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"contestbot"
)

// This file reads edits said inside a free text (branch s8-a, issue #10,
// round 18):
//   - a self-correction after the text, "…片头已标注。等下说错了，是片尾已标注":
//     the corrected words replace the ones they correct, and the correction
//     talk goes; where it is unclear what they replace, the bot shows both
//     readings and asks which;
//   - a cut by markers, "摘要就用简介的开头，到“先锋模范作用。”为止",
//     "简介从“作品以动画形式”到“先锋作用。”": the value is that span of
//     the source text, verbatim.

// textReadings are two readings of a self-corrected free text waiting for
// the user's pick ("1" or "2").
type textReadings struct {
	EntryID  int64    `json:"entry_id,omitempty"`
	Slot     slot     `json:"slot"`
	Readings []string `json:"readings"`
}

var (
	// reStrongFix is correction talk that can only be a correction: "说错了",
	// "写错了". What follows is the corrected wording.
	reStrongFix = regexp.MustCompile(`[，,。.!！\s]*(?:等下|等一下|等等|哎呀|哎|啊|哦|噢|呃|额)?[，,\s]*(?:我)?(?:刚才)?(?:说错了|写错了|打错了|输错了|敲错了|说反了|写反了)(?:[，,。.!！\s]+(?:应该是|应该|应为|是|改成|改为)?|(?:应该是|应该|应为|是|改成|改为))[：:\s]*`)
	// reSoftFix is talk that may also be a story's words ("不对"): it
	// corrects only when what follows matches words before it.
	reSoftFix = regexp.MustCompile(`[，,。.!！\s]+(?:等下|等一下|等等|哎呀|哎|啊|哦|噢|呃|额)?[，,\s]*(?:不对不对|不对|哦不对|哦不是|哦不|不是不是)[，,。.!！\s]*(?:应该是|应该|应为|是)[：:\s]*`)
	// reTrailPunct is punctuation at the end of a text.
	reTrailPunct = regexp.MustCompile(`[，,。.!！；;\s]+$`)
)

// selfFixReading reads a free text corrected inside itself. It returns the
// corrected text when what is replaced is clear (one), or two readings when
// it is not; ok is false when s carries no correction talk.
func selfFixReading(s string) (one string, two []string, ok bool) {
	s = strings.TrimSpace(s)
	loc, strong := lastMatch(reStrongFix, s), true
	if l := lastMatch(reSoftFix, s); l != nil && (loc == nil || l[0] > loc[0]) {
		loc, strong = l, false
	}
	if loc == nil {
		return "", nil, false
	}
	before, fix := strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[1]:])
	if m := strings.TrimSpace(s[loc[0]:loc[1]]); strings.HasPrefix(m, "。") || strings.HasPrefix(m, "！") {
		before += m[:3] // the sentence mark before the talk ends the text
	}
	fix = strings.TrimSpace(strings.TrimRight(fix, "哈啊呀吧嘛"))
	fixCore := reTrailPunct.ReplaceAllString(fix, "")
	if contestbot.RuneLen(before) < 6 || fixCore == "" || strings.Count(before, "《") != strings.Count(before, "》") || isQuestion(fix) {
		return "", nil, false
	}
	if b, ok := alignedFix(before, fixCore); ok {
		return b, nil, true
	}
	if !strong {
		return "", nil, false // "…发现做法不对，是…" is the story's own words
	}
	body := reTrailPunct.ReplaceAllString(before, "")
	end := before[len(body):]
	if contestbot.RuneLen(fixCore)*5 >= contestbot.RuneLen(body)*3 {
		return fix, nil, true // the whole text said again
	}
	var rs []string
	add := func(v string) {
		for _, r := range rs {
			if r == v {
				return
			}
		}
		rs = append(rs, v)
	}
	lastClause := lastPartAt(body, "，,；;。！!？?")
	lastSentence := lastPartAt(body, "。！!？?")
	add(body[:lastClause] + fixCore + end)
	add(body[:lastSentence] + fixCore + end)
	if len(rs) == 1 {
		add(body + "，" + fixCore + end) // nothing replaced: the words added
	}
	return "", rs, true
}

// lastMatch is the byte range of the last match of re in s, or nil.
func lastMatch(re *regexp.Regexp, s string) []int {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

// lastPartAt is where the last part of s after any of the marks starts.
func lastPartAt(s, marks string) int {
	i := strings.LastIndexAny(s, marks)
	if i < 0 {
		return 0
	}
	_, n := firstRune(s[i:])
	return i + n
}

// alignedFix replaces in before the words fix corrects: the span of one
// clause that shares the most of its beginning and end with fix
// ("片头已标注" → "片尾已标注", "三十年" → "二十年", "驻村书记带领村民致富" →
// "驻村第一书记带领村民致富"), nearest the correction on a tie. Beginning and
// end must cover half the longer of the two, or nothing is clear.
func alignedFix(before, fix string) (string, bool) {
	b, f := []rune(before), []rune(fix)
	n := len(f)
	bestI, bestJ, best, bestGap := -1, -1, 0, 0
	for i := 0; i < len(b); i++ {
		for j := i + 1; j <= len(b) && j-i <= n+20; j++ {
			if !wordEdge(b, i, j-i) {
				break
			}
			span := b[i:j]
			p, q := 0, 0
			for p < len(span) && p < n && span[p] == f[p] {
				p++
			}
			for q < len(span)-p && q < n-p && span[len(span)-1-q] == f[n-1-q] {
				q++
			}
			if p == len(span) && p == n {
				continue // the same words
			}
			score, gap := p+q, abs(len(span)-n)
			if score < 2 || 2*score < max(len(span), n) {
				continue
			}
			if score > best || score == best && (gap < bestGap || gap == bestGap && i >= bestI) {
				bestI, bestJ, best, bestGap = i, j, score, gap
			}
		}
	}
	if bestI < 0 {
		return "", false
	}
	return string(b[:bestI]) + fix + string(b[bestJ:]), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// wordEdge reports whether the span b[k:k+n] changes in a run of letters,
// not across punctuation: the words corrected stand in one clause.
func wordEdge(b []rune, k, n int) bool {
	for _, r := range b[k : k+n] {
		if unicode.IsPunct(r) || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// selfFixInText acts on a self-corrected free text at a free-text step and
// on the pick of a reading asked before. v is the message to read on;
// reply is set when the turn is answered here.
func (t *turn) selfFixInText(e *contestbot.Entry, s string, pending slot, reask func(string) string) (v, reply string, done bool) {
	if r := t.readings; r != nil {
		t.readings = nil
		if r.EntryID == e.ID && r.Slot == pending {
			switch n := atoiCN(strings.Trim(compact(s), "第种个条。.!！")); {
			case n >= 1 && n <= len(r.Readings):
				return labelLine(r.Slot, r.Readings[n-1]), "", false
			}
		}
	}
	if !pending.freeText() || extract(s).labelled {
		return s, "", false
	}
	one, two, ok := selfFixReading(s)
	switch {
	case !ok:
		return s, "", false
	case one != "":
		return one, "", false
	}
	t.st.Readings = &textReadings{EntryID: e.ID, Slot: pending, Readings: two}
	var b strings.Builder
	fmt.Fprintf(&b, "您后面改了一处，我不确定改的是哪部分，%s有两种写法：", pending.label())
	for i, r := range two {
		fmt.Fprintf(&b, "\n%d. %s", i+1, r)
	}
	b.WriteString("\n请回复1或2；都不对就直接发改好的全文。")
	return s, b.String(), true
}

// reCut names a span of a text by its ends: "到“先锋模范作用。”为止",
// "从“作品以动画形式”开始", "从“A”到“B”".
var (
	reCutFrom = regexp.MustCompile(`从[“"「‘]([^”"」’]+)[”"」’](?:开始|起)?`)
	reCutTo   = regexp.MustCompile(`到[“"「‘]([^”"」’]+)[”"」’](?:为止|就完了|就行了|就行|就好|结束|截止|止)?`)
	// reCutSource names the text taken from: "用简介的开头", "就用上面简介".
	reCutSource = regexp.MustCompile(`(?:用|拿|取|摘|截|改成|换成|写成|改为)(?:上面|前面|刚才)?(?:的|那段)?((?:内容|作品)?(?:简介|摘要))`)
)

// cutByMarkers reads a cut by its ends and returns the value to store,
// labelled; ok is false when s names no span or the span is not in the
// source text. A span named but not found is said so (reply).
func (t *turn) cutByMarkers(e *contestbot.Entry, s string, pending slot) (v, reply string, ok bool) {
	reask := func(head string) string {
		if pending == "" {
			return head
		}
		return head + "\n\n" + t.question(e, pending)
	}
	from, to := reCutFrom.FindStringSubmatch(s), reCutTo.FindStringSubmatch(s)
	if to == nil && (from == nil || !strings.Contains(from[0], "开始")) || contestbot.RuneLen(compact(s)) > 120 {
		return "", "", false
	}
	if _, ok := readRemoval(s); ok {
		return "", "", false // "“X”不要写进去，简介从“Y”开始": removetext.go takes the words out
	}
	// The source: named after 用, else the field named, else the pending
	// one. The target: the field named other than the source, else the
	// pending one, else the source itself.
	rest := s
	for _, m := range [][]string{from, to} {
		if m != nil {
			rest = strings.Replace(rest, m[0], "", 1)
		}
	}
	var src, dst slot
	if m := reCutSource.FindStringSubmatchIndex(rest); m != nil {
		src = labelSlot(rest[m[2]:m[3]])
		rest = rest[:m[0]] + rest[m[1]:]
	}
	dst = firstNamedField(compact(rest))
	if dst != "" && !dst.freeText() {
		return "", "", false
	}
	if dst == "" {
		dst = src
		if pending.freeText() && (src == "" || src != pending && textPtr(e, pending) != nil && *textPtr(e, pending) == "") {
			dst = pending
		}
	}
	if dst == "" {
		dst = t.st.Prev
	}
	if src == "" {
		src = dst
	}
	if dst == "" || !dst.freeText() || !src.freeText() {
		return "", "", false
	}
	p := textPtr(e, src)
	if p == nil || *p == "" {
		return "", "", false
	}
	text := *p
	i, j := 0, len(text)
	if from != nil {
		a, _, found := findLoose(text, from[1], false, false)
		if !found {
			return "", reask(fmt.Sprintf("%s里没找到“%s”，没有改动。%s现在是：%s", src.label(), from[1], src.label(), display(t.c.season, e, src))), true
		}
		i = a
	}
	if to != nil {
		_, b, found := findLoose(text[i:], to[1], false, false)
		if !found {
			return "", reask(fmt.Sprintf("%s里没找到“%s”，没有改动。%s现在是：%s", src.label(), to[1], src.label(), display(t.c.season, e, src))), true
		}
		j = i + b
		// The sentence mark after the end is kept, quoted or not: the
		// quoted one is skipped by findLoose.
		if r, n := firstRune(text[j:]); n > 0 && strings.ContainsRune("。！!？?", r) {
			j += n
		}
	}
	span := strings.TrimSpace(text[i:j])
	if span == "" {
		return "", "", false
	}
	if lim := fieldLimit(dst); lim > 0 && contestbot.RuneLen(span) > lim {
		return "", reask(fmt.Sprintf("%s里这一段共%d字，%s要%d字以内，没有记录。请把终点往前挪一点再说一次，或直接发%d字以内的%s。",
			src.label(), contestbot.RuneLen(span), dst.label(), lim, lim, dst.label())), true
	}
	return labelLine(dst, span), "", true
}
