package knowledge

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// The learned chooser: the labelled questions of the season's bank
// (testdata/questions.yaml for the first season) are indexed as TF-IDF
// vectors over the character 1–3-grams of the normalised question; a new
// question's nearest labelled questions (cosine, top k) vote for an
// intent. The concept rules stay first: the neighbours decide only where
// the rules are unsure (no intent matched, or two readings tie), and only
// when they agree (chooserPolicy). docs/knowledge.md has the
// cross-validated figures behind the policy.

// Pseudo labels: bank answers that no facts-file intent gives.
const (
	labelVideo    = "_video"    // a verdict on video parameters stated in words
	labelNone     = "_none"     // not a question (a form value, "好的")
	labelOffTopic = "_offtopic" // the polite redirect
	labelAbsent   = "_absent"   // the bare "通知中没有说明" with the contacts
	labelSection  = "_section"  // a retrieved excerpt of the notice
)

var pseudoLabels = []string{labelVideo, labelNone, labelOffTopic, labelAbsent, labelSection}

// example is one labelled question of a bank.
type example struct {
	Q      string // as asked
	Intent string // the facts-file intent (or pseudo label) a right answer gives; "" unlabelled
	Batch  string // the batch it came from ("rp5", "K" …), for leave-one-batch-out
	Group  string // ask, qualify, absent, offtopic, none
}

// bankGroups are the groups of a bank file, in file order.
var bankGroups = []string{"ask", "qualify", "absent", "offtopic", "none"}

// parseBank reads a bank file (the layout of testdata/questions.yaml:
// groups of {q, want, not, kind, intent, batch}) and checks that every
// label is an intent of the facts or a pseudo label.
func parseBank(data []byte, m *matcher) ([]example, error) {
	type entry struct {
		Q      string `yaml:"q"`
		Intent string `yaml:"intent"`
		Batch  string `yaml:"batch"`
	}
	var file map[string][]entry
	if err := yaml.Unmarshal(data, &file); err != nil {
		return nil, fmt.Errorf("问题库格式有误：%v", err)
	}
	ids := map[string]bool{}
	for _, in := range m.intents {
		ids[in.id] = true
	}
	for _, p := range pseudoLabels {
		ids[p] = true
	}
	var out []example
	for g := range file {
		if !slices.Contains(bankGroups, g) {
			return nil, fmt.Errorf("问题库有未知的分组 %s", g)
		}
	}
	for _, g := range bankGroups {
		for _, e := range file[g] {
			if e.Intent != "" && !ids[e.Intent] {
				return nil, fmt.Errorf("问题库中“%s”的 intent %s 在赛事资料文件中找不到", e.Q, e.Intent)
			}
			out = append(out, example{Q: e.Q, Intent: e.Intent, Batch: e.Batch, Group: g})
		}
	}
	return out, nil
}

// posting is one labelled question holding a term, with the term's weight
// in its unit vector.
type posting struct {
	doc int32
	w   float32
}

// chooser is the nearest-neighbour index over the labelled questions.
type chooser struct {
	vocab  map[string]int32
	idf    []float32
	post   [][]posting
	labels []string
}

// chooserK is how many neighbours vote.
const chooserK = 5

