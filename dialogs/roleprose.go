package dialogs

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s7-d: the 主创 roles written as prose, formal or in dialect (round 16,
// rp74 p74a, rp75 p75a/p75b, rp76 p76b). The other readers (rolesentence.go,
// creators.go) read lists of roles; this one reads a message clause by
// clause, where each clause gives one group of roles and the people in it:
//   - the person first, with a verb of office: "本片由我校党委副书记王建国同志
//     担任监制", "赵鹏同志与孙一帆同志共同负责摄像", "李晓燕同志编导并撰稿";
//   - the role first: "摄像是赵鹏同志和孙一帆同志两人", "剪辑也是陈浩宇",
//     "那监制就写俺们王书记";
//   - spoken role words: 写稿/稿子 (撰稿), 拍 (摄影), 剪片子/剪接/后期 (剪辑),
//     and the work said after the people ("拍是俺跟刘亚楠老师俩人拍哩");
//   - 、/和/跟/与/及/并/兼 joining people or roles; a joined piece of work that
//     is no role of the form ("剪片子跟做动画", "后期剪辑与包装制作") is dropped;
//   - offices, owners and honorifics around a name are dropped
//     ("信息工程系青年教师孙一帆同志" → 孙一帆);
//   - 俺/我/本人 is the typist (the contact unless a helper types), kept as
//     我 for the form to ask when not known; a name said alone right after it
//     ("稿子是我写的哈哈 郑雨桐", "编导是俺 冯德全") is who 我 is, and a full
//     name right after a title ("俺们王书记 王振东") is that person;
//   - sign-offs and remarks ("特此说明", "就这些", "他是我们计算机专业的老师")
//     carry no value.
// Clauses that name no role are kept as typed for the other readers
// ("片子两分四十八秒 是实景拍的 …"). Nothing is read unless every clause
// that names a role reads whole, with every person a plausible name.

// proseRoleWord is a word naming a role in prose; verb is true for a one
// character verb (拍, 剪, 写, 导), which names the role only before 是/的
// or at the end of the clause.
type proseRoleWord struct {
	w    string
	r    slot
	verb bool
}

// heardRoleWords are role names that voice input writes as another word of
// a different sound, so go-pinyin cannot find them as spokenLabels does for
// homophones (监治, 建制 for 监制; 检举 for 剪辑 is a near sound, rolenear.go):
// 鉴定 (jiàn dìng) for 监制 (jiān zhì). Such a word is a role only in a
// message this reader reads as roles: before 是 or a name, in a clause
// whose people all read as names ("主创人员鉴定是我们刘建军书记"); "鉴定结果"
// or "做了鉴定" never are.
var heardRoleWords = map[slot][]string{
	slotSupervisor: {"鉴定"},
}

// proseRoleWords are the role words of the field words table (roleWordDefs)
// with the spoken ones of prose, longest first.
var proseRoleWords = func() []proseRoleWord {
	var out []proseRoleWord
	for _, d := range roleWordDefs {
		for _, w := range d.words {
			out = append(out, proseRoleWord{w: w, r: d.role})
		}
	}
	spoken := map[slot][]string{
		slotDirector: {"执导"},
		slotWriter:   {"撰写", "写稿子", "写稿", "写稿件", "稿件"},
		slotCamera:   {"拍摄", "拍片子", "拍片"},
		slotEditor:   {"剪片子", "剪片", "后期制作", "剪视频", "剪接"},
	}
	for r, ws := range spoken {
		for _, w := range ws {
			out = append(out, proseRoleWord{w: w, r: r})
		}
	}
	for r, ws := range heardRoleWords {
		for _, w := range ws {
			out = append(out, proseRoleWord{w: w, r: r})
		}
	}
	for w, r := range map[string]slot{"导": slotDirector, "写": slotWriter, "拍": slotCamera, "剪": slotEditor} {
		out = append(out, proseRoleWord{w: w, r: r, verb: true})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].w) != len(out[j].w) {
			return len(out[i].w) > len(out[j].w)
		}
		return out[i].w < out[j].w
	})
	return out
}()

