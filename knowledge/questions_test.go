package knowledge

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// pinned is the test clock: a week before the deadline.
var pinned = time.Date(2025, 10, 8, 10, 0, 0, 0, shanghai)

func mustLoad(tb testing.TB, opts Options) *Base {
	tb.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return pinned }
	}
	b, err := Load(opts)
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return b
}

// question is one case of testdata/questions.yaml.
type question struct {
	Q    string   `yaml:"q"`
	Want []string `yaml:"want"`
	Not  []string `yaml:"not"`
	Kind Kind     `yaml:"kind"`
}

type questionSet struct {
	Ask      []question `yaml:"ask"`
	Qualify  []question `yaml:"qualify"`
	Absent   []question `yaml:"absent"`
	Offtopic []question `yaml:"offtopic"`
	None     []question `yaml:"none"`
}

// questionsFile is the question set TestQuestions measures: testdata/questions.yaml,
// or the file named by KNOWLEDGE_QUESTIONS (a held-out batch kept outside the repo).
func questionsFile() string {
	if f := os.Getenv("KNOWLEDGE_QUESTIONS"); f != "" {
		return f
	}
	return "testdata/questions.yaml"
}

func loadQuestions(tb testing.TB) questionSet {
	tb.Helper()
	data, err := os.ReadFile(questionsFile())
	if err != nil {
		tb.Fatal(err)
	}
	var qs questionSet
	if err := yaml.Unmarshal(data, &qs); err != nil {
		tb.Fatal(err)
	}
	return qs
}

// judge returns why a is not a correct answer to c ("" when it is).
func judge(group string, c question, a Answer) string {
	if c.Kind != "" && a.Kind != c.Kind {
		return "kind " + string(a.Kind) + ", want " + string(c.Kind)
	}
	switch group {
	case "none":
		if a.Kind != KindNone || a.Text != "" {
			return "want KindNone with no text, got " + string(a.Kind)
		}
		return ""
	case "offtopic":
		if a.Kind != KindOffTopic {
			return "want off_topic, got " + string(a.Kind)
		}
	default:
		if a.Kind == KindNone || a.Kind == KindOffTopic {
			return "no answer (" + string(a.Kind) + ")"
		}
		if !strings.Contains(a.Text, "（见通知 ") {
			return "cites no section"
		}
	}
	if len(a.Text) >= 2000 {
		return "longer than one WeChat message"
	}
	for _, w := range c.Want {
		if !strings.Contains(a.Text, w) {
			return "missing " + w
		}
	}
	for _, w := range c.Not {
		if strings.Contains(a.Text, w) {
			return "must not contain " + w
		}
	}
	return ""
}

// TestQuestions is the acceptance figure: at least 95% of the questions in
// testdata/questions.yaml answered correctly.
func TestQuestions(t *testing.T) {
	b := mustLoad(t, Options{})
	qs := loadQuestions(t)
	groups := []struct {
		name  string
		cases []question
		min   int
	}{
		{"ask", qs.Ask, 120}, {"qualify", qs.Qualify, 15}, {"absent", qs.Absent, 10},
		{"offtopic", qs.Offtopic, 10}, {"none", qs.None, 5},
	}
	total, good := 0, 0
	for _, g := range groups {
		if len(g.cases) < g.min {
			t.Errorf("group %s has %d questions, want at least %d", g.name, len(g.cases), g.min)
		}
		ok := 0
		for _, c := range g.cases {
			a := b.Answer(context.Background(), c.Q)
			if why := judge(g.name, c, a); why != "" {
				t.Logf("FAIL [%s] %q: %s\n    got [%s] %s", g.name, c.Q, why, a.Kind, a.Text)
				continue
			}
			ok++
		}
		t.Logf("%-8s %3d/%3d correct (%.1f%%)", g.name, ok, len(g.cases), 100*float64(ok)/float64(len(g.cases)))
		total += len(g.cases)
		good += ok
	}
	pct := 100 * float64(good) / float64(total)
	t.Logf("overall  %3d/%3d correct (%.1f%%)", good, total, pct)
	if pct < 95 {
		t.Errorf("accuracy %.1f%%, want at least 95%%", pct)
	}
}
