package knowledge

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// span is a byte range of the normalised question. weak marks an
// occurrence of a form too vague to make a part of its own (see sense).
type span struct {
	start, end int
	weak       bool
}

func (a span) overlaps(b span) bool { return a.start < b.end && b.start < a.end }

// form is one surface form of a concept. notNext lists characters that
// may not follow it ("交哪" but not "交哪些").
type form struct {
	text    string
	notNext string
	// sense, when set, says in which contexts the form means its concept.
	sense *sense
}

// sense restricts a form to the contexts in which it means its concept:
// 手机 is the contacts' only beside 号/电话 ("手机号多少", not "手机竖着拍"),
// 范围 is who may enter only beside 报送/参赛/作品 and not after 码率 or 选题,
// 流程 is the judging process except after 报送/报名 ("报送流程").
type sense struct {
	needs     []string // one of these must occur in the question
	notAfter  []string // the form does not count right after one of these
	notBefore []string // … or right before one of these
	// weak forms are too vague to make a part of their own: they score
	// half, and a second part (or a part beside a verdict on stated video
	// parameters) needs another word ("片子最长能拍多久" is the duration,
	// not also the themes through 能拍).
	weak bool
}

// senseFillers may stand between a form and the word before or after it
// ("码率的范围", "方式有几种").
const senseFillers = "的有是都也就"

// holds reports whether the occurrence s of a form with this sense in q
// counts.
func (se *sense) holds(q string, s span) bool {
	if se == nil {
		return true
	}
	if len(se.needs) > 0 && !containsAny(q, se.needs) {
		return false
	}
	before := strings.TrimRight(q[:s.start], senseFillers)
	for _, w := range se.notAfter {
		if strings.HasSuffix(q[:s.start], w) || strings.HasSuffix(before, w) {
			return false
		}
	}
	after := strings.TrimLeft(q[s.end:], senseFillers)
	for _, w := range se.notBefore {
		if strings.HasPrefix(q[s.end:], w) || strings.HasPrefix(after, w) {
			return false
		}
	}
	return true
}

// intent is one curated question, compiled: concept names resolved to
// indexes into the matcher's concept table.
type intent struct {
	id        string
	kind      Kind
	group     string
	alts      [][]int
	not       []int
	boost     float64
	statement bool
	answer    string
	sources   []string
	label     string
	options   []string
	covers    []string          // fc: intents this one's answer says too
	facets    []facet           // s8-c facets.go: sentences said only when their side is asked
	verdicts  map[string]string // s8-c yesno.go: the plain yes or no per kind of yes/no question
}

// matcher finds concepts in a normalised question and scores intents.
type matcher struct {
	names   []string
	forms   [][]form // per concept: normalised surface forms
	intents []intent
	byName  map[string]int
	sounds  *soundIndex // the forms by sound, for homophone typos
}

// genericConcepts only help other concepts say what is asked ("when",
// "send", "where"); on their own they never make a second intent.
// An alternative made of generic concepts only ("在哪" + "作品") counts
// half, so that a real topic word wins: "作品在哪展播" is about 展播.
var genericConcepts = map[string]bool{"何时": true, "交": true, "哪里": true, "大赛": true, "名称": true, "时间要求词": true,
	"作品": true, "谁": true, "称呼": true, "要求词": true, "参赛词": true}