var (
	// reProseLead opens a clause before the people or roles: "好的。本片由",
	// "那个主创人员", "那监制就写" (the 那).
	reProseLead = regexp.MustCompile(`^(?:好的|好|嗯|那个|那|就|另外|还有|然后|其中|主创人员|主创|是|本片|该片|此片|片子|作品|这个片子|` + reportedLead + `)*(?:由)?`)
	// reProseLinkBefore is what stands between the people said first and
	// their roles: "担任", "共同负责", "同时负责", "是".
	// s10-a: "王建军书记挂的监制", "挂名监制" (a nominal 监制 is the 监制).
	reProseLinkBefore = regexp.MustCompile(`(?:共同|一起|同时|一块|都|也|还)?(?:担任|负责|来担任|来当|当|任|是|做|挂名|挂了个|挂个|挂的|挂了|挂)?$`)
	// reProseLinkAfter is what stands between the roles and the people said
	// after them: "是", "都是", "由", "就写", "写".
	reProseLinkAfter = regexp.MustCompile(`^(?:的|了)?(?:也|都|还|就|全)?(?:是|由|为|写成|写|填|找的|请的|[:：])*`)
	// reProseWorkTail is the work said again after the people: "俩人拍的",
	// "写的哈哈", "一起做的".
	// s10-a: a count said after the people ("刘洋一个人弄的", "他们俩") is
	// the people (peoplecount.go reCountTail).
	reProseWorkTail = regexp.MustCompile(`(?:` + peopleCountWords + `|等人|一起|一块儿|一块|共同|合作|自己|亲自)?(?:拍摄|拍|写|剪|做|弄|搞|导|撰写|剪辑|担任|负责|完成|挂个名|挂了个名|挂名|挂个|挂)?(?:的|了|而已)?(?:哈+|呵+|嘿+|哦|呀|啊|吧|嘛|呢|啦|hh+)*$`)
	// reProseJoiner joins roles said together: "编导并撰稿", "剪片子跟做动画".
	// reVerbsJoined follows a role verb joined to another one: "拍的跟剪的是刘晓东"
	// (s7-k, rp81 p81a #13).
	// s10-a: also with no joiner, "拍的剪的都是刘洋".
	reVerbsJoined = regexp.MustCompile(`^(?:的(?:和|跟|与|及|、|还有)?|和|跟|与|及|、|还有)(?:拍|剪|写|导)(?:的)?(?:是|都是|也是|由)`)
	// reVerbLink follows the last role verb before the people: "剪的都是陈磊".
	reVerbLink    = regexp.MustCompile(`^的?(?:都|也|全)是`)
	reProseJoiner = regexp.MustCompile(`^(?:的|了)?(?:和|跟|与|及|、|并|兼|以及|还有|同时)?$`) // s7-k: "拍的跟剪的是刘晓东"
	// reProseHonorific follows a name: "同志", "老师", "书记".
	reProseHonorific = regexp.MustCompile(`(?:同志|老师|同学|书记|副书记|校长|副校长|主任|副主任|部长|副部长|院长|副院长|科长|处长|干事|教授|组长)$`)
	// reProseSelf is the typist: 我, 俺, 本人.
	reProseSelf = regexp.MustCompile(`^(?:我本人|我自己|俺自己|本人|自己|我|俺)$`)
	// reProseSignOff closes what was said: "特此说明", "就这些", "以上".
	reProseSignOff = regexp.MustCompile(`^(?:特此说明|特此|说明一下|请知悉|谢谢|麻烦了|辛苦了)$`)
)

// proseClause is one clause of roles and who had them.
type proseClause struct {
	roles  []slot
	people []string // names; "我" for the typist not known yet
	titled string   // a surname with a title said for one person ("王书记")
}

