package dialogs

import "regexp"

// s8-j (round 20, rp94 p94a): "製作單位是學校黨委辦公室啦 就是信陽市商業中等專業學校
// 黨委辦公室" names the unit in own words with a closing particle, then
// restates it in full after 就是. Nothing fitted and the message was answered
// as a question about sending the materials, twice. restatedOrg
// (spokenlabel.go) reads the first name without the particle.

// reOrgTalkTail is a closing particle after a unit said in own words.
var reOrgTalkTail = regexp.MustCompile(`(?:啦|呀|哈|嘛|哦|喔|呢|了|嘞|哩)+$`)

// orgParticleOff is a unit answer without a closing particle after the
// unit's name ("信阳市商业中等专业学校党委办公室啦"); v otherwise.
func orgParticleOff(v string) string {
	if w := reOrgTalkTail.ReplaceAllString(v, ""); w != v && !isOrg(v) && isOrg(w) {
		return w
	}
	return v
}
