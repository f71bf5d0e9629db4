package dialogs

import (
	"regexp"
	"strings"
	"unicode"

	"contestbot"
)

// s5-f4: 我/本人/俺/自己 as a member of a role list ("撰稿是我和郭雨桐",
// "应为本人及胡静二人", "郭雨桐和我") is the person typing: the name they
// gave ("我叫闵可欣") or else the contact. While no such name is known the
// others are kept and the name is asked once (askSelfName); it joins the
// list when it comes (fillSelfRoles).

// selfWord is the user pointing at themself.
const selfWord = `(?:我本人|我自己|本人|俺自己|俺|我)`

// listJoin joins two members of a list in words.
const listJoin = `(?:以及|还有|加上|和|及|与|跟|同)`

var (
	// reSelfFirst is a self word opening a list: "我和郭雨桐", "本人及胡静".
	reSelfFirst = regexp.MustCompile(`(^|[是为由就，,\s]|都是|就是)` + selfWord + listJoin)
	// reSelfLater is a self word later in a list: "郭雨桐和我", "胡静及本人二人".
	reSelfLater = regexp.MustCompile(listJoin + selfWord + `((?:两个人|两人|二人|俩|两位)?(?:[，,。\s]|$))`)
)

// reSelfSaid is a role said to be the user: "撰稿是我", "dy是我".
var reSelfSaid = regexp.MustCompile(`(?:是|为|由)` + selfWord + `(?:[，,。\s担负]|$)`)

// hasHan reports whether s has a Chinese character.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// me is who 我 is in a role list: the name the typist gave, else the contact.
func (t *turn) me(e *contestbot.Entry) string {
	if t.st.Self != "" {
		return t.st.Self
	}
	if t.st.ForOther {
		return "" // s6-e typist.go: a student typing for the contact; asked
	}
	return e.Contact
}

// selfInList writes the self word that is a member of a list in raw as
// me. When me is not known yet, the self word is taken out and self is
// true: the others are kept and the name is asked. raw is returned as is
// when no self word stands in a list.
func selfInList(raw, me string) (out string, self bool) {
	if !reSelfFirst.MatchString(raw) && !reSelfLater.MatchString(raw) {
		return raw, false
	}
	if me == "" {
		out = reSelfFirst.ReplaceAllString(raw, "${1}")
		out = reSelfLater.ReplaceAllString(out, "${1}")
		return strings.TrimSpace(out), true
	}
	out = reSelfFirst.ReplaceAllStringFunc(raw, func(m string) string {
		sm := reSelfFirst.FindStringSubmatch(m)
		if oneOf(sm[1], "就", "都是", "就是") {
			sm[1] = "" // "就我和郭雨桐两个人": 就 is no part of a name
		}
		return sm[1] + me + "和"
	})
	out = reSelfLater.ReplaceAllStringFunc(out, func(m string) string {
		sm := reSelfLater.FindStringSubmatch(m)
		return "、" + me + sm[1]
	})
	return out, false
}

// typistIntro notes the name the typist gives when a contact, someone
// else, is already set: "撰稿是我和郭雨桐 我叫闵可欣". The intro is taken
// out of msg.
func (t *turn) typistIntro(e *contestbot.Entry, msg string) string {
	if e.Contact == "" || len(splitClauses(msg)) < 2 {
		return msg
	}
	loc := reSelfIntro.FindStringSubmatchIndex(msg)
	if loc == nil {
		return msg
	}
	name := msg[loc[2]:loc[3]]
	if !isPersonForm(name) || !startsWithSurname(name) || !plausiblePerson(name) {
		return msg
	}
	rest := strings.TrimSpace(msg[:loc[0]] + " " + msg[loc[4]:])
	if !reSelfFirst.MatchString(rest) && !reSelfLater.MatchString(rest) && !reSelfSaid.MatchString(rest) {
		return msg // the name is not needed for a 我 in this message
	}
	if name != e.Contact {
		t.st.Self = name
	}
	return rest
}

// dropSelfRole forgets that role s waits for the user's own name: the
// role was answered since without them.
func (t *turn) dropSelfRole(s slot) {
	for i, x := range t.st.SelfRoles {
		if x == s {
			t.st.SelfRoles = append(t.st.SelfRoles[:i:i], t.st.SelfRoles[i+1:]...)
			return
		}
	}
}

// reFormalIntro is the typist naming themself after their post in 公文
// words: "本人系信阳市茶都职业中等专业学校党委副书记阎丽华，…".
var reFormalIntro = regexp.MustCompile(`(?:本人系|本人是|我是|我系)[^，,。；;：:！!？?\s]{0,40}?(?:书记|校长|主任|部长|科长|处长|院长|老师|教师|干事|负责人|辅导员|同志|主席|馆长)([\p{Han}]{2,3})(?:同志|老师)?(?:[，,。；;：:！!？?\s]|$)`)

// noteTypist remembers the name the typist gives in a message read with
// no form open ("本人系…党委副书记阎丽华，现就…咨询如下"), so that 本人 in
// the registration that follows is that person and is not asked again.
func (t *turn) noteTypist(s string) {
	if t.st.Self != "" {
		return
	}
	name := ""
	if m := reFormalIntro.FindStringSubmatch(s); m != nil {
		name = m[1]
	} else if m := reSelfIntro.FindStringSubmatch(s); m != nil {
		name = m[1]
	}
	if name != "" && isPersonForm(name) && startsWithSurname(name) && plausiblePerson(name) {
		t.st.Self = name
	}
}
