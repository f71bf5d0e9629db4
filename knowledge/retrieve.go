package knowledge

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// index is a BM25 index of the notice's sections over character bigrams
// (Chinese has no spaces; bigrams need no dictionary and catch most
// two-character words) and ASCII words.
type index struct {
	sections []Section
	tf       []map[string]int
	length   []int
	avgLen   float64
	idf      map[string]float64
	maxIDF   float64
}

// BM25 parameters, the usual defaults.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// terms splits normalised text into bigrams of Chinese characters (a lone
// character counts alone) and ASCII words.
func terms(s string) []string {
	var out []string
	var run []rune
	var word strings.Builder
	flushRun := func() {
		switch {
		case len(run) == 1:
			out = append(out, string(run))
		case len(run) > 1:
			for i := 0; i+1 < len(run); i++ {
				out = append(out, string(run[i:i+2]))
			}
			// Single characters too (not particles): they rank sections
			// better (measured: top-1 45% → 53%), but coverage is taken
			// over bigrams only, since lone characters match too easily.
			for _, r := range run {
				if !strings.ContainsRune(functionChars, r) {
					out = append(out, string(r))
				}
			}
		}
		run = run[:0]
	}
	flushWord := func() {
		if word.Len() > 0 {
			out = append(out, word.String())
			word.Reset()
		}
	}
	for _, r := range s {
		switch {
		case isHan(r):
			flushWord()
			run = append(run, r)
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			flushRun()
			word.WriteRune(unicode.ToLower(r))
		default:
			flushRun()
			flushWord()
		}
	}
	flushRun()
	flushWord()
	return out
}

func newIndex(sections []Section) *index {
	ix := &index{sections: sections, idf: map[string]float64{}}
	df := map[string]int{}
	total := 0
	for _, s := range sections {
		ts := terms(normalize(s.Text))
		tf := map[string]int{}
		for _, t := range ts {
			tf[t]++
		}
		for t := range tf {
			df[t]++
		}
		ix.tf = append(ix.tf, tf)
		ix.length = append(ix.length, len(ts))
		total += len(ts)
	}
	n := float64(len(sections))
	if len(sections) > 0 {
		ix.avgLen = float64(total) / n
	}
	for t, d := range df {
		v := math.Log(1 + (n-float64(d)+0.5)/(float64(d)+0.5))
		ix.idf[t] = v
		ix.maxIDF = math.Max(ix.maxIDF, v)
	}
	return ix
}

// stopTerms are question filler: they say how something is asked, not
// what. They are dropped from queries (the sections keep them).
var stopTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("什么 怎么 可以 我们 请问 一下 是否 需要 有没 没有 能不 不能 多少 哪些 " +
		"要求 这个 那个 你们 如果 的话 是不 不是 吗 呢 吧 啊 了 的 是 我 你 有 要 能 会 " +
		"想问 问下 问问 咨询 知道 告诉 请教 老师 谢谢 麻烦 学校 单位 一个 还有 另外 以及 应该 怎样 如何 " +
		"啥 哪 么 样 个 吗? 呀 哦 嘛") {
		m[w] = true
	}
	return m
}()

// isUnigram reports whether t is a single Chinese character.
func isUnigram(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && isHan(r)
}

// functionChars are particles and pronouns that glue words together.
const functionChars = "的地得在是了吗呢吧啊呀我你他她们么哪啥什怎要能可有和与及还都也就把被给对个这那到"

// result is a retrieved section with its BM25 score and coverage: the
// share of the question's (idf-weighted) terms the section contains.
type result struct {
	i        int
	score    float64
	coverage float64
	matched  []string
}

// search ranks sections for a normalised query.
func (ix *index) search(q string, k int) []result {
	var qt []string
	seen := map[string]bool{}
	for _, t := range terms(q) {
		if stopTerms[t] || seen[t] {
			continue
		}
		seen[t] = true
		qt = append(qt, t)
	}
	if len(qt) == 0 {
		return nil
	}
	var mass float64
	for _, t := range qt {
		if isUnigram(t) {
			continue
		}
		if v, ok := ix.idf[t]; ok {
			mass += v
		} else if !strings.ContainsAny(t, functionChars) {
			mass += ix.maxIDF // unknown to the notice: the notice cannot answer it
		}
		// An unknown bigram with a function character ("址在", "心的")
		// straddles two words: it says nothing about the topic.
	}
	if mass == 0 {
		return nil
	}
	var res []result
	for i, tf := range ix.tf {
		var s, covered float64
		var matched []string
		for _, t := range qt {
			f, ok := tf[t]
			if !ok {
				continue
			}
			idf := ix.idf[t]
			norm := 1 - bm25B + bm25B*float64(ix.length[i])/ix.avgLen
			s += idf * float64(f) * (bm25K1 + 1) / (float64(f) + bm25K1*norm)
			if !isUnigram(t) {
				covered += idf
				matched = append(matched, t)
			}
		}
		if s > 0 {
			res = append(res, result{i: i, score: s, coverage: covered / mass, matched: matched})
		}
	}
	sort.SliceStable(res, func(a, b int) bool { return res[a].score > res[b].score })
	if len(res) > k {
		res = res[:k]
	}
	return res
}

// excerpt picks the sentences of a section that carry the matched terms,
// in their order, within limit runes.
func excerpt(text string, matched []string, limit int) string {
	sentences := splitSentences(text)
	type scored struct {
		i int
		s float64
	}
	var sc []scored
	for i, s := range sentences {
		if formFragment(s) {
			continue
		}
		n := normalize(s)
		var v float64
		for _, t := range matched {
			if strings.Contains(n, t) {
				v++
			}
		}
		sc = append(sc, scored{i, v})
	}
	sort.SliceStable(sc, func(a, b int) bool { return sc[a].s > sc[b].s })
	pick := map[int]bool{}
	used := 0
	for _, s := range sc {
		if s.s == 0 {
			break
		}
		n := utf8.RuneCountInString(sentences[s.i])
		if used+n > limit && len(pick) > 0 {
			continue
		}
		pick[s.i] = true
		used += n
		if used >= limit/2 {
			break
		}
	}
	var b strings.Builder
	for i, s := range sentences {
		if pick[i] {
			b.WriteString(s)
		}
	}
	out := b.String()
	if utf8.RuneCountInString(out) > limit {
		out = string([]rune(out)[:limit-1]) + "…"
	}
	return out
}

// splitSentences cuts text after 。；！？ and at line ends.
func splitSentences(text string) []string {
	var out []string
	var b strings.Builder
	for _, r := range text {
		if r == '\n' {
			if strings.TrimSpace(b.String()) != "" {
				out = append(out, strings.TrimSpace(b.String()))
			}
			b.Reset()
			continue
		}
		b.WriteRune(r)
		if strings.ContainsRune("。；！？", r) {
			out = append(out, strings.TrimSpace(b.String()))
			b.Reset()
		}
	}
	if strings.TrimSpace(b.String()) != "" {
		out = append(out, strings.TrimSpace(b.String()))
	}
	return out
}
