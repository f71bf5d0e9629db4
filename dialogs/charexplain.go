package dialogs

import (
	"regexp"
	"strings"
	"unicode"
)

// s11-i (round 30, rp142 youshi_laoshi): voice input says how a value's
// characters are written right after it: "片名叫幼苗与党旗 就是那个小树苗的苗
// 幼儿的幼", "秦玉兰 秦始皇的秦 玉兰花的玉兰", "李雪 木子李下雪的雪". Such a
// clause explains characters of the word before it and is never part of a
// value; a count that matches the word ("幼苗与党旗五个字") only confirms it.

// reCharOf is one "word 的 character" explanation: 秦始皇的秦, 小树苗的苗,
// 就是那个幼儿的幼, 下雪的那个雪. Groups: the word, the characters explained.
var reCharOf = regexp.MustCompile(`^(?:就是|也就是|是|即)?(?:那个|这个)?(\p{Han}{1,5}?)的(?:那个|这个)?(\p{Han}{1,2})(?:字)?`)

// reRadical is a component said for a character: 木字旁, 草字头, 三点水,
// 单人旁的仁.
var reRadical = regexp.MustCompile(`^(?:就是|是)?(?:\p{Han}{1,2}(?:字旁|字头|字底|旁|头|底)|[两三]点水)(?:的(\p{Han}))?`)

// reCountOf is a character count: 五个字, 就是5个字.
var reCountOf = regexp.MustCompile(`^(?:就是|一共|共|总共|只有)?([0-9一二两三四五六七八九十]{1,3})个字`)

// charExplained removes the explanations of characters said after a value
// in s. At a free-text step nothing is touched: a 简介 says what it likes.
func charExplained(s string, pending slot) string {
	if pending.freeText() || !strings.Contains(s, "的") && !strings.Contains(s, "个字") && !strings.ContainsAny(s, "旁头底水") {
		return s
	}
	s = countGlued(s)
	rs := []rune(s)
	var out []rune
	word := []rune{} // the clause the explanations explain
	cur := []rune{}
	flush := func(end rune, hasEnd bool) {
		if len(word) > 0 && len(cur) > 0 {
			if _, ok := explainsWord(string(cur), string(word)); ok {
				cur = cur[:0] // the explanation; a count only confirms
				return
			}
		}
		if len(out) > 0 && len(cur) > 0 && !isSep(out[len(out)-1]) && out[len(out)-1] != ' ' {
			out = append(out, ' ')
		}
		out = append(out, cur...)
		if len(cur) > 0 {
			word = append(word[:0], cur...)
		}
		if hasEnd && len(cur) > 0 {
			out = append(out, end)
		}
		cur = cur[:0]
	}
	for _, r := range rs {
		if r == ' ' || r == '　' || r == '，' || r == ',' || r == '、' {
			flush(r, true)
			continue
		}
		cur = append(cur, r)
	}
	flush(0, false)
	got := strings.TrimRightFunc(string(out), func(r rune) bool { return r == ' ' || r == '，' || r == ',' || r == '、' })
	if got == strings.TrimSpace(s) {
		return s
	}
	return got
}

// explainsWord reports whether clause is made of character explanations of
// word, all of it but a disowning remark after them ("…后面是解释"). A
// count must match a word at the end of word.
func explainsWord(clause, word string) (string, bool) {
	c := clause
	units := 0
	for c != "" {
		if m := reCharOf.FindStringSubmatch(c); m != nil && explainsChars(m[1], m[2], word) {
			c, units = c[len(m[0]):], units+1
			continue
		}
		if m := reRadical.FindStringSubmatch(c); m != nil && (m[1] == "" || strings.Contains(word, m[1])) {
			c, units = c[len(m[0]):], units+1
			continue
		}
		if m := reCountOf.FindStringSubmatch(c); m != nil && countEndsWord(smallCount(m[1]), word) {
			c, units = c[len(m[0]):], units+1
			continue
		}
		// a split character before an explanation: "木子李下雪的雪" (木子 is
		// 李 taken apart); three characters ending in one of word's
		if rs := []rune(c); units == 0 && len(rs) > 3 && strings.ContainsRune(word, rs[2]) && !strings.ContainsRune(word, rs[0]) {
			if m := reCharOf.FindStringSubmatch(string(rs[3:])); m != nil && explainsChars(m[1], m[2], word) {
				c, units = string(rs[3:]), units+1
				continue
			}
		}
		break
	}
	if units == 0 {
		return clause, false
	}
	if c != "" && !reDisowned.MatchString(c) && !strings.HasPrefix(c, "后") {
		return clause, false // "红旗渠 三个字以内吗": more than an explanation
	}
	return "", true
}

// explainsChars reports whether "host 的 chars" explains characters of
// word: the characters are in word and in the host word, and the host is
// more than they are.
func explainsChars(host, chars, word string) bool {
	if chars == "" || host == chars || !strings.Contains(word, chars) || !strings.Contains(host, chars) {
		return false
	}
	for _, r := range chars {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// countEndsWord reports whether the last n characters of word, after a
// label, are a value: "片名就是幼苗与党旗" with 5.
func countEndsWord(n int, word string) bool {
	rs := []rune(strings.TrimSpace(word))
	if n < 2 || n > len(rs) {
		return false
	}
	for _, r := range rs[len(rs)-n:] {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return n == len(rs) || strings.ContainsRune("是叫：:为", rs[len(rs)-n-1])
}

// reGluedCount is a count glued to the value it counts, with the disowned
// rest after it: "片名就是幼苗与党旗五个字后面那是我跟你解释是哪个字".
var reGluedCount = regexp.MustCompile(`([0-9一二两三四五六七八九十]{1,3})个字`)

// countGlued cuts a count glued after a value it matches, and a disowned
// explanation after the count, out of s.
func countGlued(s string) string {
	loc := reGluedCount.FindStringSubmatchIndex(s)
	if loc == nil || loc[0] == 0 {
		return s
	}
	before, after := s[:loc[0]], s[loc[1]:]
	if !countEndsWord(smallCount(s[loc[2]:loc[3]]), before) {
		return s
	}
	a := strings.TrimLeftFunc(after, func(r rune) bool { return isSep(r) || r == ' ' })
	switch {
	case a == "":
	case reDisowned.MatchString(a) || strings.HasPrefix(a, "后面") || strings.HasPrefix(a, "后头") || strings.HasPrefix(a, "后边"):
		a = ""
	default:
		return s // "红旗渠三个字以内吗": a question, not a count
	}
	return before
}