// readRoleProse reads msg as above; me is who 我 is ("" when not known).
// out is msg with each clause of roles written as labelled roles
// ("监制：王建国；编导：李晓燕；…") and the other clauses kept; self is a name
// the typist gave for themself. ok is false unless at least one clause
// gives roles and every clause naming a role reads.
func readRoleProse(msg, me string) (out, self string, ok bool) {
	if utf8.RuneCountInString(msg) > 300 || strings.Count(msg, "\n") > 3 || containsAny(compact(msg), "简介", "摘要") {
		return "", "", false // a free text may tell of its makers: kept as typed
	}
	// Who 我 is, said anywhere: "摄影李想（就是我hhh）", "我叫闵可欣".
	if sb, m := selfBracket(msg); sb != "" {
		self, me = sb, sb
		msg = strings.Replace(msg, m, strings.TrimSuffix(m[:strings.IndexAny(m, "（(")], " "), 1)
	}
	msg = roleDialect(reBracketNote.ReplaceAllString(msg, ""))
	for _, cl := range splitClauses(msg) {
		if m := reSelfIs.FindStringSubmatch(strings.Trim(compact(cl), "，,。；;、 ")); m != nil && isRealName(m[1]) {
			self, me = m[1], m[1]
		}
	}
	var read []*proseClause
	var kept []string
	var last *proseClause
	resolve := func(name string) bool { // a name said alone after 我 or a title
		if last == nil {
			return false
		}
		for i, p := range last.people {
			if p == "我" && (me == "" || me == name) {
				last.people[i] = name
				self = name
				return true
			}
			if p == me && me == name {
				return true // "编导是俺 冯德全": 俺 is the contact, said again
			}
		}
		if last.titled != "" && (strings.HasPrefix(name, surnameOf(last.titled)) || officeOnly(last.titled)) {
			for i, p := range last.people {
				if p == last.titled {
					last.people[i] = name
				}
			}
			last.titled = ""
			return true
		}
		return false
	}
	for _, cl := range rolesOnlyJoined(splitClauses(msg)) {
		c := strings.Trim(compact(cl), "，,。；;、 ")
		c = reLaughTail.ReplaceAllString(c, "") // "稿子是我写的哈哈"
		if c == "" || isChatter(c) || reClosing.MatchString(c) || reProseSignOff.MatchString(c) {
			continue
		}
		if !proseMentionsRole(c) {
			if n := strings.TrimPrefix(strings.TrimPrefix(c, "就是"), "是"); isRealName(reProseWorkTail.ReplaceAllString(n, "")) {
				if resolve(n) {
					continue
				}
				if w := reProseWorkTail.ReplaceAllString(n, ""); w != n && last != nil && !slices.Contains(last.people, "无") {
					last.people = append(last.people, w) // "摄影李浩然 周子涵两个人"
					continue
				}
				return "", "", false // a name with no role: the list readers ask
			}
			if reRoleRemark.MatchString(c) || talkClause(c) || reNotWritten.MatchString(c) { // s7-k: "不写我了"
				continue // "他是我们计算机专业的老师", "我刚才说了的"
			}
			kept = append(kept, strings.Trim(cl, "，,。；;、 "))
			continue
		}
		if m := reNoRole.FindStringSubmatch(c); m != nil && m[0] == c {
			if r := exactLabel(m[1]); r.isRole() { // "动画片没有摄影"
				pc := &proseClause{roles: []slot{r}, people: []string{"无"}}
				read = append(read, pc)
				last = pc
				continue
			}
		}
		var prev []string
		if last != nil {
			prev = last.people
		}
		pc, ok := proseClauseOf(c, me, prev)
		if !ok {
			return "", "", false
		}
		read = append(read, pc)
		last = pc
	}
	if len(read) == 0 {
		return "", "", false
	}
	for _, pc := range read {
		if pc.titled != "" {
			return "", "", false // "我们学校的李老师" with no name: the list readers ask for it
		}
	}
	var parts []string
	for _, pc := range read {
		sep := "、"
		if slices.Contains(pc.people, "我") {
			sep = "和" // "我和李想": the form asks who 我 is (as peopleIn)
		}
		names := strings.Join(dedupe(pc.people), sep)
		for _, r := range pc.roles {
			parts = append(parts, roleShort[r]+"："+names)
		}
	}
	out = strings.Join(parts, "；")
	if len(kept) > 0 {
		out = strings.Join(kept, "，") + "；" + out
	}
	return out, self, true
}

