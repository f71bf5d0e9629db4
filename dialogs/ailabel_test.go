package dialogs

import (
	"testing"

	"contestbot"
)

// TestLabelImpliesAIUsed (s5-f4): AI content said to be labelled is AI
// used; nothing else changes AIUsed.
func TestLabelImpliesAIUsed(t *testing.T) {
	season := &contestbot.Season{AICategory: "AI生成"}
	yes, no := contestbot.Bool(true), contestbot.Bool(false)
	accept := []*contestbot.Entry{{AILabelled: yes}, {AILabelled: yes, AIUsed: no}}
	for _, e := range accept {
		r := &fillResult{set: []slot{slot(contestbot.FieldCategory), slot(contestbot.FieldAILabelled)}}
		labelImpliesAIUsed(season, e, r)
		if e.AIUsed == nil || !*e.AIUsed || r.set[1] != slot(contestbot.FieldAIUsed) {
			t.Errorf("labelled: AIUsed = %v, set = %v; want used, echoed before the label", e.AIUsed, r.set)
		}
	}
	reject := []struct {
		e   *contestbot.Entry
		set []slot
	}{
		{&contestbot.Entry{AILabelled: no}, []slot{slot(contestbot.FieldAILabelled)}},
		{&contestbot.Entry{AILabelled: yes}, nil}, // labelled earlier, not in this message
		{&contestbot.Entry{}, []slot{slot(contestbot.FieldCategory)}},
		{&contestbot.Entry{AILabelled: yes, Category: "AI生成"}, []slot{slot(contestbot.FieldAILabelled)}}, // the category implies it
	}
	for _, c := range reject {
		r := &fillResult{set: c.set}
		labelImpliesAIUsed(season, c.e, r)
		if c.e.AIUsed != nil {
			t.Errorf("AIUsed = %v for %+v; want unset", *c.e.AIUsed, c.set)
		}
	}
}
