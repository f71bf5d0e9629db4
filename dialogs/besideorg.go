package dialogs

import "regexp"

// s9-d: an organisation name is a name, not a sentence that mentions one.
// "通知就是发给各校党委组织部的呀，推荐单位写组织部不行吗？" at the unit step
// (rp111 p111a msg 11) was stored as 推荐单位：通知就是发给各校党委组织部 and
// glued onto the 制作单位: it ends like a unit but says something about it.

// reOrgSentence are words no unit's name holds: a verb of sending, the
// notice, "each school" or a judgement asked.
var reOrgSentence = regexp.MustCompile(`发给|发到|交给|报给|寄给|通知|各校|各个学校|不行|行不行|可不可以|可以吗|能不能`)

// sentenceNotOrg reports whether v is talk about a unit rather than its name.
func sentenceNotOrg(v string) bool {
	return reOrgSentence.MatchString(compact(v))
}
