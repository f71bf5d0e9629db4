package dialogs

import (
	"strings"

	"contestbot"
)

// Several corrections in one message (s5-g2): "电话错了是15939312876，还有片长
// 应该是2分50秒，3分20那个是没剪之前的", "单位写错了应该是X，片名也改成Y". The
// message is cut into clause groups, each starting at a clause that names a
// field; a clause naming none ("3分20那个是没剪之前的") belongs to the group
// before it. Each group is read by readFix, the one correction reader, and
// the message is rewritten as "标签：值，标签：值" for the form to store and
// echo every one. A group that reads as no correction is kept as typed
// after them, so nothing said is lost.

// fixGroups cuts s into clause groups that each start with a field word.
// ok is false when fewer than two groups name a field.
func fixGroups(s string) (groups []string, ok bool) {
	named := 0
	for _, cl := range splitClauses(s) {
		cl = strings.TrimRight(cl, "，,。；;！! ")
		if len(fixWordsIn(contestbot.NormalizeWidth(cl))) > 0 {
			groups = append(groups, cl)
			named++
			continue
		}
		if len(groups) == 0 {
			groups = append(groups, cl)
			continue
		}
		groups[len(groups)-1] += "，" + cl
	}
	return groups, named >= 2
}

// fixClauses rewrites a message carrying corrections of two or more
// different fields as labelled values; ok is false for anything else.
func (t *turn) fixClauses(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || strings.Contains(s, "\n") || extract(s).labelled && !reFixWrong.MatchString(s) && fixStrongIndex(s) == nil {
		return "", false
	}
	groups, ok := fixGroups(s)
	if !ok {
		return "", false
	}
	var out, rest []string
	seen := map[slot]bool{}
	for _, g := range groups {
		f, v, ok := t.readFix(e, g)
		if !ok || seen[f] {
			rest = append(rest, strings.Trim(g, "，,。；; "))
			continue
		}
		seen[f] = true
		out = append(out, f.label()+"："+v)
	}
	if len(out) < 2 {
		return "", false
	}
	for _, r := range rest {
		if ex := extract(r); ex.labelled || strings.Contains(r, "《") {
			out = append(out, r) // another field, given as a value: read as typed
		}
	}
	return strings.Join(out, "，"), true
}
