package dialogs

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"contestbot"
)

// s10-d (issue #10, round 26: rp123 lao_jiaoshou, rp125 fenxin_laoshi,
// rp126 nanyang_laoshi and wenti_duo): corrections in own words of one
// character or of a person's name, with no "X改成Y".
//
//   - One character: "片名打错一个字 是沙颍河的颍 下面是水那个 不是颖",
//     "颖字打错了应该是颍", "三点水那个洋 不是太阳的阳". The new character is
//     said alone or described by a word that holds it (沙颍河的颍, 远近的远) or
//     by its shape (三点水那个洋); the wrong one is said after 不是 or before
//     字打错了, or, when left out, is the one character of the stored values
//     read like the new one (go-pinyin). The fix goes to the field named, or
//     to the one field (or the one person) whose value holds the wrong
//     character.
//   - A person's name: "陈思源名字写错了，是陈思远（远近的远）", "不是小李。。。写大名。
//     李想", "摄影跟剪辑那个人名字写错了 应该是刘洋 海洋嘞洋". The person corrected is
//     the stored one named, else the one whose name reads like the new one;
//     every role that holds them (or only the roles named) and the 联系人 get
//     the new name, never another field.
//
// Descriptions of a character (海洋嘞洋, 下面是水那个, 三点水那个洋, （远近的远）)
// are never part of a value. The fix is written as labelled values
// ("片名：…", "摄影：…"), so it is validated, stored and echoed as any value
// is; the rest of the message is read as usual.

// reCharShape describes a character by its parts: "三点水那个", "下面是水那个",
// "草字头的", "白勺的".
var reCharShape = regexp.MustCompile(`^(?:是|就是)?(?:三点水|两点水|草字头|竹字头|宝盖头?|木字旁|提手旁|单人旁|双人旁|言字旁|金字旁|女字旁|口字旁|日字旁|火字旁|土字旁|王字旁|绞丝旁|立刀旁?|反文旁?|月字旁|走之底?|白勺|(?:上面|下面|左边|右边|上边|下边|底下)(?:是|一个|有)?\p{Han}{1,2}?)(?:那个|那|的|嘞|哩|滴)?(\p{Han})?(?:字)?$`)

// reCharWord describes a character by a word that holds it: "沙颍河的颍",
// "远近的远", "海洋嘞洋", "太阳那个阳".
var reCharWord = regexp.MustCompile(`^(?:是|就是|不是)?(\p{Han}{1,5}?)(?:的|嘞|哩|滴|那个)(\p{Han})(?:字)?$`)

// charDesc reads tok as the description of one character; r is 0 when the
// description names none ("下面是水那个").
func charDesc(tok string) (r rune, ok bool) {
	tok = strings.TrimSpace(tok)
	if m := reCharShape.FindStringSubmatch(tok); m != nil {
		if m[1] == "" {
			return 0, true
		}
		return []rune(m[1])[0], true
	}
	if m := reCharWord.FindStringSubmatch(tok); m != nil {
		c := []rune(m[2])[0]
		if strings.ContainsRune(m[1], c) && m[1] != m[2] {
			return c, true
		}
	}
	return 0, false
}

// reDescParen is a description in brackets after a name: "陈思远（远近的远）".
var reDescParen = regexp.MustCompile(`[（(]([^（()）]{2,12})[)）]`)

// ownFixTokens splits s at spaces and marks, for reading descriptions.
func ownFixTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("，,。；;、！!？?：:（）()…~～", r)
	})
}

// descsOff removes the descriptions of characters from s: "陈思远（远近的远）" →
// "陈思远", "应该是刘洋 海洋嘞洋" → "应该是刘洋".
func descsOff(s string) string {
	s = reDescParen.ReplaceAllStringFunc(s, func(p string) string {
		if _, ok := charDesc(reDescParen.FindStringSubmatch(p)[1]); ok {
			return " "
		}
		return p
	})
	var keep []string
	for _, part := range strings.FieldsFunc(s, unicode.IsSpace) {
		if _, ok := charDesc(strings.Trim(part, "，,。；;！!")); ok {
			continue
		}
		keep = append(keep, part)
	}
	return strings.Join(keep, " ")
}

