package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Branch s10-c (round 25): at the 摘要 step "…的故事。时长不对，是3分12秒"
// stored the whole message as the 摘要, the correction rewritten inside it
// ("…。时长：3分12秒"), and the 时长 stayed as it was. A correction of another
// named field is never part of a free text: when the last sentences of a
// message at the 简介/摘要 step each open with another field's label and say
// it is wrong or changed, the text before them is the text asked for and
// they are read as the corrections they are. A 简介 sentence that only
// mentions a field ("本片时长虽短，却…") opens with no label and stays text.

// reTrailFixLead is what may stand before the label of a correction sentence:
// "对了，", "另外", "还有", "哦对了".
var reTrailFixLead = regexp.MustCompile(`^(?:哦|噢|啊|嗯)?(?:对了|另外|还有|然后|还有就是|那个|刚才|刚刚|补充一下|顺便说一下|顺便)?[，,、\s]*`)

// trailingFix reports whether sent is a short correction of a field other
// than the free texts, opening with that field's label.
func trailingFix(sent string) bool {
	c := strings.TrimSpace(contestbot.NormalizeWidth(sent))
	c = strings.TrimSpace(c[len(reTrailFixLead.FindString(c)):])
	if c == "" || contestbot.RuneLen(c) > 40 || isQuestion(c) {
		return false
	}
	f := firstNamedField(strings.ToLower(compact(c)))
	if f == "" || f.freeText() || !strings.HasPrefix(strings.ToLower(compact(c)), labelWordAt(c, f)) {
		return false
	}
	return correctionWords(c) || reFixAsk.MatchString(c) || containsAny(c, "改成", "改为", "改一下", "换成")
}

// labelWordAt is the label word of f that c opens with, or "\x00" when none
// does.
func labelWordAt(c string, f slot) string {
	lc := strings.ToLower(compact(c))
	for _, d := range labelDefs {
		w := strings.ToLower(d.word)
		if !d.weak && slot(strings.TrimSuffix(string(d.slot), "!")) == f && strings.HasPrefix(lc, w) {
			return w
		}
	}
	return "\x00"
}

// splitTextFix cuts s into the free text and the corrections said after
// it; ok is false when s ends in no such correction or holds no text.
func splitTextFix(s string) (text, fix string, ok bool) {
	sents := splitOutside(strings.TrimSpace(s), true, func(rs []rune, i int) bool {
		r := rs[i]
		return strings.ContainsRune("。！!；;\n", r) || r == ' ' && i > 0 && i+1 < len(rs) && isHan(rs[i-1]) && isHan(rs[i+1])
	})
	if len(sents) < 2 {
		return "", "", false
	}
	cut := len(sents)
	for cut > 1 && trailingFix(sents[cut-1]) {
		cut--
	}
	if cut == len(sents) {
		return "", "", false
	}
	text = strings.TrimSpace(strings.Join(sents[:cut], ""))
	if contestbot.RuneLen(text) < 8 || isChatter(compact(text)) {
		return "", "", false
	}
	// Sentences cut at a space lost it: a comma joins those.
	var b strings.Builder
	for i, x := range sents[cut:] {
		if last := []rune(b.String()); i > 0 && !strings.ContainsRune("。！!；;\n", last[len(last)-1]) {
			b.WriteString("，")
		}
		b.WriteString(x)
	}
	return text, b.String(), true
}

// textThenFix reads a 简介 or 摘要 followed by corrections of other fields:
// the text is stored as the answer to the step, then the corrections are
// read, and one reply says both.
func (t *turn) textThenFix(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || t.nested || !t.st.Pending.freeText() {
		return "", false
	}
	text, fix, ok := splitTextFix(s)
	if !ok {
		return "", false
	}
	asked := t.st.Pending
	first := t.formInput(e, text)
	if p := textPtr(e, asked); t.st.Pending == asked && (p == nil || *p == "") {
		// The text was refused: say so, and read the corrections still.
		return first + "\n\n" + t.formRest(e, fix), true
	}
	head := first
	if i := strings.Index(first, "\n\n"); i >= 0 {
		head = first[:i] // the ack; the next question comes after the corrections
	}
	return head + "\n" + strings.TrimPrefix(t.formRest(e, fix), "好的，"), true
}
