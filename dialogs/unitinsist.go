package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Branch s9-f (issue #10, round 23, rp111 p111a): the 推荐单位 the user
// insists on. A party body typed as the 推荐单位 ("漯河职业技术学院党委组织部") is
// stored as its school with a note (unitbody.go) — once. When the user
// then asks for their form ("推荐单位还是写…党委组织部吧，…要一致", "推荐单位写组织部
// 不行吗？", or the body again), it is stored as typed: it is their form,
// and the reply says the tables and the file name will print so. "行吧，那就
// 按学校全称吧。确认" keeps the school and is no unit: the agreement is taken
// off and the rest (确认) read as usual.

var (
	// reUnitInsist asks for a written form: "还是写X吧", "就写X", "写成X", "改回X", "用X".
	reUnitInsist = regexp.MustCompile(`(?:还是|就|仍然|依然|照样)?(?:写成|写|填成|填|改回|改成|用|按)(?:为)?[“"]?([^，,。；;！!？?“”"\s]{2,40}?)[”"]?(?:吧|呀|啊|就行|就好|好了|不行吗|不可以吗|可以吗|行吗|行不行|可不可以|不行么)?$`)
	// reSchoolFullOK agrees to the school's full name: "那就按学校全称吧", "写学校全称就行".
	reSchoolFullOK = regexp.MustCompile(`^(?:行吧|好吧|好的|好|行|嗯|那|那就|就)*(?:按|写|用|填)(?:学校)?(?:的)?全称(?:吧|就行|就好|好了|也行)?$|^(?:行吧|好吧|那就|就)?(?:学校)?全称(?:就)?(?:吧|就行|也行)$`)
)

// insistedUnit reads a message about the 推荐单位 after its note: the body
// asked for again is stored as typed (out is the reply); an agreement to
// the school's name is taken off s (v is the rest). ok is false otherwise.
func (t *turn) insistedUnit(e *contestbot.Entry, s string) (v, out string, ok bool) {
	body := t.st.BodyUnit
	if body == "" || e == nil {
		return "", "", false
	}
	school, isBody := schoolOfBody(body)
	if !isBody || e.Unit != school {
		return "", "", false
	}
	// "行吧，那就按学校全称吧。确认": the agreement goes, the rest is read.
	var rest []string
	agreed := false
	for _, cl := range splitClauses(s) {
		if reSchoolFullOK.MatchString(strings.Trim(compact(cl), "，,。.!！~～")) {
			agreed = true
			continue
		}
		rest = append(rest, cl)
	}
	if agreed {
		t.st.BodyUnit = ""
		r := strings.TrimSpace(joinClauses(rest))
		if r == "" || isChatter(compact(r)) {
			return "", "好的，推荐单位就按学校全称：" + school + "。\n\n" + t.question(e, t.st.Pending), true
		}
		return r, "", true
	}
	c := compact(stripEmoji(s))
	if !strings.Contains(c, "推荐单位") && t.st.Pending != slot(contestbot.FieldUnit) {
		return "", "", false
	}
	said := ""
	for _, cl := range splitClauses(strings.ReplaceAll(c, "推荐单位", "，")) {
		cl = strings.Trim(cl, "，,。.!！？?~～ ")
		if m := reUnitInsist.FindStringSubmatch(cl); m != nil {
			said = m[1]
			break
		}
		if cl == body {
			said = body
			break
		}
	}
	if said == "" || strings.Contains(said, "全称") {
		return "", "", false
	}
	// The body, or a part of it that ends it ("组织部", "党委组织部").
	if said != body && !(strings.HasSuffix(body, said) && contestbot.RuneLen(said) >= 2 && !strings.HasSuffix(school, said)) {
		return "", "", false
	}
	reply := t.formRest(e, "推荐单位："+body+otherFieldsAfter(s))
	note := "推荐单位按您写的记为“" + body + "”，报名表、汇总表都会这样印，视频文件名也以它开头（" + body + "-序号-片名）。"
	if i := strings.Index(reply, "\n\n"); i >= 0 {
		reply = reply[:i] + "\n" + note + reply[i:]
	} else {
		reply = note + "\n\n" + reply
	}
	t.st.BodyUnit = ""
	return "", reply, true
}

// otherFieldsAfter is the part of s from its first clause that labels a
// field other than the 推荐单位 ("，制作单位是…"), or "" (s11-e: "推荐单位后边得带上
// 党委俩字 制作单位是学校党委办公室…" lost the 制作单位 when the unit was insisted on).
func otherFieldsAfter(s string) string {
	cls := splitOutside(s, true, func(rs []rune, i int) bool {
		return strings.ContainsRune("，,。；;！!？?\n\t ", rs[i])
	})
	for j, cl := range cls {
		if f := firstNamedField(compact(cl)); f != "" && f != slot(contestbot.FieldUnit) && extract(cl).labelled {
			return "，" + strings.Join(cls[j:], " ")
		}
	}
	return ""
}
