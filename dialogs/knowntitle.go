package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-b (round 22, rp104 p104b): a student typing for the teacher 谢丽娟 gave
// "撰稿也是谢老师" (stored 谢老师) and "编导是我们老师" (refused as 不像人名).
// A surname with a title that matches one person already in the draft is
// that person; "我们老师" when the person typing fills in for the contact
// asks one short question ("是谢丽娟吗？") whose "是" fills the role.

// reOurTitle is a title after the speaker's own: "我们老师", "俺们书记".
var reOurTitle = regexp.MustCompile(`^(?:是|就是|也是)?(?:我们|俺们|咱们|我的|俺的)(?:的)?(老师|指导老师|带队老师|班主任|辅导员)$`)

// draftPersonBySurname is the one full name in e with the given surname;
// "" when none or several have it.
func draftPersonBySurname(e *contestbot.Entry, surname string) string {
	var found []string
	for _, p := range realNames(draftPeople(e)) {
		if surnameLen(p) == len([]rune(surname)) && strings.HasPrefix(p, surname) {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// titledKnown resolves n, a name said at a person step, against the
// people in e. known is the full name when n is a surname with a title
// and one person in e has that surname ("谢老师" → 谢丽娟); guess is the
// contact when n is "我们老师" said by someone typing for the contact.
// Both are "" otherwise.
func (t *turn) titledKnown(e *contestbot.Entry, n string) (known, guess string) {
	w := strings.TrimSpace(reOurPrefix.ReplaceAllString(strings.TrimSpace(n), ""))
	if k := nicknameKnown(e, w); k != "" { // s12-m nickknown.go: "小陈" beside the contact 陈静
		return k, ""
	}
	if m := reSurnameTitle.FindStringSubmatch(w); m != nil && m[1] != "" && surnameLen(m[1]) == len([]rune(m[1])) {
		return draftPersonBySurname(e, m[1]), ""
	}
	if reOurTitle.MatchString(strings.TrimSpace(n)) && t.st.ForOther && e.Contact != "" && e.Contact != t.st.Self {
		return "", e.Contact
	}
	return "", ""
}

// reGuessDenied is a denial of the guess before the name meant instead:
// "不是 是王芳", "不对，应该是王芳".
var reGuessDenied = regexp.MustCompile(`^(?:不是|不对|不)(?:的|啊|呀|哈)?[，,。!！\s]*(?:而是|应该是|是)?[，,\s]*`)

// askGuess keeps the guess for role s and says the question.
func (t *turn) askGuess(s slot, said, name string) string {
	t.st.Guess, t.st.GuessRole = name, s
	return "“" + clip(said, 12) + "”是" + name + "吗？是的话回复“是”，不是请写" + roleLabels[s] + "的姓名。"
}

// guessTaken reads the reply to askGuess: a plain "是" gives the name
// guessed, labelled with its role when another step is pending. The guess is dropped whatever the reply.
func (t *turn) guessTaken(s string) string {
	g, role := t.st.Guess, t.st.GuessRole
	t.st.Guess, t.st.GuessRole = "", ""
	if g == "" {
		return s
	}
	if !agreesOnly(s) {
		if loc := reGuessDenied.FindStringIndex(strings.TrimSpace(s)); loc != nil && loc[1] < len(strings.TrimSpace(s)) {
			return strings.TrimSpace(s)[loc[1]:] // "不是 是王芳": the name given instead
		}
		return s
	}
	if role == t.st.Pending {
		return g
	}
	return role.label() + "：" + g // the step asked meanwhile is another
}
