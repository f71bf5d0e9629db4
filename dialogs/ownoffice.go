package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-f (round 32, rp151): "由我部独立制作完成" stored the 制作单位 as
// "洛阳伊滨职业技术学院部": the pronoun 我 was read as the school and the
// office word 部 glued to it. 我部/本部/我处/我科/我室/我办 name the typist's
// own office. It is the 推荐单位 when that is an office of that kind
// ("…学院党委组织部", from "我是…党委组织部的赵建国"); otherwise it names no
// organisation and the 制作单位 is asked.

// reOwnOffice is the typist's own office said with a pronoun: "我部", "本处".
var reOwnOffice = regexp.MustCompile(`^(?:我|本|敝)(部|处|科|室|办)(?:的)?$`)

// ownOffice resolves v when it is the typist's own office: the unit when
// the unit is an office of that kind (ok, resolved), or "" (ok, unknown:
// ask). ok is false when v is no such reference.
func ownOffice(v, unit string) (string, bool) {
	m := reOwnOffice.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return "", false
	}
	if _, body, isBody := splitSchoolBody(unit); isBody && strings.HasSuffix(body, m[1]) || m[1] == "办" && strings.HasSuffix(body, "办公室") {
		return unit, true
	}
	return "", true
}

// splitSchoolBody splits a unit that is an office of a school: "X学院党委组织部"
// → X学院, 党委组织部.
func splitSchoolBody(unit string) (school, body string, ok bool) {
	s, ok := contestbot.SchoolOfBody(unit)
	if !ok || !strings.HasPrefix(unit, s) || unit == s {
		return "", "", false
	}
	return s, strings.TrimPrefix(unit, s), true
}
