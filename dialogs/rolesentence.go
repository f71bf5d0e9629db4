package dialogs

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s6-e: the 主创 roles and the people in them, read from a sentence in any
// order (round 13, rp59–rp62). creatorsSentence reads "监制是X，编导Y"; this
// reader also takes what it leaves:
//   - the person first: "王立新是监制", "王浩然是剪辑的", "X也是剪辑";
//   - a pronoun for the person named just before: "陈磊 剪辑也是他",
//     "他也是剪辑" (never a name stored earlier for another role);
//   - several verbs before one name: "拍的跟剪的都是陈磊";
//   - roles run together with no punctuation, as voice input writes them:
//     "监制是我吴国栋编导刘晓峰撰稿张文静摄影是李明阳和赵鹏两个人剪辑是王浩然";
//   - names inside titles and possessives: "我们王建国校长", "语文组的张丽娟老师",
//     "刘洋老师和陈志强老师两个人";
//   - the typist naming themself: "我吴国栋", "李想（就是我hhh）", "我是李想";
//   - names run together with no separator, cut by the surname table only
//     when every part is a plausible name and one cut is clearly best
//     ("李明阳赵鹏" → 李明阳、赵鹏);
//   - a role said not to be someone's ("不是剪辑") and remarks ("主创弄错了",
//     "辛苦他了", "他是党委书记兼校长") are no value.
// A name said alone beside such clauses answers the role being asked.

// roleReading is what readRoleSentence reads.
type roleReading struct {
	list string // "监制：王立新；剪辑：孙浩"
	self string // the name the typist gave for themself, if any
	// unset are roles said not to be a person's ("王立新是监制 不是剪辑"):
	// the person comes out of the role.
	unset []roleUnset
	// strong is true when the message reads only as roles: no name alone,
	// two roles or a correction ("不对…", "…是剪辑的").
	strong bool
}

// roleTokens are the role words, longest first.
var roleTokens = func() []struct {
	w string
	r slot
} {
	var out []struct {
		w string
		r slot
	}
	for _, d := range roleWordDefs {
		for _, w := range d.words {
			out = append(out, struct {
				w string
				r slot
			}{w, d.role})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].w) > len(out[j].w) })
	return out
}()

// roleTokenAt is the role word at c[i:], if any.
func roleTokenAt(c string, i int) (string, slot) {
	for _, t := range roleTokens {
		if strings.HasPrefix(c[i:], t.w) {
			return t.w, t.r
		}
	}
	return "", ""
}