func newMatcher(concepts map[string][]string, senses map[string]map[string]senseSpec, specs []intentSpec) (*matcher, error) {
	m := &matcher{byName: map[string]int{}}
	// Concepts in a stable order, so scoring ties break the same way.
	names := make([]string, 0, len(concepts))
	for n := range concepts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m.add(n, concepts[n])
	}
	if err := m.setSenses(senses); err != nil {
		return nil, err
	}
	resolve := func(word string) int {
		if i, ok := m.byName[word]; ok {
			return i
		}
		// A literal word in an intent is a concept of its own.
		return m.add(word, []string{word})
	}
	seen := map[string]bool{}
	for _, s := range specs {
		if s.ID == "" || seen[s.ID] {
			return nil, fmt.Errorf("intent id %q empty or repeated", s.ID)
		}
		seen[s.ID] = true
		kind := Kind(s.Kind)
		switch kind {
		case "":
			kind = KindFact
		case KindFact, KindNotInNotice, KindOffTopic, KindFeature, KindClarify:
		default:
			return nil, fmt.Errorf("intent %s: unknown kind %q", s.ID, s.Kind)
		}
		if len(s.Match) == 0 {
			return nil, fmt.Errorf("intent %s: no match", s.ID)
		}
		switch {
		case kind == KindClarify && (len(s.Options) < 2 || len(s.Options) > 3):
			return nil, fmt.Errorf("intent %s: a clarifying question offers 2 or 3 options", s.ID)
		case kind != KindOffTopic && kind != KindClarify && (s.Answer == "" || len(s.Sources) == 0 && kind != KindFeature):
			return nil, fmt.Errorf("intent %s: an answer and its sources are required", s.ID)
		}
		in := intent{id: s.ID, kind: kind, group: s.Group, boost: s.Boost, statement: s.Statement,
			answer: strings.TrimSpace(s.Answer), sources: s.Sources, label: s.Label, options: s.Options,
			covers: s.Covers}
		for k := range s.Verdicts { // s8-c yesno.go
			if k != askCan && k != askMust && k != askNeed {
				return nil, fmt.Errorf("intent %s: unknown verdict kind %q", s.ID, k)
			}
		}
		in.verdicts = s.Verdicts
		if err := in.addFacets(s.Facets); err != nil { // s8-c facets.go
			return nil, fmt.Errorf("intent %s: %w", s.ID, err)
		}
		for _, alt := range s.Match {
			var ids []int
			for _, w := range alt {
				ids = append(ids, resolve(w))
			}
			in.alts = append(in.alts, ids)
		}
		for _, w := range s.Not {
			in.not = append(in.not, resolve(w))
		}
		m.intents = append(m.intents, in)
	}
	// A clarifying question's options are labelled intents of the file.
	for _, in := range m.intents {
		for _, id := range in.options {
			o := m.intent(id)
			if o == nil || o.label == "" || o.kind == KindClarify || o.kind == KindOffTopic {
				return nil, fmt.Errorf("intent %s: option %q is no labelled answer of the file", in.id, id)
			}
		}
	}
	m.indexSounds()
	return m, nil
}

// intent returns the intent with id, or nil.
func (m *matcher) intent(id string) *intent {
	for i := range m.intents {
		if m.intents[i].id == id {
			return &m.intents[i]
		}
	}
	return nil
}

// setSenses attaches each sense to its concept's form; a sense for a
// concept or form the file does not have is an error (a typo would
// otherwise silently change nothing).
func (m *matcher) setSenses(senses map[string]map[string]senseSpec) error {
	for concept, forms := range senses {
		ci, ok := m.byName[concept]
		if !ok {
			return fmt.Errorf("sense for unknown concept %q", concept)
		}
		for text, sp := range forms {
			norm := func(ws []string) []string {
				out := make([]string, 0, len(ws))
				for _, w := range ws {
					if w = normalize(w); w != "" {
						out = append(out, w)
					}
				}
				return out
			}
			se := &sense{needs: norm(sp.Needs), notAfter: norm(sp.NotAfter), notBefore: norm(sp.NotBefore), weak: sp.Weak}
			want, found := normalize(text), false
			for i := range m.forms[ci] {
				if m.forms[ci][i].text == want {
					m.forms[ci][i].sense, found = se, true
				}
			}
			if !found {
				return fmt.Errorf("sense for %q, which is no form of concept %q", text, concept)
			}
		}
	}
	return nil
}

func (m *matcher) add(name string, forms []string) int {
	if i, ok := m.byName[name]; ok {
		return i
	}
	var fs []form
	for _, f := range forms {
		text, notNext, _ := strings.Cut(f, "!")
		if text = normalize(text); text != "" {
			fs = append(fs, form{text: text, notNext: notNext})
		}
	}
	// Longest first: the longest form found is the one that counts.
	sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].text) > len(fs[j].text) })
	m.names = append(m.names, name)
	m.forms = append(m.forms, fs)
	m.byName[name] = len(m.names) - 1
	return len(m.names) - 1
}

