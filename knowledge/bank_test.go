package knowledge

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// batchHeaders name the batch of the bank entries that follow a comment
// holding the text, first match wins; each group starts with the seed
// questions.
var batchHeaders = []struct{ text, batch string }{
	{"second batch", "b2"},
	{"third batch (2025-10", "A"},
	{"third batch", "b3"},
	{"held-out batch C", "C"},
	{"batch E (round 4)", "E"},
	{"Batch G", "G"},
	{"Batch I (round 6)", "I"},
	{"Batch K", "K"},
	{"exchanges quoted in issue 12", "issue12"},
	{"Batch L", "L"},
	{"Batch M", "M"},
	{"Round 8: the rp5", "r8"},
	{"Batch rp5", "rp5"},
}

var (
	reGroupLine = regexp.MustCompile(`^(\w+):\s*$`)
	reEntryLine = regexp.MustCompile(`^(\s*- )(\{.*\})\s*$`)
	reLabelKeys = regexp.MustCompile(`, (intent|batch): [^,}]*`)
)

// ruleLabel is the label the rules' answer gives a bank case: its one
// intent (or pseudo label) when the answer is right and one piece; ""
// when it is wrong, a clarifying question or several parts.
func ruleLabel(b *Base, group string, c question) string {
	a := b.offline(c.Q)
	if judge(group, c, a) != "" {
		return ""
	}
	one, _ := b.answerOne(stripIntro(c.Q))
	if one.Text != a.Text || one.Kind != a.Kind {
		return ""
	}
	switch {
	case len(one.intents) == 1:
		return one.intents[0]
	case len(one.intents) > 1:
		return ""
	}
	switch one.Kind {
	case KindNone:
		return labelNone
	case KindOffTopic:
		return labelOffTopic
	case KindSection:
		return labelSection
	case KindNotInNotice:
		return labelAbsent
	}
	return ""
}

// TestRelabelBank rewrites testdata/questions.yaml with each case's batch
// (from the batch comments) and label (the intent of the rules' right
// answer; a wrong answer keeps the label written by hand). It runs only
// with KNOWLEDGE_RELABEL=1: after adding cases, or after a change of the
// rules that moves a question to another intent.
func TestRelabelBank(t *testing.T) {
	if os.Getenv("KNOWLEDGE_RELABEL") == "" {
		t.Skip("set KNOWLEDGE_RELABEL=1 to relabel testdata/questions.yaml")
	}
	b := mustLoad(t, Options{})
	b.chooser = nil // the rules alone label
	data, err := os.ReadFile("testdata/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	group, batch := "", ""
	labelled, total := 0, 0
	for i, l := range lines {
		if m := reGroupLine.FindStringSubmatch(l); m != nil {
			group, batch = m[1], "seed"
			continue
		}
		if c := strings.TrimSpace(l); strings.HasPrefix(c, "#") {
			for _, h := range batchHeaders {
				if strings.Contains(c, h.text) {
					batch = h.batch
					break
				}
			}
			continue
		}
		m := reEntryLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		var c struct {
			question `yaml:",inline"`
			Intent   string `yaml:"intent"`
		}
		if err := yaml.Unmarshal([]byte(m[2]), &c); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		label := ruleLabel(b, group, c.question)
		if label == "" {
			label = c.Intent
		}
		body := reLabelKeys.ReplaceAllString(m[2], "")
		body = strings.TrimSuffix(body, "}")
		if label != "" {
			body += ", intent: " + label
			labelled++
		}
		body += ", batch: " + batch + "}"
		lines[i] = m[1] + body
		total++
	}
	if err := os.WriteFile("testdata/questions.yaml", []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d cases labelled", labelled, total)
}

// TestBankLabels checks the bank the chooser learns from: every case has
// its batch, most have a label, and Load refuses a label that is no
// intent of the facts.
func TestBankLabels(t *testing.T) {
	b := mustLoad(t, Options{})
	ex, err := parseBank(season1Questions, b.match)
	if err != nil {
		t.Fatal(err)
	}
	labelled := 0
	batches := map[string]int{}
	for _, e := range ex {
		if e.Batch == "" {
			t.Errorf("%q has no batch", e.Q)
		}
		batches[e.Batch]++
		if e.Intent != "" {
			labelled++
		}
	}
	if labelled < len(ex)*9/10 {
		t.Errorf("only %d of %d cases labelled", labelled, len(ex))
	}
	t.Logf("%d of %d labelled; batches %v", labelled, len(ex), batches)
	if b.chooser == nil {
		t.Fatal("the first season loads without its chooser")
	}

	dir := t.TempDir()
	for name, bank := range map[string]string{
		"unknown intent": "ask:\n  - {q: 截止时间？, intent: no_such_intent, batch: x}\n",
		"unknown group":  "asked:\n  - {q: 截止时间？, intent: deadline, batch: x}\n",
	} {
		f := dir + "/q.yaml"
		if err := os.WriteFile(f, []byte(bank), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(Options{QuestionsFile: f}); err == nil {
			t.Errorf("%s: Load accepted the bank", name)
		}
	}
	f := dir + "/q.yaml"
	if err := os.WriteFile(f, []byte("ask:\n  - {q: 截止时间？, intent: deadline, batch: x}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(Options{QuestionsFile: f}); err != nil {
		t.Errorf("a good bank: %v", err)
	}
}

// answerWith answers q with b's chooser replaced by one learned from ex.
func answerWith(b *Base, c *chooser, p chooserPolicy, q string) Answer {
	saved, savedP := b.chooser, b.policy
	b.chooser, b.policy = c, p
	defer func() { b.chooser, b.policy = saved, savedP }()
	return b.Answer(context.Background(), q)
}
