package knowledge

import (
	"fmt"
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

// folder is the converter and the characters whose presence can make it
// change a text: a text holding none of them (all simplified text) is
// returned without converting, which costs no allocation.
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
	type phrase struct{ from, to []rune }
	var phrases []phrase
	for _, g := range cc.DictChains {
		for _, d := range g.Dicts {
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				k, err := d.Trie.Key(id)
				if err != nil {
					return nil, err
				}
				vi, err := d.Trie.Value(id)
				if err != nil || vi < 0 || vi >= len(d.Values) {
					return nil, fmt.Errorf("t2s dictionary: no value for %q", k)
				}
				if v := d.Values[vi]; len(v) == 0 || v[0] == string(k) {
					// A word converted to itself (有序, 瞭 alone)
					// changes nothing.
					continue
				}
				if from := []rune(string(k)); len(from) == 1 {
					f.chars[from[0]] = true
				} else {
					phrases = append(phrases, phrase{from, []rune(d.Values[vi][0])})
				}
			}
		}
	}
	// A phrase converts only where it holds such a character, or where
	// it differs from its conversion (一目瞭然 → 一目了然: 瞭).
	for _, p := range phrases {
		if slices.ContainsFunc(p.from, func(r rune) bool { return f.chars[r] }) {
			continue
		}
		for i, r := range p.from {
			if len(p.to) != len(p.from) || p.to[i] != r {
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
