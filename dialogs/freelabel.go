package dialogs

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"contestbot"
)

// s10-f (round 26, rp123): "摘要 二维动画通过卡通人物…" at the 摘要 step stored
// "摘要 二维动画…": the field's own name typed before the text, with a space
// instead of a colon, was kept as part of the text (a label counts at the
// start of a long free text only with a colon, so that "本片时长虽短…" stays
// whole). The name of the field asked ("摘要", "内容摘要", "简介", "作品简介"
// from the label table), set off by a space, a colon or a comma at the very
// start of the answer, is no part of it.

// minLabelledText is the shortest text read after a bare label; a shorter
// rest ("摘要 不会写", "摘要 同简介") is left to the other readers whole.
const minLabelledText = 8

// bareLabelLead returns s without a leading bare label of the free-text
// field pending ("摘要 二维动画…" → "二维动画…"); s unchanged otherwise.
func bareLabelLead(s string, pending slot) string {
	if !pending.freeText() {
		return s
	}
	t := strings.TrimSpace(s)
	best := ""
	for _, d := range labelDefs {
		if d.slot == pending && strings.HasPrefix(t, d.word) && len(d.word) > len(best) {
			best = d.word
		}
	}
	if best == "" {
		return s
	}
	rest := t[len(best):]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsSpace(r) && !strings.ContainsRune("：:，,", r) {
		return s // "摘要这个我不会写", "简介里写了…": words, not a label
	}
	rest = strings.TrimSpace(strings.TrimLeft(rest, " \t\u3000：:，,"))
	if contestbot.RuneLen(rest) < minLabelledText {
		return s
	}
	return rest
}
