package knowledge

import (
	"context"
	"strings"

	"contestbot"
)

// s5-k3: a follow-up on the bot's own verdict ("那如果码率转成15M呢" after
// "1920x1080，码率8Mbps，mp4，2分50秒，符合要求吗") changes one value and
// means the others as stated before. The caller keeps Answer.Stated of the
// last verdict (a line of words, so it fits the dialog state) and passes it
// to AnswerFollowUp with the next message.

// followUpOpeners open a message that changes what was said before.
var followUpOpeners = []string{"那如果", "那要是", "那假如", "那若是", "那", "如果", "要是", "假如", "换成", "改成", "转成", "压到", "降到", "调到", "再"}

// followsUp reports whether the normalised q opens as a follow-up.
func followsUp(q string) bool {
	return hasPrefixAny(q, followUpOpeners)
}

// stated is the video values question states, in words ("" when it
// states none).
func (b *Base) stated(question string) string {
	w := parseVideoWords(normalize(question), b.facts.Video)
	if !w.concrete {
		return ""
	}
	return describeFacts(w)
}

// AnswerFollowUp answers question, a follow-up on the verdict whose values
// were stated (Answer.Stated of that verdict): when it opens as a
// follow-up and states video values of its own, the values it does not
// state are taken from stated, and the verdict judges them all. Otherwise
// it is Answer.
func (b *Base) AnswerFollowUp(ctx context.Context, question, stated string) Answer {
	q := normalize(strings.TrimSpace(question))
	if stated == "" || !followsUp(q) {
		return b.Answer(ctx, question)
	}
	cur := parseVideoWords(q, b.facts.Video)
	if !cur.concrete {
		return b.Answer(ctx, question)
	}
	prev := parseVideoWords(normalize(stated), b.facts.Video)
	merged := mergeWords(cur, prev)
	text := describeFacts(merged)
	if text == describeFacts(cur) {
		return b.Answer(ctx, question)
	}
	a := b.Answer(ctx, text+"，符合要求吗")
	if a.Kind != KindVideo {
		return b.Answer(ctx, question)
	}
	return a
}

// mergeWords is cur with each value it does not state taken from prev.
func mergeWords(cur, prev wordsFacts) wordsFacts {
	m := cur
	if m.f.Container == "" {
		m.f.Container = prev.f.Container
	}
	if m.f.Width == 0 && !m.f.Portrait {
		m.f.Width, m.f.Height, m.f.Portrait = prev.f.Width, prev.f.Height, prev.f.Portrait
	}
	if m.f.VideoBitrateBps == 0 && m.rateHi == 0 && !m.unknown[contestbot.RuleBitrate] {
		m.f.VideoBitrateBps, m.rateLo, m.rateHi, m.rateText = prev.f.VideoBitrateBps, prev.rateLo, prev.rateHi, prev.rateText
	}
	if m.f.DurationSeconds == 0 && m.durHi == 0 {
		m.f.DurationSeconds, m.durLo, m.durHi, m.durText = prev.f.DurationSeconds, prev.durLo, prev.durHi, prev.durText
	}
	if m.f.VideoCodec == "" {
		m.f.VideoCodec = prev.f.VideoCodec
	}
	if m.f.FrameRate == 0 {
		m.f.FrameRate = prev.f.FrameRate
	}
	return m
}
