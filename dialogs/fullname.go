package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-h (issue #10, round 24, rp114 p114a): the school said by its short
// name first ("漯职教中心"), its full name later: restated on its own ("学校
// 要写全称吧，全称是漯河市职业技术教育中心") it is the 推荐单位; given as the
// 制作单位 it extends the short name, and the 推荐单位 takes the full one.

// reShortCenter is a 职业教育中心 said short: "漯职教中心", "市职教中心".
var reShortCenter = regexp.MustCompile(`职教中心$`)

// shortCenter reports whether v is such a short name: the 职教中心 ending
// and too few characters before it for a place name.
func shortCenter(v string) bool {
	return reShortCenter.MatchString(v) && contestbot.RuneLen(v) <= 6
}

// reFullNameSaid is the school's full name restated, with the remark about
// writing it in full before it: "学校要写全称吧，全称是X", "推荐单位全称叫X".
var reFullNameSaid = regexp.MustCompile(`(?:[^，,。！!？?\s]*全称[^，,。！!？?\s]*[，,。！!？?\s]+)?(?:学校|单位|推荐单位|俺学校|我们学校)?(?:的)?全称(?:是|叫|为|应该是|应为)[:：\s]*([^，,。！!？?\s]+)`)

// fullNameSaid rewrites the restated full name as the 推荐单位.
func fullNameSaid(s string) string {
	m := reFullNameSaid.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	name := s[m[2]:m[3]]
	if !isOrg(name) || !reSchoolWord.MatchString(name) && !strings.HasSuffix(name, "中心") {
		return s
	}
	head := strings.TrimRight(s[:m[0]], "，,。！! ")
	v := "推荐单位：" + name
	if head != "" {
		v = head + "。" + v
	}
	if tail := strings.TrimLeft(s[m[1]:], "，,。！! "); tail != "" {
		v += "。" + tail
	}
	return v
}

// extendsShort reports whether full is the full name of the short name
// short: the same first character, and every character of short in full in
// order ("漯职教中心" in 漯河市职业技术教育中心).
func extendsShort(short, full string) bool {
	s, f := []rune(short), []rune(full)
	if len(s) == 0 || len(f) <= len(s) || s[0] != f[0] {
		return false
	}
	i := 0
	for _, r := range f {
		if i < len(s) && r == s[i] {
			i++
		}
	}
	return i == len(s)
}

// unitFromProducer is the full school name a 制作单位 gives for a short
// 推荐单位 ("漯河市职业技术教育中心党委宣传部" for 漯职教中心), or "".
func unitFromProducer(unit, producer string) string {
	if unit == "" || !(shortUnit(unit) || shortCenter(unit)) {
		return ""
	}
	if sc, ok := contestbot.SchoolOfBody(producer); ok && extendsShort(unit, sc) {
		return sc
	}
	// The school is the shortest start of the 制作单位 that ends in a
	// school's word and extends the short name ("…教育中心党委宣传部").
	rs := []rune(producer)
	for i := 2; i <= len(rs); i++ {
		head := string(rs[:i])
		if (strings.HasSuffix(head, "中心") || reSchoolEnd.MatchString(head)) && extendsShort(unit, head) {
			return head
		}
	}
	return ""
}

// reSchoolEnd ends a school's full name.
var reSchoolEnd = regexp.MustCompile(`(?:学校|学院|大学|中学|小学|中专|职专|职高|高中|技校|分校|校区)$`)
