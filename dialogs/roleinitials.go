package dialogs

import (
	"strings"

	"github.com/mozillazg/go-pinyin"
)

// s5-f4: a contact typing fast abbreviates a role by its pinyin initials
// ("dy是我" for 导演, "jj 张磊" for 剪辑). The abbreviations are made from the
// role label words with go-pinyin, never listed by hand, and are labels only
// as whole Latin words (asciiWordAt), like the English labels.

// initialRoleWords are the role words whose initials are read. 策划, 编剧 and
// 文案 are left out: "ch", "bj", "wa" are common in other Latin text.
var initialRoleWords = map[slot][]string{
	slotSupervisor: {"监制"},
	slotDirector:   {"编导", "导演"},
	slotWriter:     {"撰稿"},
	slotCamera:     {"摄影", "摄像"},
	slotEditor:     {"剪辑"},
}

// roleInitialLabels maps each role to the pinyin initials of its words:
// 导演 → dy.
var roleInitialLabels = func() map[slot][]string {
	a := pinyin.NewArgs()
	a.Style = pinyin.FirstLetter
	out := map[slot][]string{}
	for s, ws := range initialRoleWords {
		for _, w := range ws {
			if in := strings.Join(pinyin.LazyPinyin(w, a), ""); len(in) == len([]rune(w)) {
				out[s] = append(out[s], in)
			}
		}
	}
	return out
}()

// latinWordAt reports whether the label w found at byte i of s stands as a
// whole word there: a Chinese label always does; a Latin one ("dy",
// "title") needs no Latin letter or digit right before or after it.
func latinWordAt(s string, i int, w string) bool {
	if !isASCII(w) {
		return true
	}
	isLD := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' }
	return (i == 0 || !isLD(s[i-1])) && (i+len(w) >= len(s) || !isLD(s[i+len(w)]))
}
