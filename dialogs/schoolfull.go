package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s11-a: a 推荐单位 typed as a school's party organ ("漯河职业技术学院党委组织部")
// is kept as typed. A user who then asks for the school's full name instead
// ("行吧，那就按学校全称吧。确认", "推荐单位按学校全称写吧") gets the school: the one
// reader left of s9-f's unitinsist.go, whose other half (insisting on the
// body after the bot cut it) went with the cut.

// reUnitInsist asks for a written form: "还是写X吧", "就写X", "写成X", "改回X", "用X".
var reUnitInsist = regexp.MustCompile(`(?:还是|就|仍然|依然|照样)?(?:写成|写|填成|填|改回|改成|用|按)(?:为)?[“"]?([^，,。；;！!？?“”"\s]{2,40}?)[”"]?(?:吧|呀|啊|就行|就好|好了|不行吗|不可以吗|可以吗|行吗|行不行|可不可以|不行么)?$`)

// reSchoolFullOK agrees to the school's full name: "那就按学校全称吧", "写学校全称就行".
var reSchoolFullOK = regexp.MustCompile(`^(?:行吧|好吧|好的|好|行|嗯|那|那就|就)*(?:推荐单位)?(?:还是)?(?:就)?(?:按|写|用|填|改成|改为)(?:学校)?(?:的)?全称(?:写|填)?(?:吧|就行|就好|好了|也行)?$|^(?:行吧|好吧|那就|就)?(?:推荐单位)?(?:学校)?全称(?:就)?(?:吧|就行|也行)$`)

// schoolFullUnit reads a message that asks for the school's full name while
// the 推荐单位 is one of its party bodies: alone it stores the school and
// answers (out); beside other words (确认) the unit is set and v is the rest,
// read as usual. ok is false for any other message.
func (t *turn) schoolFullUnit(e *contestbot.Entry, s string) (v, out string, ok bool) {
	if e == nil {
		return "", "", false
	}
	school, isBody := contestbot.SchoolOfBody(e.Unit)
	if !isBody {
		return "", "", false
	}
	var rest []string
	agreed := false
	for _, cl := range splitClauses(s) {
		if reSchoolFullOK.MatchString(strings.Trim(compact(cl), "，,。.!！~～")) {
			agreed = true
			continue
		}
		rest = append(rest, cl)
	}
	if !agreed {
		return "", "", false
	}
	r := strings.TrimSpace(joinClauses(rest))
	if r == "" || isChatter(compact(r)) {
		return "", t.formRest(e, "推荐单位："+school), true
	}
	if e.Producer == e.Unit {
		e.Producer = school // a 制作单位 given as 同上 follows, as for any corrected unit
	}
	e.Unit = school
	t.touch(e)
	return r, "", true
}

// unitSaidAgain reads "推荐单位还是写X党委组织部吧，…要一致" (rp111) when the
// 推荐单位 already is that party body as typed: it stays, and the reply says
// how it prints; the talk around it (纸质表上就是这么写的) is no question.
// ok is false for any other message.
func (t *turn) unitSaidAgain(e *contestbot.Entry, s string) (string, bool) {
	if e == nil {
		return "", false
	}
	school, isBody := contestbot.SchoolOfBody(e.Unit)
	if !isBody {
		return "", false
	}
	c := compact(stripEmoji(s))
	if !strings.Contains(c, "推荐单位") {
		return "", false
	}
	said := ""
	for _, cl := range splitClauses(strings.ReplaceAll(c, "推荐单位", "，")) {
		cl = strings.Trim(cl, "，,。.!！？?~～ ")
		if m := reUnitInsist.FindStringSubmatch(cl); m != nil {
			said = m[1]
			break
		}
	}
	// The body, or a part of it that ends it ("组织部", "党委组织部").
	if said == "" || said != e.Unit && !(strings.HasSuffix(e.Unit, said) && contestbot.RuneLen(said) >= 2 && !strings.HasSuffix(school, said)) {
		return "", false
	}
	reply := t.formRest(e, "推荐单位："+e.Unit+otherFieldsAfter(s))
	note := "推荐单位按您写的记为“" + e.Unit + "”，报名表、汇总表都会这样印，视频文件名也以它开头（" + e.Unit + "-序号-片名）。"
	if i := strings.Index(reply, "\n\n"); i >= 0 {
		return reply[:i] + "\n" + note + reply[i:], true
	}
	return note + "\n\n" + reply, true
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
