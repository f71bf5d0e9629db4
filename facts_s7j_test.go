package contestbot_test

import (
	"testing"

	"contestbot"
)

// TestNormalizeFacts (s7-j, rp81 p81b): an AI label answer survives only
// while the entry needs one; uses_ai=false leaves ai_labelled null.
func TestNormalizeFacts(t *testing.T) {
	s := season1()
	yes, no := contestbot.Bool(true), contestbot.Bool(false)
	keep := []contestbot.Entry{
		{AIUsed: yes, AILabelled: yes},
		{AIUsed: yes, AILabelled: no},
		{Category: s.AICategory, AILabelled: yes},
		{Category: s.AICategory, AIUsed: no, AILabelled: yes}, // the AI category needs its label whatever was said
		{AIUsed: no},
		{},
	}
	for _, e := range keep {
		want := e.AILabelled
		e.NormalizeFacts(s)
		if e.AILabelled != want {
			t.Errorf("%+v: ai_labelled changed to %v", e, e.AILabelled)
		}
	}
	clear := []contestbot.Entry{
		{AIUsed: no, AILabelled: yes},
		{AIUsed: no, AILabelled: no},
		{AILabelled: yes},
		{Category: "实景拍摄", AIUsed: no, AILabelled: yes},
	}
	for _, e := range clear {
		e.NormalizeFacts(s)
		if e.AILabelled != nil {
			t.Errorf("%+v: ai_labelled = %v, want null", e, *e.AILabelled)
		}
	}
}
