package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// s8-m: englishAsChinese reads the English field words of englishLabels
// (paste.go) as their Chinese short labels, for predicates that look for
// Chinese words: "summary跟synopsis一样" means 摘要跟简介一样. Only whole
// words are replaced ("synopsises" is left alone). It is for reading a
// message, never for a value that is stored.
func englishAsChinese(s string) string {
	low := strings.ToLower(s)
	if !strings.ContainsFunc(low, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
		return s
	}
	rs := []rune(low)
	var b strings.Builder
	for i := 0; i < len(rs); {
		w, zh := englishLabelAt(rs, i)
		if w == "" {
			b.WriteRune(rs[i])
			i++
			continue
		}
		b.WriteString(zh)
		i += len([]rune(w))
	}
	return b.String()
}

// englishLabelAt is the longest English label word standing at i of rs as
// a whole word, and its Chinese short label.
func englishLabelAt(rs []rune, i int) (string, string) {
	best, zh := "", ""
	for s, ws := range englishLabels {
		for _, w := range ws {
			if len(w) <= len(best) || !strings.HasPrefix(string(rs[i:]), w) || !asciiWordAt(rs, i, w) {
				continue
			}
			if z := chineseShort(s); z != "" {
				best, zh = w, z
			}
		}
	}
	return best, zh
}

// chineseShort is the short Chinese label of a slot: 简介, 摘要, 编导.
func chineseShort(s slot) string {
	if z, ok := roleShort[s]; ok {
		return z
	}
	l := strings.TrimPrefix(strings.TrimPrefix(s.label(), "内容"), "作品")
	if i := strings.IndexAny(l, "(（"); i > 0 {
		l = l[:i]
	}
	return l
}

// s11-i (round 30, rp144 waiyu_mix): at an eligibility step a contact
// mixing in English answers "Yes都符合，7-8月拍的，没发过，no AI". The
// English yes that opens the answer is 是 and "no AI" is 没用AI, so the
// Chinese readers keep every fact. Only whole words are read ("yesterday",
// "okay了吗" with more after are left alone by the word boundary and the
// question check).

// reEnglishYesLead is an English yes opening the message.
var reEnglishYesLead = regexp.MustCompile(`^(?i:okay|yeah|yes|yep|ok)`)

// reEnglishNoAI is an English denial of AI: "no AI", "without AI".
var reEnglishNoAI = regexp.MustCompile(`(?i)\b(?:no|without|non)[ -]?(?:ai|aigc)\b`)

// englishEligibility rewrites the English yes and "no AI" of an answer at
// an eligibility step into Chinese, for reading only.
func englishEligibility(s string, pending slot) string {
	if !pending.eligibility() || isQuestion(s) {
		return s
	}
	t := strings.TrimSpace(s)
	if loc := reEnglishYesLead.FindStringIndex(t); loc != nil {
		rest := t[loc[1]:]
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !isLatin(r) {
			if trimmed := strings.TrimLeft(rest, " "); trimmed != rest && trimmed != "" {
				rest = "，" + trimmed
			}
			t = "是" + rest
		}
	}
	t = reEnglishNoAI.ReplaceAllString(t, "没用AI")
	if t == strings.TrimSpace(s) {
		return s
	}
	return t
}