var (
	// reSelfBracket is a name with a remark in brackets that it is the
	// typist: "李想（就是我hhh）", "赵鹏(本人)".
	reSelfBracket = regexp.MustCompile(`([\p{Han}·]{2,5})\s*[（(](?:就是|即|也就是|是)?(?:我本人|我自己|本人|我|俺)[^（）()]{0,8}[）)]`)
	// reVerbRoles are role verbs said before the name, one or several:
	// "拍的跟剪的都是", "写稿的是", "拍摄和剪辑都是".
	reVerbRole = regexp.MustCompile(`^(?:负责)?(拍摄|拍|摄像|剪辑|剪接|剪|写稿子|写稿|撰写|写|执导|导)(?:的|了)?`)
	// reRoleJoiner joins roles said together: "摄影跟剪辑", "拍的和剪的".
	reRoleJoiner = regexp.MustCompile(`^(?:和|跟|与|及|、|兼|还有|以及)?$`)
	// reRoleLinkEnd ends the person said before a role: "王立新是", "他也是".
	reRoleLinkEnd = regexp.MustCompile(`(?:就是|也是|都是|还是|是|负责|担任|来当|当|做|管)$`)
	// reNotLinkEnd is a role denied: "不是剪辑".
	reNotLinkEnd = regexp.MustCompile(`(?:不是|并不是|不当|没当|没做|不做)$`)
	// reRoleTailOnly is what may follow a role said after the person: "的", "吧".
	reRoleTailOnly = regexp.MustCompile(`^(?:的|了|吧|呢|啊|呀|哈|的吧|的呀|的哈|这块|这一块|这个)*$`)
	// reRoleValueLead is the link before the person said after a role.
	reRoleValueLead = regexp.MustCompile(`^(?:都是|也是|全是|就是|还是|是|由|为|找的|请的|就写|写成|写|填|[:：])+`)
	// reLeadRemark is talk that may open a clause of roles: "不对", "还有".
	reLeadRemark = regexp.MustCompile(`^(?:` + leadRemarks + `|不是)*$`)
	// reLeadRemarkHead is such talk before the person said first:
	// "主创改成王立新是监制".
	reLeadRemarkHead = regexp.MustCompile(`^(?:` + leadRemarks + `)+`)
	// reRoleRemark is a clause about the people that names no role and
	// no one new: "辛苦他了", "他是党委书记兼校长", "主创弄错了", "我就是个跑腿的".
	reRoleRemark = regexp.MustCompile(`^(?:他|她)(?:是|就是|也是)|他了|她了|辛苦|谢谢|弄错|搞错|写错|记错|错了|不对|刚才|跑腿|hhh|哈哈`)
	// reSelfIs is the typist naming themself in a clause: "我是李想", "我叫李想".
	reSelfIs = regexp.MustCompile(`^(?:我|俺|本人)(?:是|叫|就是)([\p{Han}·]{2,4})$`)
	// reSelfApposed is a self word with the name right after it: "我吴国栋".
	reSelfApposed = regexp.MustCompile(`^(?:我本人|我自己|本人|我|俺)([\p{Han}]{2,3})$`)
	// reTitleAfter is a title after a name: "王建国校长", "张丽娟老师".
	reTitleAfter = regexp.MustCompile(`(?:副)?(?:老师|同学|同志|校长|书记|主任|部长|院长|科长|处长|干事|教授|组长|馆长)$`)
	// rePossessiveLead is an owner or office said before a name: "我们",
	// "语文组的", "学校团委的".
	rePossessiveLead = regexp.MustCompile(`^(?:我们|俺们|咱们|我校|本校|学校|学院)?(?:[\p{Han}]{0,8}的)?`)
)

// reCorrectionCue says a value was wrong: "不对", "弄错了", "改成".
var reCorrectionCue = regexp.MustCompile(`不对|错了|弄错|搞错|记错|写错|改成|改为|应该是|不是`)

// leadRemarks is talk that may open a clause of roles.
const leadRemarks = `不对|错了|弄错了|搞错了|对了|哦|嗯|那个|那|就|还有|然后|另外|其实|应该是|应该|改成|改为|主创人员|主创`

// roleUnset is a person said not to have a role.
type roleUnset struct {
	role slot
	name string
}

// roleGroup is roles said together and who had them.
type roleGroup struct {
	roles      []slot
	before     string // the text before the roles (in the clause)
	after      string // the text after them
	personLead bool   // the person was said first: "王立新是监制"
	denied     bool   // "不是剪辑"
}

