package dialogs

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"

	"contestbot"
)

// s12-d (round 32, rp153 #8): after a question at the summary had been
// stored as values, "？？我是问你呢 不是让你改 制作单位怎么变成这样了" got a
// generic 制作单位 answer, and the complaint took the 制作单位 back to empty.
// A complaint that the bot changed what it was not asked to change ("不是让你
// 改", "我没让你改", "谁让你改的", "怎么变成这样了") restores every field the
// previous message changed (the state's LastEdits, beside the edit history of
// s11-d restore.go) and says what was restored, in one short reply. When the
// previous message changed nothing, the reply says so and shows the field
// named as it is.

// reUnaskedChange says the bot changed something unasked.
var reUnaskedChange = regexp.MustCompile(`不是(?:让|叫|要)(?:你|您)(?:改|动|换)|(?:我|俺)?(?:没|没有|又没|并没|也没)(?:让|叫|要)(?:你|您)(?:改|动|换)|谁(?:让|叫)(?:你|您)(?:改|动|换)|` +
	`(?:怎么|咋|为啥|为什么|咋就)(?:给我|给|就)?(?:变成|变|改成|成了|弄成|整成)(?:这样|这个样|这样子|这个样子|这了|这)|` +
	`(?:怎么|咋|为啥|为什么)(?:给我|把它|自己|自作主张)?(?:给)?改了|(?:别|不要|不用)(?:乱改|瞎改|自己改)|乱改|瞎改`)

// unaskedComplaint restores what the previous message changed when s
// complains of a change not asked for (see above).
func (t *turn) unaskedComplaint(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || t.nested || !reUnaskedChange.MatchString(compact(contestbot.NormalizeWidth(s))) {
		return "", false
	}
	var restored []slot
	for _, ed := range t.st.LastEdits {
		x := t.entryByID(ed.EntryID)
		if x == nil || x.Status == contestbot.StatusCancelled {
			continue
		}
		fv := reflect.ValueOf(x).Elem().FieldByName(ed.Field)
		if !fv.IsValid() || !fv.CanAddr() {
			continue
		}
		now, err := json.Marshal(fv.Interface())
		if err != nil || string(now) != string(ed.New) {
			continue // changed again since: that later change stands
		}
		if json.Unmarshal(ed.Old, fv.Addr().Interface()) != nil {
			continue
		}
		t.touch(x)
		if f := workFieldSlots[ed.Field]; f != "" && x == e {
			restored = append(restored, f)
		}
	}
	var b strings.Builder
	if len(restored) == 0 {
		b.WriteString("抱歉，上一条消息没有改动已填的内容。")
		if f := firstNamedField(compact(s)); f != "" && !f.eligibility() {
			b.WriteString(f.label() + "现在是：" + clip(display(t.c.season, e, f), 60) + "。")
		}
	} else {
		t.event(e, "用户恢复未要求的修改")
		b.WriteString("抱歉，刚才不该改动。已恢复原来的内容：")
		for i, f := range restored {
			if i > 0 {
				b.WriteString("，")
			}
			b.WriteString(f.label() + "：" + clip(display(t.c.season, e, f), 60))
		}
		b.WriteString("。")
	}
	t.undo = nil
	if t.atSummary(t.st.Pending) {
		return b.String() + "\n\n" + notYetSubmitted, true
	}
	return t.withPending(b.String()), true
}

// entryByID is the user's entry with id, or nil.
func (t *turn) entryByID(id int64) *contestbot.Entry {
	for _, x := range t.entries {
		if x.ID == id {
			return x
		}
	}
	if t.st.newEntry != nil && t.st.newEntry.ID == id {
		return t.st.newEntry
	}
	return nil
}