var (
	// reCharWrong: the wrong character named before the fix: "颖字打错了，应该是颍".
	reCharWrong = regexp.MustCompile(`(\p{Han})字(?:打错了|写错了|输错了|错了|不对)[，,。\s]*(?:应该|应当)?(?:是|为|改成|改为|写成|换成)?`)
	// reNotChar: the wrong character after 不是: "不是颖", "不是太阳嘞阳".
	reNotChar = regexp.MustCompile(`^(?:而)?不是(.+)$`)
	// reOwnFixCue says something stored is wrong.
	reOwnFixCue = regexp.MustCompile(`错|不对|有误|不是|改|大名|全名|真名`)
	// reStrongFixCue says something stored is wrong when no wrong
	// character is named.
	reStrongFixCue = regexp.MustCompile(`错|不对|有误|改`)
	// reOneCharNote is talk about the size of a fix: "就改那一个字", "只改一个字".
	reOneCharNote = regexp.MustCompile(`[，,。\s]*(?:就|只|只是|就是)?(?:改|换)(?:了)?(?:那|这)?(?:一个|一|个|两个|俩)字(?:就行|就好|就可以|而已)?(?:了|哈|啊|吧)?[。!！]*$`)
)

// charFix is one character corrected.
type charFix struct {
	nw, old rune // old is 0 when not said
}

// readCharFix reads s as the correction of one character.
func readCharFix(s string) (charFix, bool) {
	s = contestbot.NormalizeWidth(s)
	if !reOwnFixCue.MatchString(s) || contestbot.RuneLen(s) > 60 {
		return charFix{}, false
	}
	var f charFix
	if m := reCharWrong.FindStringSubmatchIndex(s); m != nil {
		f.old = []rune(s[m[2]:m[3]])[0]
		rest := ownFixTokens(s[m[1]:])
		if len(rest) > 0 {
			if r, ok := charDesc(rest[0]); ok && r != 0 {
				f.nw = r
			} else if rs := []rune(rest[0]); len(rs) == 1 || len(rs) == 2 && rs[1] == '字' {
				f.nw = rs[0]
			}
		}
		if f.nw != 0 && f.nw != f.old {
			return f, true
		}
		return charFix{}, false
	}
	described := false
	for _, tok := range ownFixTokens(s) {
		if m := reNotChar.FindStringSubmatch(tok); m != nil {
			if r, ok := charDesc(m[1]); ok && r != 0 {
				f.old = r
			} else if rs := []rune(strings.TrimSuffix(m[1], "字")); len(rs) == 1 && unicode.Is(unicode.Han, rs[0]) {
				f.old = rs[0]
			}
			continue
		}
		// "那个刘洋是三点水那个洋": the description after 是.
		cands := []string{tok}
		if i := strings.Index(tok, "是"); i > 0 {
			cands = append(cands, tok[i:])
		}
		for _, c := range cands {
			if r, ok := charDesc(c); ok {
				described = true
				if r != 0 && f.nw == 0 {
					f.nw = r
				}
				break
			}
		}
	}
	if !described || f.nw == 0 || f.nw == f.old || f.old == 0 && !reStrongFixCue.MatchString(s) {
		return charFix{}, false // "张建国 弓长张 建设哩建" spells a name, corrects nothing
	}
	return f, true
}

// sameReading reports whether a and b are different characters with a
// reading in common (tones aside): 颍/颖, 洋/阳, 源/远.
func sameReading(a, b rune) bool {
	if a == b {
		return false
	}
	for _, x := range readings(a) {
		if slices.Contains(readings(b), x) {
			return true
		}
	}
	return false
}

// textFixSlots are the fields a character fix may go to besides people.
var textFixSlots = []slot{slot(contestbot.FieldTitle), slot(contestbot.FieldUnit), slot(contestbot.FieldProducer), slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)}

// ownFixTarget is where a fix goes: a text field, or a person.
type ownFixTarget struct {
	field  slot
	person string
}

