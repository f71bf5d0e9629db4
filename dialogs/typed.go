package dialogs

import (
	"strings"

	"contestbot"
)

// s12-d (round 32, rp153 #5): "片名就是 乡村振兴路上的青春身影——许昌职院学子返乡
// 创业记" stored "…青春身影--许昌职院…": a reader matched the message with its
// width normalised (contestbot.NormalizeWidth turns ——, full-width letters
// and marks into ASCII) and stored what it cut from the normalised copy. The
// 片名 and the free texts are stored as typed apart from trimming (PRODUCT.md),
// so after every turn a title, 简介 or 摘要 this message set is taken back to
// the user's own characters: when the value is not in the message as typed
// but its normalised form is, the same span of the message as typed is
// stored. NormalizeWidth maps rune to rune, so the span is the same runes.

// typedFields are the fields kept as typed.
var typedFields = []slot{slot(contestbot.FieldTitle), slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)}

// keepTyped puts the user's own characters back into the typed fields this
// turn set (core.go, before the turn is saved).
func (t *turn) keepTyped() {
	msg := t.m.Text
	if strings.TrimSpace(msg) == "" {
		return
	}
	for _, e := range t.touched {
		before, had := t.editBefore[e.ID]
		for _, f := range typedFields {
			p := textPtr(e, f)
			if p == nil || *p == "" {
				continue
			}
			if had && typedValue(before, f) == *p {
				continue // not set this turn
			}
			*p = typedSpan(*p, msg)
		}
	}
}

// typedValue is the typed field f of w.
func typedValue(w workFields, f slot) string {
	switch f {
	case slot(contestbot.FieldTitle):
		return w.Title
	case slot(contestbot.FieldSynopsis):
		return w.Synopsis
	case slot(contestbot.FieldSummary):
		return w.Summary
	}
	return ""
}

// typedSpan is v as msg typed it: v itself when msg holds it, else the span
// of msg whose normalised width reads v's, else v.
func typedSpan(v, msg string) string {
	if strings.Contains(msg, v) {
		return v
	}
	nv := contestbot.NormalizeWidth(v)
	n := contestbot.NormalizeWidth(msg)
	i := strings.Index(n, nv)
	if i < 0 || nv == "" {
		return v
	}
	a := contestbot.RuneLen(n[:i])
	b := a + contestbot.RuneLen(nv)
	rs := []rune(msg)
	if b > len(rs) {
		return v
	}
	return string(rs[a:b])
}
