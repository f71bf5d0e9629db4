package knowledge

import (
	"regexp"
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
	return foldCNDates(foldAskSound(foldWhereTypo(foldLe(dialect.Replace(b.String())))))
}

// askChars are the question words a pinyin typo may garble into a
// demonstrative of the same sound: "报名要交那些材料" (那 nà for 哪 nǎ).
const askChars = "哪几谁"

// askClassifiers may follow a question word asking which or how many.
const askClassifiers = "些个种类样项位份张"

// foldAskSound reads a grammatical character typed for a question word of
// the same toneless sound (go-pinyin, sameSound) as that question word, in
// a message that asks nothing otherwise: the character stands after a
// content word (a verb: "交那些") and before a classifier, as a question
// word does. "那些材料我都交了" (after nothing), "我们那些片子" (after a
// pronoun) and any message that already asks keep their words. (s11-g,
// rp141 q12)
func foldAskSound(s string) string {
	if !strings.Contains(s, "那") || isQuestion(s) || strings.HasSuffix(s, "了") {
		return s
	}
	rs := []rune(s)
	changed := false
	for i := 1; i+1 < len(rs); i++ {
		r := rs[i]
		if !strings.ContainsRune(grammarChars, r) || strings.ContainsRune(askChars, r) ||
			!strings.ContainsRune(askClassifiers, rs[i+1]) {
			continue
		}
		if prev := rs[i-1]; !isHan(prev) || strings.ContainsRune(grammarChars, prev) {
			continue
		}
		for _, a := range askChars {
			if sameSound(r, a, false) {
				rs[i], changed = a, true
				break
			}
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

// reLe is Henan 嘞 before a word: the possessive 的 ("开会嘞时候", "俺学校嘞
// 片子"); a sentence-final 嘞 ("好嘞") is a particle and stays. (s10-h, rp126)
var reLe = regexp.MustCompile(`嘞(\p{Han})`)

func foldLe(s string) string {
	if !strings.Contains(s, "嘞") {
		return s
	}
	return reLe.ReplaceAllString(s, "的$1")
}

// reWhereTypo is 那 (that) ending a clause, alone or as 那天/那里/那儿:
// typed for 哪 (which, where) in a question ("交到那", "截止是那天"), since
// a clause does not end on "that" otherwise. (s5-k3)
// A bare form ("那天", a concept's word for the day itself) is left alone.
var reWhereTypo = regexp.MustCompile(`([^,.;:!?~])那(天|里|儿)?([,.;:!?~]|$)`)

// foldWhereTypo reads a clause-final 那 as 哪.
func foldWhereTypo(s string) string {
	if !strings.Contains(s, "那") {
		return s
	}
	return reWhereTypo.ReplaceAllString(s, "${1}哪$2$3")
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
