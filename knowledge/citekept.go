package knowledge

import "regexp"

// s8-k (round 25, rp98 Q13): when sentences about another form are cut
// from an answer (onTheDocument), the citations that only those sentences
// used go too: "报名表纸质版要交几份" is not cited to 附件3 第六条, the
// agreement's copies.

// reAnnex is an annex named in a source or an answer: 附件3.
var reAnnex = regexp.MustCompile(`附件\d+`)

// citedKept returns the sources of an answer cut from before to after:
// a source in an annex that before names and after no longer does is
// dropped; every other source stays.
func citedKept(before, after string, sources []string) []string {
	if before == after {
		return sources
	}
	var out []string
	for _, s := range sources {
		a := reAnnex.FindString(s)
		if a != "" && mentionsAnnex(before, a) && !mentionsAnnex(after, a) {
			continue
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return sources
	}
	return out
}

// mentionsAnnex reports whether text names annex a (附件3, not 附件30).
func mentionsAnnex(text, a string) bool {
	for _, m := range reAnnex.FindAllString(text, -1) {
		if m == a {
			return true
		}
	}
	return false
}
