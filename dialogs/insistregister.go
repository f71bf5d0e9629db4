package dialogs

import (
	"regexp"
	"strings"
)

// s10-l (round 27, rp128): "我就是要报名啊，简介刚才不是发过去了吗" got the
// 简介's length rule and no form. A message that insists on registering and
// complains that a field was sent already is neither a question about the
// field nor a value: the form opens (or goes on), and the reply says whether
// that field is recorded — or, when it is not, asks for it once more.

var (
	// reInsistLead is the emphasis before a wish: "我就是", "我是".
	reInsistLead = regexp.MustCompile(`^(?:我|俺|我们|俺们)?(?:就是|就|是|本来就|本来就是)`)
	// reFieldSentTail is a field said to be sent already: "刚才不是发过去了吗".
	reFieldSentTail = regexp.MustCompile(`^(?:我|俺)?(?:刚才|刚刚|刚|前面|上面|之前|早就|早)?(?:不是|都|已经|早)?(?:发过去了|发过去|发过了|发给你了|发你了|给你了|发了|说过了|说了)(?:吗|啊|呀|嘛|么|的)?$`)
)

// insistsRegister reads s as a wish to register beside complaints that a
// field was sent already; it returns the fields complained about and true.
func insistsRegister(s string) ([]slot, bool) {
	var fields []slot
	wish := false
	for _, cl := range splitClauses(s) {
		c := strings.TrimRight(compact(cl), "啊呀嘛吧哈!！?？,，。. ")
		if c == "" {
			continue
		}
		if w := reInsistLead.ReplaceAllString(c, "我"); w != c && (oneOf(w, registerWords...) || oneOf(strings.Replace(w, "我", "我要", 1), registerWords...)) {
			wish = true
			continue
		}
		if f, ok := fieldSentAlready(c); ok {
			fields = append(fields, f)
			continue
		}
		return nil, false
	}
	return fields, wish && len(fields) > 0
}

// fieldSentAlready reads "简介刚才不是发过去了吗": a field's label, then that
// it was sent.
func fieldSentAlready(c string) (slot, bool) {
	for _, h := range findLabels(newText(c)) {
		if h.start != 0 {
			break
		}
		rest := string([]rune(c)[h.end:])
		if reFieldSentTail.MatchString(rest) {
			return h.slot, true
		}
	}
	return "", false
}

// insistedRegister opens or resumes the form for insistsRegister, saying
// which of the fields complained about are recorded.
func (t *turn) insistedRegister(fields []slot) string {
	var have, miss []string
	out := t.register("")
	e := t.current()
	if e == nil {
		return out
	}
	for _, f := range fields {
		if p := textPtr(e, f); p != nil && strings.TrimSpace(*p) != "" {
			have = append(have, f.label())
		} else {
			miss = append(miss, f.label())
		}
	}
	var note string
	if len(have) > 0 {
		note = "收到了，" + strings.Join(have, "、") + "已经记下。"
	}
	if len(miss) > 0 {
		note += "抱歉，我这里没有收到" + strings.Join(miss, "、") + "，麻烦再发一次。"
	}
	return note + "\n\n" + out
}
