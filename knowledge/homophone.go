package knowledge

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// People type Chinese by pinyin and pick a candidate: the wrong one of the
// same sound gives "结止" for 截止, "油箱" for 邮箱, "报铭表" for 报名表,
// "视品" for 视频, "时常" for 时长, "编岛" for 编导, "剪吉" for 剪辑. Such a
// typo is one character swapped for another of the same sound; go-pinyin
// gives the readings (sameSound). The input method ignores tones, so the
// usual readings are compared without them (频 pín, 品 pǐn).
//
// A different word that merely sounds the same is no typo. The guards:
//   - words of two or more Chinese characters only, differing in exactly one
//     ("实践" is not 时间, "保命" is not 报名: both characters differ);
//   - neither swapped character is a grammatical one (particles, pronouns,
//     是, 有, 不, 先, 个 …) or a number, and another character of the word
//     carries meaning: "15号吗" is not 号码, "交纳" is not 交哪, "报完了" is
//     not 晚了, "分几轮" is not 分集; a form of two characters holding a
//     number is a quantity and is matched only as written ("两分钟" is not
//     两份); a longer one may have its content character misspelt when
//     another content character of it stands as written ("盖几个张" is
//     盖几个章: 盖 anchors it; "几个张" alone has no anchor and stays);
//   - in a question (soundIndex), only usual readings count; a word that is
//     itself one of the knowledge's forms is read as written ("评选结果" is
//     not 平选 misspelt); a swapped character that makes a word with a
//     neighbour, as the knowledge's forms, answers and notice write words,
//     belongs to that word ("直接说" is 直接 + 说, not 解说 misspelt); and a
//     two-character window must not straddle two words ("办公室" holds 公室).

// grammarChars are particles, pronouns and question words, the copula,
// negation, adverbs of order and degree, the commonest measure word. A
// user who typed one meant it; and one in a form is no content to match
// by sound: "交纳" is no typo of 交哪, "报完了" none of 晚了.
const grammarChars = "吗嘛吧呢啊呀哦哈嘞呗的地得了着过是在有和与或及就也都还又再才先不没别很太更最这那哪谁啥个些么之我你他她它们咱俺" + numeralChars

// numeralChars are numbers and the question words for one (几, 多少). A form
// holding one is a quantity ("两份", "一式两份"), not a word a typo garbles:
// "两分四十秒" is a duration, not 两份 misspelt; and a number typed stays
// one: "评审分几轮" is not 分集, "剪成几段" not 成绩, "时长多少" not 长度.
const numeralChars = "零〇一二两三四五六七八九十百千万亿几多少半双"

// sound is what a character sounds like: its usual reading without and
// with tone, and its other readings with tone.
type sound struct {
	usual, usualTone string
	others           []string
}

// soundCache maps a rune to its sound.
var soundCache sync.Map

// soundOf returns r's sound (zero for a character that is not Chinese).
// go-pinyin lists a character's usual reading first (频 pín); the others
// are often rare (限 wěn, 掉 nuó, 说 shuì, 台 yí).
func soundOf(r rune) sound {
	if v, ok := soundCache.Load(r); ok {
		return v.(sound)
	}
	var s sound
	if isHan(r) {
		if ps := pinyin.SinglePinyin(r, pinyin.Args{Style: pinyin.Tone, Heteronym: true}); len(ps) > 0 {
			s.usualTone, s.others = ps[0], ps[1:]
			s.usual = pinyin.SinglePinyin(r, pinyin.Args{Style: pinyin.Normal})[0]
		}
	}
	soundCache.Store(r, s)
	return s
}

// sameSound reports whether typed may have been picked for intended by a
// pinyin input method: their usual readings are the same without tones
// (品 pǐn for 频 pín: the input method ignores tones). With others, typed's
// usual reading may also be, tone and all, one of intended's other
// readings (常 cháng for 长, usually zhǎng). That is for a word in a strong
// place (a label before a colon): in running text it reads real words as
// typos (职教 as 职校, 校 also jiào; 带学生 as 大学生, 大 also dài). A rare
// reading matched without its tone would read "问报" (问 wèn) as 限报 (限
// xiàn, rarely wěn).
func sameSound(typed, intended rune, others bool) bool {
	if typed == intended {
		return true
	}
	a, b := soundOf(typed), soundOf(intended)
	if a.usual == "" || b.usual == "" {
		return false
	}
	return a.usual == b.usual || others && slices.Contains(b.others, a.usualTone)
}

