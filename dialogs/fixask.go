package dialogs

import (
	"fmt"
	"strings"

	"contestbot"
)

// s5-f1: a correction that names its field only as "单位" ("那个单位还是错
// 的应该是…党委") may mean the 推荐单位 or the 制作单位. Once both are filled
// the bot does not guess: it asks which, keeping the value, and a short
// answer ("制作单位", "做片子的那个") stores it there.

// fixAsk is a corrected value waiting for the user to say its field.
type fixAsk struct {
	Value  string `json:"value"`
	Fields []slot `json:"fields"`
}

// fixAskWords are the everyday words that pick one of the two units.
var fixAskWords = map[slot][]string{
	slot(contestbot.FieldUnit):     {"推荐", "报送", "申报", "学校", "第一个", "前面", "上面"},
	slot(contestbot.FieldProducer): {"制作", "做片", "拍片", "出品", "摄制", "第二个", "后面", "下面"},
}

// unclearFix asks which field a correction naming only "单位" means, when
// the 推荐单位 and the 制作单位 are both filled.
func (t *turn) unclearFix(e *contestbot.Entry, s string, reask func(string) string) (string, bool) {
	unit, producer := slot(contestbot.FieldUnit), slot(contestbot.FieldProducer)
	if e.Unit == "" || e.Producer == "" {
		return "", false
	}
	n := strings.TrimSpace(contestbot.NormalizeWidth(s))
	// The field is the first one named; words inside the value (学校 in
	// "…职业学校党委") name none.
	var first *fixWord
	for _, w := range fixWordsIn(n) {
		if first == nil || w.at < first.at {
			first = &w
		}
	}
	if first == nil || first.slot != unit || n[first.at:first.end] != "单位" {
		return "", false
	}
	f, v, ok := t.readFix(e, n)
	if !ok || f != unit || v == e.Unit && v == e.Producer {
		return "", false
	}
	t.st.FixAsk = &fixAsk{Value: v, Fields: []slot{unit, producer}}
	return reask(fmt.Sprintf("“%s”要改到推荐单位（学校全称，现在是%s）还是制作单位（现在是%s）？回复“推荐单位”或“制作单位”即可。",
		clip(v, 30), e.Unit, e.Producer)), true
}

// fixAskAnswer stores the value asked about by unclearFix in the field the
// user picks. Any other message forgets the question.
func (t *turn) fixAskAnswer(e *contestbot.Entry, s string) (string, bool) {
	fa := t.st.FixAsk
	t.st.FixAsk = nil
	if fa == nil {
		return "", false
	}
	c := compact(s)
	if contestbot.RuneLen(c) > 12 {
		return "", false // a new message, not the pick
	}
	var picked []slot
	for _, f := range fa.Fields {
		for _, w := range fixAskWords[f] {
			if strings.Contains(c, w) {
				picked = append(picked, f)
				break
			}
		}
	}
	if len(picked) != 1 {
		return "", false
	}
	return t.formInput(e, picked[0].label()+"："+fa.Value), true
}
