package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s5-f4: natural corrections at the summary, without "X改成Y": a value
// whose type fits exactly one field ("不对，是2分46秒", "实际是139…",
// "应该是《X》") corrects that field, and people missing from a role
// ("撰稿漏了阎丽华", "摄影还有李明") are added to it. Both are written as
// labelled values, so they pass the same validators as any other.

// reCorrectLead is talk before a corrected value: "不对，是", "实际是".
var reCorrectLead = regexp.MustCompile(`^(?:不对|不是|错了|写错了|有误|实际上?是?|其实是?|应该是|应该为|应为|正确的是|准确地?说是|是)[，,。:：\s]*`)

// typedCorrection is s as a labelled value when, after the talk before it,
// s is only a value of one field's type: a duration, a phone, a category,
// or a title in 《》. ok is false otherwise.
func (t *turn) typedCorrection(s string) (string, bool) {
	w := strings.TrimSpace(contestbot.NormalizeWidth(s))
	for i := 0; i < 3; i++ {
		w = strings.TrimSpace(reCorrectLead.ReplaceAllString(w, ""))
	}
	w = strings.TrimRight(w, "。.！! ")
	if w == "" || w == strings.TrimSpace(s) && !strings.HasPrefix(w, "《") {
		return "", false // no correcting talk: read as usual
	}
	if sl, ok := t.otherFieldValue(w); ok {
		return sl.label() + "：" + w, true
	}
	if strings.HasPrefix(w, "《") && strings.HasSuffix(w, "》") && strings.Count(w, "《") == 1 && contestbot.RuneLen(w) > 2 {
		return slot(contestbot.FieldTitle).label() + "：" + w, true
	}
	return "", false
}

// reMissingPeople is people said to be missing from a role: "撰稿漏了阎丽华",
// "摄影那里还少了李明", "剪辑再加上王一帆".
var reMissingPeople = regexp.MustCompile(`^(\p{Han}{2,6}?)(?:一栏|这一栏|那一栏|这一项|那里|这里|里|中)?(?:还)?(?:漏了|漏掉了|漏写了|少了|少写了|缺了|落了|还有|还差|再加上|加上|再加|补上|补充)[:：\s]*(.+?)[。.！!]*$`)

// reCountOnly is a count with no name: "个人", "一个人", "两个字".
var reCountOnly = regexp.MustCompile(`^(?:[一两二三几]?个?(?:人|字|名字|老师|同志|同学))$`)

// missingPeople is s as the role's full list when s adds people to a
// role already answered; ok is false otherwise.
func (t *turn) missingPeople(e *contestbot.Entry, s string) (string, bool) {
	m := reMissingPeople.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	sl := labelSlot(m[1])
	if !sl.isRole() {
		return "", false
	}
	p := creatorPtr(e, sl)
	if p == nil {
		return "", false
	}
	add := strings.TrimSpace(m[2])
	if reCountOnly.MatchString(add) {
		return "", false // "撰稿那里漏了个人": names no one, the role is asked again
	}
	if *p == "" {
		return sl.label() + "：" + add, true
	}
	return sl.label() + "：" + *p + "和" + add, true
}