// readRoleSentence reads msg (see above); me is who 我 is when known
// ("" to keep 我 for the form to resolve), pending the role being asked.
// ok is false unless every clause reads as roles, people or a remark
// about them, and a role is named.
func readRoleSentence(msg, me string, pending slot) (roleReading, bool) {
	var rd roleReading
	if strings.Count(msg, "\n") > 3 || utf8.RuneCountInString(msg) > 200 {
		return rd, false
	}
	if self, m := selfBracket(msg); self != "" {
		rd.self = self
		msg = strings.Replace(msg, m, strings.TrimSuffix(m[:strings.IndexAny(m, "（(")], " "), 1)
	}
	msg = reBracketNote.ReplaceAllString(msg, "")
	msg = roleDialect(msg)
	for _, cl := range splitClauses(msg) { // "剪辑我和孙浩然 我叫李想": who 我 is, first
		if m := reSelfIs.FindStringSubmatch(strings.Trim(compact(cl), "，,。；;、 ")); m != nil && isRealName(m[1]) {
			rd.self = m[1]
		}
	}
	var parts []string
	given := map[slot]bool{}
	last, orphan := "", ""
	special := false // a shape the label reader cannot read
	who := func() string {
		if rd.self != "" {
			return rd.self
		}
		return me
	}
	for _, cl := range splitClauses(msg) {
		c := strings.Trim(compact(cl), "，,。；;、 ")
		if c == "" || isChatter(c) || rePolite.MatchString(c) {
			continue
		}
		if m := reSelfIs.FindStringSubmatch(c); m != nil && isRealName(m[1]) {
			rd.self = m[1]
			continue
		}
		groups, ok := roleGroups(verbRoles(c))
		if !ok {
			return rd, false
		}
		if len(groups) == 0 {
			if names, self, ok := peopleIn(c, who(), last); ok && !reRoleRemark.MatchString(c) && !extract(c).labelled { // "联系人张伟" is no name alone
				if self != "" {
					rd.self = self
				}
				if orphan != "" {
					return rd, false // two names with no role
				}
				orphan, last = names, lastName(names)
				continue
			}
			if reRoleRemark.MatchString(c) || reLeadRemark.MatchString(c) || talkClause(c) {
				continue
			}
			return rd, false
		}
		for _, g := range groups {
			if g.denied {
				special = true
				who := last // "王立新是监制 不是剪辑": the person just named
				if n, _, ok := peopleIn(reNotLinkEnd.ReplaceAllString(g.before, ""), "", ""); ok && !strings.Contains(n, "、") && n != "我" {
					who = n // "王立新不是剪辑"
				}
				if who != "" {
					for _, r := range g.roles {
						rd.unset = append(rd.unset, roleUnset{r, who})
					}
				}
				continue
			}
			var raw string
			switch {
			case g.personLead:
				raw = g.before
				special = true
			default:
				raw = g.after
			}
			raw = reRoleValueLead.ReplaceAllString(raw, "")
			if raw == "" {
				return rd, false
			}
			ref := last
			if ref == "" {
				ref = orphan
			}
			var names string
			if isNoneWord(cleanWho(raw)) {
				names = "无"
			} else {
				n, self, ok := peopleIn(raw, who(), ref)
				if !ok {
					return rd, false
				}
				if self != "" {
					rd.self = self
				}
				names = n
				if strings.ContainsAny(raw, "他她") {
					special = true
				}
			}
			for _, r := range g.roles {
				parts = append(parts, roleShort[r]+"："+names)
				given[r] = true
			}
			if names != "无" {
				last = lastName(names)
			}
		}
	}
	if orphan != "" {
		if !pending.isRole() || given[pending] {
			return rd, false
		}
		parts = append([]string{roleShort[pending] + "：" + orphan}, parts...)
		special = true
	}
	if len(parts) == 0 || len(parts) < 2 && !special && !pending.isRole() {
		return rd, false
	}
	rd.list = strings.Join(parts, "；")
	rd.strong = orphan == "" && (len(parts) >= 2 || special || reCorrectionCue.MatchString(compact(msg)))
	return rd, true
}

