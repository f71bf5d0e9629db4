package dialogs

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"contestbot"
)

// This file reads the people behind titles and nicknames. A contact who
// gives their title with their name ("我们王科长，王海峰", "我是组织部的王科长，
// 王海峰", "王海峰科长") is remembered with it, so a title alone later ("监制是
// 我们科长", "我们科长", "王科长") is that contact; any other title alone is
// asked (roleanswer.go). A nickname said before the full name ("小李李明",
// "老张 张伟") leaves the full name: the nickname is no name of its own.

// officeTitle is a title of office a contact may give with their name;
// 老师 and 同志 are said of anyone and are not kept.
const officeTitle = `副?(?:科长|主任|书记|部长|处长|院长|校长|馆长|站长|所长|局长|主席)`

var (
	// reNameWithTitle is a surname or name right before a title: "王科长",
	// "王海峰科长".
	reNameWithTitle = regexp.MustCompile(`(\p{Han}{1,3}?)(` + officeTitle + `)`)
	// reSelfTitle is the contact saying their title: "我是科长", "本人是组织部科长".
	reSelfTitle = regexp.MustCompile(`(?:我|本人|俺)(?:就)?是?(?:\p{Han}{0,10}?的?)?(` + officeTitle + `)`)
	// reTitleAlone is a title with no name, maybe after "our", an office
	// or the surname: "我们科长", "俺们组织部的科长", "王科长", "就写我们科长吧".
	reTitleAlone = regexp.MustCompile(`^(?:就是|是|就写|写|填|就填|那就写)?(?:我们|俺们|咱们|咱|俺|我校|学校|学院|单位)?(?:的)?(\p{Han}{0,8}?的)?(\p{Han})?(` + officeTitle + `)(?:同志)?(?:吧|呀|啊|哈)?$`)
	// reNickThenName is a nickname before a full name with the same
	// surname: "小李李明", "老张 张伟", "大刘刘洋"; after a pause or with
	// 大名 (s10-d, rp123): "小李。。。李想", "小李 大名李想", "老王，全名王建军".
	// A surname with a title works the same way (s11-b, rp134): "毛老师，毛丽娟".
	reNickThenName = regexp.MustCompile(`^(?:(?:小|老|大)(\p{Han})|(\p{Han}{1,2}?)` + nickTitles + `)[\s、，,（(。.…~～]*(?:(?:写|就写)?(大名|全名|真名|本名)(?:叫|是)?[：:\s,，。]*)?(\p{Han}{2,3})[)）]?$`)
)

// contactTitleOf is the title a contact answer gives the contact named
// name ("我们王科长，王海峰" → 科长), "" when none.
func contactTitleOf(raw, name string) string {
	c := compact(raw)
	if name == "" || c == "" {
		return ""
	}
	surname, _ := utf8.DecodeRuneInString(name)
	for _, m := range reNameWithTitle.FindAllStringSubmatch(c, -1) {
		who := m[1]
		for _, p := range []string{"我们", "俺们", "咱们", "我", "俺", "咱", "的"} {
			who = strings.TrimPrefix(who, p)
		}
		if who == name || who == string(surname) || strings.HasSuffix(who, name) {
			return m[2]
		}
	}
	if m := reSelfTitle.FindStringSubmatch(c); m != nil {
		return m[1]
	}
	return ""
}

// noteContactTitle remembers the title the contact gave with their name.
func (t *turn) noteContactTitle(raw string, e *contestbot.Entry) {
	if title := contactTitleOf(raw, e.Contact); title != "" {
		t.st.ContactTitle, t.st.ContactTitled = title, e.Contact
	}
}

