package knowledge

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// People type Chinese by pinyin and pick a candidate: the wrong one of the
// same sound gives "结止" for 截止, "油箱" for 邮箱, "报铭表" for 报名表,
// "视品" for 视频, "时常" for 时长, "编岛" for 编导, "剪吉" for 剪辑. Such a
// typo is one character swapped for another that shares a toneless reading
// (the input method ignores tones, so tones cannot tell typos apart: 频 pín
// and 品 pǐn). go-pinyin gives every reading of a character (长: chang and
// zhang), and two characters sound the same when they share one.
//
// A different word that merely sounds the same is no typo. The guards:
//   - words of two or more Chinese characters only, differing in exactly one
//     ("实践" is not 时间, "保命" is not 报名: both characters differ);
//   - the swapped-in character is not a grammatical one (particles,
//     pronouns, 是, 有, 不, 个 …) nor a number: "15号吗" is not 号码, "是长"
//     is not 时长, "分几轮" is not 分集; a form holding a number is a
//     quantity and is matched only as written ("两分钟" is not 两份);
//   - a word that is itself one of the knowledge's forms is read as written
//     ("评选结果" is not 平选 misspelt);
//   - a swapped character that makes a word with a neighbour, as the
//     knowledge's own forms and answers write words, belongs to that word:
//     "直接说" is 直接 + 说, not 解说 misspelt.

// grammarChars are characters a user who typed them meant: particles,
// pronouns, the copula, negation, the commonest measure word. None of
// them stands for a content character of the same sound.
const grammarChars = "吗嘛吧呢啊呀哦哈嘞呗的地得了着过是在有和与或及就也都还又再不没别很太更最这那哪个些么之我你他她它们咱俺" + numeralChars

// numeralChars are numbers and the question words for one (几, 多少). A form
// holding one is a quantity ("两份", "1式2份"), not a word a typo garbles:
// "两分四十秒" is a duration, not 两份 misspelt; and a number typed stays
// one: "评审分几轮" is not 分集, "剪成几段" not 成绩, "时长多少" not 长度.
const numeralChars = "零〇一二两三四五六七八九十百千万亿几多少半双"

// readingCache maps a rune to its toneless pinyin readings ([]string).
var readingCache sync.Map

var pinyinArgs = pinyin.Args{Style: pinyin.Normal, Heteronym: true}

// readings returns r's toneless pinyin readings, nil for a character
// that is not Chinese.
func readings(r rune) []string {
	if v, ok := readingCache.Load(r); ok {
		return v.([]string)
	}
	var rs []string
	if isHan(r) {
		rs = pinyin.SinglePinyin(r, pinyinArgs)
	}
	readingCache.Store(r, rs)
	return rs
}

// sameSound reports whether a and b share a toneless reading.
func sameSound(a, b rune) bool {
	if a == b {
		return true
	}
	ra, rb := readings(a), readings(b)
	for _, x := range ra {
		for _, y := range rb {
			if x == y {
				return true
			}
		}
	}
	return false
}

// SameSound reports whether typed reads as word misspelt by a pinyin input
// method: both are words of two or more Chinese characters, of the same
// length, differing in exactly one character, the two characters share a
// toneless reading, the one typed is not a grammatical character or a
// number, and word holds no number.
// SameSound("油箱", "邮箱") and SameSound("联系任", "联系人") are true;
// SameSound("实践", "时间"), SameSound("保命", "报名"), SameSound("号吗",
// "号码") and SameSound("邮箱", "邮箱") are false. Where typed stands in a
// sentence, the caller checks that it is not a word of its own there.
func SameSound(typed, word string) bool {
	_, ok := swappedAt(typed, word)
	return ok
}

// swappedAt is SameSound, and also says which character (in runes) is
// swapped.
func swappedAt(typed, word string) (int, bool) {
	if strings.ContainsAny(word, numeralChars) {
		return 0, false
	}
	at, i := -1, 0
	for typed != "" && word != "" {
		a, na := utf8.DecodeRuneInString(typed)
		b, nb := utf8.DecodeRuneInString(word)
		if !isHan(a) || !isHan(b) {
			return 0, false
		}
		if a != b {
			if at >= 0 || strings.ContainsRune(grammarChars, a) || !sameSound(a, b) {
				return 0, false
			}
			at = i
		}
		typed, word = typed[na:], word[nb:]
		i++
	}
	return at, typed == "" && word == "" && at >= 0 && i >= 2
}

// soundIndex finds the places where a form of the matcher occurs with one
// character swapped for a homophone. A form is filed under each of its
// characters replaced by a wildcard ("邮*", "*箱" for 邮箱): a window of the
// question that matches a key exactly but for one character is a
// candidate, checked by swappedAt.
type soundIndex struct {
	keys    map[string][]soundForm
	lengths []int         // the forms' lengths in runes, ascending
	runes   map[rune]bool // the characters of the forms
	exact   map[string]bool
	// bigrams are the knowledge's two-character words: its forms of two
	// characters (a longer form joins words: 作品时长 holds 品时, no word)
	// and the neighbouring characters of its answers. A form that is a
	// typo of another form of its concept (油箱 beside 邮箱) is none.
	bigrams map[string]bool
}

