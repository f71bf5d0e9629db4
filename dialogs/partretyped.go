package dialogs

import (
	"slices"
	"strings"

	"contestbot"

	"github.com/mozillazg/go-pinyin"
)

// s12-m (round 33, rp156): "打错了 是矿灯 灯光的灯" right after the 片名
// "矿等下的青春答卷" stored the 片名 《矿灯》. A short word in a correction of
// the value given last that sounds like a part of that value and differs
// from it in one or two characters (矿等 → 矿灯, by go-pinyin without tones)
// retypes that part; the rest of the value stays.

// partRetyped is old with the one part that word retypes replaced, and
// whether there was exactly one such part.
func partRetyped(old, word string) (string, bool) {
	o, w := []rune(old), []rune(word)
	if len(w) < 2 || len(w) >= len(o) || strings.Contains(old, word) {
		return "", false
	}
	found := -1
	for i := 0; i+len(w) <= len(o); i++ {
		diff, same := 0, true
		for j := range w {
			if o[i+j] == w[j] {
				continue
			}
			diff++
			if !soundsSame(o[i+j], w[j]) {
				same = false
				break
			}
		}
		if !same || diff == 0 || diff > 2 || diff == len(w) {
			continue
		}
		if found >= 0 {
			return "", false // two parts could be meant: ask, never guess
		}
		found = i
	}
	if found < 0 {
		return "", false
	}
	return string(o[:found]) + word + string(o[found+len(w):]), true
}

// soundsSame reports whether two Han characters share a pinyin reading,
// tones aside.
func soundsSame(a, b rune) bool {
	args := pinyin.NewArgs()
	args.Heteronym = true
	pa, pb := pinyin.Pinyin(string(a), args), pinyin.Pinyin(string(b), args)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	for _, x := range pa[0] {
		for _, y := range pb[0] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// fixOfLastRole reads "打错了 是张鹏飞 鹏程万里的鹏" right after a role was
// answered ("摄影张朋飞") while the next role is asked: the correction is of
// the role just set, never a value for the pending one. It returns the
// labelled value for that role ("摄影：张鹏飞").
func (t *turn) fixOfLastRole(e *contestbot.Entry, s string) (string, bool) {
	prev := t.st.Prev
	if e == nil || prev == "" || prev == t.st.Pending || !slices.Contains(roles, prev) {
		return "", false
	}
	v, ok := correctsLast(s)
	if !ok {
		return "", false
	}
	v = strings.TrimSpace(charExplained(v, prev))
	p := creatorPtr(e, prev)
	if p == nil || *p == "" || !isRealName(v) || v == *p {
		return "", false
	}
	return prev.label() + "：" + v, true
}