// occurrences finds every concept in q: for each concept the spans where
// one of its forms occurs. A concept not found has no entry.
func (m *matcher) occurrences(q string) map[int][]span {
	return m.occurrencesIn(q, true)
}

// occurrencesAsWritten is occurrences without the homophone typos: the
// words as the user typed them.
func (m *matcher) occurrencesAsWritten(q string) map[int][]span {
	return m.occurrencesIn(q, false)
}

func (m *matcher) occurrencesIn(q string, typos bool) map[int][]span {
	occ := map[int][]span{}
	for ci, forms := range m.forms {
		for _, f := range forms {
			for off := 0; off < len(q); {
				i := strings.Index(q[off:], f.text)
				if i < 0 {
					break
				}
				s := span{start: off + i, end: off + i + len(f.text)}
				off = s.end
				if f.notNext != "" {
					if r, _ := utf8.DecodeRuneInString(q[s.end:]); strings.ContainsRune(f.notNext, r) {
						continue
					}
				}
				if !f.sense.holds(q, s) {
					continue
				}
				s.weak = f.sense != nil && f.sense.weak
				occ[ci] = append(occ[ci], s)
			}
		}
	}
	if typos {
		m.typoOccurrences(q, occ)
	}
	m.dropNested(occ)
	return occ
}

// typoOccurrences adds to occ the places where a form occurs with one
// character swapped for a homophone ("邮相" for 邮箱, homophone.go), where
// no form of the same concept already occurs.
func (m *matcher) typoOccurrences(q string, occ map[int][]span) {
	for _, h := range m.sounds.find(q) {
		s := span{start: h.start, end: h.end}
		if overlapsAny(s, occ[h.ci]) {
			continue
		}
		f := m.form(h.ci, h.text)
		if f == nil || !f.sense.holds(q, s) {
			continue
		}
		s.weak = f.sense != nil && f.sense.weak
		occ[h.ci] = append(occ[h.ci], s)
	}
}

// form returns concept ci's form text, or nil.
func (m *matcher) form(ci int, text string) *form {
	for i := range m.forms[ci] {
		if m.forms[ci][i].text == text {
			return &m.forms[ci][i]
		}
	}
	return nil
}

// dropNested removes each occurrence lying strictly inside a longer
// occurrence of another concept: the longest reading of the words wins
// ("最后期限" is 截止, not the 期限 of the agreement's validity; "谁出钱"
// is who funds it, not 钱 as prize money; "手机拍" is not a phone number).
// Generic helper concepts neither drop nor are dropped: "交到哪里" is
// still 交 and 哪里, "发哪个邮箱" still names the mailbox.
func (m *matcher) dropNested(occ map[int][]span) {
	for ci, spans := range occ {
		if genericConcepts[m.names[ci]] {
			continue
		}
		keep := spans[:0:0]
		for _, s := range spans {
			nested := false
			for cj, others := range occ {
				if cj == ci || genericConcepts[m.names[cj]] {
					continue
				}
				for _, o := range others {
					if o.start <= s.start && s.end <= o.end && o.end-o.start > s.end-s.start {
						nested = true
						break
					}
				}
				if nested {
					break
				}
			}
			if !nested {
				keep = append(keep, s)
			}
		}
		if len(keep) == 0 {
			delete(occ, ci)
		} else {
			occ[ci] = keep
		}
	}
}

// has reports whether concept name occurs in occ.
func (m *matcher) has(occ map[int][]span, name string) bool {
	i, ok := m.byName[name]
	return ok && len(occ[i]) > 0
}

// hit is an intent that matched, with the spans its words took.
type hit struct {
	in    *intent
	score float64
	spans []span
	// concepts are the concepts of the alternative that matched.
	concepts []int
	// strong: a topic word of the alternative is no weak form, so the
	// hit may be a part beside another.
	strong bool
}

// strongEvidence reports whether spans (one per concept of alt) hold a
// topic word that is no weak form.
func (m *matcher) strongEvidence(alt []int, spans []span) bool {
	for i, c := range alt {
		if i < len(spans) && !genericConcepts[m.names[c]] && !spans[i].weak {
			return true
		}
	}
	return false
}

