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
var rePrefixEdit = regexp.MustCompile(`^(?:请|麻烦|麻烦您|帮我|你)?(?:把|在|给)?(制作单位|推荐单位|片名)?(?:的)?(?:名称|名字)?(?:里)?(?:前面|前边|前头|开头|最前面|最前边)(?:再|也|要|得|需要)?(?:加上|加个|加一下|加|添上|添加|补上|带上)(?:一下)?[:：\s]*(.+?)` + addedCount + `(?:的名字|的全称|的名称)?(?:吧|哈|啊|呀|就行|就好|就可以|了)*[。.!！~～]*$`)

// addedCount is the count said after the words to add: "党委俩字", "两个字" (s11-e).
const addedCount = `(?:这?俩字|这?两个字|二字|这?几个字|的字样|字样)?`

// reSuffixEdit (s11-e, rp137: "推荐单位要带上党委组织部" stored 推荐单位
// "带上党委组织部", "推荐单位后边得带上党委俩字" withdrew the unit) adds words
// after a field's value: a label, then 后面/后边/最后 and a verb of adding, or
// a verb that keeps the words with the value (带上, 加上) right after the
// label and a modal (要/得/还要).
var reSuffixEdit = regexp.MustCompile(`^(?:请|麻烦|麻烦您|帮我|你)?(?:把|在|给)?(制作单位|推荐单位|片名)?(?:的)?(?:名称|名字)?(?:里)?` +
	`(?:(?:后面|后边|后头|结尾|末尾|最后|最后面|最后边)(?:还|再|也|要|得|需要|应该|还要|还得)*(?:加上|加个|加一下|加|添上|添加|补上|带上|跟上|缀上)|(?:还|再|也|要|得|需要|应该|还要|还得)+(?:带上|加上|补上|添上))` +
	`(?:一下)?[:：\s]*(.+?)` + addedCount + `(?:吧|哈|啊|呀|就行|就好|就可以|了)*[。.!！~～]*$`)

// addedRefs are words that name what to add without giving it.
var addedRefs = []string{"全称", "全名", "副标题", "书名号", "引号", "名字", "名称", "学校名", "单位名"}

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
	if isQuestion(c) {
		return "", "", false
	}
	if v, note, ok := t.addEdit(e, c, false); ok {
		return v, note, ok
	}
	// s11-e: an edit of a named field among other clauses ("…团委  推荐单位
	// 要带上党委组织部 联系人贺佳琪 138…") is that clause's change; the other
	// clauses are read as typed.
	cls := splitOutside(c, true, func(rs []rune, i int) bool { // clauses, and words apart ("不是“X”  推荐单位要带上…")
		return strings.ContainsRune("，,。；;！!？?\n\t ", rs[i])
	})
	if len(cls) < 2 {
		return "", "", false
	}
	done := false
	var notes []string
	for i, cl := range cls {
		core := strings.TrimRight(cl, "，,。；;！!～~ ")
		v, note, ok := t.addEdit(e, core, true)
		switch {
		case !ok:
			continue
		case note != "" && strings.Contains(note, "不用再加"):
			cls[i], notes = "", append(notes, note) // already there: the clause says nothing more
		case note != "":
			continue
		default:
			cls[i] = v + strings.TrimPrefix(cl, core)
			if !strings.ContainsAny(cls[i][len(cls[i])-1:], "，,。；;！! ") {
				cls[i] += "，"
			}
		}
		done = true
	}
	for i := range cls {
		if cls[i] != "" && !strings.ContainsAny(cls[i][len(cls[i])-1:], "，,。；;！!？? \n\t") {
			cls[i] += " " // splitOutside keeps the cut rune; a word cut at nothing keeps its space
		}
	}
	rest := strings.TrimSpace(strings.TrimRight(strings.Join(cls, ""), "，, "))
	if !done || rest == "" {
		return "", "", false
	}
	return rest, strings.Join(notes, "\n"), true
}

// addEdit reads one instruction to add words before or after a field's
// value; named asks for the field's label (a clause among others).
func (t *turn) addEdit(e *contestbot.Entry, c string, named bool) (rewritten, note string, ok bool) {
	m := rePrefixEdit.FindStringSubmatch(strings.ReplaceAll(c, " ", ""))
	if m == nil {
		if sm := reSuffixEdit.FindStringSubmatch(strings.ReplaceAll(c, " ", "")); sm != nil {
			return t.suffixEdit(e, sm)
		}
		return "", "", false
	}
	if named && m[1] == "" {
		return "", "", false
	}
	// "前面加上我们学校": a school goes in front of the 制作单位; other
	// words in front of the field named, or else the field filled last.
	// With neither, the instruction is asked about, never stored as a value.
	f := t.addTarget(m[1])
	if m[1] == "" && oneOf(strings.Trim(m[2], "“”\"'「」《》 "), schoolRefs...) {
		f = slot(contestbot.FieldProducer)
	}
	if f == "" {
		return "", "要加在哪一项前面？例如：制作单位前面加上学校名。", true
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
	if strings.HasPrefix(*p, add) || f != slot(contestbot.FieldTitle) && strings.Contains(*p, add) {
		// s12-d: a unit that already holds the words is never given them again
		return "", f.label() + "现在是“" + *p + "”，已经有“" + add + "”了，不用再加。", true
	}
	return f.label() + "改成" + add + *p, "", true
}

// suffixEdit is addEdit's change for words added after the value: m is
// reSuffixEdit's match.
func (t *turn) suffixEdit(e *contestbot.Entry, m []string) (rewritten, note string, ok bool) {
	// "后面加上党委": the field named, or else the field filled last;
	// without one it is asked.
	f := t.addTarget(m[1])
	if f == "" {
		return "", "要加在哪一项后面？例如：推荐单位后面加上党委。", true
	}
	add := strings.Trim(m[2], "“”\"'「」《》 ")
	if oneOf(add, schoolRefs...) || oneOf(add, addedRefs...) || firstNamedField(add) != "" || !hasHan(add) || contestbot.RuneLen(add) > 20 || containsAny(add, "，", ",", "。") {
		return "", "", false
	}
	p := textPtr(e, f)
	if p == nil || *p == "" {
		return "", f.label() + "还没填，请直接发" + f.label() + "全称。", true
	}
	cur := *p
	if strings.HasSuffix(cur, add) || f != slot(contestbot.FieldTitle) && strings.Contains(cur, add) {
		// s12-d: "推荐单位后面加上党委" when it is "X学院党委组织部" adds nothing
		return "", f.label() + "现在是“" + cur + "”，已经有“" + add + "”了，不用再加。", true
	}
	return f.label() + "改成" + cur + add, "", true
}

// addTarget is the field words are added to, before or after its value:
// the field label names (推荐单位, 制作单位, 片名), or with no label the
// 推荐单位, 制作单位 or 片名 filled last; "" when there is none.
func (t *turn) addTarget(label string) slot {
	if label != "" {
		return labelSlot(label)
	}
	switch t.st.Prev {
	case slot(contestbot.FieldUnit), slot(contestbot.FieldProducer), slot(contestbot.FieldTitle):
		return t.st.Prev
	}
	return ""
}