// soundForm is a form filed in a soundIndex: concept ci's form text.
type soundForm struct {
	ci   int
	text string
}

// wildcard stands for the swapped character in a soundIndex key: a
// private-use character no text holds.
const wildcard = '\uE000'

// indexSounds builds m's soundIndex from its forms (of two or more Chinese
// characters) and the text of its answers.
func (m *matcher) indexSounds() {
	x := &soundIndex{keys: map[string][]soundForm{}, runes: map[rune]bool{}, exact: map[string]bool{}, bigrams: map[string]bool{}}
	lengths := map[int]bool{}
	for ci, forms := range m.forms {
		for _, f := range forms {
			x.exact[f.text] = true
			if utf8.RuneCountInString(f.text) == 2 && !typoForm(f.text, forms) {
				addBigrams(x.bigrams, f.text)
			}
			rs := []rune(f.text)
			if len(rs) < 2 || !allHan(f.text) || strings.ContainsAny(f.text, numeralChars) {
				continue
			}
			lengths[len(rs)] = true
			for p := range rs {
				x.runes[rs[p]] = true
				k := slicesReplace(rs, p)
				x.keys[k] = append(x.keys[k], soundForm{ci, f.text})
			}
		}
	}
	for _, in := range m.intents {
		addBigrams(x.bigrams, normalize(in.answer))
	}
	for n := 2; n <= 16; n++ {
		if lengths[n] {
			x.lengths = append(x.lengths, n)
		}
	}
	m.sounds = x
}

// typoForm reports whether form is a homophone typo of another of forms
// (a facts file lists typos people make: 油箱 beside 邮箱).
func typoForm(form string, forms []form) bool {
	for _, g := range forms {
		if SameSound(form, g.text) {
			return true
		}
	}
	return false
}

// slicesReplace is rs with rs[p] replaced by the wildcard, as a string.
func slicesReplace(rs []rune, p int) string {
	var b strings.Builder
	for i, r := range rs {
		if i == p {
			r = wildcard
		}
		b.WriteRune(r)
	}
	return b.String()
}

// addBigrams adds the neighbouring Chinese character pairs of s to set.
func addBigrams(set map[string]bool, s string) {
	var prev rune
	for _, r := range s {
		if isHan(r) && isHan(prev) {
			set[string([]rune{prev, r})] = true
		}
		prev = r
	}
}

// soundHit is a form found in a question with one character swapped.
type soundHit struct {
	soundForm
	start, end int // byte offsets in the question
}

// find returns the places in q where a form occurs with one character
// swapped for a homophone, under the guards above.
func (x *soundIndex) find(q string) []soundHit {
	if x == nil || len(x.lengths) == 0 {
		return nil
	}
	var rs []rune
	var offs []int
	for i, r := range q {
		rs = append(rs, r)
		offs = append(offs, i)
	}
	offs = append(offs, len(q))
	// bad[i] and unknown[i] count, before rune i, the characters that are
	// not Chinese and the Chinese ones that are in no form: a window may
	// hold none of the first and at most one of the second (the swapped
	// character).
	bad, unknown := make([]int, len(rs)+1), make([]int, len(rs)+1)
	for i, r := range rs {
		bad[i+1], unknown[i+1] = bad[i], unknown[i]
		switch {
		case !isHan(r):
			bad[i+1]++
		case !x.runes[r]:
			unknown[i+1]++
		}
	}
	var hits []soundHit
	key := make([]rune, 0, 16)
	for i := range rs {
		for _, n := range x.lengths {
			if i+n > len(rs) || bad[i+n] > bad[i] {
				break
			}
			w := rs[i : i+n]
			at := -1 // the one character in no form, if any
			switch unknown[i+n] - unknown[i] {
			case 0:
			case 1:
				for j, r := range w {
					if !x.runes[r] {
						at = j
					}
				}
			default:
				continue
			}
			text := q[offs[i]:offs[i+n]]
			if x.exact[text] {
				// Read as written.
				continue
			}
			for p := range w {
				if at >= 0 && p != at {
					continue
				}
				key = append(key[:0], w...)
				key[p] = wildcard
				for _, sf := range x.keys[string(key)] {
					hits = x.check(hits, sf, rs, i, n, p, offs)
				}
			}
		}
	}
	return hits
}

// check appends the hit of form sf at window rs[i:i+n], swapped at p,
// when the guards let it through.
func (x *soundIndex) check(hits []soundHit, sf soundForm, rs []rune, i, n, p int, offs []int) []soundHit {
	if at, ok := swappedAt(string(rs[i:i+n]), sf.text); !ok || at != p {
		return hits
	}
	// A swapped character that makes a word with a neighbour, inside the
	// window or outside it, as the knowledge's own text writes words,
	// belongs to that word.
	if at := i + p; at > 0 && x.bigrams[string(rs[at-1:at+1])] || at+1 < len(rs) && x.bigrams[string(rs[at:at+2])] {
		return hits
	}
	return append(hits, soundHit{soundForm: sf, start: offs[i], end: offs[i+n]})
}

// allHan reports whether s is Chinese characters only.
func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}
