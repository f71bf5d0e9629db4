package dialogs

import (
	"slices"
	"strings"
)

// s6-e: voice input mishears a role's name with a near sound, not only the
// same one: 检举 (jiǎn jǔ) for 剪辑 (jiǎn jí), round 13 rp59. In a message
// that lists roles, a run of characters is a role's name when every
// character sounds like the role word's (go-pinyin, without tones), one of
// them only nearly: the finals i/ü after j, q, x (ji/ju), the front and
// back nasals (in/ing, en/eng, an/ang) and the flat and curled initials
// (z/zh, c/ch, s/sh) that Henan speech and input methods mix up. Only a
// run that names no word of the form itself, is followed by what follows
// a label (是, a name's link, punctuation), and stands in a list of roles
// counts: "检举是王浩然" after "摄影是…", never 检举 in a sentence of its own.
// A run at the start of a clause may also stand right before a full name
// ("监制吴国栋 检举王浩然").

// nearRoleLabel is the role word a run at rs[i:] nearly sounds like: its
// length and the word. ok is false unless roleList and the guards above hold.
func nearRoleLabel(rs []rune, syl []string, taken []bool, i int, roleList bool) (int, []rune, bool) {
	if !roleList {
		return 0, nil, false
	}
	for _, d := range spokenLabelDefs {
		w := d.word
		n := len(w)
		if !d.slot.isRole() || i+n > len(rs) || slices.Equal(rs[i:i+n], w) {
			continue
		}
		near, own, grammar := 0, 0, 0
		ok := true
		for k := 0; k < n && ok; k++ {
			r := rs[i+k]
			switch {
			case taken[i+k] || !isHan(r) || syl[i+k] == "":
				ok = false
			case strings.ContainsRune(labelGrammar, r) && slices.Contains(d.sound[k], syl[i+k]):
				grammar++ // 之 in 见之: only a run right before a name (below)
			case strings.ContainsRune(labelGrammar, r):
				ok = false
			case r == w[k]:
				own++
			case slices.Contains(d.sound[k], syl[i+k]):
			case slices.ContainsFunc(d.sound[k], func(b string) bool { return nearSyllable(syl[i+k], b) }):
				near++
			default:
				ok = false
			}
		}
		// s8-e: a run of the role's very sounds with none of its characters
		// (见之 for 监制, 简记 for 剪辑) is read here too, under the same guards.
		if !ok || near > 1 || near == 0 && own > 0 || !followsLabel(rs[i+n:], d.slot) && !(clauseStart(rs, i) && nameAhead(rs[i+n:])) {
			continue
		}
		if (grammar > 0 || near == 0) && (near > 0 || !clauseStart(rs, i) || !nameAhead(rs[i+n:])) {
			continue // a word the user meant (剪纸是…), unless it opens a clause right before a name
		}
		return n, w, true
	}
	return 0, nil, false
}

// nearSyllable reports whether toneless syllables a and b differ only by
// one confusion of speech (see above).
func nearSyllable(a, b string) bool {
	if a == b {
		return false
	}
	split := func(s string) (string, string) {
		for _, in := range []string{"zh", "ch", "sh"} {
			if strings.HasPrefix(s, in) {
				return in, s[2:]
			}
		}
		if s != "" && strings.ContainsRune("bpmfdtnlgkhjqxrzcsyw", rune(s[0])) {
			return s[:1], s[1:]
		}
		return "", s
	}
	ia, fa := split(a)
	ib, fb := split(b)
	flat := map[string]string{"zh": "z", "ch": "c", "sh": "s"}
	sameInitial := ia == ib || flat[ia] == ib || flat[ib] == ia
	if !sameInitial {
		return false
	}
	if fa == fb {
		return ia != ib
	}
	if ia != ib {
		return false // one confusion only
	}
	if strings.ContainsAny(ia, "jqx") && (fa == "i" && fb == "u" || fa == "u" && fb == "i") {
		return true // ji/ju: pinyin writes ü as u after j, q, x
	}
	nasal := func(x, y string) bool { return strings.HasSuffix(y, "ng") && strings.TrimSuffix(y, "g") == x }
	return nasal(fa, fb) || nasal(fb, fa)
}

// nameAhead reports whether rs starts with a full name that ends there or
// at punctuation or a space.
func nameAhead(rs []rune) bool {
	for _, n := range []int{3, 2} {
		if len(rs) >= n && isRealName(string(rs[:n])) && (len(rs) == n || !isHan(rs[n]) || strings.ContainsRune("和跟与及", rs[n])) { // s8-e: "简记赵一鸣和我"
			return true
		}
	}
	return false
}
