package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// s7-a: a lead-in that says whose work it is, before the title (round 15,
// rp70 p70a: "赵晓雯老师的，叫讲台上的红色印记" and "周红梅老师的 AI讲述焦裕禄精神"
// were stored whole as titles). "X老师的，叫Y", "我们X老师拍的，片名Y",
// "是X做的那个Y" store Y only. The person is not given a role: the lead-in
// says the work is theirs, not which part of it they did, so nothing else
// is stored from it. A title that starts with a person ("王老师的一天",
// "雷锋的故事") has no break after 的 and is kept.

var (
	// reOwnerLead is the lead-in: who (a name, a surname with a title, our
	// 老师), the work's (的, 做的, 拍的 …), then a break (a comma, a space,
	// 那个, 作品) and the words that name the title (叫, 片名是).
	reOwnerLead = regexp.MustCompile(`^(?:第[一二两三四五六七八九十0-9]+个|这个|那个|这部|那部)?(?:是|就是)?(?:我们|俺们|咱们|我校|学校)?(?:的)?` +
		`(\p{Han}{1,4}?)((?:老师|主任|书记|校长|院长|科长|部长|处长|同学|同志)(?:们)?)?` +
		`(?:带着学生|带学生|带队|带领学生)?(?:的|做的|拍的|弄的|制作的|拍摄的|负责的|指导的|牵头做的|写的)` +
		`((?:作品|片子|视频|短视频|那个|这个|那部|那一个|那条)?)([，,：:\s]*)` +
		`(?:(?:(?:作品|片子|视频)?(?:的)?(?:片名|名字|名称|题目|标题)(?:就)?(?:叫做|叫作|叫|是|为)?|(?:就)?(?:叫做|叫作|叫|是|为))[：:\s]*)?`)
)

// ownerLeadOff takes a lead-in naming whose work it is off a title value
// (see above); a value with no such lead-in is returned as it is.
func ownerLeadOff(v string) string {
	m := reOwnerLead.FindStringSubmatchIndex(v)
	if m == nil || m[1] >= len(v) {
		return v
	}
	who, title := v[m[2]:m[3]], m[4] >= 0 && m[5] > m[4]
	noun, brk := v[m[6]:m[7]], v[m[8]:m[9]]
	named := m[1] > m[9] // 叫, 片名是 after the break
	switch {
	case noun == "" && brk == "" && !named:
		return v // "王老师的一天": no break after 的, the words are the title
	case !title && noun == "" && !named && strings.TrimSpace(brk) == "":
		return v // "焦裕禄的 精神": a name alone and a space may be the title's own words
	}
	switch {
	case title && (isRealName(who) || startsWithSurname(who) && utf8.RuneCountInString(who) <= 2):
	case !title && isRealName(who):
	default:
		return v
	}
	rest := strings.TrimSpace(v[m[1]:])
	if utf8.RuneCountInString(rest) < 2 {
		return v
	}
	return rest
}
