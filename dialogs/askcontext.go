package dialogs

import (
	"strings"

	"contestbot/knowledge"
)

// s9-g (round 28, rp113 F10): "片子是3分10秒 会不会不让报" at the 内容摘要
// step got "这个问题我回答不了": the form asked the notice only the question
// clause ("会不会不让报"), which says nothing of what it asks about; the
// statement before it ("片子是3分10秒") is its subject. When the question
// clauses alone get no answer about the contest, the whole message is
// asked. Nothing is stored either way: the caller only answers.

// cannotAnswer is how the notice's answer to a message about no topic of
// the contest starts.
const cannotAnswer = "这个问题我回答不了"

// askWithContext asks the whole message s when its question clauses q
// alone got no answer (a is "" or the cannot-answer line), and returns
// the better answer.
func (t *turn) askWithContext(a, q, s string) string {
	if q == s || a != "" && !strings.HasPrefix(a, cannotAnswer) || t.c.deps.Knowledge == nil {
		return a
	}
	switch w := t.answer(s); w.Kind {
	case knowledge.KindFact, knowledge.KindVideo, knowledge.KindSection, knowledge.KindNotInNotice:
		if strings.TrimSpace(w.Text) != "" {
			return w.Text
		}
	}
	return a
}