// grams are the character 1–3-grams of a normalised question, letters,
// digits and Han characters only (punctuation and spaces cut nothing but
// are left out).
func grams(nq string) map[string]int {
	var rs []rune
	for _, r := range nq {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	g := make(map[string]int, 3*len(rs))
	for n := 1; n <= 3; n++ {
		for i := 0; i+n <= len(rs); i++ {
			g[string(rs[i:i+n])]++
		}
	}
	return g
}

// newChooser indexes the examples that carry one label; nil when none do.
func newChooser(examples []example) *chooser {
	c := &chooser{vocab: map[string]int32{}}
	var docs []map[string]int
	for _, e := range examples {
		if e.Intent == "" {
			continue
		}
		g := grams(normalize(e.Q))
		if len(g) == 0 {
			continue
		}
		docs = append(docs, g)
		c.labels = append(c.labels, e.Intent)
	}
	if len(docs) == 0 {
		return nil
	}
	df := map[string]int{}
	for _, d := range docs {
		for t := range d {
			df[t]++
		}
	}
	terms := make([]string, 0, len(df))
	for t := range df {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	n := float64(len(docs))
	c.idf = make([]float32, len(terms))
	c.post = make([][]posting, len(terms))
	for i, t := range terms {
		c.vocab[t] = int32(i)
		c.idf[i] = float32(math.Log((n+1)/(float64(df[t])+1)) + 1)
	}
	for d, g := range docs {
		var norm float64
		ws := make(map[int32]float64, len(g))
		for t, tf := range g {
			id := c.vocab[t]
			w := (1 + math.Log(float64(tf))) * float64(c.idf[id])
			ws[id] = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for id, w := range ws {
			c.post[id] = append(c.post[id], posting{doc: int32(d), w: float32(w / norm)})
		}
	}
	return c
}

// vote is what the neighbours of a question say.
type vote struct {
	label string  // the label with the most similarity among the top k
	share float64 // its share of the top k's similarity
	top   float64 // the best neighbour's cosine similarity
}

// choose returns the neighbours' vote on nq, a normalised question.
func (c *chooser) choose(nq string) vote {
	if c == nil {
		return vote{}
	}
	g := grams(nq)
	type tw struct {
		id int32
		w  float64
	}
	var q []tw
	var norm float64
	for t, tf := range g {
		id, ok := c.vocab[t]
		if !ok {
			continue
		}
		w := (1 + math.Log(float64(tf))) * float64(c.idf[id])
		q = append(q, tw{id, w})
		norm += w * w
	}
	// Grams the bank never saw still make the question longer: they
	// count in its norm, so a question mostly of unseen words is far
	// from every neighbour.
	for t, tf := range g {
		if _, ok := c.vocab[t]; !ok {
			w := (1 + math.Log(float64(tf))) * math.Log(float64(len(c.labels))+1)
			norm += w * w
		}
	}
	if len(q) == 0 || norm == 0 {
		return vote{}
	}
	norm = math.Sqrt(norm)
	sims := make([]float32, len(c.labels))
	for _, t := range q {
		qw := float32(t.w / norm)
		for _, p := range c.post[t.id] {
			sims[p.doc] += qw * p.w
		}
	}
	// The k best, by insertion into a short sorted list.
	var best [chooserK]int32
	nb := 0
	for d, s := range sims {
		if s <= 0 {
			continue
		}
		if nb < chooserK {
			best[nb] = int32(d)
			nb++
		} else if s <= sims[best[nb-1]] {
			continue
		} else {
			best[nb-1] = int32(d)
		}
		for i := nb - 1; i > 0 && sims[best[i]] > sims[best[i-1]]; i-- {
			best[i], best[i-1] = best[i-1], best[i]
		}
	}
	if nb == 0 {
		return vote{}
	}
	by := map[string]float64{}
	var total float64
	for _, d := range best[:nb] {
		by[c.labels[d]] += float64(sims[d])
		total += float64(sims[d])
	}
	v := vote{top: float64(sims[best[0]])}
	for l, s := range by {
		if s > v.share*total || s == v.share*total && l < v.label {
			v.label, v.share = l, s/total
		}
	}
	return v
}

// chooserPolicy says where the neighbours may decide.
type chooserPolicy struct {
	// minTop and minShare: the best neighbour's similarity and the
	// winning label's share of the vote needed to act.
	minTop, minShare float64
	// onFallback: when no intent matched (the rules would quote a
	// section, say the notice is silent or redirect).
	onFallback bool
	// onTie: when two readings tie (the rules would ask which).
	onTie bool
}

// defaultPolicy is the policy that scored best in cross-validation over
// the bank (docs/knowledge.md, "The learned chooser").
var defaultPolicy = chooserPolicy{minTop: 0.6, minShare: 0.8, onFallback: true, onTie: true}

// chosen returns the intent the neighbours agree on for nq, if they agree
// under the policy and it is an intent of the facts that answers (not a
// redirect, a pseudo label or a clarifying question).
func (b *Base) chosen(nq string) (*intent, bool) {
	if b.chooser == nil {
		return nil, false
	}
	v := b.chooser.choose(nq)
	if v.label == "" || v.top < b.policy.minTop || v.share < b.policy.minShare {
		return nil, false
	}
	in := b.match.intent(v.label)
	if in == nil || in.kind == KindOffTopic || in.kind == KindClarify || in.group == "override" {
		return nil, false
	}
	return in, true
}
