package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-a (round 30 rp143, round 31 rp147): two ways of naming people that the
// role readers missed.
//
//   - "都是他一个人弄的" at a role step, and "… 剪辑也是张鹏 一个人干的": every
//     role not yet given is that person, the one just named. The pronoun was
//     stored as the name ("他一个人弄") and the tail refused as "不像人名".
//     The message is rewritten with each such role labelled, so the usual
//     reader stores them and the echo lists them. Before the roles are asked
//     ("一个人干的" at the 制作单位 step) the tail is only dropped: no role is
//     filled that the form has not reached.
//   - Nickname → full-name pairs ("王书记叫王建国 小李是李雪 老胡是胡志刚"): each
//     nickname stored in a role or as the 联系人 is replaced by the full name,
//     and the changes are echoed.

var (
	// reSoloPronoun is the whole message "都是他一个人弄的", "剩下的也都是她".
	reSoloPronoun = regexp.MustCompile(`^(?:那|嗯)?(?:剩下的?|其他的?|其它的?|其余的?|后面的?|别的)?(?:也)?(?:都|全|全部|全都)(?:是)?(?:他|她)(?:一个人|一人|自己)?(?:弄|干|做|拍|负责|搞|包|完成|包办|弄完)?(?:的|了)*(?:吧|哈|啊|呀)?$`)
	// reSoloTail ends a message with "一个人干的": the person named last did
	// the rest alone.
	reSoloTail = regexp.MustCompile(`[，,\s]+(?:都是|全是)?(?:他|她)?(?:一个人|一人|自己一个人)(?:干|弄|做|拍|搞|包|负责|完成|包办)(?:的|了)*(?:吧|哈|啊|呀)?[。！!~～]*$`)
	// reTrailingName is the name at the end of a clause: "剪辑也是张鹏".
	reTrailingName = regexp.MustCompile(`(\p{Han}{2,4})$`)
)

// soloWork rewrites "都是他一个人弄的" and "…张鹏 一个人干的" with every role
// not yet given labelled with that person; s is returned unchanged otherwise.
func (t *turn) soloWork(e *contestbot.Entry, s string, pending slot) string {
	if e == nil || isQuestion(s) {
		return s
	}
	w := strings.TrimSpace(s)
	if reSoloPronoun.MatchString(compact(strings.TrimRight(w, "。.！!~～"))) {
		if !pending.isRole() {
			return s
		}
		name := t.lastRolePerson(e)
		if name == "" {
			return s
		}
		return t.rolesLeftLabelled(nil, name, pending)
	}
	loc := reSoloTail.FindStringIndex(w)
	if loc == nil || loc[0] == 0 {
		return s
	}
	prefix := strings.TrimSpace(w[:loc[0]])
	cls := splitClauses(prefix)
	if len(cls) == 0 {
		return s
	}
	last := strings.TrimRight(cls[len(cls)-1], "。.！!~～")
	m := reTrailingName.FindStringSubmatch(last)
	if m == nil {
		return s
	}
	name := ""
	for k := 4; k >= 2; k-- { // the longest real name at the clause's end
		rs := []rune(m[1])
		if len(rs) >= k && isRealName(string(rs[len(rs)-k:])) && isPerson(string(rs[len(rs)-k:])) {
			name = string(rs[len(rs)-k:])
			break
		}
	}
	if name == "" {
		return s
	}
	if !pending.isRole() {
		return prefix // before the roles are asked: only the tail goes
	}
	said := map[slot]bool{}
	for _, v := range extract(prefix).values {
		said[v.slot] = true
	}
	if rest := t.rolesLeftLabelled(said, name, pending); rest != "" {
		return prefix + "，" + rest
	}
	return prefix
}

// rolesLeftLabelled is "撰稿张鹏，摄影张鹏，…" for each role from the pending
// one on that is not answered yet and not in said.
func (t *turn) rolesLeftLabelled(said map[slot]bool, name string, pending slot) string {
	var out []string
	for _, x := range roles[roleIndex(pending):] {
		if said[x] || x != pending && t.st.roleDone(x) {
			continue
		}
		out = append(out, chineseShort(x)+name)
	}
	return strings.Join(out, "，")
}