// rePersonWord names a person's name without naming a role.
var rePersonWord = regexp.MustCompile(`名字|姓名|人名|名儿`)

// charFixLines writes the fix f of message s as labelled values; ask is a
// question when it cannot be placed.
func (t *turn) charFixLines(e *contestbot.Entry, s string, f charFix) (lines, ask string) {
	c := compact(s)
	named := firstNamedField(c)
	hintRoles := rolesNamed(c)
	wantPeople := rePersonWord.MatchString(c) || len(hintRoles) > 0 || named == slot(contestbot.FieldContact)
	var targets []ownFixTarget
	holds := func(v string) bool {
		for _, r := range v {
			if r == f.old || f.old == 0 && sameReading(r, f.nw) {
				return true
			}
		}
		return false
	}
	if !wantPeople {
		for _, sl := range textFixSlots {
			if named != "" && named != sl {
				continue
			}
			if p := textPtr(e, sl); p != nil && holds(*p) {
				targets = append(targets, ownFixTarget{field: sl})
			}
		}
	}
	if named == "" || wantPeople {
		for _, p := range draftPeople(e) {
			if holds(p) && (len(hintRoles) == 0 || holdsRole(e, p, hintRoles)) {
				targets = append(targets, ownFixTarget{person: p})
			}
		}
	}
	swap := func(v string) string {
		var b strings.Builder
		for _, r := range v {
			if r == f.old || f.old == 0 && sameReading(r, f.nw) {
				r = f.nw
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	if len(targets) > 1 {
		// "那个刘洋是三点水那个洋 不是太阳嘞阳": the person whose name, fixed,
		// the message says.
		var said []ownFixTarget
		for _, x := range targets {
			if x.person != "" && strings.Contains(c, swap(x.person)) {
				said = append(said, x)
			}
		}
		if len(said) == 1 {
			targets = said
		}
	}
	if len(targets) != 1 {
		what := "“" + string(f.old) + "”"
		if f.old == 0 {
			what = "和“" + string(f.nw) + "”同音的字"
		}
		if len(targets) == 0 {
			return "", fmt.Sprintf("没有找到含%s的一项。请直接说改哪一项，例如“片名改成…”。", what)
		}
		return "", fmt.Sprintf("有几项都含%s。请直接说改哪一项，例如“片名改成…”。", what)
	}
	x := targets[0]
	if x.person != "" {
		return renameLines(e, x.person, swap(x.person), hintRoles), ""
	}
	return x.field.label() + "：" + swap(*textPtr(e, x.field)), ""
}

// rolesNamed are the 主创 roles a message names ("摄影跟剪辑那个人").
func rolesNamed(c string) []slot {
	var out []slot
	for _, d := range labelDefs {
		if d.slot.isRole() && !d.weak && strings.Contains(c, d.word) && !slices.Contains(out, d.slot) {
			out = append(out, d.slot)
		}
	}
	return out
}

// holdsRole reports whether person p is in one of the roles rs of e.
func holdsRole(e *contestbot.Entry, p string, rs []slot) bool {
	for _, r := range rs {
		if slices.Contains(splitPeople(*creatorPtr(e, r)), p) {
			return true
		}
	}
	return false
}

// splitPeople are the names of one stored role.
func splitPeople(v string) []string {
	var out []string
	for _, n := range reNameSep.Split(v, -1) {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// renameLines renames person old to nw in the roles of e that hold them
// (only the roles in only, when any are named) and in the 联系人, as labelled
// values.
func renameLines(e *contestbot.Entry, old, nw string, only []slot) string {
	var parts []string
	if e.Contact == old && len(only) == 0 {
		parts = append(parts, slot(contestbot.FieldContact).label()+"："+nw)
	}
	for _, r := range roles {
		if len(only) > 0 && !slices.Contains(only, r) {
			continue
		}
		ps := splitPeople(*creatorPtr(e, r))
		if !slices.Contains(ps, old) {
			continue
		}
		for i := range ps {
			if ps[i] == old {
				ps[i] = nw
			}
		}
		parts = append(parts, r.label()+"："+strings.Join(slices.Compact(ps), "、"))
	}
	return strings.Join(parts, "，")
}

var (
	// reNameLeadCue opens the new name: "是", "应该是", "写大名", "改成".
	reNameLeadCue = regexp.MustCompile(`^(?:应该|应当|就)?(?:是|为|改成|改为|写成|换成|叫|写)?(?:大名|全名|真名)?(?:是|叫)?`)
	// reNameCueIn opens a new name inside a run of Han characters.
	reNameCueIn = regexp.MustCompile(`是|为|改成|改为|写成|换成|叫|大名|全名|真名`)
	// reNameFixCue says a name is wrong or gives the full one.
	reNameFixCue = regexp.MustCompile(`写错|打错|输错|错了|不对|有误|不是|大名|全名|真名`)
)

// newNameAtEnd is the name a correction ends with and where it starts:
// "…，是陈思远" → 陈思远, "写大名 李想" → 李想.
func newNameAtEnd(s string) (name string, at int) {
	s = strings.TrimRight(s, "。!！~～ 哈啊吧呀哦嘛")
	rs := []rune(s)
	i := len(rs)
	for i > 0 && unicode.Is(unicode.Han, rs[i-1]) {
		i--
	}
	run := string(rs[i:])
	at = len(string(rs[:i]))
	if contestbot.RuneLen(run) > 4 {
		// "不是陈思源是陈思远", "小李大名李想": the name after the last cue.
		for _, loc := range reNameCueIn.FindAllStringIndex(run, -1) {
			if n := contestbot.RuneLen(run[loc[1]:]); n >= 2 && n <= 4 {
				run, at = run[loc[1]:], at+loc[1]
				break
			}
		}
	}
	for {
		loc := reNameLeadCue.FindStringIndex(run)
		if loc == nil || loc[1] == 0 || contestbot.RuneLen(run[loc[1]:]) < 2 {
			break
		}
		run, at = run[loc[1]:], at+loc[1]
	}
	for _, t := range []string{"老师", "同学", "同志"} {
		run = strings.TrimSuffix(run, t)
	}
	return run, at
}

// readPersonRename reads s as a person's name corrected: the stored person
// and the new name.
func readPersonRename(e *contestbot.Entry, s string) (old, nw string, ok bool) {
	s = strings.TrimSpace(descsOff(contestbot.NormalizeWidth(s)))
	c := compact(s)
	if !reNameFixCue.MatchString(c) || contestbot.RuneLen(c) > 40 {
		return "", "", false
	}
	if f := firstNamedField(c); f != "" && !f.isRole() && f != slot(contestbot.FieldContact) {
		return "", "", false // "片名不是…" is the title's
	}
	if rolesAssigned(s) {
		return "", "", false // "摄影剪辑都是小李 大名李想": roles given, read as values
	}
	nw, at := newNameAtEnd(s)
	if !isRealName(nw) {
		return "", "", false
	}
	before := compact(s[:at])
	people := draftPeople(e)
	for _, p := range people {
		if p == nw || !strings.Contains(before, p) {
			continue
		}
		q := regexp.QuoteMeta(p)
		if regexp.MustCompile(`不是` + q + `|` + q + `(?:的|这个|那个)?(?:名字|姓名|人名|名)?(?:写错|打错|输错|错了|不对|有误)|` + q + `[，,。]?(?:写|就写)?(?:大名|全名|真名)`).MatchString(before) {
			if old != "" && old != p {
				return "", "", false // two people named
			}
			old = p
		}
	}
	if old == "" && regexp.MustCompile(`(?:名字|姓名|人名)(?:写错|打错|输错|错了|不对|有误)`).MatchString(before) {
		for _, p := range people { // "人名字写错了 应该是刘洋": the one read like it
			if p != nw && soundsLike(p, nw) {
				if old != "" {
					return "", "", false
				}
				old = p
			}
		}
	}
	if old == "" && slices.Contains(people, nw) && (rePersonWord.MatchString(before) || len(rolesNamed(before)) > 0) {
		return nw, nw, true // "…人名字写错了 应该是刘洋" once 刘洋 is stored: said again, shown again
	}
	if old == "" {
		return "", "", false
	}
	if nick := []rune(old); len(nick) == 2 && (nick[0] == '小' || nick[0] == '老') && []rune(nw)[0] != nick[1] && !reNameFixCue.MatchString(strings.ReplaceAll(before, "不是", "")) {
		return "", "", false // "不是小李 王强" may be another person: only a surname that fits, or 大名/写错
	}
	return old, nw, true
}

// soundsLike reports whether two names of the same length read alike
// character by character (陈思源/陈思远, 刘阳/刘洋).
func soundsLike(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		if ra[i] != rb[i] && !sameReading(ra[i], rb[i]) {
			return false
		}
	}
	return true
}

// ownFixes rewrites the corrections in own words of s (the whole message,
// or each of its sentences) as labelled values. ask is a question when a
// fix was read but cannot be placed; s comes back unchanged when there is
// none.
func (t *turn) ownFixes(e *contestbot.Entry, s string) (out, ask string) {
	if e == nil {
		return s, ""
	}
	norm := reDots.ReplaceAllString(contestbot.NormalizeWidth(s), " ")
	if lines, q, ok := t.ownFixOne(e, norm); ok {
		return lines, q
	}
	if v := oneCharNoteOff(s); v != s && firstNamedField(compact(v)) != "" {
		return v, "" // "不对 片名是 沙颍河畔的守望者 就改那一个字"
	}
	sents := fixSentences(norm)
	if len(sents) < 2 {
		return nickFullSaid(s), ""
	}
	changed := false
	for i, sent := range sents {
		if lines, q, ok := t.ownFixOne(e, sent); ok {
			if q != "" {
				return s, q
			}
			sents[i], changed = lines+"；", true
		}
	}
	if !changed {
		return nickFullSaid(s), "" // "摄影剪辑都是小李。。。李想", "摄影是小李 大名李思"
	}
	return strings.Join(sents, ""), ""
}

// reNickFullSaid is a nickname, then a pause or 大名, then the full name:
// "小李。。。李想", "小李 大名李思", "老王，全名王建军".
var reNickFullSaid = regexp.MustCompile(`(?:小|老|大)\p{Han}(?:[\s，,]*(?:。{2,}|\.{3,}|…+)[\s，,]*(?:(?:写|就写)?(?:大名|全名|真名|本名)(?:叫|是)?[：:\s,，。]*)?|[\s，,。]*(?:写|就写)?(?:大名|全名|真名|本名)(?:叫|是)?[：:\s,，。]*)\p{Han}{2,3}`)

// nickFullSaid writes each nickname said with its full name as the full
// name (selftitle.go nicknameOff decides), so every reader sees one person.
func nickFullSaid(s string) string {
	return reNickFullSaid.ReplaceAllStringFunc(s, func(m string) string {
		for n := 3; n >= 2; n-- { // the full name may be followed by more Han characters: try the longest that is a name
			rs := []rune(m)
			if len(rs) < n+2 {
				continue
			}
			name := string(rs[len(rs)-n:])
			if isRealName(name) {
				if full := nicknameOff(string(rs[:2]) + " 大名" + name); full == name && (strings.HasPrefix(name, string(rs[1])) || strings.ContainsAny(m, "大全真本")) {
					return name
				}
			}
		}
		return m
	})
}

// reDots is a run of full stops or an ellipsis typed as a pause: "小李。。。李想".
var reDots = regexp.MustCompile(`。{2,}|\.{3,}|…+`)

// fixSentences splits s after each ；;。\n, keeping the marks, outside quotes.
func fixSentences(s string) []string {
	return splitOutside(s, true, func(rs []rune, i int) bool {
		return strings.ContainsRune("；;。\n", rs[i])
	})
}

// ownFixOne reads one sentence (or the whole message) as a fix in own words.
func (t *turn) ownFixOne(e *contestbot.Entry, s string) (lines, ask string, ok bool) {
	body := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "；;。"))
	if f, ok := readCharFix(body); ok {
		l, q := t.charFixLines(e, body, f)
		return l, q, true
	}
	if old, nw, ok := readPersonRename(e, body); ok {
		if l := renameLines(e, old, nw, rolesNamed(compact(body))); l != "" {
			return l, "", true
		}
		if l := renameLines(e, old, nw, nil); l != "" && old != nw {
			return l, "", true // a role named wrong: the person is still renamed where they are
		}
	}
	return "", "", false
}

// oneCharNoteOff drops talk about the size of a fix after a restated value:
// "片名是 沙颍河畔的守望者 就改那一个字" → "片名是 沙颍河畔的守望者".
func oneCharNoteOff(s string) string {
	if loc := reOneCharNote.FindStringIndex(s); loc != nil && loc[0] > 0 {
		if rest := strings.TrimSpace(s[:loc[0]]); rest != "" {
			return rest
		}
	}
	return s
}

// reTitleChatTail is chat typed after a title: a tilde, a pause mark, or
// laughter ("茶山上的党员书记～", "…书记哈哈", "…书记~~"). Emoji are gone already
// (tidy.go).
var reTitleChatTail = regexp.MustCompile(`(?:[～~、，,；;]+|哈{2,}|呵{2,}|嘿{2,}|嘻{2,}|(?i:h{3,}))$`)

// titleChatTailOff takes chat marks off the end of a title, inside 《》 too;
// a title that is nothing else is kept as typed.
func titleChatTailOff(v string) string {
	closed := strings.HasSuffix(v, "》")
	body := strings.TrimSuffix(v, "》")
	for {
		w := strings.TrimSpace(reTitleChatTail.ReplaceAllString(body, ""))
		if w == body || strings.TrimPrefix(w, "《") == "" {
			break
		}
		body = w
	}
	if closed {
		body += "》"
	}
	return body
}

// reResendTalk is a complaint or an instruction typed before a text sent
// again: "怎么只有一半 后面的没了 重发一下", "重新发", "完整的是".
var reResendTalk = regexp.MustCompile(`重发|重新发|再发一遍|再发一次|再发一下|完整的|完整版|全文|全的|全部的|没了|只有一半|一半|不全|不完整|截断|截掉|被截|少了|漏了|没显示|缺了`)

// resendLeadOff drops the talk before a colon that opens a text sent again
// (s10-d, rp125): "简介怎么只有一半 后面的没了 重发一下：本片从…" stored the
// complaint in the 简介. Only a short lead of talk, never the text's own
// words: a lead that is no complaint or instruction stays.
func resendLeadOff(v string) string {
	i := strings.IndexAny(v, "：:")
	if i <= 0 {
		return v
	}
	lead, rest := v[:i], strings.TrimSpace(v[i+len(string([]rune(v[i:])[0])):])
	if contestbot.RuneLen(lead) > 40 || contestbot.RuneLen(rest) < 4 || !reResendTalk.MatchString(lead) || strings.ContainsAny(lead, "《“\"") {
		return v
	}
	return rest
}

// rolesAssigned reports whether s gives a role its people ("编导孙雅琴",
// "摄影剪辑都是小李"), rather than naming the roles of someone corrected
// ("摄影跟剪辑那个人名字写错了").
func rolesAssigned(s string) bool {
	c := compact(s)
	if strings.Contains(c, "都是") || strings.Contains(c, "均为") {
		return true
	}
	for _, d := range labelDefs {
		if !d.slot.isRole() || d.weak {
			continue
		}
		for i := strings.Index(c, d.word); i >= 0; {
			rest := strings.TrimLeft(c[i+len(d.word):], "是为:：")
			rs := []rune(rest)
			for n := 3; n >= 2; n-- {
				if len(rs) >= n && (isRealName(string(rs[:n])) || rs[0] == '小' || rs[0] == '老') {
					return true
				}
			}
			j := strings.Index(c[i+len(d.word):], d.word)
			if j < 0 {
				break
			}
			i += len(d.word) + j
		}
	}
	return false
}
