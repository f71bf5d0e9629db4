package dialogs

import (
	"regexp"
	"strings"
)

// reUnitPronoun is a pronoun for the user's school before one of its bodies:
// "俺学校", "我们", "俺们学校的", "咱学院", "我校".
// In formal writing (s6-i): "敝校党委组织部", "本校团委", "贵校" (a writer
// echoing the bot), "敝院宣传部".
var reUnitPronoun = regexp.MustCompile(`^(?:(?:我们|俺们|咱们|我|俺|咱)(?:的)?(?:学校|学院|单位|校|院)?|(?:敝|本|贵|我)(?:校|院|单位))(?:的)?`)

// pronounBody is the 推荐单位 + the body when v is a body of the school said
// with a pronoun ("俺学校党委组织部", "我们党委组织部", "咱学院团委" →
// unit+党委组织部); ok is false when v has no pronoun or no body after it.
func pronounBody(v, unit string) (string, bool) {
	rest, ok := unitPronounRest(v)
	if !ok || unit == "" {
		return "", false
	}
	if strings.HasPrefix(rest, unit) {
		return rest, true // s7-e: "俺学校洛阳市…中学党委办公室" names the school already
	}
	return unit + rest, true
}

// unitPronounRest is the body after a pronoun for the user's school
// ("俺学校党委组织部" → 党委组织部); ok is false for anything else.
func unitPronounRest(v string) (string, bool) {
	m := reUnitPronoun.FindString(v)
	if m == "" {
		return "", false
	}
	rest := strings.TrimLeft(strings.TrimPrefix(v, m), "校院")
	if rest == "" || !reOrgEnd.MatchString(rest) || reUnitPronoun.MatchString(rest) || reOwnOffice.MatchString(m+rest) { // s12-f: "我部" is an office, not the school
		return "", false
	}
	return rest, true
}

// producerOrgEnd ends an organisation said after 制作 ("制作是学院党委办公室").
const producerOrgEnd = `(?:办公室|委员会|党委|党总支|党支部|团委|组织部|宣传部|统战部|部|处|室|办|中心|学院|学校|大学|中学|公司|工作室|团队)`
