package dialogs

import (
	"regexp"
	"strings"
)

// s8-l (issue #10, round 21, rp99 p99b, rp100 p100b, rp102 p102b): a
// reference with no name ("那就我们学校", "两个学校", "中职学校", "不是这个
// 学校") ends like an organisation but names none. It is never stored as a
// 推荐单位 or 制作单位: the unit validator asks for the full name instead.

// reOrgRefWord is a word that points at an organisation without naming it:
// a pronoun, a demonstrative, a count, or a denial.
var reOrgRefWord = regexp.MustCompile(`我|咱|俺|您|你|他们|本|该|这|那|哪|两个|两所|俩|几个|几所|多个|多所|一个|一所|其他|别的|同事|不是`)

// reKindOnly is a kind of school with no name: "中职学校", "高职院校", "学校".
var reKindOnly = regexp.MustCompile(`^(?:(?:中职|高职|中等职业|高等职业|职业|中等专业|技工|普通|公办|民办|省属|委管|本科|专科|高等|中专|职专|职高|师范)*)(?:学校|学院|院校|大学|中学|中专|职专|职高|技校|单位|高校)$`)

// reSchoolTail is the end of a whole school, not of a body inside one
// ("我们学校党委组织部" names a body of the unit and is resolved to it).
var reSchoolTail = regexp.MustCompile(`(?:学校|学院|院校|大学|中学|中专|职专|职高|技校|单位|高校)$`)

// unnamedOrg reports whether v, which may end like an organisation, is a
// reference or a kind with no name: "那就我们学校", "两个学校", "中职学校",
// "不是这个学校". "我们学校党委组织部" is not (ownUnit resolves it).
func unnamedOrg(v string) bool {
	v = strings.Trim(strings.TrimSpace(v), "，,。.！!")
	if oneOf(v, "本校", "我校", "该校", "本院", "我院", "此校") || reOwnOffice.MatchString(v) { // s12-f: "我部" unresolved
		return true
	}
	if v == "" || !reSchoolTail.MatchString(v) {
		return false
	}
	if reKindOnly.MatchString(v) {
		return true
	}
	head := reSchoolTail.ReplaceAllString(v, "")
	return reOrgRefWord.MatchString(head)
}

// namedOrg reports whether v is an organisation that names itself.
func namedOrg(v string) bool { return isOrg(v) && !unnamedOrg(v) }

// reDenialOnly is a denial and nothing else: "不是哈", "不对不对", "错了".
var reDenialOnly = regexp.MustCompile(`^(?:不是|不对|错了|搞错了|弄错了|发错了|打错了|不是这个|不是这样|没有|不)+(?:哈|啊|呀|的|吧|呢|了|哦|嘛)*$`)

// onlyDenial reports whether v only denies (or isDenial, talk.go): it is never a value.
func onlyDenial(v string) bool {
	return isDenial(v) || reDenialOnly.MatchString(strings.Trim(compact(v), "，,。.！!~～《》“”\"'"))
}
