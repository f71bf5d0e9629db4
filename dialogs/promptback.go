package dialogs

import (
	"strings"

	"contestbot"
)

// s6-j (issue #10, round 14, rp64 p64b): "联系人是哪位老师？程晓燕" copied the
// bot's own question back with the answer after it. The name was stored,
// and the copied question was also answered, as one about the contest's
// contacts. A copy of one of the bot's field questions (whole, or a part
// of it such as "片名是？") followed by an answer is the answer alone; when
// the question is another field's, the answer goes to that field.

// promptSlots are the steps whose questions a contact may copy back.
var promptSlots = append(append(append([]slot{}, formOrder...), roles...), slotCreators,
	slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary))

// copiedPrompt takes a copied question of the bot off the front of s. It
// returns s unchanged when s opens with no such question, when nothing
// follows it, or when what follows is itself a question.
func (t *turn) copiedPrompt(e *contestbot.Entry, s string, pending slot) string {
	n := contestbot.NormalizeWidth(strings.TrimSpace(s))
	i := strings.IndexAny(n, "?？")
	if i < 0 {
		return s
	}
	head := bare(n[:i])
	tail := strings.TrimSpace(strings.TrimLeft(n[i:], "?？ ，,:："))
	if contestbot.RuneLen(head) < 3 || tail == "" || isQuestion(tail) {
		return s
	}
	try := append([]slot{pending}, promptSlots...)
	for _, x := range try {
		if x == "" {
			continue
		}
		if promptHas(t.question(e, x), head) {
			if x == pending {
				return tail
			}
			return x.label() + "：" + tail
		}
	}
	return s
}

// promptHas reports whether head is the question of prompt q, or a part
// of it that ends where q's question ends ("片名是" of "作品的片名是？").
func promptHas(q, head string) bool {
	q = contestbot.NormalizeWidth(q)
	j := strings.IndexAny(q, "?？")
	if j < 0 {
		return false
	}
	ask := bare(q[:j])
	if k := strings.LastIndexAny(ask, ":："); k >= 0 {
		ask = ask[k+1:]
	}
	return strings.HasSuffix(ask, head) || strings.Contains(bare(q[:j]), head) && contestbot.RuneLen(head) >= 5
}
