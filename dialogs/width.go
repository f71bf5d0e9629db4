package dialogs

import (
	"regexp"
	"unicode/utf8"

	"contestbot"
)

// submatchOriginal matches re against s with its width normalised
// (contestbot.NormalizeWidth: full-width letters, digits and punctuation as
// ASCII) but returns the submatches cut from s itself, so a value read out of
// a message keeps the user's own ，。： — free text is stored as typed.
// NormalizeWidth maps rune to rune, so rune offsets are the same in both.
func submatchOriginal(re *regexp.Regexp, s string) []string {
	n := contestbot.NormalizeWidth(s)
	idx := re.FindStringSubmatchIndex(n)
	if idx == nil {
		return nil
	}
	// byteToRune[i] is the rune index of byte i of n; runeByte[j] is the byte
	// offset of rune j in s.
	runeAt := make([]int, len(n)+1)
	r := 0
	for i := range n {
		runeAt[i] = r
		r++
	}
	for i := 0; i < len(n); i++ {
		if !utf8.RuneStart(n[i]) {
			runeAt[i] = runeAt[i-1]
		}
	}
	runeAt[len(n)] = r
	origByte := make([]int, 0, r+1)
	for i := range s {
		origByte = append(origByte, i)
	}
	origByte = append(origByte, len(s))
	out := make([]string, len(idx)/2)
	for k := range out {
		a, b := idx[2*k], idx[2*k+1]
		if a < 0 {
			continue
		}
		out[k] = s[origByte[runeAt[a]]:origByte[runeAt[b]]]
	}
	return out
}
