package dialogs

import (
	"strings"

	"contestbot"
)

// s11-j (round 30, rp145): two contacts of one school typed its 推荐单位 two
// ways ("…学院党委" and "…学院"). Since s11-a they are one unit by
// contestbot.UnitKey, but each work's file name takes its own spelling, so
// the unit's videos got two prefixes without a word. At the summary of a
// work spelled unlike the unit's other works, the other spelling is named
// once with the exact words to use it; nothing is changed unasked.

// otherSpelling is the 推荐单位 of the first other complete work of e's unit
// typed differently, or "".
func (t *turn) otherSpelling(e *contestbot.Entry) string {
	if e == nil || strings.TrimSpace(e.Unit) == "" {
		return ""
	}
	var best *contestbot.Entry
	for _, o := range t.rankable() {
		if o == e || o.ID == e.ID || o.Status != contestbot.StatusComplete || !spellingDiffers(o.Unit, e.Unit) {
			continue
		}
		if best == nil || o.Seq < best.Seq {
			best = o
		}
	}
	if best == nil {
		return ""
	}
	return best.Unit
}

// spellingDiffers reports whether a and b are one unit typed two ways.
func spellingDiffers(a, b string) bool {
	return contestbot.SameUnit(a, b) && contestbot.UnitName(a) != contestbot.UnitName(b)
}

// unitSpellingNote is the line the summary adds, once per work.
func (t *turn) unitSpellingNote(e *contestbot.Entry) string {
	if e == nil || t.st.SpellNoted == e.ID {
		return ""
	}
	x := t.otherSpelling(e)
	if x == "" {
		return ""
	}
	t.st.SpellNoted = e.ID
	return "\n\n本单位另一个作品推荐单位写作“" + x + "”，视频文件名前缀会不一样；要统一请回复“推荐单位改成" + x + "”。"
}