// SameSound reports whether typed reads as word misspelt by a pinyin input
// method: both are words of two or more Chinese characters, of the same
// length, differing in exactly one character that sounds the same (see
// sameSound, others allowed), neither of the two is a grammatical
// character or a number, another character of the word is a content one,
// and word holds no number. It is meant for a word in a strong place, such
// as a form's label before a colon ("时常：2分30秒"); the knowledge's own
// matcher, reading running text, asks for more (homophone.go).
// SameSound("油箱", "邮箱") and SameSound("联系任", "联系人") are true;
// SameSound("实践", "时间"), SameSound("保命", "报名"), SameSound("号吗",
// "号码") and SameSound("邮箱", "邮箱") are false. Where typed stands in a
// sentence, the caller checks that it is not a word of its own there.
func SameSound(typed, word string) bool {
	_, ok := swappedAt(typed, word, true)
	return ok
}

// swappedAt is SameSound, and also says which character (in runes) is
// swapped; others as for sameSound.
func swappedAt(typed, word string, others bool) (int, bool) {
	if strings.ContainsAny(word, numeralChars) && utf8.RuneCountInString(word) < 3 {
		return 0, false
	}
	at, i := -1, 0
	content := false // a character besides the swapped one carries meaning
	for typed != "" && word != "" {
		a, na := utf8.DecodeRuneInString(typed)
		b, nb := utf8.DecodeRuneInString(word)
		if !isHan(a) || !isHan(b) {
			return 0, false
		}
		if a != b {
			if at >= 0 || strings.ContainsRune(grammarChars, a) || strings.ContainsRune(grammarChars, b) || !sameSound(a, b, others) {
				return 0, false
			}
			at = i
		}
		if a == b && !strings.ContainsRune(grammarChars, a) {
			content = true
		}
		typed, word = typed[na:], word[nb:]
		i++
	}
	return at, typed == "" && word == "" && at >= 0 && i >= 2 && content
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
	// and the neighbouring characters of its answers and of the notice. A
	// form that is a typo of another form of its concept (油箱 beside 邮箱)
	// is none.
	bigrams map[string]bool
	// bySound files the forms of three or more characters under their
	// usual readings without tones ("zu zhi bu" for 组织部), for typos
	// that swap two characters of one word (twoSwaps).
	bySound map[string][]soundForm
	longest int // the longest form in bySound, in runes
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
	x := &soundIndex{keys: map[string][]soundForm{}, runes: map[rune]bool{}, exact: map[string]bool{}, bigrams: map[string]bool{}, bySound: map[string][]soundForm{}}
	lengths := map[int]bool{}
	for ci, forms := range m.forms {
		for _, f := range forms {
			x.exact[f.text] = true
			if utf8.RuneCountInString(f.text) == 2 && !typoForm(f.text, forms) {
				addBigrams(x.bigrams, f.text)
			}
			rs := []rune(f.text)
			if len(rs) < 2 || !allHan(f.text) || strings.ContainsAny(f.text, numeralChars) && len(rs) < 3 {
				continue
			}
			lengths[len(rs)] = true
			for p := range rs {
				x.runes[rs[p]] = true
				k := slicesReplace(rs, p)
				x.keys[k] = append(x.keys[k], soundForm{ci, f.text})
			}
			if len(rs) >= 3 {
				if k, ok := soundKey(rs); ok {
					x.bySound[k] = append(x.bySound[k], soundForm{ci, f.text})
					x.longest = max(x.longest, len(rs))
				}
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

// addText adds the two-character words of s (the notice) to the words
// the guards know: its neighbouring Chinese characters.
func (x *soundIndex) addText(s string) {
	addBigrams(x.bigrams, normalize(s))
}

// typoForm reports whether form is a homophone typo of another of forms
// (a facts file lists typos people make: 油箱 beside 邮箱).
func typoForm(form string, forms []form) bool {
	for _, g := range forms {
		if _, ok := swappedAt(form, g.text, true); ok {
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
	return x.twoSwaps(hits, q, rs, offs, bad)
}

// soundKey is rs's usual readings without tones, space separated; false
// when a character has none.
func soundKey(rs []rune) (string, bool) {
	var b strings.Builder
	for i, r := range rs {
		s := soundOf(r).usual
		if s == "" {
			return "", false
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String(), true
}

// twoSwaps appends to hits the places where a form of three or more
// characters occurs with two of its characters swapped for homophones:
// "阻止部" for 组织部, "戒指时间" for 截止时间 (the input method offered a
// whole word of the same sound). The guards are those of one swap, for
// each swapped character, and one more: a character of the form stays as
// written, so the window is no other word that merely sounds the same.
func (x *soundIndex) twoSwaps(hits []soundHit, q string, rs []rune, offs, bad []int) []soundHit {
	if len(x.bySound) == 0 {
		return hits
	}
	for i := range rs {
		for n := 3; n <= x.longest && i+n <= len(rs); n++ {
			if bad[i+n] > bad[i] {
				break
			}
			w := rs[i : i+n]
			if x.exact[q[offs[i]:offs[i+n]]] {
				continue
			}
			k, ok := soundKey(w)
			if !ok {
				continue
			}
			for _, sf := range x.bySound[k] {
				if x.twoSwapped(w, sf.text, rs, i) {
					hits = append(hits, soundHit{soundForm: sf, start: offs[i], end: offs[i+n]})
				}
			}
		}
	}
	return hits
}

// twoSwapped reports whether window w (at rune i of rs) is form with
// exactly two characters swapped for homophones, under the guards.
func (x *soundIndex) twoSwapped(w []rune, form string, rs []rune, i int) bool {
	fs := []rune(form)
	if len(fs) != len(w) || strings.ContainsAny(form, numeralChars) {
		return false
	}
	swaps, kept := 0, false
	for j, r := range w {
		if r == fs[j] {
			kept = kept || !strings.ContainsRune(grammarChars, r)
			continue
		}
		swaps++
		if strings.ContainsRune(grammarChars, r) || strings.ContainsRune(grammarChars, fs[j]) {
			return false
		}
		// A swapped character glued to a neighbour outside the window
		// belongs to that word.
		at := i + j
		if j == 0 && at > 0 && x.bigrams[string(rs[at-1:at+1])] || j == len(w)-1 && at+1 < len(rs) && x.bigrams[string(rs[at:at+2])] {
			return false
		}
	}
	return swaps == 2 && kept
}

// check appends the hit of form sf at window rs[i:i+n], swapped at p,
// when the guards let it through.
func (x *soundIndex) check(hits []soundHit, sf soundForm, rs []rune, i, n, p int, offs []int) []soundHit {
	if at, ok := swappedAt(string(rs[i:i+n]), sf.text, false); !ok || at != p {
		return hits
	}
	// A swapped character that makes a word with a neighbour, inside the
	// window or outside it, as the knowledge's own text writes words,
	// belongs to that word ("直接说" is not 解说).
	// Inside a window of three or more characters the neighbours are the
	// form's own: running text's bigrams cross word boundaries ("说明表格"
	// holds 明表) and must not hide "报明表" (报名表).
	inside := func(j int) bool { return n >= 3 && j >= i && j < i+n }
	if at := i + p; at > 0 && !inside(at-1) && x.bigrams[string(rs[at-1:at+1])] || at+1 < len(rs) && !inside(at+1) && x.bigrams[string(rs[at:at+2])] {
		return hits
	}
	if n == 2 {
		// Two characters with one right are little evidence: the window
		// must be no word the knowledge writes, and the right character
		// must not be glued to a neighbour outside: it stands at the
		// text's edge or beside a non-Chinese or grammatical character
		// ("编岛填谁", "我们的编岛"), so a window across two words is
		// none ("办公室" holds 公室, "学校师生" 校师, "协助办理" 助办).
		if x.bigrams[string(rs[i:i+2])] {
			return hits
		}
		out := i - 1 // the anchor's neighbour outside the window
		if p == 0 {
			out = i + 2
		}
		if out >= 0 && out < len(rs) && isHan(rs[out]) && !strings.ContainsRune(grammarChars, rs[out]) {
			return hits
		}
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