// proseMentionsRole reports whether clause c names a role by any word of
// proseRoleWords but the one-character verbs.
func proseMentionsRole(c string) bool {
	for _, w := range proseRoleWords {
		if !w.verb && strings.Contains(c, w.w) {
			return true
		}
	}
	if doerVerbClause(c) { // s10-a: "是我拍的", "刘洋剪的"
		return true
	}
	// "拍是俺跟刘亚楠老师俩人拍的": a verb before 是 names the role.
	for _, v := range []string{"拍", "剪", "写", "导"} {
		if strings.HasPrefix(c, v+"是") || strings.HasPrefix(c, v+"的是") || reVerbsJoined.MatchString(strings.TrimPrefix(c, v)) && strings.HasPrefix(c, v) {
			return true
		}
	}
	return false
}

// proseClauseOf reads one clause (see readRoleProse); prev are the people
// of the clause before, whom 他/她/他们 stand for ("摄影是刘洋，剪辑也是他").
func proseClauseOf(c, me string, prev []string) (*proseClause, bool) {
	c = reProseLead.ReplaceAllString(c, "")
	if i := strings.LastIndexAny(c, ":："); i >= 0 && !proseMentionsRole(c[:i]) {
		c = c[i+len(string([]rune(c[i:])[0])):] // "再说明一下：监制是…"
	}
	type tok struct {
		at, end int
		r       slot
	}
	var toks []tok
	for i := 0; i < len(c); {
		w, ok := proseRoleAt(c, i)
		if ok {
			toks = append(toks, tok{i, i + len(w.w), w.r})
			i += len(w.w)
			continue
		}
		_, size := utf8.DecodeRuneInString(c[i:])
		i += size
	}
	if len(toks) == 0 {
		return nil, false
	}
	// One group of roles: the roles joined by 和/并/… and any other work
	// joined to them ("剪片子跟做动画").
	pc := &proseClause{roles: []slot{toks[0].r}}
	end := toks[0].end
	for _, t := range toks[1:] {
		if !reProseJoiner.MatchString(c[end:t.at]) {
			return nil, false // two groups: the list readers' shape
		}
		if !slices.Contains(pc.roles, t.r) { // "摄影摄像"
			pc.roles = append(pc.roles, t.r)
		}
		end = t.end
	}
	after := c[end:]
	if j := reProseJoinedWork.FindString(after); j != "" {
		after = after[len(j):]
	}
	before := c[:toks[0].at]
	before = reProseLinkBefore.ReplaceAllString(before, "")
	after = reProseLinkAfter.ReplaceAllString(after, "")
	if them, ok := pronounPeople(after, prev); ok && before == "" { // s10-a: "剪辑也是他们俩" (before the count comes off)
		pc.people = them
		return pc, true
	}
	counted := reCountTail.MatchString(before) || reCountTail.MatchString(after) // s10-a: "赵鹏孙浩两个人"
	after = reProseWorkTail.ReplaceAllString(after, "")
	var who string
	switch {
	case before != "" && after == "":
		who = before
	case before == "" && after != "":
		who = after
	default:
		return nil, false
	}
	who = reProseWorkTail.ReplaceAllString(who, "")
	who = strings.TrimSuffix(strings.TrimSuffix(who, "共同"), "一起")
	if isNoneWord(who) {
		pc.people = []string{"无"}
		return pc, true
	}
	for _, p := range reProseNameSplit.Split(who, -1) {
		if p == "" {
			continue
		}
		if them, ok := pronounPeople(p, prev); ok {
			pc.people = append(pc.people, them...)
			continue
		}
		if w := reProseWorkTail.ReplaceAllString(p, ""); !isRealName(w) && counted {
			if cut, ok := runTogetherNames(w); ok { // s10-a: "赵鹏孙浩两个人"; never without a count ("那加上李帅")
				pc.people = append(pc.people, cut...)
				continue
			}
		}
		n, titled, ok := prosePerson(p, me)
		if !ok {
			return nil, false
		}
		if titled {
			pc.titled = n
		}
		pc.people = append(pc.people, n)
	}
	if len(pc.people) == 0 {
		return nil, false
	}
	return pc, true
}

