package knowledge

import (
	"math"
	"sort"
	"unicode"
)

// A nearest-neighbour index over labelled questions: TF-IDF vectors over
// the character 1–3-grams of the normalised question, cosine similarity,
// the k nearest voting by similarity. It knows nothing of intents; the
// labels are strings (chooser.go gives them their meaning).

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
