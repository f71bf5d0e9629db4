package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s8-e: people named in the user's own words (round 19, rp89–rp92). Before
// the role readers run, a message about the 主创 is put in their terms:
//   - a clause describing the person named beside it is dropped
//     (peopledesc.go): "那写张卫东吧 俺们副书记 管这一块的" → "那写张卫东吧";
//   - 她/他 is the person the same message names: "就是陈晓燕老师呀 编导撰稿都是她"
//     → "编导撰稿都是陈晓燕" (never the person named in an earlier turn);
//   - a surname with a title and 自己/本人 is the one person of the
//     draft with that surname: "编导和撰稿都是陈老师自己" → 陈晓燕 when the
//     contact is 陈晓燕; "自己" after a name is emphasis ("陈晓燕自己");
//   - "摄像那里漏了一个人 还有孙磊" adds 孙磊 to the role, keeping who is there.

// peopleWords rewrites s as above when it is about the 主创 (a role is
// pending or named); any other message is returned unchanged.
func (t *turn) peopleWords(e *contestbot.Entry, s string, pending slot) string {
	if before, story, after, ok := storySplit(s); ok && !pending.freeText() {
		// s11-h storyprose.go: "… 摄影和剪辑都是张鹏 片子讲的是…。他扎根…": the
		// story keeps its sentences; only the values before it are read here.
		return strings.TrimRight(t.peopleWords(e, before, pending), " ") + " " + story + after
	}
	if !pending.freeText() && (pending.isRole() || mentionsAnyRole(s)) && !containsAny(s, "简介", "摘要") {
		s = chatterPeople(e, s) // s9-i chatpeople.go: "也是俺写哩", "小孙拍哩", "导演跟稿子"
	}
	if pending.isRole() {
		s = shortRoles(s) // s9-b shortrole.go: "李红 稿也是她写的"
	}
	if pending.freeText() || !(pending.isRole() || mentionsAnyRole(s)) || containsAny(s, "简介", "摘要") {
		return s // a free text, or a change of one, is kept as typed
	}
	s = peopleDescOff(s)
	s = pronounIsNamed(s, pending)
	s = titledIsDraftPerson(e, s)
	if v, ok := missedPerson(e, s); ok {
		s = v
	}
	// "拍的剪的都是李强" at a role step: two roles read from the verbs go to
	// the role readers as such, never as one name for the pending role.
	if rd, ok := readRoleSentence(s, t.me(e), pending); ok && pending.isRole() && rd.self == "" && len(rd.unset) == 0 && strings.Count(rd.list, "；") >= 1 && !mentionsAnyRole(s) {
		s = rd.list
	}
	return s
}

// reNameOnlyLead is what opens a clause that only names someone: "就是",
// "是", "那就是", "应该是".
var reNameOnlyLead = regexp.MustCompile(`^(?:那|哦|噢|嗯|对)?(?:就是|就|是|应该是|其实是|都是)?`)

// namedClauses is the full names that clauses of cls say alone, in order
// ("李红 稿也是她写的" → [李红]): the people a 他/她 or 小X in the other
// clauses stands for (shortrole.go, chatpeople.go).
func namedClauses(cls []string) []string {
	var named []string
	for _, cl := range cls {
		if n := onlyNameClause(strings.Trim(cl, "，,。；;、 ")); n != "" {
			named = append(named, n)
		}
	}
	return named
}

// onlyNameClause is the full name a clause alone says ("就是陈晓燕老师呀" →
// 陈晓燕), "" when it says more or names no one.
func onlyNameClause(c string) string {
	w := strings.TrimRight(compact(stripEmoji(c)), descTail+"。.!！~～")
	if w == "" || mentionsAnyRole(w) {
		return ""
	}
	w = reNameOnlyLead.ReplaceAllString(w, "")
	w = strings.TrimSuffix(reDescOfficeTail.ReplaceAllString(w, ""), "同志")
	if isRealName(w) {
		return w
	}
	return ""
}

// rePronounTail is a role clause whose person is 她 or 他: "编导撰稿都是她",
// "撰稿也是他", "都是她自己".
var rePronounTail = regexp.MustCompile(`(是|写|填|为)(?:她|他|TA|ta|Ta)(?:自己|本人)?([的哩嘞呀啊哈吧呢]*)$`)

