package dialogs

import (
	"contestbot"
	"regexp"
	"strings"
)

// s10-e (round 26, rp124 and rp125): a yes to the eligibility question with
// more words beside it.
//   - "是的，由信息工程学院组织完成。" names an organisation in passing: it
//     confirms, and sets no field (it overwrote the 制作单位 with 信息工程学院).
//   - "是的，都符合。另外推荐单位麻烦写成…" confirms and changes a field: both
//     acts count (the change was made and the eligibility asked again).
// A field is set only when the rest says so with a field's label and a value
// or an edit verb.

// reSetVerb is a word that sets or changes a value: "写成", "改为", "应为".
var reSetVerb = regexp.MustCompile(`写成|写为|填成|填为|改成|改为|换成|更正为|应为|应该是|应该写|要写|请写|麻烦写|写上|填上`)

// yesBesideEligibility reads a message at the eligibility step that opens
// with a yes and goes on.
func (t *turn) yesBesideEligibility(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.eligibility() || isQuestion(s) || asksWhetherCounts(s) {
		return "", false
	}
	cls := splitClauses(s)
	n := 0
	for n < len(cls) && (isYes(cls[n]) || restAgree(cls[n])) && !strings.ContainsAny(cls[n], "没不未") {
		n++
	}
	if n == 0 || n == len(cls) {
		return "", false
	}
	yes, rest := joinClauses(cls[:n]), strings.TrimSpace(joinClauses(cls[n:]))
	if c := compact(rest); firstNamedField(c) != "" && setsFieldValue(rest) { // s10-j eligibilitywords.go: "…，写郑州铁路职业技术学院"
		// Both acts: the yes first, then the change as any other message.
		out, ok := t.eligibility(e, yes)
		if !ok {
			if out, ok = t.eligibilityFacts(e, yes, openEligibility(t.c.season, e), true); !ok {
				return "", false
			}
		}
		head, _, _ := strings.Cut(out, "\n\n")
		if strings.HasPrefix(head, "通知") { // no ack: the question itself
			head = ""
		}
		return strings.TrimSpace(head + "\n" + strings.TrimPrefix(t.formRest(e, rest), "好的，")), true
	}
	if !mentionsOrgInPassing(rest) {
		return "", false
	}
	// An organisation in passing ("由信息工程学院组织完成"): the facts only.
	out, ok := t.eligibility(e, yes+"，"+orgOff(rest))
	if !ok {
		return "", false
	}
	return out, true
}

// reOrgInPassing is an organisation said as who made the work, with no
// field's label: "由信息工程学院组织完成", "是我们宣传部拍的".
var reOrgInPassing = regexp.MustCompile(`^(?:都|也|是|就是)?(?:由|是)?([^，,。；;\s]{2,30}?(?:学院|学校|大学|部|处|室|中心|委员会|党委|总支|支部|团委|公司|系|科|办))(?:牵头|负责|统一|一起|共同)?(?:组织|制作|拍摄|摄制|完成|做|拍|弄)`)

// mentionsOrgInPassing reports whether rest names an organisation as the
// maker without a field's label.
func mentionsOrgInPassing(rest string) bool {
	c := compact(rest)
	return reOrgInPassing.MatchString(c) && firstNamedField(c) == ""
}

// orgOff is rest with the organisation taken out, so that only the fact is
// read: "由信息工程学院组织完成" → "由学校组织完成".
func orgOff(rest string) string {
	c := compact(rest)
	if m := reOrgInPassing.FindStringSubmatchIndex(c); m != nil {
		return c[:m[2]] + "学校" + c[m[3]:]
	}
	return rest
}
