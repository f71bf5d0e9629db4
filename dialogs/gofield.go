package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s7-b (issue #10, round 15, rp71 p71a msg 7): "算了，先填简介" was stored as
// the 简介. "先填X", "先说X", "X先来" is a command to go to field X: its
// question is asked, nothing is stored in X or in the field asked, and the
// field that was asked comes again later (next() asks the first field
// still missing). Talk before the command ("我问的是…，不是…。算了，") is
// no value.

// reGoToField is a command to go to a field: "先填简介", "还是先说主创吧",
// "咱先把片名填了", "简介先来", "片名先写吧".
var reGoToField = regexp.MustCompile(`^(?:那|那就|算了|好吧|行|好|嗯|咱|咱们|我们|俺们|要不|要不然|还是)*先(?:填|说|写|弄|来|报|把)(?:一下)?([^，,。；;！!？?]{2,6}?)(?:吧|呗|啊|哈|了|填了|写了|说了|填一下|写一下|填吧|写吧|说吧)?$|` +
	`^([^，,。；;！!？?]{2,6}?)(?:先来|先填|先说|先写)(?:吧|呗|啊|哈)?$`)

// goToFieldWords are the label words a command may name besides the
// fields' own: 主创 for the roles.
var goToFieldWords = map[string]slot{"主创": slotCreators, "主创人员": slotCreators, "人员": slotCreators}

// fieldCommanded is the field a clause commands to go to ("先填简介" →
// 简介), or "".
func fieldCommanded(cl string) slot {
	m := reGoToField.FindStringSubmatch(compact(cl))
	if m == nil {
		return ""
	}
	w := m[1] + m[2]
	w = strings.TrimSuffix(strings.TrimPrefix(w, "那个"), "的")
	if f, ok := goToFieldWords[w]; ok {
		return f
	}
	f := labelSlot(w)
	if f == "" {
		return ""
	}
	if w == f.label() {
		return f
	}
	for _, d := range labelDefs {
		if strings.TrimSuffix(string(d.slot), "!") == string(f) && w == d.word {
			return f // the words are a label itself: "先填简介"; "先填我们学校" is a value
		}
	}
	return ""
}

// reAboutQuestion is talk about an earlier question or answer before a
// command: "我问的是…", "我说的是…", "不是…的事".
var reAboutQuestion = regexp.MustCompile(`^(?:我|俺)?(?:问的|说的|想问的|是问)|不是[^，,。]{0,12}的事|[?？吗呢]$|` + reGiveUp)

// reGiveUp drops what was said before: "算了", "不管了".
const reGiveUp = `^(?:那|那就|好吧)?(?:算了|罢了|不管了|不问了|先不说这个)(?:吧)?[，,。！!]?$`

// goToField acts on a command to go to a field said as the last clause of
// the message, after talk or nothing. ok is false when s is no such
// command.
func (t *turn) goToField(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if contestbot.RuneLen(s) > 80 {
		return "", false
	}
	cls := splitClauses(s)
	if len(cls) == 0 {
		return "", false
	}
	f := fieldCommanded(cls[len(cls)-1])
	if f == "" {
		return "", false
	}
	var asked []string
	gaveUp := false
	for _, cl := range cls[:len(cls)-1] {
		c := compact(cl)
		if regexp.MustCompile(reGiveUp).MatchString(c) {
			gaveUp = true
		} else if isQuestion(cl) {
			asked = append(asked, cl)
		}
		if !isChatter(c) && !reAboutQuestion.MatchString(c) && !hasComplaint(c) && !isQuestion(cl) {
			return "", false // "片名红色足迹，先填简介": a value first, the readers below take it
		}
	}
	label := leadLabel(f)
	if f == slotCreators {
		for _, r := range roles {
			if !t.st.roleDone(r) {
				f = r // the first role still to answer
				break
			}
		}
	}
	if e.Has(t.c.season, f.field()) && !f.isRole() && f != slotCreators {
		return t.askAgain(e, f), true // "先填片名" when it is filled: show it, take the new one
	}
	t.st.Pending, t.st.Prev = f, ""
	head := fmt.Sprintf("好的，先填%s。", label)
	if pending != "" && pending != f && !pending.isRole() && !pending.eligibility() && pending != slot(contestbot.FieldCopyright) {
		head = fmt.Sprintf("好的，先填%s，%s等会儿再填。", label, leadLabel(pending))
	}
	if len(asked) > 0 && !gaveUp && !t.nested {
		// "简介写多长？先填简介吧": the question is answered, then the field asked.
		if a := t.formAnswer(joinClauses(asked), f); a != "" {
			head = a + "\n\n" + head
		}
	}
	return head + "\n\n" + t.question(e, f), true
}
