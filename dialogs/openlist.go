package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s6-a (issue #10, round 12, rp56): a list of people sent over two bubbles,
// "我和" then "李红梅", stored "付秀英和" as 撰稿 (refused) and then 李红梅 as
// the next role. A bubble at a person step that ends in a list conjunction
// (和/跟/与/、/还有/以及/加上) is a list cut off: nothing is stored, the
// head is kept (state.Part), and the next bubble, when it is names, is read
// joined to it ("撰稿：我和李红梅", where 我 is the typist: selflist.go).
// Whole names before the conjunction ("孙浩然、鹿佳怡、还有") are stored at
// once, as before (s4-d3): the next bubble may be the 简介; a names bubble
// still joins them.

// reOpenList is a bubble ending in a list conjunction: group 1 is the head.
var reOpenList = regexp.MustCompile(`^(.{1,20}?)\s*(?:和|跟|与|、|还有|以及|加上|及)$`)

// reSelfOnly is the typist alone: "我", "本人".
var reSelfOnly = regexp.MustCompile(`^` + selfWord + `$`)

// openListHead is the head of a person list cut off after a conjunction,
// with the conjunction ("我和"), or "" when s is no such bubble.
func openListHead(s string) string {
	w := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(contestbot.NormalizeWidth(stripEmoji(s))), "。.…~～"))
	m := reOpenList.FindStringSubmatch(w)
	if m == nil || isQuestion(w) || strings.ContainsAny(m[1], "0123456789：:") {
		return ""
	}
	return w
}

// personStep reports whether pending asks for people.
func personStep(pending slot) bool {
	return pending.isRole() || pending == slotCreators || pending == slot(contestbot.FieldContact)
}

// openList keeps a person list cut off after a conjunction and waits for
// the rest.
func (t *turn) openList(s string, pending slot) (string, bool) {
	if t.nested || !personStep(pending) {
		return "", false
	}
	head := openListHead(s)
	if head == "" {
		return "", false
	}
	t.st.Part = &partValue{Slot: pending, Text: head}
	if before := reOpenList.FindStringSubmatch(head)[1]; !reSelfFirst.MatchString(head) && !strings.Contains(before, "我") {
		if _, ok := namesOf(strings.Trim(before, "、，, ")); ok {
			// "孙浩然、鹿佳怡、还有": whole names are stored as usual (the
			// conjunction dropped); a names bubble next still joins them.
			return "", false
		}
	}
	return "好的，还有谁？接着发就行。", true
}

// joinOpenList joins the bubble after an open list to it; ok is false when
// the part is no open list or s is not names.
func joinOpenList(part *partValue, s string) (string, bool) {
	if part == nil || !personStep(part.Slot) || openListHead(part.Text) == "" {
		return "", false
	}
	norm := strings.Trim(strings.TrimSpace(contestbot.NormalizeWidth(stripEmoji(s))), "。.!！~～")
	if norm == "" || isQuestion(norm) || extract(norm).labelled {
		return "", false
	}
	if _, ok := namesOf(norm); !ok && !reSelfOnly.MatchString(norm) {
		return "", false
	}
	joined := part.Text + norm // "我和李红梅": selflist.go reads 我 before the conjunction
	if before := reOpenList.FindStringSubmatch(part.Text)[1]; !strings.Contains(before, "我") && !strings.Contains(before, "俺") && !strings.Contains(before, "本人") {
		joined = strings.TrimRight(before, "、，, ") + "、" + norm
	}
	if part.Slot.isRole() || part.Slot == slot(contestbot.FieldContact) {
		joined = part.Slot.label() + "：" + joined
	}
	return joined, true
}
