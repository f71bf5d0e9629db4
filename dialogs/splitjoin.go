package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file joins two more kinds of answer split over two messages, beside
// split.go's cut school names and phone numbers: a duration given as bare
// minutes and finished with the seconds ("2分" then "48秒 刚没打完" →
// 2分48秒; the readers are durationpart.go's), and a list of names continued in the next message ("刘一鸣" then
// "还有陈浩" → 刘一鸣、陈浩). Only the very next message is joined, and only
// in these shapes; anything else is read as usual. It also reads "不用改":
// keeping a field as it is changes nothing.

var (
	// reMoreNames continues a list of names: "还有陈浩", "和陈浩".
	reMoreNames = regexp.MustCompile(`^(?:还有|另外还有|以及|再加上|再加|加上|和|跟)\s*([^，,。！!？?]{2,20}?)(?:也是|也)?(?:一起|俩人|两个人|两人)?(?:拍的|剪的|写的|做的)?[。！!～~]*$`)
)

// noteMore keeps a value that may continue in the next message: bare
// minutes stored as the duration, the names stored for a role.
func (t *turn) noteMore(e *contestbot.Entry, s string, pending slot, r *fillResult) {
	if t.st.Part != nil || pending == "" || !r.has(pending) || len(r.set) != 1 {
		return
	}
	c := strings.TrimSpace(contestbot.NormalizeWidth(s))
	switch {
	case pending == slot(contestbot.FieldDuration):
		if m, ok := durationPart(c); ok { // durationpart.go
			t.st.Part = &partValue{Slot: pending, Text: m}
		}
	case pending.isRole():
		if p := textPtr(e, pending); p != nil && *p != "" && !contestbot.IsNone(*p) {
			t.st.Part = &partValue{Slot: pending, Text: *p}
		}
	case pending.freeText(): // s5-f2: a 简介 ending mid-clause ("…的故事，") goes on in the next bubble
		// The stored text has its trailing comma trimmed: the message
		// says whether it stopped mid-clause, and the comma is put back.
		if p := textPtr(e, pending); p != nil && *p != "" && (openEnded(s) || pending == slot(contestbot.FieldSynopsis) && textStopsShort(s, *p)) { // s9-e splittext.go
			text := *p
			if end := []rune(strings.TrimSpace(s)); !strings.HasSuffix(text, string(end[len(end)-1])) {
				text += string(end[len(end)-1])
			}
			t.st.Part = &partValue{Slot: pending, Text: text}
		}
	}
}

// joinMore finishes a value noted by noteMore: it returns the message to
// read instead, or ok false.
func joinMore(part *partValue, s string) (string, bool) {
	if part == nil {
		return "", false
	}
	if out, ok := joinOpenList(part, s); ok { // s6-a openlist.go: "我和" then "李红梅"
		return out, true
	}
	if part.Slot.freeText() {
		return joinText(part, s) // bubbles.go (s5-f2)
	}
	clean, _ := dropSendChatter(s)
	norm := strings.TrimSpace(contestbot.NormalizeWidth(clean))
	switch {
	case part.Slot == slot(contestbot.FieldDuration):
		return joinDuration(part.Text, norm) // durationpart.go
	case part.Slot.isRole():
		m := reMoreNames.FindStringSubmatch(norm)
		if m == nil {
			return "", false
		}
		if firstNamedField(compact(m[1])) != "" || containsAny(m[1], "没", "一样", "问题") {
			return "", false // "还有简介没写", "和简介一样"
		}
		names, ok := namesOf(strings.TrimSpace(m[1]))
		if !ok || strings.Contains(names, "我") {
			return "", false
		}
		return part.Slot.label() + "：" + part.Text + "、" + names, true
	}
	return "", false
}

// keepsAsIs reports whether s only says to leave a field as it is: "不用改",
// "简介不用改 还用原来的", "那就不改了", "还是用原来的吧". It returns the field
// named, if any. It is the one reader of "keep it"; keepOld (notvalue.go)
// is the one reply.
func keepsAsIs(s string) (slot, bool) {
	if isQuestion(s) {
		return "", false
	}
	c := compact(s)
	f := firstNamedField(c)
	if keepsOld(s) {
		return f, true
	}
	if !reNoChange.MatchString(s) {
		return "", false
	}
	rest := reNoChange.ReplaceAllString(c, "")
	for _, d := range labelDefs {
		rest = strings.ReplaceAll(rest, strings.ToLower(d.word), "")
	}
	rest = reKeepChatter.ReplaceAllString(rest, "")
	if strings.Trim(rest, "，,。.！!~～ ") != "" {
		return "", false
	}
	return f, true
}

// reKeepChatter is what may stand around "不用改".
var reKeepChatter = regexp.MustCompile(`还是|还用|就用|原来的|原来那个|原来那段|之前的|那就|就行|就这样|那|就|吧|了|的|啊|哈|嗯|好|先|这个|那个|就行|就这样|挺好|可以|没问题|[，,。.！!~～\s]`)

// consentAtRevisit reads "确认" sent while a filled field is asked again
// (after "片名能改吗？" at the summary) as keeping it: a command is never
// stored as a value.
func (t *turn) consentAtRevisit(e *contestbot.Entry, s string, pending slot, edit bool) (string, bool) {
	if pending == "" || pending.yesNo() || pending == slot(contestbot.FieldCopyright) || !consents(s) || oneOf(bare(s), "是", "是的", "对", "对的", "有") {
		return "", false
	}
	if !e.Has(t.c.season, pending.field()) && !(pending.isRole() && e.CreatorsDone) {
		return "", false
	}
	head := "好的，" + pending.label() + "不改，还是：" + strings.TrimRight(display(t.c.season, e, pending), "。") + "。还没有提交。"
	if edit {
		t.st.Pending = ""
		return head + "\n\n" + t.summary(e) + "\n\n核对无误请回复“确认”；需要改哪项直接说，例如“时长改成2分10秒”。", true
	}
	t.st.Pending = t.next(e)
	return head + "\n\n" + t.question(e, t.st.Pending), true
}

// editHow reports whether c asks how to change what is stored. "咋弄",
// "怎么办" ask that only beside words saying something was typed wrong:
// "邮箱发不过去咋弄" is a question about the contest, never an edit.
func editHow(c string) bool {
	loc := reEditHow.FindStringIndex(c)
	if loc == nil {
		return false
	}
	if m := c[loc[0]:loc[1]]; strings.HasSuffix(m, "弄") || strings.HasSuffix(m, "办") {
		return reTypedWrong.MatchString(c)
	}
	return true
}
