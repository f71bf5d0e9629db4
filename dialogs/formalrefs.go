package dialogs

import (
	"regexp"
	"strings"
)

// Branch s9-f (issue #10, round 23, rp110 p110a): the formal style of an
// official registering a second work. "推荐单位、制作单位、联系人及联系电话均与第一部
// 相同" copies those fields (form.go likeLast, which now reads 第一部 and
// 第N个/部 as well as 第一个); "监制亦同为刘志刚、韩卫东" is 监制 as listed;
// "监制（策划）为我院党委副书记刘志刚同志和本人韩卫东" is both names, titles and 同志
// stripped, 本人 the user; "无摄影" is 摄影 none.

// reRoleAlsoAs is a role followed by "also being": "监制亦同为", "摄影也是",
// "剪辑仍为". The names that follow are the role's value.
var reRoleAlsoAs = regexp.MustCompile(`(监制|策划|编导|导演|撰稿|摄影|摄像|剪辑)(?:（策划）|\(策划\)|（导演）|\(导演\)|（制作）|\(制作\))?(?:亦|也|仍|还|依然|依旧)(?:同为|同样为|同样是|均为|都是|为|是)`)

// reNoneRole is a role said to be absent with 无 before it: "无摄影",
// "无撰稿". 无 opens the clause, so "无人机摄影" is never read.
var reNoneRole = regexp.MustCompile(`(^|[，,。；;、\s])(?:无|暂无)(监制|策划|编导|导演|撰稿|摄影|摄像|剪辑)([，,。；;、\s]|$)`)

// formalRoleWords rewrites the formal ways of naming a role's people into
// the plain list the form reads: "监制亦同为刘志刚、韩卫东" → "监制刘志刚、韩卫东",
// "无摄影" → "摄影无".
func formalRoleWords(msg string) string {
	msg = reRoleAlsoAs.ReplaceAllString(msg, "$1")
	for {
		w := reNoneRole.ReplaceAllString(msg, "${1}${2}无${3}")
		if w == msg {
			return msg
		}
		msg = w
	}
}

// reSelfWord is the user naming themself in a formal list: "本人", "我本人".
var reSelfWord = regexp.MustCompile(`我本人|本人`)

// rePeopleCountTail is a count or a title after a list of names: "李想、陈博两位同志", "…二人".
var rePeopleCountTail = regexp.MustCompile(`(?:两位|二位|三位|几位)?(?:同志|老师)?(?:两人|二人|俩人|三人|两个人)?(?:负责|担任)?$`)

// reFormalLead opens a value with a copula: "为", "是", "亦为", "由".
var reFormalLead = regexp.MustCompile(`^(?:亦|也|仍)?(?:同为|为|是|由)`)

// formalPeople reads a role value naming people in the formal style, each
// with an office or title around the name, joined by 和/及/与:
// "我院党委副书记刘志刚同志和本人韩卫东" → "刘志刚、韩卫东" (本人 is me, the
// user). ok is false unless every part is a person and at least two are
// named, so a plain value keeps its usual reading.
func formalPeople(raw, me string) (string, bool) {
	w := strings.Trim(compact(raw), "，,。.；;、 ")
	w = reFormalLead.ReplaceAllString(w, "")
	w = rePeopleCountTail.ReplaceAllString(w, "")
	if !reNameSplit.MatchString(w) || !containsAny(w, "和", "及", "与", "跟") {
		return "", false
	}
	if me != "" {
		w = strings.ReplaceAll(strings.ReplaceAll(w, "我本人"+me, me), "本人"+me, me)
		w = reSelfWord.ReplaceAllString(w, me)
	} else if loc := reSelfWord.FindStringIndex(w); loc != nil {
		rs := []rune(w[loc[1]:])
		for _, k := range []int{3, 2, 4} {
			if len(rs) >= k && isRealName(string(rs[:k])) {
				w = w[:loc[0]] + w[loc[1]:] // "本人韩卫东" before the contact is known
				break
			}
		}
	}
	n, ok := namesOf(w)
	if !ok || strings.Contains(n, "我") || !strings.Contains(n, "、") {
		return "", false
	}
	for _, p := range strings.Split(n, "、") {
		if !isRealName(p) {
			return "", false
		}
	}
	return n, true
}

// reLaterWork names a later work as the one being sent: "现报送第二部作品",
// "第二个作品", "再报第三部".
var reLaterWork = regexp.MustCompile(`第[二两三四五六七八九十2-9](?:部|个)(?:作品|片子|视频)`)

// saysLaterWork reports whether c (compact) is about a work after the
// first: it names a later work, or copies fields from an earlier one
// ("均与第一部相同"), so it is never an edit of the work submitted.
func saysLaterWork(c string) bool {
	return reLaterWork.MatchString(c) || reLikeWork.MatchString(c) && !isQuestion(c)
}
