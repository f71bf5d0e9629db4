package dialogs

import (
	"regexp"
	"strings"
)

// A run-on message after a complaint.
//
// An impatient contact sends everything at once behind a complaint: "怎么这么麻烦
// 一项一项问到啥时候 商丘睢阳职业技术学院 片子叫青春接力红色火种 团委做的 两分三十八秒 …".
// The complaint ends in a question word, but the message is values, not a
// question: the leading complaint clauses are dropped and the rest read as
// values when it carries at least two facts.

// reRunOnFact is one fact of a registration in a clause: a phone, a
// duration, a unit, a title cue or a label.
var reRunOnFact = regexp.MustCompile(`1[3-9]\d{9}|0\d{2,3}[-—－]?\d{7,8}|[\d一二两三四五六七八九十]+\s*分(?:钟|[\d一二两三四五六七八九十]+\s*秒?)|[\d一二两三四五六七八九十]+\s*秒|(?:学院|学校|大学|中学|中专|职专|技校|小学)$|片名|片子叫|作品叫|名字叫|《[^》]+》|推荐单位|制作单位|联系人|电话|时长|分类`)

// reImpatient is impatience with the one-by-one questions: "太麻烦了", "一项一项问到啥时候".
var reImpatient = regexp.MustCompile(`麻烦|啰嗦|啰唆|磨叽|墨迹|费劲|一项一项|一个一个|到啥时候|到什么时候|快点|别整`)

// runOnAfterComplaint is the values of s after one or two leading complaint
// or question clauses; ok is false when s opens with none or the rest holds
// fewer than two facts.
func runOnAfterComplaint(s string) (string, bool) {
	cls := splitClauses(s)
	if len(cls) < 3 {
		return "", false
	}
	lead := 0
	for lead < len(cls) && lead < 2 {
		c := compact(cls[lead])
		if reRunOnFact.MatchString(c) || !(hasComplaint(c) || reImpatient.MatchString(c) || isQuestion(cls[lead])) {
			break
		}
		lead++
	}
	if lead == 0 || lead == len(cls) {
		return "", false
	}
	facts := 0
	for _, cl := range cls[lead:] {
		if isQuestion(cl) {
			return "", false // a question after the values is answered as usual
		}
		if reRunOnFact.MatchString(compact(cl)) {
			facts++
		}
	}
	if facts < 2 {
		return "", false
	}
	return strings.Join(cls[lead:], "，"), true
}
