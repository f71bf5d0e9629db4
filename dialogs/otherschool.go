package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s6-m (rp65 p65a): "再报一个，这个是另一个学校的，固始县第二职业高级中学" is the
// next work of ANOTHER school: nothing of the last work's school carries over
// (unit, contact, phone), the school named fills the 推荐单位, and no word of
// the sentence becomes the title.

// reOtherSchool says the next work is another school's: "这个是另一个学校的",
// "这次是别的学校", "换个学校", "另一所学校的作品".
// s11-b (rp135): "推荐单位是他们学校不是我们" says it of the school named
// elsewhere in the message.
var reOtherSchool = regexp.MustCompile(`(?:这个|这次|这一个|这部|下一个|这个作品|这个片子)?(?:是|属于|报的是|换成)?(?:另一个|另外一个|另一所|另外一所|另外的|别的|其他|其它|换个|换一个|换了个?)(?:学校|单位|学院|院校)(?:的)?(?:作品|片子)?(?:了)?|` +
	`(?:推荐单位|单位)(?:是|写|填|写的是)?(?:他们|人家)(?:学校|单位|那边)(?:的)?[，,\s]*(?:不是|不写|不填)(?:我们|俺们|咱们)(?:学校|单位)?(?:的)?`)

// otherSchool reports whether rest, what follows "再报一个", says the work is
// another school's, and returns rest without those words.
func otherSchool(rest string) (string, bool) {
	loc := reOtherSchool.FindStringIndex(rest)
	if loc == nil {
		return rest, false
	}
	out := strings.TrimSpace(rest[:loc[0]] + " " + rest[loc[1]:])
	return strings.Trim(out, " ，,。：:；;"), true
}

// anotherSchool starts the next work for another school: a fresh draft with
// nothing carried over; rest (the school, other values) fills it.
func (t *turn) anotherSchool(rest string) string {
	if d := t.latestDraft(); d != nil || t.closed() {
		return t.another() // the open draft first; closed is said there
	}
	e := &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}
	t.entries = append(t.entries, e)
	t.st.focus(modeForm, e)
	t.touch(e)
	t.st.Pending = t.next(e)
	intro := "好的，报另一个学校的作品，推荐单位、联系人和电话重新填。"
	if strings.TrimSpace(rest) != "" {
		return intro + "\n\n" + t.formInput(e, rest)
	}
	return intro + "\n\n" + t.question(e, t.st.Pending)
}
