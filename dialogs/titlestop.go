package dialogs

import (
	"regexp"
	"strings"
	"unicode"

	"contestbot"
)

// s9-h (issue #10, round 24, rp114 p114a): voice input puts a full stop
// where the speaker pauses, also inside a title: "片名叫车间里的。党员先锋岗".
// The part before the stop is no sentence, it ends in a word that needs
// more after it (的, 之, 与 …), so the stop is no end of the title:
// 车间里的党员先锋岗. A title said before a stop that ends a sentence
// ("片名叫初心如磐。实景拍摄") keeps its end. The remark about such a stop
// after a corrected title ("… 中间没有句号语音打的") is no part of the title.

// openEnders are the words a phrase cannot end in: structural particles,
// conjunctions and prepositions that need a word after them.
const openEnders = "的之与和及跟同向把被对于在为从让"

// reAssentDe is an answer that ends in 的 and is a sentence: "好的。", "是的。".
var reAssentDe = regexp.MustCompile(`^(?:好|是|对|行|真|嗯|可以|没错|当然)的$`)

// titleStops removes the dictated full stops inside a title: in a message
// with a title label, after it; at the title step, in the opening clause.
func titleStops(season *contestbot.Season, s string, pending slot) string {
	if !strings.ContainsAny(s, "。.") {
		return s
	}
	t := newText(s)
	hits := findLabels(t)
	rs := []rune(s)
	drop := map[int]bool{}
	for p := 1; p+1 < len(rs); p++ {
		if t.mask[p] != '。' && t.mask[p] != '.' {
			continue
		}
		if !strings.ContainsRune(openEnders, t.mask[p-1]) || !unicode.Is(unicode.Han, rs[p+1]) {
			continue
		}
		// Where the title value before the stop starts: after the last
		// label before it, or the message start at the title step.
		start, ok := -1, false
		for _, h := range hits {
			if h.start < p {
				start, ok = h.end, h.slot == slot(contestbot.FieldTitle)
			}
		}
		if start < 0 {
			start, ok = 0, pending == slot(contestbot.FieldTitle)
		}
		if !ok || p-start < 2 || hasSepIn(t.mask[start:p], drop, start) || reAssentDe.MatchString(strings.TrimSpace(string(t.mask[start:p]))) {
			continue
		}
		if !titleGoesOnAfterStop(season, rs, t.mask, p+1, hits) {
			continue
		}
		drop[p] = true
	}
	if len(drop) == 0 {
		return s
	}
	var b strings.Builder
	for i, r := range rs {
		if !drop[i] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hasSepIn reports whether a clause separator stands in m (a stop already
// found to be dictated, at offset base+i, does not count).
func hasSepIn(m []rune, drop map[int]bool, base int) bool {
	for i, r := range m {
		if isClauseSep(r) && !drop[base+i] {
			return true
		}
	}
	return false
}

// titleGoesOnAfterStop reports whether the clause from q reads as the rest
// of a title: short words of Han script, no label, no number, no category.
func titleGoesOnAfterStop(season *contestbot.Season, rs, mask []rune, q int, hits []labelHit) bool {
	e := q
	for e < len(mask) && !isSep(mask[e]) && mask[e] != ' ' {
		e++
	}
	n := e - q
	if n < 2 || n > 12 {
		return false
	}
	for _, h := range hits {
		if h.start >= q && h.start < e {
			return false
		}
	}
	rest := string(rs[q:e])
	if strings.ContainsFunc(rest, unicode.IsDigit) || hasDuration(rest) || categoryWord(season, rest) != "" {
		return false
	}
	return !isQuestion(rest)
}

// reStopRemark is a remark after a title about how voice input wrote it:
// "中间没有句号语音打的", "那个句号是语音识别多打的", "不要逗号".
var reStopRemark = regexp.MustCompile(`[\s，,。；;]+[^\s，,。；;《》]{0,8}?(?:句号|逗号|顿号|标点|语音)[^\s，,。；;《》]{0,10}$`)

// stopRemarkOff takes such a remark off a title value.
func stopRemarkOff(v string) string {
	if loc := reStopRemark.FindStringIndex(v); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(v[:loc[0]])
	}
	return v
}