// score matches one intent against occ, using no span in used. It
// returns the best alternative's score (0: no match) and its spans.
func (m *matcher) score(in *intent, occ map[int][]span, used []span) (float64, []span) {
	s, spans, _, _ := m.scoreGeneric(in, occ, used)
	return s, spans
}

// scoreGeneric is score, also saying whether the best alternative is made
// of generic concepts only.
func (m *matcher) scoreGeneric(in *intent, occ map[int][]span, used []span) (best float64, bestSpans []span, generic bool, bestAlt []int) {
	for _, c := range in.not {
		if len(occ[c]) > 0 {
			return 0, nil, false, nil
		}
	}
	for _, alt := range in.alts {
		var total float64
		var spans []span
		ok, allGeneric := true, true
		for _, c := range alt {
			var pick span
			found := false
			for _, s := range occ[c] {
				if overlapsAny(s, used) || overlapsAny(s, spans) {
					continue
				}
				if !found || s.end-s.start > pick.end-pick.start || pick.weak && !s.weak && s.end-s.start == pick.end-pick.start {
					pick, found = s, true
				}
			}
			if !found {
				ok = false
				break
			}
			spans = append(spans, pick)
			w := 1.0 // per concept, plus its length
			if genericConcepts[m.names[c]] {
				w = 0.5
			} else {
				allGeneric = false
			}
			w += float64(pick.end-pick.start) / 3 // ≈ runes for Chinese
			if pick.weak {
				w /= 2
			}
			total += w
		}
		if allGeneric {
			total /= 2
		}
		if ok && total > best {
			best, bestSpans = total, spans
			generic, bestAlt = allGeneric, alt
		}
	}
	if best == 0 {
		return 0, nil, false, nil
	}
	return best + in.boost, bestSpans, generic, bestAlt
}

func overlapsAny(s span, list []span) bool {
	for _, u := range list {
		if s.overlaps(u) {
			return true
		}
	}
	return false
}

// minSecondary is the score a second or third intent needs: a real topic
// word, not a stray "交" left over from the first.
const minSecondary = 2.5

// match picks up to max intents for q: the best one, then others that
// match on words the earlier ones did not use. skip filters intents out.
func (m *matcher) match(occ map[int][]span, max int, skip func(*intent) bool) []hit {
	var hits []hit
	var used []span
	taken := map[string]bool{}
	for len(hits) < max {
		var best hit
		for i := range m.intents {
			in := &m.intents[i]
			if taken[in.id] || (skip != nil && skip(in)) {
				continue
			}
			s, spans, generic, alt := m.scoreGeneric(in, occ, used)
			strong := m.strongEvidence(alt, spans)
			if generic && len(hits) > 0 {
				// A second intent needs a topic word of its own (one
				// that is only a weak form is kept for now, flagged, and
				// dropped by onlyStrong once the message is read).
				continue
			}
			if s > best.score {
				best = hit{in: in, score: s, spans: spans, concepts: alt, strong: strong}
			}
		}
		if best.in == nil || (len(hits) > 0 && best.score < minSecondary) {
			break
		}
		hits = append(hits, best)
		taken[best.in.id] = true
		used = append(used, best.spans...)
	}
	return hits
}

// said reports whether an answer's text holds a form of concept c of two
// or more characters (one-character forms such as 签 or 奖 say too little).
func (m *matcher) said(c int, text string) bool {
	text = normalize(text)
	for _, f := range m.forms[c] {
		if utf8.RuneCountInString(f.text) >= 2 && strings.Contains(text, f.text) {
			return true
		}
	}
	return false
}

// onlyStrong drops the hits after the first that matched on weak forms
// only: a second part needs a topic word that says its topic alone. With
// a verdict on stated parameters (verdict), that verdict is the first
// part and every hit needs one.
func onlyStrong(hits []hit, verdict bool) []hit {
	var keep []hit
	for i, h := range hits {
		if h.strong || i == 0 && !verdict {
			keep = append(keep, h)
		}
	}
	return keep
}
