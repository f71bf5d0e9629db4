package dialogs

import "strings"

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
