package knowledge

import (
	"errors"
	"strings"
)

// s8-c: an answer carries no paragraph about a side of its topic that the
// question did not ask. Round 23 (rp88): "有没有最短时长要求" got the text on
// works over 3 minutes; "报送数量是否有上限？…是否需要排序" got the file
// naming's 序号. The cause is an answer written for the topic as a whole
// being said whole to a question about one side of it. The facts file
// marks such sentences as facets; the composer says the facets the
// question names, and the default ones only when it names none.

// facetSpec is one facet as the facts file writes it.
type facetSpec struct {
	// When lists the words (in their normalised form) that ask this
	// side of the topic: "最短", "超过".
	When []string `yaml:"when"`
	// Text is the sentence, with its own closing 。.
	Text string `yaml:"text"`
	// Default facets are said when the question names no facet of the
	// intent ("时长有什么要求" gets every side); others only when named.
	Default bool `yaml:"default"`
	// Sources are the clauses only this facet quotes (s9-k): cited when
	// the facet is said, and not otherwise ("要排序吗" cites 附件1 第1条,
	// not the naming rule's 附件1 第3条).
	Sources []string `yaml:"sources"`
	// Lead facets open the answer when the question names them (s10-m,
	// rp132 q68): "报名时片名填错了 咋改" is first how to change it here,
	// then what the notice leaves open about material already sent.
	Lead bool `yaml:"lead"`
}

type facet struct {
	when    []string
	text    string
	initial bool
	lead    bool
	sources []string
}

// addFacets appends the facets to the intent's answer, so that every
// other reader of the answer (dedupe, details held, the chooser's
// bigrams) still sees the whole text.
func (in *intent) addFacets(specs []facetSpec) error {
	for _, s := range specs {
		t := strings.TrimSpace(s.Text)
		if t == "" || len(s.When) == 0 {
			return errors.New("a facet needs words and a text")
		}
		f := facet{text: t, initial: s.Default, lead: s.Lead, sources: s.Sources}
		for _, w := range s.When {
			f.when = append(f.when, normalize(w))
		}
		in.facets = append(in.facets, f)
		in.answer += t
		in.sources = appendNew(in.sources, s.Sources...)
	}
	return nil
}

// answerFor is in's answer (unrendered) as said to the normalised
// question q: its body, the facets q names and, when q names none, the
// default facets.
func (in *intent) answerFor(q string) string {
	if len(in.facets) == 0 || q == "" {
		return in.answer
	}
	named := false
	for _, f := range in.facets {
		named = named || containsAny(q, f.when)
	}
	text := in.answer
	lead := ""
	for _, f := range in.facets {
		switch {
		case !f.said(q, named):
			text = strings.Replace(text, f.text, "", 1)
		case f.lead && containsAny(q, f.when):
			text = strings.Replace(text, f.text, "", 1)
			lead += f.text
		}
	}
	return lead + text
}

// said reports whether f is said to the normalised question q; named is
// whether q names any facet of the intent.
func (f facet) said(q string, named bool) bool {
	return named && containsAny(q, f.when) || !named && f.initial
}

// sourcesFor is in's sources as said to the normalised question q: a
// facet's own sources only when the facet is said.
func (in *intent) sourcesFor(q string) []string {
	if len(in.facets) == 0 || q == "" {
		return in.sources
	}
	named := false
	for _, f := range in.facets {
		named = named || containsAny(q, f.when)
	}
	drop := map[string]bool{}
	for _, f := range in.facets {
		for _, src := range f.sources {
			drop[src] = drop[src] || !f.said(q, named)
		}
	}
	for _, f := range in.facets {
		if f.said(q, named) {
			for _, src := range f.sources {
				drop[src] = false
			}
		}
	}
	var out []string
	for _, src := range in.sources {
		if !drop[src] {
			out = append(out, src)
		}
	}
	return out
}
