package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s7-a: a value taken back inside one message by a softer word than 不对
// (round 15, rp72 p72a: "监制王强 算了写李校长吧 李建华" stored both 王强 and
// 李建华). 算了, 还是写, 改成, 换成 or a bare "写X吧" after a first value
// keep only the later value, as reSelfFix's words do in lastWins. A soft
// word is a correction only when what follows it is a plausible value of
// the same field: "王强 算了 我先问问领导" and "算了" alone are no correction
// (hold.go and the cancel question read them).

// reChangedMind is a soft correction word and the wrapper after it:
// "算了写", "还是用", "改成", ", 写".
var reChangedMind = regexp.MustCompile(`[，,。.\s]*(?:算了吧|算了|还是|改成|改为|换成)[，,。.!！\s]*(?:还是)?(?:写成|写|填|用|换成)?[：:\s]*|` +
	`[，,。.\s]+(?:那就|就)?(?:写成|写)[：:\s]*`)

// reLaterLead is a wrapper left before the later value: "还是写", "那就用".
var reLaterLead = regexp.MustCompile(`^(?:那就|就|还是)+(?:写成|写|填|用)?[：:\s]*`)

// reOfficeOnly is a person named by office alone: "我们主任", "分管领导".
var reOfficeOnly = regexp.MustCompile(`^(?:我们|俺们|咱们|我校|学校|学院)?(?:的)?(?:党委|团委|办公室|宣传部|组织部)?(?:分管)?(?:领导|主任|副主任|书记|副书记|校长|副校长|院长|副院长|部长|科长|处长)$`)

// personSlot reports whether s holds people: the 联系人 or a 主创 role.
func personSlot(s slot) bool {
	return s == slot(contestbot.FieldContact) || s.isRole()
}

// laterPeople is the people a correction names after its cue, wrappers
// off and a title said beside the full name dropped ("写李校长吧 李建华" →
// 李建华); ok is false unless every part is a person.
func laterPeople(s string) (string, bool) {
	s = reLaterLead.ReplaceAllString(strings.TrimSpace(s), "")
	var names []string
	office := false
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，,、。；; \t\u3000", r) }) {
		w := unwrap(p)
		if w == "" {
			continue
		}
		if reOfficeOnly.MatchString(w) {
			office = true // "我们主任" beside the name that follows
			continue
		}
		pv, ok := personValue(w, "")
		if !ok || !isPerson(pv) || !plausiblePerson(pv) {
			return "", false
		}
		names = append(names, pv)
	}
	if office && len(names) != 1 {
		return "", false // "我们主任" with no one name: who is meant is asked
	}
	names = titledSameAs(names)
	if len(names) == 0 {
		return "", false
	}
	return strings.Join(names, "、"), true
}

// softFixFits reports whether after, said after a soft correction word,
// is a value of field f, so the word takes back the value before it. What
// comes before must be a value too, not a question ("撰稿就是写稿子的人对吧，
// 那就写马丽娜" answers the question and gives the value).
func softFixFits(f slot, before, after string) bool {
	if isQuestion(before) || askedYesNo(before) {
		return false
	}
	first := strings.TrimSpace(firstClause(after))
	switch {
	case personSlot(f):
		_, ok := laterPeople(after)
		return ok
	case f == slot(contestbot.FieldPhone):
		_, _, ok := findPhone(after)
		return ok
	case f == slot(contestbot.FieldDuration):
		d, ok := findDuration(first)
		return ok && d > 0
	case f == slot(contestbot.FieldUnit) || f == slot(contestbot.FieldProducer):
		return isOrg(unwrap(first))
	case f == slot(contestbot.FieldTitle):
		return contestbot.RuneLen(first) >= 2 && !isQuestion(after) && freeTextProblem(after) == "" && readHold(after) == holdNone
	}
	return false
}

// laterValue is what follows a correction cue, cleaned for field f: the
// people alone for a person field ("写李校长吧 李建华" → 李建华), else as
// typed, but for the 吧 that closes a soft one ("算了还是红色足迹吧").
func laterValue(f slot, after string, soft bool) string {
	if soft && !personSlot(f) && contestbot.RuneLen(after) > 3 && !strings.ContainsAny(after, "，,。；;") {
		after = strings.TrimSuffix(after, "吧")
	}
	if w := strings.TrimSpace(reLaterLead.ReplaceAllString(after, "")); w != "" {
		after = w
	}
	if personSlot(f) {
		if n, ok := laterPeople(after); ok {
			return n
		}
	}
	return after
}

// laterSplit cuts what follows a correction of a person field into the
// later value and the labelled values after it, which keep their labels:
// "写李校长吧 李建华 编导赵军" → "写李校长吧 李建华", " 编导赵军". For other
// fields, or with no label after the value, more is "".
func laterSplit(f slot, after string) (value, more string) {
	if !personSlot(f) {
		return after, ""
	}
	ex := extract(after)
	if !ex.labelled || ex.firstLabel <= 0 {
		return after, ""
	}
	rs := []rune(after)
	value = strings.TrimSpace(string(rs[:ex.firstLabel]))
	if value == "" {
		return after, ""
	}
	return value, "，" + string(rs[ex.firstLabel:])
}