// lastRolePerson is the one person named in the role answered last (or,
// failing that, in the last role answered with one person).
func (t *turn) lastRolePerson(e *contestbot.Entry) string {
	one := func(x slot) string {
		p := creatorPtr(e, x)
		if p == nil || *p == "" || strings.Contains(*p, "、") || contestbot.IsNone(*p) {
			return ""
		}
		return *p
	}
	if t.st.Prev.isRole() {
		return one(t.st.Prev)
	}
	for i := len(roles) - 1; i >= 0; i-- {
		if t.st.roleDone(roles[i]) {
			if n := one(roles[i]); n != "" {
				return n
			}
		}
	}
	return ""
}

var (
	// reNickPair is "王书记叫王建国", "小李是李雪", "老胡全名胡志刚".
	reNickPair = regexp.MustCompile(`^((?:小|老)\p{Han}|\p{Han}{1,2}(?:书记|老师|主任|校长|院长|部长|处长|科长|局长|台长|总|工|导|姐|哥))(?:的)?(?:全名|真名|大名|名字)?(?:叫做|叫|就是|是|为)?(\p{Han}{2,4})$`)
	// reNickSep separates the pairs: spaces, commas, 、, 。.
	reNickSep = regexp.MustCompile(`[\s，,、。；;]+`)
)

type nickPair struct{ nick, full string }

// nickPairs reads a message made only of nickname → full-name pairs; the
// full name must be a real name with the nickname's surname.
func nickPairs(s string) ([]nickPair, bool) {
	if isQuestion(s) {
		return nil, false
	}
	var out []nickPair
	for _, c := range reNickSep.Split(strings.TrimSpace(contestbot.NormalizeWidth(stripEmoji(s))), -1) {
		c = strings.TrimRight(c, "!！~～")
		if c == "" || oneOf(c, "对了", "哦", "嗯", "另外", "还有") {
			continue
		}
		m := reNickPair.FindStringSubmatch(c)
		if m == nil {
			return nil, false
		}
		nick, full := m[1], m[2]
		if !isRealName(full) || nick == full || !strings.HasPrefix(full, nickSurname(nick)) {
			return nil, false
		}
		out = append(out, nickPair{nick, full})
	}
	return out, len(out) > 0
}

// nickSurname is the surname a nickname holds: 小李 → 李, 王书记 → 王.
func nickSurname(nick string) string {
	rs := []rune(nick)
	if rs[0] == '小' || rs[0] == '老' {
		return string(rs[1:2])
	}
	return string(rs[:1])
}

// fullNames replaces the nicknames stored in the roles and the 联系人 by the
// full names the message gives, and echoes each change.
func (t *turn) fullNames(e *contestbot.Entry, s string) (string, bool) {
	if t.nested || e == nil || t.st.Mode != modeForm && t.st.Mode != modeEdit {
		return "", false
	}
	pairs, ok := nickPairs(s)
	if !ok {
		return "", false
	}
	var changed, missing []string
	for _, p := range pairs {
		hit := false
		if e.Contact == p.nick {
			e.Contact = p.full
			changed = append(changed, "联系人 "+p.full)
			hit = true
		}
		for _, x := range roles {
			ptr := creatorPtr(e, x)
			names := strings.Split(*ptr, "、")
			for i, n := range names {
				if n == p.nick {
					names[i], hit = p.full, true
					changed = append(changed, x.label()+" "+p.full)
				}
			}
			*ptr = uniqueNames(strings.Join(names, "、"))
		}
		if !hit {
			missing = append(missing, "“"+p.nick+"”")
		}
	}
	if len(changed) == 0 {
		return "", false // nothing stored under these names: read as usual
	}
	t.touch(e)
	if t.st.Mode == modeEdit {
		t.event(e, "用户修改：主创人员")
	}
	head := "好的，已改成全名：" + strings.Join(changed, "，") + "。"
	if len(missing) > 0 {
		head += "表里还没有" + strings.Join(missing, "、") + "，用到时直接写全名就行。"
	}
	if t.st.Pending == "" {
		if t.st.Mode == modeEdit {
			return head + "\n\n" + t.question(e, slot(contestbot.FieldCopyright)), true
		}
		return head, true
	}
	return head + "\n\n" + t.question(e, t.st.Pending), true
}
