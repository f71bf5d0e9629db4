package dialogs

import (
	"contestbot"
	"regexp"
	"slices"
	"strings"
)

// s9-a (issue #10, round 20, rp99 p99a): "商丘职业技术学院党委宣传不" at the
// 制作单位 step was answered as a question about 宣传 (a phone's typo of 宣传部,
// 不 and 部 both bu). At a unit's step a message that is no organisation
// name, but is one once its last character is replaced by an ending that
// sounds the same (go-pinyin, without tones: 不→部, 出→处, 可→科, 是→室),
// is that name, and the echo says which character was read how. A real
// question ending in 不 ("写宣传部行不", "用全称可以不", "中不中") keeps its
// verb before 不 and stays a question.

// orgEndings are the one-character endings of an organisation a typo may
// replace; the longer endings (宣传部, 办公室) end with one of them.
var orgEndings = []rune("部处科室院校会司站馆局厅委组所办队系")

// askVerbsBeforeBu are the words that make "X不" a yes/no question.
var askVerbsBeforeBu = []string{"算", "行", "能", "可以", "中", "对", "是", "够", "好", "要", "用", "管", "成", "会", "需要", "得", "有"}

// orgEndTypo returns v with its last character replaced by the ending it
// sounds like, and a note for the echo, when only that makes v an
// organisation name.
func orgEndTypo(v string) (string, string, bool) {
	v = strings.TrimSpace(strings.TrimRight(v, "。.!！~～ "))
	rs := []rune(v)
	if len(rs) < 5 || isOrg(v) || strings.ContainsAny(v, "，,。；;？? 、") {
		return "", "", false
	}
	last := rs[len(rs)-1]
	if slices.Contains(orgEndings, last) || !isHan(last) {
		return "", "", false
	}
	stem := string(rs[:len(rs)-1])
	for _, w := range askVerbsBeforeBu {
		if strings.HasSuffix(stem, w) {
			return "", "", false // "…行不", "…可以不": a question
		}
	}
	if !reOrgStem.MatchString(stem) {
		return "", "", false
	}
	said := readings(last)
	for _, r := range orgEndings {
		if !slices.ContainsFunc(readings(r), func(p string) bool { return slices.Contains(said, p) }) {
			continue
		}
		fixed := stem + string(r)
		if isOrg(fixed) && !isQuestion(fixed) {
			tail := string(rs[max(0, len(rs)-3):])
			return fixed, "（“" + tail + "”按“" + string([]rune(fixed)[max(0, len(rs)-3):]) + "”记录，不对请直接改）", true
		}
	}
	return "", "", false
}

// reOrgStem is the start of an organisation name before a department: a
// school or a party body must come first ("…学院党委宣传", "…学校团委").
var reOrgStem = regexp.MustCompile(`(?:学院|学校|大学|中学|中专|职专|职高|党委|公司|中心|集团)\p{Han}{1,6}$`)

// orgTypoAtStep reads a typo'd ending at the 推荐单位 or 制作单位 step; the
// note goes after the echo's first line.
func (t *turn) orgTypoAtStep(s string) (string, string) {
	p := t.st.Pending
	if t.nested || p != slot(contestbot.FieldUnit) && p != slot(contestbot.FieldProducer) {
		return s, ""
	}
	if v, note, ok := orgEndTypo(s); ok {
		return v, note
	}
	return s, ""
}

// afterFirstLine puts note at the end of out's first line.
func afterFirstLine(out, note string) string {
	if i := strings.Index(out, "\n"); i >= 0 {
		return out[:i] + note + out[i:]
	}
	return out + note
}