// roleSentence is msg rewritten as the labelled roles it names (see
// readRoleSentence), and notes the name the typist gave for themself. ok
// is false at a free-text step and for a message it does not read.
func (t *turn) roleSentence(e *contestbot.Entry, msg string, pending slot) (string, bool) {
	if self, _ := selfBracket(msg); self != "" && mentionsAnyRole(msg) {
		t.st.Self = self // "摄影李想（就是我hhh）": also for the other readers
	}
	rd, ok := readRoleSentence(msg, t.me(e), pending)
	if !ok {
		return "", false
	}
	// At a 简介 or 摘要 step only a short message that is all roles and
	// says a role changes ("不对摄影是李明阳和赵鹏王浩然是剪辑的"); the text
	// itself is stored as typed.
	if pending.freeText() && (!rd.strong || utf8.RuneCountInString(msg) > 80) {
		return "", false
	}
	if rd.self != "" {
		t.st.Self = rd.self
	}
	for _, u := range rd.unset {
		if p := creatorPtr(e, u.role); p != nil && *p != "" {
			var keep []string
			for _, n := range strings.Split(*p, "、") {
				if n != u.name {
					keep = append(keep, n)
				}
			}
			if len(keep) == 0 && *p != "无" {
				t.st.unmarkRole(u.role) // asked again, unless this message names someone
				e.CreatorsDone = false
			}
			*p = strings.Join(keep, "、")
		}
	}
	return rd.list, true
}

// selfBracket is the name a bracketed remark says is the typist
// ("李想（就是我hhh）" → 李想) and the text it was read from.
func selfBracket(msg string) (string, string) {
	m := reSelfBracket.FindStringSubmatch(msg)
	if m == nil {
		return "", ""
	}
	rs := []rune(m[1])
	for _, n := range []int{3, 2, 4} {
		if len(rs) >= n && isRealName(string(rs[len(rs)-n:])) {
			return string(rs[len(rs)-n:]), m[0]
		}
	}
	return "", ""
}

// mentionsAnyRole reports whether s names a 主创 role.
func mentionsAnyRole(s string) bool {
	c := compact(s)
	for _, t := range roleTokens {
		if strings.Contains(c, t.w) {
			return true
		}
	}
	return false
}

// reTalkParticle marks spoken talk: "好嘞那我就写上了嘿嘿".
var reTalkParticle = regexp.MustCompile(`[了嘿哈嘞啦呀哦嗯呗噢]|hh`)

// talkClause reports whether c is a short piece of talk beside the roles
// ("好嘞那我就写上了嘿嘿"): a particle of talk, no digit, no story.
func talkClause(c string) bool {
	return utf8.RuneCountInString(c) <= 12 && reTalkParticle.MatchString(c) && !reStoryWords.MatchString(c) &&
		!strings.ContainsAny(c, "0123456789") && !extract(c).labelled
}

// verbRoles writes role verbs said before the names as the roles' words:
// "拍的跟剪的都是陈磊" → "摄影跟剪辑都是陈磊".
func verbRoles(c string) string {
	rest := c
	var b strings.Builder
	n := 0
	for {
		m := reVerbRole.FindStringSubmatch(rest)
		if m == nil {
			break
		}
		after := rest[len(m[0]):]
		j := reRolesJoin.FindString(after)
		if !strings.HasPrefix(after[len(j):], "是") && !strings.HasPrefix(after[len(j):], "都是") && !strings.HasPrefix(after[len(j):], "由") && reVerbRole.FindString(after[len(j):]) == "" {
			break
		}
		switch m[1] {
		case "拍摄", "拍", "摄像":
			b.WriteString("摄影")
		case "剪辑", "剪接", "剪":
			b.WriteString("剪辑")
		case "写稿子", "写稿", "撰写", "写":
			b.WriteString("撰稿")
		default:
			b.WriteString("编导")
		}
		b.WriteString(j)
		rest = after[len(j):]
		n++
	}
	if n == 0 {
		return c
	}
	return b.String() + rest
}

