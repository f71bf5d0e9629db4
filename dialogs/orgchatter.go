package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-d (rp110 p110b msg 2, rp111 p111a msg 8): chatter at the unit step is
// never told "不像单位名称". "哦哦懂了 是学校报的 那我开始填啦" names no unit:
// the question is asked again plainly. "制作单位表里已经填了呀，X，不用改。…"
// restates a stored value: it is kept and said so, and the rest of the
// message is read as usual.

// reOrgChatter is talk around the form: understanding, starting, laughing.
var reOrgChatter = regexp.MustCompile(`懂了|明白了|知道了|了解了|开始填|开始弄|我开始|那我开始|原来这么|这么简单|好嘞|收到|哈哈|嘿嘿|嘻嘻`)

// reKeepSaid says a value given before stays: "表里已经填了", "不用改".
var reKeepSaid = regexp.MustCompile(`不用改|不用动|不需要改|别改|没变|不变|已经填了|已经写了|填过了|写过了`)

// orgChatter answers talk at the 推荐单位/制作单位 step, and keeps a
// restated value. ok is false when s may hold a unit.
func (t *turn) orgChatter(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested || t.st.Mode != modeForm || pending == "" {
		return "", false
	}
	cls := splitClauses(s)
	if reKeepSaid.MatchString(compact(s)) {
		return t.keptRestated(e, cls, pending)
	}
	if pending != slot(contestbot.FieldUnit) && pending != slot(contestbot.FieldProducer) || asks(s) || extract(s).labelled {
		return "", false
	}
	chatter := false
	for _, cl := range cls {
		c := strings.Trim(compact(cl), "，,。.！!~～✨ ")
		if reOrgEnd.MatchString(c) || isOrg(c) {
			return "", false // a clause that may be the unit: the readers decide
		}
		if reOrgChatter.MatchString(c) { // not isChatter: "中" takes the offered 同上 (terseyes.go)
			chatter = true
		}
	}
	if !chatter {
		return "", false
	}
	return "好的。\n\n" + t.question(e, pending), true
}

// keptRestated keeps the stored value a message restates with "不用改" and
// reads the other clauses as usual.
func (t *turn) keptRestated(e *contestbot.Entry, cls []string, pending slot) (string, bool) {
	stored := map[string]slot{}
	for _, f := range []slot{slot(contestbot.FieldUnit), slot(contestbot.FieldProducer), slot(contestbot.FieldTitle), slot(contestbot.FieldContact)} {
		if p := textPtr(e, f); p != nil && strings.TrimSpace(*p) != "" {
			stored[strings.Trim(*p, "《》")] = f
		}
	}
	var kept []slot
	var rest []string
	for _, cl := range cls {
		c := strings.Trim(compact(cl), "，,。.！!~～《》 ")
		if f, ok := stored[c]; ok {
			kept = append(kept, f)
			continue
		}
		if reKeepSaid.MatchString(c) || isChatter(c) {
			continue
		}
		rest = append(rest, cl)
	}
	if len(kept) == 0 {
		return "", false
	}
	var notes []string
	for _, f := range kept {
		notes = append(notes, f.label()+"还是"+*textPtr(e, f))
	}
	head := "好的，" + strings.Join(notes, "，") + "，不用改。"
	if r := strings.TrimSpace(joinClauses(rest)); r != "" {
		if tr := t.tryFill(e, r, pending); len(tr.set) > 0 && len(tr.errs) == 0 {
			return head + "\n" + t.formRest(e, r), true
		}
	}
	return head + "\n\n" + t.question(e, pending), true
}
