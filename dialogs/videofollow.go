package dialogs

import (
	"context"

	"contestbot/knowledge"
)

// s5-k3: a follow-up on the bot's verdict on stated video values ("那如果码率
// 转成15M呢" after "1920x1080，码率8Mbps，mp4，2分50秒，符合要求吗") keeps
// the values the user gave before. The state holds the last verdict's
// values as one line of words (state.Video); any other answer forgets them.

// followUpAnswerer answers a follow-up on stated video values
// (knowledge.Base implements it).
type followUpAnswerer interface {
	AnswerFollowUp(ctx context.Context, question, stated string) knowledge.Answer
}

// followUp asks the notice, passing the values of the last verdict when
// there are any, and keeps the values of this answer's verdict.
func (t *turn) followUp(s string) knowledge.Answer {
	var a knowledge.Answer
	if fa, ok := t.c.deps.Knowledge.(followUpAnswerer); ok && t.st.Video != "" {
		a = fa.AnswerFollowUp(t.ctx, s, t.st.Video)
	} else {
		a = t.c.deps.Knowledge.Answer(t.ctx, s)
	}
	switch a.Kind { // s6-k: a reply that answers a question gets no nudge
	case knowledge.KindFact, knowledge.KindSection, knowledge.KindVideo, knowledge.KindNotInNotice, knowledge.KindClarify:
		t.asked = true
	}
	switch {
	case a.Kind == knowledge.KindVideo && a.Stated != "":
		t.st.Video = a.Stated
	case a.Kind != knowledge.KindNone:
		t.st.Video = ""
	}
	return a
}