// roleGroups cuts a clause at its role words into groups of roles said
// together, with the text before and after each. ok is false when text
// before the first role is neither a person said first nor a remark.
func roleGroups(c string) ([]roleGroup, bool) {
	type tok struct {
		at, end int
		r       slot
	}
	var toks []tok
	for i := 0; i < len(c); {
		if w, r := roleTokenAt(c, i); w != "" {
			toks = append(toks, tok{i, i + len(w), r})
			i += len(w)
			continue
		}
		_, size := utf8.DecodeRuneInString(c[i:])
		i += size
	}
	if len(toks) == 0 {
		return nil, true
	}
	var groups []roleGroup
	for k := 0; k < len(toks); {
		g := roleGroup{roles: []slot{toks[k].r}}
		if k == 0 {
			g.before = c[:toks[k].at]
		}
		end := toks[k].end
		k++
		for k < len(toks) && reRoleJoiner.MatchString(strings.TrimSuffix(c[end:toks[k].at], "的")) {
			g.roles = append(g.roles, toks[k].r)
			end = toks[k].end
			k++
		}
		next := len(c)
		if k < len(toks) {
			next = toks[k].at
		}
		g.after = c[end:next]
		groups = append(groups, g)
	}
	// Who stands before a role, and who after it.
	for i := range groups {
		g := &groups[i]
		if i > 0 {
			g.before = groups[i-1].after // the text between two roles
		}
		tailOnly := reRoleTailOnly.MatchString(g.after)
		switch {
		case reNotLinkEnd.MatchString(g.before) && tailOnly:
			g.denied = true
		case reRoleLinkEnd.MatchString(g.before) && tailOnly && strings.TrimSpace(reRoleLinkEnd.ReplaceAllString(g.before, "")) != "":
			g.personLead = true
			g.before = reRoleLinkEnd.ReplaceAllString(g.before, "")
			if i == 0 {
				g.before = reLeadRemarkHead.ReplaceAllString(g.before, "")
			}
			if i > 0 {
				// The text between two roles holds the earlier role's
				// people, then this one's: the last person is this one's.
				prev := &groups[i-1]
				body := reRoleValueLead.ReplaceAllString(g.before, "")
				ns := splitPeopleWords(body)
				if len(ns) < 2 {
					return nil, false
				}
				prev.after = strings.Join(ns[:len(ns)-1], "、")
				g.before = ns[len(ns)-1]
			}
		case i == 0 && g.before != "" && !reLeadRemark.MatchString(g.before):
			return nil, false
		}
	}
	return groups, true
}

// splitPeopleWords cuts text naming people into one part a person, also
// where the names run together ("李明阳和赵鹏王浩然" → 李明阳, 赵鹏, 王浩然).
func splitPeopleWords(s string) []string {
	var out []string
	for _, p := range reNameSplit.Split(cleanWho(s), -1) {
		if p == "" {
			continue
		}
		if ns, ok := runTogetherNames(p); ok {
			out = append(out, ns...)
			continue
		}
		out = append(out, p)
	}
	return out
}

