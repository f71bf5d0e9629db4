package knowledge

import (
	"context"
	"os"
	"strings"
	"testing"
)

// s9-c (issue 12): one topic per answer. TestTopicsPerAnswer measures
// how many bank answers carry more than one topic (more than one intent,
// or more than one cited part); with KNOWLEDGE_TOPICS=1 it lists them.
func TestTopicsPerAnswer(t *testing.T) {
	b := mustLoad(t, Options{})
	qs := loadQuestions(t)
	all := [][]question{qs.Ask, qs.Qualify, qs.Absent, qs.Offtopic, qs.None, qs.Untuned}
	total, multi, single := 0, 0, 0
	for _, g := range all {
		for _, c := range g {
			a := b.Answer(context.Background(), c.Q)
			total++
			if len(a.intents) > 1 || len(answerParts(a.Text)) > 1 && strings.Count(a.Text, "（见通知 ") > 1 {
				multi++
				if asksOneThing(c.Q) {
					single++
					if os.Getenv("KNOWLEDGE_TOPICS") != "" {
						t.Logf("%q → %v\n    %s", c.Q, a.intents, a.Text)
					}
				}
			}
		}
	}
	t.Logf("bank answers with more than one topic: %d of %d; of them to a question that asks one thing: %d", multi, total, single)
}

// asksOneThing reports whether q reads as one question: one question
// mark at most, no word that joins two things, no numbered list and no
// second clause after a space.
func asksOneThing(q string) bool {
	n := normalize(q)
	marks := strings.Count(n, "?")
	return marks <= 1 && !joinsTwo(n) && !strings.ContainsAny(n, "123一二三") && !strings.Contains(strings.TrimSpace(n), " ")
}
