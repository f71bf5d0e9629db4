package dialogs

import (
	"regexp"
	"strings"
)

// s8-f (issue #10, round 19, rp90 p90a): after the bot proposed the school
// for a 推荐单位 ending in 党委, "好的，按学校全称填写就可以，谢谢。联系人是…"
// agrees. Its clause names a label (学校全称) with nothing but assent after
// it, read as an empty 推荐单位 ("推荐单位不能为空"). A clause whose labelled
// value is only assent is agreement, no value: it is dropped.

// reAssentOnly is a value made only of assent: "就可以", "就行", "没问题".
var reAssentOnly = regexp.MustCompile(`^(?:填写|填|写|记)?(?:就|也|都)?(?:可以|行|中|好|对|没问题|没错|成|ok)(?:了|的|啊|呀|吧|哈)*$`)

// assentClausesOff drops from s the clauses whose only labelled value is
// assent; s is unchanged when there is none or nothing else is left.
func assentClausesOff(s string) string {
	cls := splitClauses(s)
	var keep []string
	dropped := false
	for _, cl := range cls {
		ex := extract(cl)
		if ex.labelled && len(ex.values) == 1 && reAssentOnly.MatchString(bare(ex.values[0].raw)) {
			dropped = true
			continue
		}
		keep = append(keep, cl)
	}
	if !dropped || len(keep) == 0 {
		return s
	}
	return strings.TrimSpace(joinClauses(keep))
}
