package dialogs

import (
	"regexp"
	"strings"
)

// s7-g: the parts of a mixed message that are values are kept beside the
// talk around them (round 16, rp77 p77a).

// phoneClause reports whether a clause is a phone number and nothing else:
// "13837512468", "电话13837512468".
func phoneClause(cl string) bool {
	_, rest, ok := findPhone(cl)
	return ok && isFiller(strings.Trim(rest, "，,。；; "))
}

var (
	// reSaidLead and reSaidTail are a complaint that the value was given
	// already, before or after the value given again: "刚不是发了吗 138…",
	// "138… 我刚才说过了".
	reSaidLead = regexp.MustCompile(`^(?:` + saidAlready + `)(?:[?？!！。，,\s]+|[吗嘛]|$)`)
	reSaidTail = regexp.MustCompile(`[，,。\s]+(?:` + saidAlready + `)[?？!！。，,\s]*$`)
)

// saidAlready is the complaint of reAlreadySaid (talk.go) without its
// anchors; a lead needs a break or 吗 after it ("我说了算" is a title).
const saidAlready = `(?:刚才|刚刚|刚|前面|上面|之前|我|俺|我们)?(?:不是|都|已经|早)?(?:说过了|说了吗|说过|说了|发过了|发了吗|发过|讲过了|告诉过你|告诉你了)(?:啊|呀|吗|的|嘛)?`

// dropSaidAround drops a complaint that the value was given already from
// around the value given again, at a step that asks for a short value: the
// value is stored, the complaint asks nothing. s is unchanged when nothing
// but the complaint is left, or at a free-text step.
func dropSaidAround(s string, pending slot) string {
	if pending == "" || pending.freeText() {
		return s
	}
	t := strings.TrimSpace(s)
	v := reSaidTail.ReplaceAllString(reSaidLead.ReplaceAllString(t, ""), "")
	if v == t || bare(v) == "" || asks(v) {
		return s
	}
	return v
}