var (
	// reProseJoinedWork is other work joined after the last role: "跟做动画".
	reProseJoinedWork = regexp.MustCompile(`^(?:和|跟|与|及|、|并|兼|以及|还有)(?:做|搞|弄|负责)?\p{Han}{0,3}(?:制作|动画|包装|特效|配音|字幕|配乐|音乐)`)
	// reProseNameSplit joins people: "赵鹏同志与孙一帆同志", "俺跟刘亚楠老师".
	reProseNameSplit = regexp.MustCompile(`[、和跟与及,，]|还有`)
)

// proseRoleAt is the role word at c[i:], if any; a one-character verb only
// before 是/的/了/由 or at the end, and never inside a name or a word
// ("拍摄" is read whole; "写" in "就写俺们王书记" is no role).
func proseRoleAt(c string, i int) (proseRoleWord, bool) {
	for _, w := range proseRoleWords {
		if !strings.HasPrefix(c[i:], w.w) {
			continue
		}
		rest := c[i+len(w.w):]
		if w.verb {
			if reVerbEnd.MatchString(rest) && doerVerbClause(c) {
				return w, true // s10-a: "是我拍的"
			}
			if !(rest == "" || strings.HasPrefix(rest, "是") || strings.HasPrefix(rest, "的是") || strings.HasPrefix(rest, "由") || reVerbsJoined.MatchString(rest) || reVerbLink.MatchString(rest)) {
				continue
			}
			if i > 0 && (strings.HasSuffix(c[:i], "就") || strings.HasSuffix(c[:i], "要")) {
				continue
			}
		}
		if _, heard := heardWord(w); heard && !(strings.HasPrefix(rest, "是") || strings.HasPrefix(rest, "由") || strings.HasPrefix(rest, "为") || startsWithName(rePossessiveLead.ReplaceAllString(rest, ""))) {
			continue // 鉴定 is 监制 only before its people
		}
		return w, true
	}
	return proseRoleWord{}, false
}

// heardWord reports whether w is one of heardRoleWords.
func heardWord(w proseRoleWord) (slot, bool) {
	for r, ws := range heardRoleWords {
		for _, h := range ws {
			if h == w.w {
				return r, true
			}
		}
	}
	return "", false
}

// prosePerson is the person phrase p names: a full name with offices and
// honorifics dropped, 我 (me when known), or a surname with a title
// ("王书记", titled) when no full name is said. ok is false for anything
// else.
func prosePerson(p, me string) (name string, titled, ok bool) {
	p = strings.Trim(reProseWorkTail.ReplaceAllString(p, ""), "，,、 ")
	if reProseSelf.MatchString(p) {
		if me != "" {
			return me, false, true
		}
		return "我", false, true
	}
	for range 3 {
		if h := reProseHonorific.FindString(p); h != "" && utf8.RuneCountInString(p) > utf8.RuneCountInString(h)+1 {
			if rest := strings.TrimSuffix(p, h); isRealName(rest) || trailingName(rest) != "" {
				p = rest
			} else {
				break
			}
		}
	}
	if isRealName(p) {
		return p, false, true
	}
	if n := trailingName(p); n != "" {
		return n, false, true
	}
	if officeOnly(p) {
		return p, true, true // "监制：党委书记 王建国": the name follows
	}
	// A surname with a title, after an owner: "俺们王书记".
	w := rePossessiveLead.ReplaceAllString(p, "")
	if m := reSurnameTitle.FindStringSubmatch(w); m != nil && m[1] != "" && surnameLen(m[1]) == utf8.RuneCountInString(m[1]) {
		return w, true, true
	}
	return "", false, false
}

// surnameOf is the surname that starts a surname-and-title ("王书记" → 王).
func surnameOf(titled string) string {
	if m := reSurnameTitle.FindStringSubmatch(titled); m != nil {
		return m[1]
	}
	return titled
}

// roleProse rewrites msg as the labelled roles it gives in prose and notes
// the typist's name (see readRoleProse); msg is returned unchanged when it
// does not read or a free text is asked.
func (t *turn) roleProse(e *contestbot.Entry, msg string, pending slot) string {
	if pending.freeText() {
		return msg
	}
	out, self, ok := readRoleProse(msg, t.me(e))
	if !ok {
		return msg
	}
	if self != "" {
		t.st.Self = self
	}
	return out
}
