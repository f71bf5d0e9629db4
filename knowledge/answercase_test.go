package knowledge

import (
	"context"
	"strings"
	"testing"
)

// answerCase is a question and what its answer must say: every want, none
// of not, the kind (when set) and (when parts > 0) that many cited parts.
type answerCase struct {
	name  string
	q     string
	kind  Kind
	want  []string
	not   []string
	parts int
}

// checkAnswers asks b each case's question as a subtest.
func checkAnswers(t *testing.T, b *Base, cases []answerCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) { checkAnswer(t, b.Answer(context.Background(), tt.q), tt) })
	}
}

// checkAnswer checks one answer against its case: the kind (when set), the
// cited parts (when parts > 0), every want and none of not.
func checkAnswer(t *testing.T, a Answer, tt answerCase) {
	t.Helper()
	if tt.kind != "" && a.Kind != tt.kind {
		t.Errorf("kind %s, want %s: %s", a.Kind, tt.kind, a.Text)
	}
	if n := strings.Count(a.Text, "（见通知 "); tt.parts > 0 && n != tt.parts {
		t.Errorf("%d parts, want %d: %s", n, tt.parts, a.Text)
	}
	for _, w := range tt.want {
		if !strings.Contains(a.Text, w) {
			t.Errorf("answer lacks %q: [%s] %s", w, a.Kind, a.Text)
		}
	}
	for _, w := range tt.not {
		if strings.Contains(a.Text, w) {
			t.Errorf("answer has %q: [%s] %s", w, a.Kind, a.Text)
		}
	}
}
