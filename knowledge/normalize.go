package knowledge

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// normalize prepares text for matching: full-width letters, digits and
// punctuation folded to half-width, ASCII lower-cased, traditional
// characters mapped to simplified, dashes unified, and whitespace dropped
// except between two ASCII words ("4k 60m" keeps its space, "码 率" loses it).
func normalize(s string) string {
	s = FoldTraditional(width.Fold.String(s))
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	pendingSpace := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pendingSpace = true
			continue
		}
		switch r {
		case '—', '–', '－', '―', '‐':
			r = '-'
		case '？':
			r = '?'
		case '，', '、':
			r = ','
		case '；':
			r = ';'
		case '：':
			r = ':'
		}
		r = unicode.ToLower(r)
		if pendingSpace && isWordRune(prev) && isWordRune(r) {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
		prev = r
	}
	return foldCNDates(dialect.Replace(b.String()))
}

// dialect folds Henan and other colloquial words into the standard ones
// the concepts are written in: "咋交" is 怎么交, "啥格式" 什么格式,
// "中不中" 行不行, "俺们学校" 我们学校. Concept forms are normalised
// the same way, so a form may be written either way.
var dialect = strings.NewReplacer(
	"咋", "怎么", "啥", "什么", "中不中", "行不行", "俺们", "我们", "俺", "我",
	"弄什么", "干什么", "弄啥", "干什么", "怎的", "怎么", "多会儿", "什么时候",
)

// isWordRune reports whether r is an ASCII letter or digit.
func isWordRune(r rune) bool {
	return r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.')
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