// pronounIsNamed puts the name a message gives in place of 她/他 in its
// role clause; the clause with the name alone is then dropped.
func pronounIsNamed(s string, pending slot) string {
	parts := reClauseSep.Split(strings.TrimSpace(s), -1)
	if len(parts) < 2 {
		return s
	}
	name, at := "", -1
	for i, p := range parts {
		if n := onlyNameClause(p); n != "" {
			if name != "" && n != name {
				return s // two people: 她 is not known
			}
			name, at = n, i
		}
	}
	if name == "" {
		return s
	}
	changed, pendingNamed := false, false
	var out []string
	for i, p := range parts {
		if i == at {
			continue
		}
		c := stripEmoji(p)
		if mentionsAnyRole(c) && rePronounTail.MatchString(c) {
			p = rePronounTail.ReplaceAllString(c, "${1}"+name)
			changed = true
			pendingNamed = pendingNamed || pending.isRole() && slices.Contains(rolesNamedIn(c), pending)
		}
		out = append(out, p)
	}
	if !changed {
		return s
	}
	if pending.isRole() && !pendingNamed {
		// "陈磊 剪辑也是他" at the 摄影 step: 陈磊 answers it too.
		out = append([]string{parts[at]}, out...)
	}
	return strings.Join(out, " ")
}

// reTitledSelf is a surname with a title and 自己/本人 after it ("陈老师自己"),
// or a full name with 自己 ("陈晓燕自己"). A surname with a title alone
// ("陈老师") is kept as said: it may be someone else.
var reTitledSelf = regexp.MustCompile(`(\p{Han})(老师|书记|主任|校长|科长|部长|院长|处长)(自己|本人)?|(\p{Han}{2,3})(自己|本人)`)

