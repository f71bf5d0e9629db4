package knowledge

import (
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// t2s is OpenCC's traditional → simplified converter (its TSPhrases and
// TSCharacters dictionaries, embedded in the module). It is built once, on
// first use, in a few milliseconds; after that it is only read, so one
// converter serves every goroutine.
var t2s = sync.OnceValues(newT2S)

// folder is the converter and the characters its dictionaries convert: a
// text holding none of them (all simplified text) is returned without
// converting, which costs no allocation. A phrase of the dictionaries is
// converted only when it holds such a character (一目瞭然 → 一目了然 holds
// 瞭), so the phrases' other characters (一) need no conversion of their own.
type folder struct {
	cc    *opencc.OpenCC
	chars map[rune]bool
}

func newT2S() (*folder, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, err
	}
	f := &folder{cc: cc, chars: map[rune]bool{}}
	var phrases [][]rune
	for _, g := range cc.DictChains {
		for _, d := range g.Dicts {
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				k, err := d.Trie.Key(id)
				if err != nil {
					return nil, err
				}
				if rs := []rune(string(k)); len(rs) == 1 {
					f.chars[rs[0]] = true
				} else if len(rs) > 1 {
					phrases = append(phrases, rs)
				}
			}
		}
	}
	// A phrase without any such character (none today) would convert
	// text that has none: its characters count too.
	for _, p := range phrases {
		if !slices.ContainsFunc(p, func(r rune) bool { return f.chars[r] }) {
			for _, r := range p {
				f.chars[r] = true
			}
		}
	}
	return f, nil
}

// FoldTraditional converts traditional characters to simplified ones
// (OpenCC t2s: 報名→报名, 聯繫人→联系人, 鄭→郑, 臺灣→台湾) and leaves
// everything else as it is. Simplified text comes back unchanged, so it is
// safe to fold a whole message, values included: the form and the export are
// in simplified Chinese. The dialog core folds every incoming message once;
// knowledge folds each question as it normalises it.
func FoldTraditional(s string) string {
	f, err := t2s()
	if err != nil {
		// The dictionaries are embedded: a failure here is a broken build,
		// caught by the tests. The text is still better used as it came.
		return s
	}
	if !f.needed(s) {
		return s
	}
	out, err := f.cc.Convert(s)
	if err != nil {
		return s
	}
	return out
}

// needed reports whether s holds a character the dictionaries convert:
// only then can converting change it.
func (f *folder) needed(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f.chars[r] {
			return true
		}
		i += n
	}
	return false
}
