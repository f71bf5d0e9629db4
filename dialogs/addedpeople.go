package dialogs

import (
	"regexp"
	"strings"
)

// s7-a: a person added to the role just named, in a clause of their own
// (round 15, rp72 p72a: "摄影陈磊 还有马超也拍了" stored 陈磊 and dropped 马超
// as talk): "还有马超也拍了", "马超也拍了", "另外还有马超", "加上马超",
// "陈磊、马超也拍了". The clause joins the names before it, so every role
// reader sees "摄影陈磊、马超". A verb after 也 names a role ("也拍了" is
// 摄影); when it is not the role of the names before, nothing is joined.

var (
	// reAddedLead opens a clause that adds people: "还有", "另外还有", "加上".
	reAddedLead = regexp.MustCompile(`^(?:另外|然后|而且|对了|哦|噢)?(?:还有|再加上|加上|外加|以及|再有|再加)`)
	// reAlsoTail closes it: "也拍了", "也参与了", "也是".
	reAlsoTail = regexp.MustCompile(`(?:也|还)(?:一起|跟着)?(?:负责)?(拍摄|拍|摄像|剪辑|剪|撰写|写稿|写|执导|导|参与|帮忙|弄|做|是)?(?:了|的|过)*(?:一些|一部分|一点|部分)?$`)
	// reAddedSep cuts a message into clauses and the names in them.
	reAddedSep = regexp.MustCompile(`[，,；;。、\s]+`)
)

// addedVerbRole is the role a verb after 也 names, read by the role verbs
// of creators.go ("" for 参与, 帮忙, 是).
func addedVerbRole(v string) slot {
	for _, rv := range roleVerbs {
		if rv.re.MatchString(v) {
			return rv.role
		}
	}
	return ""
}

// fullNames is the names of s, split at 、和跟, or ok false unless every
// part is a full name.
func fullNames(s string) ([]string, bool) {
	var out []string
	for _, p := range reNameSplit.Split(s, -1) {
		if p == "" {
			continue
		}
		if !isRealName(p) {
			return nil, false
		}
		out = append(out, p)
	}
	return out, len(out) > 0
}

// addedPeople reads c as a clause that adds people: the names, and the
// role its verb names ("" when none). ok is false unless c opens with an
// adding word or closes with 也 and a verb, and the rest is full names.
// "张也" is a name: "张也拍了" adds no one.
func addedPeople(c string) (names string, role slot, ok bool) {
	c = strings.Trim(compact(c), "，,。；;、！! ")
	body := c
	lead := reAddedLead.FindString(body)
	body = body[len(lead):]
	tail := ""
	if m := reAlsoTail.FindStringSubmatchIndex(body); m != nil && m[0] > 0 && m[2] >= 0 { // "马超也" alone adds no one
		tail = body[m[0]:]
		if m[2] >= 0 {
			role = addedVerbRole(body[m[2]:m[3]])
		}
		body = body[:m[0]]
	}
	if lead == "" && tail == "" || body == "" {
		return "", "", false
	}
	out, ok := fullNames(body)
	if !ok {
		return "", "", false
	}
	return strings.Join(out, "、"), role, true
}

// roleOfPeople reads c as people with the role said before them
// ("摄影陈磊", "摄影是陈磊", "陈磊"): the role ("" when none is said) and ok
// when the rest is full names.
func roleOfPeople(c string) (slot, bool) {
	c = strings.Trim(compact(c), "，,。；;、 ")
	var role slot
	for {
		w, r := roleTokenAt(c, 0)
		if w == "" {
			break
		}
		role = r
		c = reRoleValueLead.ReplaceAllString(reRolesJoin.ReplaceAllString(c[len(w):], ""), "")
	}
	_, ok := fullNames(c)
	return role, ok
}

// joinAdded writes the clauses that add people into the names before them:
// "摄影陈磊 还有马超也拍了 剪辑马超" → "摄影陈磊、马超 剪辑马超". pending is the
// role asked, for names said with no role. A message with no such clause
// is returned as it is.
func joinAdded(msg string, pending slot) string {
	if pending.freeText() || !strings.ContainsAny(msg, "也还加以") {
		return msg
	}
	seps := reAddedSep.FindAllStringIndex(msg, -1)
	if len(seps) == 0 {
		return msg
	}
	// The pieces between separators, each with the separator before it.
	type piece struct{ sep, text string }
	ps := []piece{{text: msg[:seps[0][0]]}}
	for k, sp := range seps {
		end := len(msg)
		if k+1 < len(seps) {
			end = seps[k+1][0]
		}
		ps = append(ps, piece{sep: msg[sp[0]:sp[1]], text: msg[sp[1]:end]})
	}
	changed := false
	roleSoFar := slot("")
	if pending.isRole() {
		roleSoFar = pending
	}
	for i := 0; i < len(ps); i++ {
		if i == 0 || ps[i-1].text == "" {
			if r, ok := roleOfPeople(ps[i].text); ok && r != "" {
				roleSoFar = r
			}
			continue
		}
		names, role, ok := addedPeople(ps[i].text)
		if !ok {
			if r, ok := roleOfPeople(ps[i].text); ok && r != "" {
				roleSoFar = r
			}
			continue
		}
		// The piece before names people: the pieces back to its role word.
		if _, ok := roleOfPeople(ps[i-1].text); !ok || roleSoFar == "" || role != "" && role != roleSoFar {
			continue
		}
		ps[i].sep, ps[i].text = "、", names
		changed = true
	}
	if !changed {
		return msg
	}
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.sep)
		b.WriteString(p.text)
	}
	return b.String()
}

// s11-i (round 30, rp145 shuji_jianduan): at a role step a bare name and
// then "ROLE也是" names the pending role and that role: "李涛 剪辑也是" at
// the 摄影 step is 摄影 李涛 and 剪辑 李涛 (it stored 摄影 only).

// reRoleAlso is "ROLE也是" after a name: 剪辑也是, 剪辑也是他, 编导也一样.
var reRoleAlso = regexp.MustCompile(`^(\p{Han}{2,4}?)(?:也是(?:他|她|这个人)?|也一样|也是一样)(?:的|吧|啊|哈)?$`)

// roleAlsoSaid rewrites "NAME ROLE也是" at a role step into both roles
// labelled; any other message is returned as it is.
func roleAlsoSaid(s string, pending slot) string {
	if !pending.isRole() {
		return s
	}
	t := strings.TrimSpace(s)
	i := strings.IndexFunc(t, func(r rune) bool { return r == ' ' || r == '，' || r == ',' || r == '　' })
	if i <= 0 {
		return s
	}
	name, rest := t[:i], strings.TrimLeft(t[i:], " ，,　")
	m := reRoleAlso.FindStringSubmatch(rest)
	if m == nil || !isPerson(name) || labelSlot(name) != "" {
		return s
	}
	other := labelSlot(m[1])
	if !other.isRole() || other == pending || chineseShort(other) == "" {
		return s
	}
	return chineseShort(pending) + name + "，" + m[1] + name
}