// draftPeople are the distinct names in e as written: the contact and the
// 主创 ("老王" too: the free-text gate sees it named in "老王是外号"; the
// pronoun readers keep only full names, see fullNames).
func draftPeople(e *contestbot.Entry) []string {
	if e == nil {
		return nil
	}
	var out []string
	add := func(v string) {
		for _, n := range reNameSep.Split(v, -1) { // one list for s8-d's gate and s8-e's pronouns
			n = strings.TrimSpace(n)
			if contestbot.RuneLen(n) >= 2 && n != "无" && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	add(e.Contact)
	c := e.Creators
	for _, v := range []string{c.Supervisor, c.Director, c.Writer, c.Camera, c.Editor} {
		add(v)
	}
	return out
}

// realNames are the people that look like full names.
func realNames(people []string) []string {
	return slices.DeleteFunc(slices.Clone(people), func(n string) bool { return !isRealName(n) })
}

// titledIsDraftPerson replaces a surname with a title (see reTitledSelf)
// by the one person of the draft with that surname, and drops 自己 after
// a full name.
func titledIsDraftPerson(e *contestbot.Entry, s string) string {
	people := realNames(draftPeople(e))
	return reTitledSelf.ReplaceAllStringFunc(s, func(m string) string {
		sm := reTitledSelf.FindStringSubmatch(m)
		if sm[4] != "" { // "陈晓燕自己": a person of the draft ("应为本人" is none)
			for _, p := range people {
				if strings.HasSuffix(sm[4], p) {
					return strings.TrimSuffix(sm[4], p) + p
				}
			}
			return m
		}
		if sm[3] == "" || surnameLen(sm[1]) == 0 {
			return m
		}
		found := draftPersonBySurname(e, sm[1]) // s9-b knowntitle.go: one lookup for both
		if found == "" {
			return sm[1] + sm[2] // "王校长自己": the title as said
		}
		return found
	})
}

// reMissedPerson is a person left out of a role: "摄像那里漏了一个人 还有孙磊",
// "剪辑少写了一个 加上马超", "摄影还差一个人 是孙磊".
var reMissedPerson = regexp.MustCompile(`^(?:等下|等等|哦|哎|对了|还有)?[\s，,]*(\p{Han}{2,4}?)(?:那里|那儿|这里|那块|那一栏|那栏|那一项|那项|里|上)?(?:漏|少|落|忘|差)了?(?:写|填|记)?了?(?:一个人|一个|个人|一位|一人|人)[\s，,]*(?:还有|加上|再加上|是|叫|就是)?[\s，,]*(\p{Han}{2,4})(?:[\s，,].*)?$`)

// missedPerson reads "摄像那里漏了一个人 还有孙磊" as the role with the name
// added: "摄影改成陈浩、孙磊" (or "摄影孙磊" when the role is empty).
func missedPerson(e *contestbot.Entry, s string) (string, bool) {
	m := reMissedPerson.FindStringSubmatch(strings.TrimSpace(stripEmoji(s)))
	if m == nil || !isRealName(m[2]) {
		return "", false
	}
	role, ok := roleWordSlot(m[1])
	if !ok {
		return "", false
	}
	p := creatorPtr(e, role)
	label := roleShort[role]
	if p == nil || *p == "" {
		return label + m[2], true
	}
	if slices.Contains(strings.Split(*p, "、"), m[2]) {
		return label + "改成" + *p, true
	}
	return label + "改成" + *p + "、" + m[2], true
}

// roleWordSlot is the role a word names whole: 摄像 → 摄影.
func roleWordSlot(w string) (slot, bool) {
	for _, t := range roleTokens {
		if t.w == w {
			return t.r, true
		}
	}
	return "", false
}

// reRoleChangeClause is a clause changing one role's person: "就编导换成王丽娟",
// "只是剪辑改成马超", "编导换王丽娟了".
var reRoleChangeClause = regexp.MustCompile(`^(?:就是|只是|只有|但是?|不过|其中|就)?(\p{Han}{2,4}?)(?:换成|改成|改为|换为|变成|换|是|写)(\p{Han}{2,4}?)(?:了|吧|啦|哈)?$`)

// withRoleChanges is prev with the roles s changes ("人跟上一个一样 就编导换成
// 王丽娟": 编导 is 王丽娟): a copy for the people of a later work; prev
// itself when s changes none.
func withRoleChanges(prev *contestbot.Entry, s string) *contestbot.Entry {
	var cp *contestbot.Entry
	for _, cl := range reClauseSep.Split(stripEmoji(s), -1) {
		m := reRoleChangeClause.FindStringSubmatch(cl)
		if m == nil || !isRealName(m[2]) {
			continue
		}
		r, ok := roleWordSlot(m[1])
		if !ok {
			continue
		}
		if cp == nil {
			c := *prev
			cp = &c
		}
		*creatorPtr(cp, r) = m[2]
	}
	if cp == nil {
		return prev
	}
	return cp
}

// reNotPerson is a clause denying a person: "不是周海涛啊", "？？不是周海涛".
var reNotPerson = regexp.MustCompile(`^(?:不对|错了|不是不是)?不是(\p{Han}{2,4}?)(?:啊|呀|哈|吧|呢|哦|嘛|呀)*$`)

// reNotLead is talk opening a denial: "不对", "额".
var reNotLead = regexp.MustCompile(`^(?:不对|错了|不是不是|啊+|额|呃|哎呀|[？?]+)$`)

// reShowAsk asks to see the draft: "我现在都填了些啥呀 发我看看".
var reShowAsk = regexp.MustCompile(`填了(?:些)?(?:啥|什么)|发我看看|给我看看|看一下|看看`)

// notThatPerson answers "不是周海涛啊 等下我有点乱了" (rp90 p90b): a person of the
// draft is denied without saying which role is wrong. Nothing is stored
// (never a 简介); the bot says where the person is and asks which role to
// change, showing the draft when asked. ok is false for any other message.
func (t *turn) notThatPerson(e *contestbot.Entry, s string, pending slot) (string, bool) {
	clauses := reClauseSep.Split(strings.Trim(strings.TrimSpace(stripEmoji(contestbot.NormalizeWidth(s))), "？?。!！ "), -1)
	for len(clauses) > 1 && reNotLead.MatchString(clauses[0]) {
		clauses = clauses[1:] // "不对 不是周海涛呀"
	}
	if len(clauses) == 0 || mentionsAnyRole(s) {
		return "", false
	}
	m := reNotPerson.FindStringSubmatch(strings.Trim(clauses[0], "？?"))
	if m == nil {
		return "", false
	}
	name := m[1]
	note := heldNote(e, name)
	if note == "" || e.Contact == name && rolesOf(e, name) == slot(contestbot.FieldContact).label() {
		return "", false
	}
	show := false
	for _, c := range clauses[1:] {
		switch {
		case reShowAsk.MatchString(c):
			show = true
		case contestbot.RuneLen(c) > 15 || strings.ContainsAny(c, "0123456789") || namedClause(c):
			return "", false // more than talk beside the denial
		}
	}
	out := note + "这句我没有记录。"
	if show {
		out += "\n\n" + t.summary(e)
	}
	return out + "\n\n" + t.question(e, pending), true
}

// roleShortOf is the short word of a role's label: 编导(导演) → 编导.
func roleShortOf(label string) string {
	return strings.SplitN(label, "(", 2)[0]
}