// peopleIn is the people s names, joined by 、: titles, possessives and
// remarks around them go; 我/俺/本人 is me (kept as 我 when me is not
// known); 他/她 is ref. self is the name given right after a self word
// ("我吴国栋"). ok is false when any part is no person.
func peopleIn(s, me, ref string) (names, self string, ok bool) {
	s = cleanWho(strings.Trim(s, "，,、 "))
	if s == "" || utf8.RuneCountInString(s) > 30 {
		return "", "", false
	}
	var out []string
	for _, p := range splitPeopleWords(s) {
		n, sf, ok := onePerson(p, me, ref)
		if !ok {
			return "", "", false
		}
		if sf != "" {
			self = sf
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return "", "", false
	}
	out = dedupe(out)
	if slices.Contains(out, "我") {
		return strings.Join(out, "和"), self, true // "我和刘晓燕": the form asks who 我 is
	}
	return strings.Join(out, "、"), self, true
}

// onePerson is the person p names (see peopleIn).
func onePerson(p, me, ref string) (name, self string, ok bool) {
	p = cleanWho(p)
	switch p {
	case "我", "俺", "本人", "我自己", "我本人", "俺自己", "自己":
		if me != "" {
			return me, "", true
		}
		return "我", "", true
	case "他", "她", "他本人", "她本人":
		if ref != "" {
			return ref, "", true
		}
		return "", "", false
	}
	if m := reSelfApposed.FindStringSubmatch(p); m != nil && isRealName(m[1]) {
		return m[1], m[1], true
	}
	if isRealName(p) {
		return p, "", true
	}
	// Titles after and owners before the name.
	w := p
	for range 2 {
		if t := reTitleAfter.FindString(w); t != "" && utf8.RuneCountInString(w)-utf8.RuneCountInString(t) >= 2 {
			w = strings.TrimSuffix(w, t)
		}
		if l := rePossessiveLead.FindString(w); l != "" && utf8.RuneCountInString(w)-utf8.RuneCountInString(l) >= 2 {
			w = strings.TrimPrefix(w, l)
		}
	}
	if isRealName(w) {
		return w, "", true
	}
	if n, ok := personOf(p); ok && n != "我" && (isRealName(n) || plausiblePerson(n)) {
		return n, "", true
	}
	return "", "", false
}

// runTogetherNames cuts names written with no separator ("李明阳赵鹏")
// into full names by the surname table. ok is false unless there are two
// or three names, every part is a full name, and one cut is clearly the
// most likely (the rarest surname it needs is commoner than any other
// cut's); otherwise the caller asks.
func runTogetherNames(s string) ([]string, bool) {
	rs := []rune(s)
	if len(rs) < 4 || len(rs) > 9 || !allHan(s) || isRealName(s) {
		return nil, false
	}
	type cut struct {
		parts []string
		worst int
	}
	var cuts []cut
	var walk func(i int, parts []string, worst int)
	walk = func(i int, parts []string, worst int) {
		if i == len(rs) {
			if len(parts) >= 2 && len(parts) <= 3 {
				cuts = append(cuts, cut{append([]string(nil), parts...), worst})
			}
			return
		}
		for n := 2; n <= 4 && i+n <= len(rs); n++ {
			p := string(rs[i : n+i])
			if !isRealName(p) || rePersonDotted.MatchString(p) {
				continue
			}
			walk(i+n, append(parts, p), max(worst, surnameRank(p)))
		}
	}
	walk(0, nil, 0)
	if len(cuts) == 0 {
		return nil, false
	}
	sort.SliceStable(cuts, func(i, j int) bool { return cuts[i].worst < cuts[j].worst })
	if len(cuts) > 1 && cuts[1].worst-cuts[0].worst < 20 {
		return nil, false // two cuts alike: ask
	}
	return cuts[0].parts, true
}

// surnameRank is how common the surname of p is: its place in the surname
// table (commonest first); a 复姓 counts as rare.
func surnameRank(p string) int {
	if surnameLen(p) == 2 {
		return 200
	}
	r, _ := utf8.DecodeRuneInString(p)
	return utf8.RuneCountInString(surnames[:strings.IndexRune(surnames, r)])
}

// lastName is the last of names joined by 、.
func lastName(names string) string {
	ns := strings.Split(names, "、")
	return ns[len(ns)-1]
}

// titledSameAs keeps the plausible names of several clauses ("她手机" is
// none) and drops a surname with a title ("周老师", "王校长") when a full
// name of the same surname stands beside it ("周老师 周敏"): one person,
// said twice.
func titledSameAs(names []string) []string {
	if len(names) < 2 {
		return names
	}
	var real []string // "她手机", "有事找她" pass isPerson, never plausiblePerson
	for _, n := range names {
		if plausiblePerson(n) {
			real = append(real, n)
		}
	}
	if len(real) == 0 {
		return names
	}
	names = real
	var out []string
	for _, n := range names {
		m := reSurnameTitle.FindStringSubmatch(n)
		same := false
		for _, o := range names {
			if m != nil && m[1] != "" && o != n && isRealName(o) && strings.HasPrefix(o, m[1]) {
				same = true
			}
		}
		if !same {
			out = append(out, n)
		}
	}
	return dedupe(out)
}
