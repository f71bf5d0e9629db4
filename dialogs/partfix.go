package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s12-c (round 32, rp152): a correction of part of a value, with the field
// named: "刚才那个制作单位你改过来没有？是党委组织部不是组织部" with the 制作单位
// stored as "开封汴京职业学院组织部" got the generic how-to-edit help. When a
// message names a field and says "是X不是Y", "X不是Y" or "不是Y，是X", and Y is
// part of that field's value, Y is replaced by X in the value
// ("…学院组织部" → "…学院党委组织部"); "制作单位应该是党委组织部" (a part
// that ends as the value does) replaces that ending. The message becomes
// "制作单位改成…", so the usual change stores it and echoes the new value. A
// whole stored value denied is restate/deniedValue's; a message that names no
// field, or whose Y is in no value of it, is left alone ("不是 用了AI配音").
// "制作单位你改过来没有" alone asks for the state: partFixAsked answers with
// the value.

var (
	// rePartIsNot is "是X不是Y" / "X不是Y" / "应该是X，不是Y".
	rePartIsNot = regexp.MustCompile(`(?:^|[，,。？?！!\s])(?:应该是|应是|应为|就是|是)?([^，,。？?！!\s]{2,20}?)[，,\s]*(?:而)?不是([^，,。？?！!\s]{2,20}?)(?:啊|呀|哈|哦|呢)?(?:[，,。？?！!\s]|$)`)
	// rePartNotIs is "不是Y，是X" / "不是Y而是X".
	rePartNotIs = regexp.MustCompile(`不是([^，,。？?！!\s]{2,20}?)[，,\s]*(?:而是|应该是|是)([^，,。？?！!\s]{2,20}?)(?:啊|呀|哈|哦|呢)?(?:[，,。？?！!\s]|$)`)
	// rePartShould is "应该是X" after the field's name.
	rePartShould = regexp.MustCompile(`(?:应该是|应为|应是)([^，,。？?！!\s]{2,20}?)(?:啊|呀|哈|哦|呢)?(?:[，,。？?！!\s]|$)`)
	// reFixedAsk is "改过来没有", "改了没", "改好了吗".
	// "还能改吗", "能改不" ask leave, not the state.
	reFixedAsk = regexp.MustCompile(`改(?:过来|好|对|正)?了?(?:没有|没)|改(?:过来|好|对|正)?了(?:吗|么)|改过来(?:吗|么)`)
)

// partFields are the fields a part of whose value may be replaced.
var partFields = []contestbot.Field{contestbot.FieldUnit, contestbot.FieldProducer, contestbot.FieldTitle, contestbot.FieldContact}

// namedPartField is the field s names first, when it is one of partFields
// and e holds a value for it.
func namedPartField(e *contestbot.Entry, s string) (slot, string, bool) {
	f := firstNamedField(compact(s))
	for _, x := range partFields {
		if f == slot(x) {
			if p := textPtr(e, f); p != nil && *p != "" {
				return f, *p, true
			}
		}
	}
	return "", "", false
}

// partReplaced is the value old with the part the message denies replaced
// by the part it gives ("", false when the message gives no such pair).
func partReplaced(old, s string) (string, bool) {
	n := contestbot.NormalizeWidth(s)
	try := func(x, y string) (string, bool) {
		x, y = strings.Trim(x, "“”\"《》"), strings.Trim(y, "“”\"《》")
		// y is a proper part of the value (a whole value denied is
		// restate's), and x is a bare part, no label or verb in it.
		if x == "" || y == "" || x == y || y == old || !strings.Contains(old, y) || strings.Contains(old, x) || reFixedAsk.MatchString(x) ||
			firstNamedField(compact(x)) != "" || strings.ContainsAny(x, "写填叫改吗") {
			return "", false
		}
		i := strings.LastIndex(old, y)
		return old[:i] + x + old[i+len(y):], true
	}
	if m := rePartNotIs.FindStringSubmatch(n); m != nil {
		if v, ok := try(m[2], m[1]); ok {
			return v, true
		}
	}
	if m := rePartIsNot.FindStringSubmatch(n); m != nil {
		if v, ok := try(m[1], m[2]); ok {
			return v, true
		}
	}
	if m := rePartShould.FindStringSubmatch(n); m != nil {
		x := []rune(strings.Trim(m[1], "“”\"《》"))
		o := []rune(old)
		k := 0
		for k < len(x) && k < len(o) && x[len(x)-1-k] == o[len(o)-1-k] {
			k++
		}
		// A part that ends as the value does and is longer than that
		// ending ("党委组织部" against "…学院组织部"); a whole new value
		// ("应该是X学院党委组织部") is the usual change.
		if k >= 2 && k < len(x) && len(x) < len(o) && !strings.HasPrefix(old, string(x[:1])) {
			return string(o[:len(o)-k]) + string(x), true
		}
	}
	return "", false
}

// partFix rewrites a message that replaces part of a named field's value as
// that field's change: "…制作单位…是党委组织部不是组织部" → "制作单位改成
// 开封汴京职业学院党委组织部".
func (t *turn) partFix(s string) string {
	e := t.current()
	if e == nil {
		return s
	}
	f, old, ok := namedPartField(e, s)
	if !ok {
		return s
	}
	v, ok := partReplaced(old, s)
	if !ok {
		return s
	}
	if f == slot(contestbot.FieldTitle) {
		v = "《" + v + "》"
	}
	// Other labelled values beside it stay ("…，联系人王芳"); the talk and
	// the clause that names the field go.
	out := []string{f.label() + "改成" + v}
	for _, cl := range splitClauses(s) {
		if strings.Contains(cl, "不是") || strings.Contains(cl, "应该") || strings.Contains(cl, "应为") || strings.Contains(cl, "应是") {
			continue
		}
		if x := extract(cl); x.labelled && firstNamedField(compact(cl)) != f {
			out = append(out, strings.TrimRight(cl, "，,。；;？?！! "))
		}
	}
	return strings.Join(out, "，")
}

// partFixAsked answers "制作单位你改过来没有" / "制作单位改了没" with the
// field's value now, and the pending question again.
func (t *turn) partFixAsked(s string) (string, bool) {
	e := t.current()
	if e == nil || !reFixedAsk.MatchString(compact(s)) || strings.Contains(s, "不是") || strings.Contains(s, "应该") {
		return "", false
	}
	f, _, ok := namedPartField(e, s)
	if !ok {
		return "", false
	}
	return t.withPending(fmt.Sprintf("%s现在是：%s。要改的话直接发新的，例如“%s改成……”。", f.label(), display(t.c.season, e, f), f.label())), true
}
