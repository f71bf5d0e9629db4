package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s12-b (round 31, rp147): a correction that names a field and the value it
// holds as wrong, with no new value: "片名不是党委组织部" (the 推荐单位's
// department had been stored as the 片名), "党委组织部不是片名", "片名党委组织部不对".
// It was stored as the title "不是党委组织部". Such a message withdraws the
// value and asks for the right one; it never stores anything. A message
// whose words are not exactly a field's stored value ("片名不是终点" with
// another title, or none) is read as before, so a real title with 不是 stays
// a title.

var (
	// reLabelNotValue is "LABEL不是X": the field first, then the value denied.
	reLabelNotValue = regexp.MustCompile(`^(?:不对|错了|哎|唉)?[，,\s]*([^\s，,。！!？?]{1,6}?)(?:那里|那儿|那栏|这栏|一栏|那项)?(?:不是|不该是|不应该是|不能是|不能写)[:：\s]*([^，,。！!？?]{2,40}?)(?:啊|呀|吧|哈|呢)?[。！!～~]*$`)
	// reValueNotLabel is "X不是LABEL": the value first, then the field it is not.
	reValueNotLabel = regexp.MustCompile(`^(?:不对|错了|哎|唉)?[，,\s]*([^，,。！!？?]{2,40}?)(?:不是|不该是|不应该是|不能当|不能做|不算)([^\s，,。！!？?]{1,6}?)(?:啊|呀|吧|哈|呢|的)?[。！!～~]*$`)
	// reValueWrong is "[LABEL]X不对": a value named as wrong.
	reValueWrong = regexp.MustCompile(`^([^，,。！!？?]{2,46}?)(?:不对|是错的|写错了|错了|有误)(?:啊|呀|吧|哈|呢)?[。！!～~]*$`)
)

// exactLabelSlot is the field whose label is exactly w ("片名", "推荐单位"),
// or "" when w is no label on its own.
func exactLabelSlot(w string) slot {
	w = strings.ToLower(strings.TrimSpace(w))
	if w == "" {
		return ""
	}
	for _, d := range labelDefs {
		if d.weak || strings.HasPrefix(d.word, "是否") {
			continue
		}
		if strings.ToLower(d.word) == w {
			return slot(strings.TrimSuffix(string(d.slot), "!"))
		}
	}
	return ""
}

// holdsValue reports whether the text field f of e holds w (《》, quotes and
// spaces aside).
func holdsValue(e *contestbot.Entry, f slot, w string) bool {
	p := textPtr(e, f)
	if p == nil || *p == "" {
		return false
	}
	plain := func(v string) string {
		return strings.Trim(strings.Join(strings.Fields(contestbot.NormalizeWidth(v)), ""), "《》“”\"'‘’「」")
	}
	return plain(w) != "" && plain(*p) == plain(w)
}

// withdrawnField reads a message that denies a field's stored value without
// a new one, and returns the field. The value must be exactly what the field
// holds; with no field named it must be held by exactly one field.
func withdrawnField(e *contestbot.Entry, s string) (slot, bool) {
	if e == nil || isQuestion(s) {
		return "", false
	}
	c := strings.TrimSpace(contestbot.NormalizeWidth(s))
	if strings.ContainsAny(c, "，,。；;") && contestbot.RuneLen(c) > 40 {
		return "", false
	}
	if m := reLabelNotValue.FindStringSubmatch(c); m != nil {
		if f := exactLabelSlot(m[1]); f != "" && holdsValue(e, f, m[2]) {
			return f, true
		}
	}
	if m := reValueNotLabel.FindStringSubmatch(c); m != nil {
		if f := exactLabelSlot(m[2]); f != "" && holdsValue(e, f, m[1]) {
			return f, true
		}
	}
	if m := reValueWrong.FindStringSubmatch(c); m != nil {
		v := m[1]
		named := slot("")
		for _, d := range labelDefs {
			if d.weak || !strings.HasPrefix(v, d.word) {
				continue
			}
			if f := slot(strings.TrimSuffix(string(d.slot), "!")); holdsValue(e, f, strings.TrimLeft(strings.TrimPrefix(v, d.word), "的里：: ")) {
				named = f
				break
			}
		}
		if named != "" {
			return named, true
		}
		if f, ok := fieldHolding(e, v); ok && textPtr(e, slot(f)) != nil { // deniedvalue.go
			return slot(f), true
		}
	}
	return "", false
}

// withdrawValue handles such a message: in a draft the value is taken out
// and the field asked again in one line; in an edit of a submitted work the
// value stays until the right one comes (a complete work keeps every field).
func (t *turn) withdrawValue(e *contestbot.Entry, s string) (string, bool) {
	f, ok := withdrawnField(e, s)
	if !ok {
		return "", false
	}
	p := textPtr(e, f)
	old := *p
	t.st.Prev = ""
	t.st.Pending = f
	if t.st.Mode == modeEdit || e.Status == contestbot.StatusComplete {
		return fmt.Sprintf("好的，%s“%s”不对，请发正确的%s。", f.label(), strings.Trim(old, "《》"), f.label()), true
	}
	*p = ""
	t.touch(e)
	return fmt.Sprintf("好的，已撤下%s“%s”，请发正确的%s。", f.label(), strings.Trim(old, "《》"), f.label()), true
}
