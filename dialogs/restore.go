package dialogs

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"contestbot"
)

// s11-d (round 29, rp137 #14): "弄错了 不是摘要 摘要原来那个是对哩 八十二岁老党员
// 恁给改回来 是简介最前头那检阶俩字删了" did not restore the 摘要 the bot had cut:
// nothing remembered what a change replaced in a draft (whichwork.go's
// workChange covers a submitted work, for "改错了", and only the last one).
//
// Every turn that changes a field which held a value records the value it
// replaced (noteEdits, beside noteChange before the turn is saved): an
// edit history in the dialog state, which the store keeps with the entries
// in the same transaction, so it survives restarts. "改回来", "恢复原来的",
// "还原", "撤销刚才的修改" restore the value the last change replaced in the
// field the user names (in the restore clause or the clauses before it:
// "摘要原来那个是对哩 … 恁给改回来"), else in the field changed last. What
// follows the restore clause is read as usual ("…是简介最前头那检阶俩字删了").

// fieldEdit is one change of one field of an entry: the value before and
// after, as JSON of the workFields field.
type fieldEdit struct {
	EntryID int64           `json:"entry_id"`
	Field   string          `json:"field"` // a workFields field name: "Summary"
	Old     json.RawMessage `json:"old"`
	New     json.RawMessage `json:"new"`
}

// maxEdits is how many field changes the history keeps.
const maxEdits = 12

// reRestore asks to put back what a change replaced.
var reRestore = regexp.MustCompile(`改回来|改回去|改回原来|改回原先|改回原样|恢复(?:成|到|为)?(?:原来|之前|刚才|原先|以前|原样)|恢复一下原|还原|撤销(?:刚才|上次|这次|一下)?(?:的)?(?:修改|改动|操作)|(?:换回|变回|回到|用回)(?:原来|之前|原先)`)

// reRestoreTail is what may follow the restore verb in its clause.
var reRestoreTail = regexp.MustCompile(`^(?:一下|回来|回去|成|到|为|原来|之前|原先|以前|原样|那个|那段|的|吧|了|哈|啊|呀|呗|下|给我|哦|嘛)*$`)

// restoreClause reports whether the compacted clause c is an instruction
// to restore: a restore verb near its end, few words before it ("用AI还原八
// 路军驻洛办事处…" in a 简介 is no instruction).
func restoreClause(c string) bool {
	c = strings.TrimRight(c, "，,。.!！~～")
	locs := reRestore.FindAllStringIndex(c, -1)
	if len(locs) == 0 {
		return false
	}
	loc := locs[len(locs)-1]
	return contestbot.RuneLen(c[:loc[0]]) <= 10 && reRestoreTail.MatchString(c[loc[1]:])
}

// snapEdits remembers the contents of every stored entry as the turn
// begins (core.go), so noteEdits can see what the turn changed.
func (t *turn) snapEdits() {
	t.editBefore = map[int64]workFields{}
	for _, e := range t.entries {
		if e.ID != 0 {
			t.editBefore[e.ID] = fieldsOf(e)
		}
	}
}

// noteEdits appends to the state's edit history each field this turn
// changed that held a value before (core.go, before saving).
func (t *turn) noteEdits() {
	var last []fieldEdit
	for _, e := range t.touched {
		before, ok := t.editBefore[e.ID]
		if !ok || e.Status == contestbot.StatusCancelled {
			continue
		}
		after := fieldsOf(e)
		bv, av := reflect.ValueOf(before), reflect.ValueOf(after)
		for _, name := range changedFields(before, after) {
			old, err1 := json.Marshal(bv.FieldByName(name).Interface())
			nw, err2 := json.Marshal(av.FieldByName(name).Interface())
			if err1 != nil || err2 != nil {
				continue
			}
			ed := fieldEdit{EntryID: e.ID, Field: name, Old: old, New: nw}
			last = append(last, ed) // s12-d unasked.go: every change of this message, first answers too
			if bv.FieldByName(name).IsZero() {
				continue // a first answer replaced nothing
			}
			t.st.Edits = append(t.st.Edits, ed)
		}
	}
	t.st.LastEdits = last
	if n := len(t.st.Edits); n > maxEdits {
		t.st.Edits = append([]fieldEdit(nil), t.st.Edits[n-maxEdits:]...)
	}
}