// titleIsContact is the contact's name when s is a title alone that the
// contact gave as theirs ("我们科长", "王科长"); ok is false otherwise.
func (t *turn) titleIsContact(e *contestbot.Entry, s string) (string, bool) {
	m := reTitleAlone.FindStringSubmatch(strings.Trim(compact(s), "，,。.；;、 "))
	if m == nil || e.Contact == "" || t.st.ContactTitle == "" || t.st.ContactTitled != e.Contact {
		return "", false
	}
	if m[3] != t.st.ContactTitle {
		return "", false
	}
	if m[2] != "" {
		surname, _ := utf8.DecodeRuneInString(e.Contact)
		if []rune(m[2])[0] != surname {
			return "", false // "李科长" is another 科长
		}
	}
	return e.Contact, true
}

// reNickBeforeName finds a nickname and the full name after it inside a
// list of people (s10-d): "摄影剪辑都是小李。。。李想".
var reNickBeforeName = regexp.MustCompile(`(?:(?:小|老|大)(\p{Han})|\p{Han}` + nickTitles + `)[\s、，,（(。.…~～]+(?:(?:写|就写)?(?:大名|全名|真名|本名)(?:叫|是)?[：:\s,，。]*)?(\p{Han}{2,3})[)）]?`)

// nicknamesOff replaces each nickname followed by its full name in s with
// the full name (nicknameOff on each such part); the rest is unchanged.
func nicknamesOff(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range reNickBeforeName.FindAllStringIndex(s, -1) {
		if r, _ := utf8.DecodeRuneInString(s[m[1]:]); m[1] < len(s) && unicode.Is(unicode.Han, r) {
			continue // the name goes on: not a whole name
		}
		if full := nicknameOff(s[m[0]:m[1]]); full != s[m[0]:m[1]] {
			b.WriteString(s[last:m[0]])
			b.WriteString(full)
			last = m[1]
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// nicknameOff keeps the full name of a nickname said before it: "小李李明"
// → 李明. Anything else is returned unchanged.
func nicknameOff(v string) string {
	m := reNickThenName.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return v
	}
	surname, named, full := m[1]+m[2], m[3], m[4]
	if named == "" && !strings.HasPrefix(full, surname) || !startsWithSurname(full) {
		return v
	}
	if m[2] != "" && (!strings.HasPrefix(full, surname) || surnameLen(surname) != utf8.RuneCountInString(surname)) {
		return v // "王老师 李娜" are two people; a title-name keeps its surname
	}
	return full
}

// nickTitles are the titles said after a surname in place of a name.
const nickTitles = `(?:老师|主任|副主任|书记|副书记|部长|科长|处长|院长|校长|干事|教授)`

// selfAskTail ends the question asked for roles given as "我" while the
// contact's name is not known yet.
const selfAskTail = "写的是您本人，请告诉我您的姓名，例如：张伟（也会填为联系人）"

// askSelfName remembers role s as given by the user as themselves, and
// asks their name once for all such roles of the message.
func (t *turn) askSelfName(s slot, r *fillResult) {
	if !slices.Contains(t.st.SelfRoles, s) {
		t.st.SelfRoles = append(t.st.SelfRoles, s)
	}
	var ls []string
	for _, x := range t.st.SelfRoles {
		ls = append(ls, roleLabels[x])
	}
	msg := strings.Join(ls, "、") + selfAskTail
	if t.st.ForOther { // s6-e typist.go: the typist is not the contact
		msg = strings.Join(ls, "、") + typistAskTail
	}
	for i, m := range r.errs {
		if strings.HasSuffix(m, selfAskTail) || strings.HasSuffix(m, typistAskTail) {
			r.errs[i] = msg
			return
		}
	}
	r.errs = append(r.errs, msg)
}

// fillSelfRoles gives the roles the user gave as themselves the contact's
// name, once it is known; one given with others ("本人及胡静") gets it in
// front of them. A role answered since without the user is no longer in
// SelfRoles (dropSelfRole), so it is left alone.
func (t *turn) fillSelfRoles(e *contestbot.Entry, r *fillResult) {
	if t.st.ForOther && t.st.Self != e.Contact {
		return // s6-e typist.go: the contact is someone else; the typist's name is asked
	}
	t.fillSelfRolesWith(e, e.Contact, r)
}

// fillSelfRolesWith gives the roles the user gave as themselves the name
// me (the contact's, or the typist's when someone else is the contact).
func (t *turn) fillSelfRolesWith(e *contestbot.Entry, me string, r *fillResult) {
	if me == "" || len(t.st.SelfRoles) == 0 {
		return
	}
	for _, x := range t.st.SelfRoles {
		if p := creatorPtr(e, x); p != nil && *p == "" {
			*p = me
			t.st.markRole(x)
			r.add(x)
		} else if p != nil && !slices.Contains(strings.Split(*p, "、"), me) {
			*p = me + "、" + *p // s5-f4: "本人及胡静" said before the name
			t.st.markRole(x)
			r.add(x)
		}
	}
	t.st.SelfRoles = nil
	if len(t.st.Roles) == len(roles) {
		e.CreatorsDone = true
	}
	var keep []string
	for _, m := range r.errs {
		if !strings.HasSuffix(m, selfAskTail) && !strings.HasSuffix(m, typistAskTail) {
			keep = append(keep, m)
		}
	}
	r.errs = keep
}

// reTitleOnlyItem is one item of a name list that is a title with no full
// name: "我们王科长", "王科长", "我们科长", "俺们书记".
var reTitleOnlyItem = regexp.MustCompile(`^(?:我们|俺们|咱们|咱|俺|我校|学校|学院|单位)?(?:的)?(\p{Han})?(` + officeTitle + `|老师)$`)

// appositionOff merges a title said before the full name of the same
// person ("我们王科长，王海峰" → 王海峰): the title is no second person.
func appositionOff(items []string) []string {
	var out []string
	for i := 0; i < len(items); i++ {
		cur := strings.TrimSpace(items[i])
		if i+1 < len(items) {
			next := strings.TrimSpace(items[i+1])
			if m := reTitleOnlyItem.FindStringSubmatch(cur); m != nil && rePersonName.MatchString(next) && startsWithSurname(next) &&
				(m[1] == "" || strings.HasPrefix(next, m[1])) {
				continue // the next item is this person's name
			}
		}
		out = append(out, items[i])
	}
	return out
}

// reContactTitleName is the contact's label, then a surname with a title and
// the full name after a comma: "联系人写毛老师，毛丽娟".
var reContactTitleName = regexp.MustCompile(`((?:联系人|联络人|联系老师|对接人)(?:写|填|是|为|叫|就是|写成)?[：:\s]*)(\p{Han}` + nickTitles + `[，,、\s]+\p{Han}{2,3})`)

// contactTitleNameOff writes the contact said as a title-name and then the
// full name as the full name, inside a message of several values, where the
// comma would cut the value before the name (s11-b, rp134). A title-name
// answered alone ("我们王科长，王海峰") is the contact readers' own: they also
// remember the title (noteContactTitle).
func contactTitleNameOff(s string) string {
	return replaceSubmatchFunc(reContactTitleName, s, func(m []string, next string) string {
		if r, _ := utf8.DecodeRuneInString(next); next != "" && unicode.Is(unicode.Han, r) {
			return m[0] // the name goes on: not a whole name
		}
		full := nicknameOff(m[2])
		if full == m[2] {
			return m[0]
		}
		return m[1] + full
	})
}

// replaceSubmatchFunc replaces each match of re in s with repl of its
// submatches and the text after it.
func replaceSubmatchFunc(re *regexp.Regexp, s string, repl func(m []string, next string) string) string {
	var b strings.Builder
	last := 0
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		m := make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = s[loc[2*i]:loc[2*i+1]]
			}
		}
		b.WriteString(s[last:loc[0]])
		b.WriteString(repl(m, s[loc[1]:]))
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String()
}
