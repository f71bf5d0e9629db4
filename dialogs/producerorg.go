package dialogs

import (
	"regexp"
	"strings"
)

// s9-i (round 24, rp114 p114b): "制作是我们学工部 商丘职业技术学院党委学生工作部"
// at the 制作单位 step was stored as 剪辑(制作). "制作" is the 剪辑(制作) role's
// weak label; followed by an organisation it is the 制作单位 (a person is
// never a 学工部). The label is written in full, so s8-f's orgRestated then
// keeps the full name restated beside "我们学工部".

// reMadeByLabel is "制作" as a label opening a clause: "制作是", "制作：",
// "制作 ", not "制作单位" nor "剪辑制作".
var reMadeByLabel = regexp.MustCompile(`(^|[\s，,。；;])制作(是|为|[:：]|\s)\s*`)

// producerOrgLabel writes "制作单位" for a "制作" label whose value is an
// organisation; s unchanged otherwise.
func producerOrgLabel(s string) string {
	locs := reMadeByLabel.FindAllStringSubmatchIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		l := locs[i]
		rest := s[l[1]:]
		if j := strings.IndexAny(rest, "，,。；;！!？?\n"); j >= 0 {
			rest = rest[:j]
		}
		org := false
		for _, p := range strings.Fields(rest) {
			if isOrg(p) || isOrg(orgLeadOff(p)) {
				org = true
			} else if isPerson(p) {
				org = false
				break // "制作 张浩 学工部的": a person
			}
		}
		if !org {
			continue
		}
		at := l[2] + len(s[l[2]:l[3]]) // after the leading separator
		s = s[:at] + "制作单位" + s[at+len("制作"):]
	}
	return s
}