// lastEdit is the latest recorded change of e, of the field named (any
// field when name is ""), or nil.
func (t *turn) lastEdit(e *contestbot.Entry, name string) *fieldEdit {
	for i := len(t.st.Edits) - 1; i >= 0; i-- {
		ed := &t.st.Edits[i]
		if ed.EntryID == e.ID && (name == "" || ed.Field == name) {
			return ed
		}
	}
	return nil
}

// workFieldOf is the workFields field behind slot f ("Creators" for a role).
func workFieldOf(f slot) string {
	if f.isRole() {
		return "Creators"
	}
	for name, s := range workFieldSlots {
		if s == f {
			return name
		}
	}
	return ""
}

// restoreAsked reads "改回来" and its kind while a form or an edit is open
// (see above); ok is false when s asks no restore.
func (t *turn) restoreAsked(s string) (string, bool) {
	if t.st.Mode != modeForm && t.st.Mode != modeEdit || len(t.st.Edits) == 0 {
		return "", false
	}
	e := t.current()
	if e == nil || e.ID == 0 {
		return "", false
	}
	cls := splitClauses(s)
	at := -1
	for i, cl := range cls {
		c := compact(cl)
		if restoreClause(c) && !isQuestion(cl) && !askedYesNo(cl) && !containsAny(c, "提醒", "《", "不用改回", "别改回", "不要改回") {
			at = i
			break
		}
	}
	if at < 0 {
		return "", false
	}
	// The field: named in the restore clause, else in the nearest clause
	// before it that names one without denying it ("不是摘要" says where
	// the change should not have gone), else the field changed last.
	var f slot
	for i := at; i >= 0 && f == ""; i-- {
		c := compact(cls[i])
		if g := firstNamedField(c); g != "" && !strings.HasPrefix(strings.TrimLeft(c, "那这就"), "不是") {
			f = g
		}
	}
	name := workFieldOf(f)
	if f != "" && name == "" {
		return "", false
	}
	ed := t.lastEdit(e, name)
	rest := strings.TrimSpace(joinClauses(cls[at+1:]))
	if ed == nil {
		what := "刚才没有改动过的内容"
		if f != "" {
			what = f.label() + "刚才没有改动过"
		}
		head := what + "，没有可以改回的。"
		if f != "" {
			head += f.label() + "现在是：" + clip(display(t.c.season, e, f), 40)
		}
		return t.restoreReply(e, head, rest), true
	}
	fv := reflect.ValueOf(e).Elem().FieldByName(ed.Field)
	if !fv.IsValid() || json.Unmarshal(ed.Old, fv.Addr().Interface()) != nil {
		return "", false
	}
	t.touch(e)
	shown := workFieldSlots[ed.Field]
	if f != "" && f.isRole() {
		shown = slotCreators
	}
	t.event(e, "用户恢复修改前的内容："+shown.label())
	head := fmt.Sprintf("好的，已把%s改回原来的：%s", shown.label(), clip(display(t.c.season, e, shown), 40))
	return t.restoreReply(e, head, rest), true
}

// restoreReply is head, then the rest of the message read as usual, or the
// pending question.
func (t *turn) restoreReply(e *contestbot.Entry, head, rest string) string {
	if rest != "" && !isFiller(rest) {
		return head + "\n" + t.formRest(e, rest)
	}
	pending := t.st.Pending
	if t.st.Mode == modeEdit && pending == "" || pending == slot(contestbot.FieldCopyright) {
		return head + "\n\n" + t.question(e, slot(contestbot.FieldCopyright))
	}
	if pending == "" {
		return head
	}
	return head + "\n\n" + t.question(e, pending)
}
