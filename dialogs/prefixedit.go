package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Branch s10-c (round 25): "制作单位前面加上学校名" and "前面加上我们学校" were
// answered as questions about the 制作单位. They are edits: the words to
// add go in front of the stored value ("党委宣传部" → "X学院党委宣传部"),
// and the result is shown like any change. The school named by a
// reference (学校名, 我们学校, 推荐单位…) is the 推荐单位 already filled; other
// words are added as typed. The edit is rewritten as "制作单位改成<new>",
// so the form's own change reading, echo and summary apply.

// rePrefixEdit is an instruction to add words in front of a field's
// value: label (optional), 前面/开头, a verb of adding, what to add.
var rePrefixEdit = regexp.MustCompile(`^(?:请|麻烦|麻烦您|帮我|你)?(?:把|在|给)?(制作单位|推荐单位|片名)?(?:的)?(?:名称|名字)?(?:里)?(?:前面|前边|前头|开头|最前面|最前边)(?:再|也|要|得|需要)?(?:加上|加个|加一下|加|添上|添加|补上|带上)(?:一下)?[:：\s]*(.+?)(?:的名字|的全称|的名称)?(?:吧|哈|啊|呀|就行|就好|就可以|了)*[。.!！~～]*$`)

// schoolRefs name the 推荐单位 without giving it.
var schoolRefs = []string{"学校名", "学校名字", "学校名称", "学校全称", "学校", "我们学校", "俺们学校", "咱们学校", "我们学院", "本校", "校名",
	"学院名", "学院名称", "学院", "推荐单位", "推荐单位名称", "单位名", "单位名称", "学校的", "我们学校的"}

// prefixEdit rewrites an instruction to add words in front of a field's
// value as the change it asks for; note is a reply when nothing is to be
// changed (the words are already there, or the school is not known yet).
func (t *turn) prefixEdit(e *contestbot.Entry, s string) (rewritten, note string, ok bool) {
	if e == nil {
		return "", "", false
	}
	c := strings.TrimSpace(contestbot.NormalizeWidth(stripEmoji(s)))
	m := rePrefixEdit.FindStringSubmatch(strings.ReplaceAll(c, " ", ""))
	if m == nil || isQuestion(c) {
		return "", "", false
	}
	f := slot(contestbot.FieldProducer)
	switch m[1] {
	case "推荐单位":
		f = slot(contestbot.FieldUnit)
	case "片名":
		f = slot(contestbot.FieldTitle)
	case "":
		// "前面加上我们学校": a school goes in front of the 制作单位; other
		// words in front of the field filled last. With neither, the
		// instruction is asked about, never stored as a value.
		switch {
		case oneOf(strings.Trim(m[2], "“”\"'「」《》 "), schoolRefs...):
		case t.st.Prev == slot(contestbot.FieldUnit) || t.st.Prev == slot(contestbot.FieldProducer) || t.st.Prev == slot(contestbot.FieldTitle):
			f = t.st.Prev
		default:
			return "", "要加在哪一项前面？例如：制作单位前面加上学校名。", true
		}
	}
	p := textPtr(e, f)
	if p == nil || *p == "" {
		if m[1] == "" {
			return "", f.label() + "还没填，请直接发" + f.label() + "全称。", true
		}
		return "", "", false
	}
	add := strings.Trim(m[2], "“”\"'「」《》 ")
	if oneOf(add, schoolRefs...) {
		if f == slot(contestbot.FieldTitle) || f == slot(contestbot.FieldUnit) {
			return "", "", false // a school in front of a title or of itself is no edit to guess
		}
		if e.Unit == "" {
			return "", "推荐单位（学校全称）还没填，请先告诉我学校全称，我再加到" + f.label() + "前面。", true
		}
		add = schoolName(e.Unit)
	} else if !hasHan(add) || contestbot.RuneLen(add) < 2 || contestbot.RuneLen(add) > 30 || containsAny(add, "，", ",", "。") {
		return "", "", false
	}
	if strings.HasPrefix(*p, add) {
		return "", f.label() + "现在是“" + *p + "”，前面已经有“" + add + "”了，不用再加。", true
	}
	return f.label() + "改成" + add + *p, "", true
}
