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

// afterAnswerer answers a question in the context of the user's question
// before it (knowledge.Base implements it): "那选哪个分类" after "用AI做的视频
// 可以吗" is about that work (s10-g, rp127 q22).
type afterAnswerer interface {
	AnswerAfter(ctx context.Context, question, previous string) knowledge.Answer
}

// maxAskedRunes bounds the question kept for the next one's context.
const maxAskedRunes = 120

// followUp asks the notice, passing the values of the last verdict when
// there are any, or else the question answered before, and keeps the values
// of this answer's verdict and this question.
func (t *turn) followUp(s string) knowledge.Answer {
	var a knowledge.Answer
	if fa, ok := t.c.deps.Knowledge.(followUpAnswerer); ok && t.st.Video != "" {
		a = fa.AnswerFollowUp(t.ctx, s, t.st.Video)
	} else if aa, ok := t.c.deps.Knowledge.(afterAnswerer); ok && t.st.Asked != "" {
		a = aa.AnswerAfter(t.ctx, s, t.st.Asked)
	} else {
		a = t.c.deps.Knowledge.Answer(t.ctx, s)
	}
	switch a.Kind { // s10-g: the question answered is the next one's context
	case knowledge.KindFact, knowledge.KindSection, knowledge.KindVideo, knowledge.KindNotInNotice, knowledge.KindFeature:
		t.st.Asked = clip(s, maxAskedRunes)
	default:
		t.st.Asked = ""
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
