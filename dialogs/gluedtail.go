package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s9-a (issue #10, round 22, rp105 p105b): "小红船的故事 2分半动画制作" at the
// 片名 step, and "片名小红船的故事 2分半 动画制作 联系人…" in a first message,
// stored the whole run as the title. A running time and a category said
// after a title, set off by a space (the category may be glued to the
// time), are their own fields when they parse as such. The title form
// (form.go) already splits such a tail set off by commas; gluedTitleTail
// puts the commas in, so that one reader stores and echoes all three. A
// title in quotes, a title with a number inside ("三分钟的青春") and a tail
// that leaves no title are kept whole.

// reTailDuration is a running time at the end of a title, after a space.
var reTailDuration = regexp.MustCompile(`\s([0-9一二两三四五六七八九十]+(?:分钟|分|min|')(?:[0-9一二三四五六七八九十]+(?:秒钟|秒|s|")?|半)?|[0-9一二两三四五六七八九十百]+(?:秒钟|秒|s))$`)

// gluedTitleTail returns raw, a title's words, with a comma before a
// trailing running time and category: "小红船的故事，2分半，动画制作".
func gluedTitleTail(season *contestbot.Season, raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.ContainsAny(raw, titleQuoteChars) || season == nil {
		return raw
	}
	head, cat := raw, ""
	lower := strings.ToLower(contestbot.NormalizeWidth(raw))
	for _, c := range season.Categories {
		for _, w := range append([]string{c}, season.CategoryWords[c]...) {
			w = strings.ToLower(contestbot.NormalizeWidth(w))
			if w == "" || !strings.HasSuffix(lower, w) || len(lower) != len(raw) {
				continue
			}
			before := raw[:len(raw)-len(w)]
			if strings.TrimRight(before, " \t　") == before && !reTailDuration.MatchString(" "+titleTailWord(before)) {
				continue // "红色动画": a title that ends with the word
			}
			if len(w) > len(cat) {
				head, cat = strings.TrimSpace(before), raw[len(before):]
			}
		}
	}
	dur := ""
	if m := reTailDuration.FindStringSubmatchIndex(head); m != nil {
		d := head[m[2]:m[3]]
		if _, ok := findDuration(d); ok {
			head, dur = strings.TrimSpace(head[:m[0]]), d
		}
	} else if cat != "" {
		// "…故事2分半动画制作" was no tail glued to a spaced time: the title
		// ends with a number phrase, kept whole.
		if strings.TrimRight(raw[:len(raw)-len(cat)], " \t　") == raw[:len(raw)-len(cat)] {
			return raw
		}
	}
	if dur == "" && cat == "" || contestbot.RuneLen(compact(head)) < 2 || onlyNumberPhrase(head) {
		return raw
	}
	out := head
	for _, p := range []string{dur, cat} {
		if p != "" {
			out += "，" + p
		}
	}
	return out
}

// titleQuoteChars are the marks that put a title in quotes.
const titleQuoteChars = "《》“”\"「」『』"

// titleTailWord is the last space-separated word of s.
func titleTailWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// reNumberPhrase is a phrase of numbers and units alone: "三分钟", "2分半".
var reNumberPhrase = regexp.MustCompile(`^[0-9一二两三四五六七八九十百千万半\s]+(?:分钟|分|秒钟|秒|年|天|个|次)*$`)

// onlyNumberPhrase reports whether a title is only a number phrase.
func onlyNumberPhrase(s string) bool {
	return reNumberPhrase.MatchString(strings.TrimSpace(s))
}

// titleFirst puts the title back before the fields split off its tail
// (set from index from on, last first) in r, so that the echo reads them
// in the order said: 片名, 时长, 分类.
func titleFirst(r *fillResult, from int) {
	if from >= len(r.set) {
		return
	}
	tail := r.set[from:]
	i := slices.Index(tail, slot(contestbot.FieldTitle))
	if i < 0 {
		return
	}
	others := slices.Delete(slices.Clone(tail), i, i+1)
	slices.Reverse(others)
	r.set = append(append(r.set[:from:from], slot(contestbot.FieldTitle)), others...)
}
