package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// This file reads a WeChat chat excerpt pasted as one message (s5-f2,
// issue #10, round 10, rp46):
//
//	王书记 10:33
//	片子叫《红旗渠畔的思政课》，组织部牵头拍的，制作单位就写党委组织部
//	王书记 10:36
//	主创：监制写我，导演刘洋、张晓敏，摄影李韬，剪辑孙浩然
//	尚建国 10:40
//	好的书记，联系人写谁？
//	王书记 10:41
//	写你吧，电话留你的
//	王书记 10:42
//	简介我下午发你
//
// The speaker lines ("王书记 10:32") are never names or values. A line that
// names no field and holds no value (an errand: "周五党委会材料别忘了",
// "回头再说", "收到") is dropped, so it is neither a value nor a command. In a
// line, 我 is its speaker and 你 the other one: "监制写我" said by 王书记 is
// 王书记, whose full name is asked when the paste does not give it. An
// answer to a question about a field ("联系人写谁？" → "写你吧") fills that
// field. A promise ("简介我下午发你") leaves the field empty and the bot says
// it will wait. A long story line is the 简介 (the 摘要 only when the paste
// names the 摘要 alone). What is left is read as the user's own message.

var (
	// reSpeakerLine is the line WeChat puts above each message when chats
	// are copied: a name, then an optional date and a time.
	reSpeakerLine = regexp.MustCompile(`^\s*([^\s\d:：，,。？?！!]{1,12}?)[ \t　]+(?:(?:\d{4}[-/年])?\d{1,2}[-/月]\d{1,2}日?[ \t　]+)?(?:上午|下午|晚上|中午|早上)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$`)
	// reTitled is a person named by surname and title: 王书记, 李主任.
	reTitled = regexp.MustCompile(`^\p{Han}{1,2}(?:老师|主任|副主任|书记|副书记|部长|副部长|处长|副处长|科长|副科长|院长|副院长|校长|副校长|总|经理|领导)$`)
	// rePromise promises a field later, or says it is not there yet:
	// "简介我下午发你", "摘要回头再给你", "简介书记还没发呢".
	rePromise = regexp.MustCompile(`^(?:的话)?(?:我|他|她|书记|领导|老师|主任|校长|我们|那边|这边)?(?:(?:下午|晚上|明天|明早|回头|晚点|晚些|等会儿?|等一下|等下|待会儿?|一会儿?|稍后|过会儿?|之后|后面|改天|再)(?:再|才|就)?(?:发|给|传|补|写|弄|有)|还没(?:有)?(?:发|给|写|定|出来|弄好|写好|做好|到|来|传|想好|确定))`)
	// reLeaveEmpty says to leave a field empty for now: "那个先别填".
	reLeaveEmpty = regexp.MustCompile(`^(?:那个|这个|这项|那项)?(?:先|就|暂时)?(?:别填|不填|空着|放着|别写|不写|别管)(?:了|吧|哈|啊)?$`)
	// reAskWho asks for a field's value: "联系人写谁？", "监制填哪个".
	reAskWho = regexp.MustCompile(`(?:写|填|是|用|留)(?:谁|哪个|哪位|什么|啥|多少|哪个人)`)
	// reMeYou is 我 or 你 standing for a person in a value: "监制写我", "写你吧".
	reMeYou = regexp.MustCompile(`(写|填|是|用|就写|就填|就是)(我|你)(?:吧|呗|就行|就好|就可以|哈)?`)
	// reYourOwn is a value that is someone's own, not said: "电话留你的".
	reYourOwn = regexp.MustCompile(`^(?:电话|手机|号码|联系电话)(?:就)?(?:留|写|填|用)(?:你|我|他|她)的`)
	// reSendingTalk is about sending a field, not its value: "书记简介发过来了",
	// "我直接转你", "摘要到了".
	reSendingTalk = regexp.MustCompile(`(?:发|转|传)(?:过来|过去|来了|给你|给您|你|您)|(?:到了|来了)$`)
	// reChatTask is a task between the people in the chat, or a matter put
	// off, never a value: "简介的格式调一下", "另一个片子的片名回头再说".
	reChatTask = regexp.MustCompile(`别忘了|记得|抓紧|尽快|赶紧|催一下|(?:调|改|看|问|准备|弄|核对|落实|确认)一下|(?:回头|以后|改天|过两天|下周|明天)?再(?:说|定|商量|研究|讨论|议)|先放(?:一放|着)|不急`)
	// reStoryEnd marks a line that tells the film's story.
	reStoryEnd = regexp.MustCompile(`[。！!]$|故事|讲述|展现|记录|呈现|反映|通过`)
)

// chatLine is one message of a pasted chat.
type chatLine struct {
	who  string
	text string
}

// chatPaste is what a pasted chat says, read.
type chatPaste struct {
	text     string // the values, as the user's own message
	promised []slot // fields promised for later
	ask      slot   // a role said as "我" by someone whose full name is not known
	askWho   string // that someone, as the paste names them
	anyField bool
}

// readChatPaste reads s as a pasted WeChat chat; ok is false when s is not
// one (no speaker line followed by a message).
//
// toSummary says a story line is the 摘要 unless the paste names the 简介
// (the 简介 is stored and the 摘要 asked).
func readChatPaste(s string, season *contestbot.Season, toSummary bool) (chatPaste, bool) {
	lines := strings.Split(strings.ReplaceAll(s, "\r", ""), "\n")
	var intro []string
	var chat []chatLine
	heads := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if m := reSpeakerLine.FindStringSubmatch(l); m != nil && speakerName(m[1]) {
			chat = append(chat, chatLine{who: m[1]})
			heads++
			continue
		}
		if len(chat) == 0 {
			intro = append(intro, l)
			continue
		}
		last := &chat[len(chat)-1]
		last.text = strings.TrimSpace(last.text + "\n" + l)
	}
	if heads == 0 || heads == 1 && !personLike(chat[0].who) {
		// One line "视频 3:05" is a duration; a single message forwarded
		// needs a speaker that looks like a person.
		return chatPaste{}, false
	}
	said := 0
	for _, c := range chat {
		if c.text != "" {
			said++
		}
	}
	if said == 0 {
		return chatPaste{}, false
	}
	var out chatPaste
	speakers := map[string]bool{}
	for _, c := range chat {
		speakers[c.who] = true
	}
	other := func(who string) string {
		if len(speakers) != 2 {
			return ""
		}
		for w := range speakers {
			if w != who {
				return w
			}
		}
		return ""
	}
	all := strings.Join(intro, "\n")
	for _, c := range chat {
		all += "\n" + c.text
	}
	namesSummaryOnly := (strings.Contains(all, "摘要") || toSummary) && !strings.Contains(all, "简介")

	var keep []string
	for _, l := range intro {
		if v := pasteClauses(l, season); v != "" {
			keep = append(keep, v)
		} else if registerIntent(l) || wishOnly(l) {
			keep = append(keep, "我要报名")
		}
	}
	for i, c := range chat {
		text := c.text
		if text == "" {
			continue
		}
		// An answer to a question about a field asked just before by
		// someone else: "联系人写谁？" → "写你吧".
		if i > 0 && chat[i-1].who != c.who && reAskWho.MatchString(chat[i-1].text) && !isQuestion(text) && firstNamedField(compact(firstClause(text))) == "" {
			if f := firstNamedField(compact(chat[i-1].text)); f != "" {
				text = leadLabel(f) + "：" + text
			}
		}
		if f, ok := promiseOf(text); ok {
			out.promised = append(out.promised, f)
			continue
		}
		if long := []rune(compact(text)); len(long) >= 30 && firstNamedField(compact(text)) == "" && reStoryEnd.MatchString(text) && !isQuestion(text) {
			f := slot(contestbot.FieldSynopsis)
			if namesSummaryOnly {
				f = slot(contestbot.FieldSummary)
			}
			keep = append(keep, leadLabel(f)+"："+joinLines(text))
			out.anyField = true
			continue
		}
		var cls []string
		for _, cl := range splitOutside(text, false, func(rs []rune, i int) bool { return strings.ContainsRune("，,；;。\n", rs[i]) }) {
			cl = strings.TrimSpace(cl)
			if cl == "" || reYourOwn.MatchString(compact(cl)) {
				continue
			}
			cl, who, asked := resolveMeYou(cl, c.who, other(c.who), s)
			if asked != "" {
				out.ask, out.askWho = asked, who
				continue
			}
			if v := pasteClauses(cl, season); v != "" {
				cls = append(cls, v)
			}
		}
		if len(cls) > 0 {
			keep = append(keep, strings.Join(cls, "，"))
			out.anyField = true
		} else if registerIntent(text) || wishOnly(text) || strings.Contains(text, "报一下") || strings.Contains(text, "报个名") {
			keep = append(keep, "我要报名")
		}
	}
	out.text = strings.Join(dedupe(keep), "\n")
	return out, true
}

// pasteClauses keeps a clause of a paste when it names a field or holds a
// value (a title in 《》, a duration, a category, a phone number).
func pasteClauses(cl string, season *contestbot.Season) string {
	c := compact(cl)
	if c == "" || isQuestion(cl) || reSendingTalk.MatchString(c) && !strings.ContainsAny(c, "《0123456789") || reChatTask.MatchString(c) || reErrand.MatchString(c) {
		return ""
	}
	if cat, ok := season.ParseCategory(cl); ok && cat != "" && !strings.ContainsAny(c, "0123456789一二三四五①②③④⑤") {
		return cl // "实景拍的"
	}
	if firstNamedField(c) != "" || strings.Contains(cl, "《") || len(findDurations(contestbot.NormalizeWidth(c))) > 0 || categoryIn(season, cl) != "" {
		return cl
	}
	if _, _, ok := findPhone(contestbot.NormalizeWidth(c)); ok {
		return cl
	}
	return ""
}

// promiseOf reads a promise to send a field later: "简介我下午发你".
func promiseOf(text string) (slot, bool) {
	c := compact(text)
	f := firstNamedField(c)
	if f == "" || f.isRole() || f == slotCreators || f.yesNo() {
		// A person not decided yet ("监制还没定") is the role steps' to read.
		return "", false
	}
	for _, d := range labelDefs {
		if d.weak || slot(strings.TrimSuffix(string(d.slot), "!")) != f {
			continue
		}
		w := strings.ToLower(d.word)
		if i := strings.Index(c, w); i >= 0 && i <= 6 {
			rest := c[i+len(w):]
			if rePromise.MatchString(rest) {
				return f, true
			}
		}
	}
	return "", false
}

// resolveMeYou puts the person meant for 我 and 你 in a clause of a pasted
// chat: 我 is the speaker, 你 the other one. A speaker known only by title
// (王书记) is returned, with the role, so that the full name is asked.
// A titled speaker's full name said anywhere in the paste ("书记王振华",
// "王振华书记") is used.
func resolveMeYou(cl, speaker, other, all string) (string, string, slot) {
	loc := reMeYou.FindStringSubmatchIndex(cl)
	if loc == nil {
		return cl, "", ""
	}
	who := speaker
	if cl[loc[4]:loc[5]] == "你" {
		who = other
	}
	f := lastNamedField(compact(cl[:loc[0]]))
	if f == "" || who == "" {
		return cl, "", ""
	}
	if isRealName(who) {
		return cl[:loc[0]] + who + cl[loc[1]:], "", ""
	}
	if reTitled.MatchString(who) {
		if n := fullNameOf(who, all); n != "" {
			return cl[:loc[0]] + n + cl[loc[1]:], "", ""
		}
		return "", who, f
	}
	return cl, "", ""
}

// pasteNotes says what a pasted chat left open: a field promised for
// later, a role whose person is known only by title.
func (t *turn) pasteNotes(p chatPaste) (before, after string) {
	var b []string
	for _, f := range p.promised {
		b = append(b, leadLabel(f)+"还没有，等您拿到后发给我就行，我们先填别的。")
		t.addLater(t.current(), f)
	}
	if p.ask != "" {
		t.st.Lead, t.st.LeadName = p.ask, true
		after = p.ask.label() + "写的是" + p.askWho + "吧？请发" + p.askWho + "的全名，例如：张伟。"
	}
	return strings.Join(b, "\n"), after
}

// lastNamedField is the field whose label word comes last in c, or "":
// in "主创：监制写我" the 监制.
func lastNamedField(c string) slot {
	best, at, n := slot(""), -1, 0
	for _, d := range labelDefs {
		if d.weak || strings.HasPrefix(d.word, "是否") {
			continue
		}
		w := strings.ToLower(d.word)
		if i := strings.LastIndex(c, w); i >= 0 && (i+len(w) > at+n || i+len(w) == at+n && len(w) > n) {
			best, at, n = slot(strings.TrimSuffix(string(d.slot), "!")), i, len(w)
		}
	}
	return best
}

// chatPasted answers a pasted chat: its values are read as the user's own
// message, then what it left open is said.
func (t *turn) chatPasted(p chatPaste) string {
	t.pasted = true
	text := p.text
	if t.st.Mode != modeIdle {
		// The form is open already: a line asking to register adds nothing.
		text = strings.TrimSpace(strings.TrimPrefix(text, "我要报名"))
	} else if text != "" && p.anyField && !strings.HasPrefix(text, "我要报名") && t.latestDraft() == nil {
		text = "我要报名\n" + text
	}
	var out string
	if text != "" {
		out = t.text(text)
	}
	promised, ask := t.pasteNotes(p)
	if out == "" {
		out = t.withPending("这段聊天里没有报名表要填的内容。")
		if promised != "" {
			out = t.withPending("")
		}
	}
	return strings.TrimSpace(strings.Join([]string{promised, out, ask}, "\n\n"))
}

// fullNameOf finds the full name of someone known by surname and title
// (王书记) in s: "书记王振华", "王振华书记", "我们王书记王振华".
func fullNameOf(titled, s string) string {
	rs := []rune(titled)
	sur, title := string(rs[0]), string(rs[1:])
	if surnameLen(titled) == 2 {
		sur, title = string(rs[:2]), string(rs[2:])
	}
	re := regexp.MustCompile(regexp.QuoteMeta(title) + `(` + regexp.QuoteMeta(sur) + `\p{Han}{1,2})|(` + regexp.QuoteMeta(sur) + `\p{Han}{1,2}?)` + regexp.QuoteMeta(title))
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		for _, n := range m[1:] {
			if n != "" && n != titled && isRealName(n) && !strings.HasSuffix(n, title) {
				return n
			}
		}
	}
	return ""
}

// pasteToSummary says a story pasted now is the 摘要: the 简介 is stored and
// the 摘要 is the question asked.
func (t *turn) pasteToSummary() bool {
	if t.st.Mode != modeForm || t.st.Pending != slot(contestbot.FieldSummary) {
		return false
	}
	e := t.current()
	return e != nil && e.Synopsis != ""
}

// speakerName reports whether a speaker line's name may be a WeChat name:
// never a field's label or a word about the video ("时长 2:30", "视频 3:05").
func speakerName(n string) bool {
	c := compact(n)
	return !strings.ContainsAny(n, "时长分秒") && firstNamedField(c) == "" && labelSlot(c) == "" &&
		!containsAny(c, "视频", "片子", "作品", "成片", "正片", "长度", "总共", "一共", "大概", "大约", "约")
}

// personLike reports whether a speaker looks like a person: a full name or
// a surname with a title (王书记).
func personLike(n string) bool {
	return isRealName(n) || reTitled.MatchString(n) || plausiblePerson(n)
}

// waitsFor reports whether the form leaves f for last: a field promised in
// a pasted chat and still empty, or the 摘要 while such a 简介 is.
func (t *turn) waitsFor(e *contestbot.Entry, f slot) bool {
	if len(t.st.Later) == 0 {
		return false
	}
	empty := func(f slot) bool { return t.unfilled(e, f) } // s6-d hold.go: any field, not only a text one
	for _, l := range t.st.Later {
		if l == f && empty(f) || f == slot(contestbot.FieldSummary) && l == slot(contestbot.FieldSynopsis) && empty(l) {
			return true
		}
	}
	return false
}

// waitedFor is the question for a field promised in a pasted chat, once
// everything else is filled: the bot asks whether it has come.
func (t *turn) waitedFor(e *contestbot.Entry, f slot) string {
	if !slices.Contains(t.st.Later, f) {
		return ""
	}
	if p := textPtr(e, f); p == nil {
		return t.deferredAsk(e, f) // s6-d hold.go: a field the user went to ask about
	} else if *p != "" {
		return ""
	}
	what := leadLabel(f)
	if f == slot(contestbot.FieldSynopsis) && e.Summary == "" {
		what += "和摘要（摘要可以同简介）"
	}
	return "其他都填好了，就差" + what + "。拿到后直接发给我，转发聊天记录也行。"
}

// promisedLater takes the clauses of a message that promise a field for
// later ("简介书记还没发呢", "电话我回头发你") or say to leave it empty
// ("那个先别填"): the field is left empty and asked last. It returns the
// rest of the message and the line that says so.
func (t *turn) promisedLater(e *contestbot.Entry, s string) (string, string, bool) {
	if t.nested {
		return s, "", false
	}
	var keep []string
	var got []slot
	for _, cl := range splitClauses(s) {
		if f, ok := promiseOf(cl); ok {
			got = append(got, f)
			continue
		}
		if f, rest, ok := spokenPromise(cl); ok { // s8-h dictation.go: "…是刘一鸣 然后那个 简介我等下发你"
			got = append(got, f)
			cl = rest
		}
		if len(got) > 0 && (reLeaveEmpty.MatchString(compact(cl)) || reKnownAfter.MatchString(compact(cl))) { // s6-d: "剪完才知道"
			continue
		}
		keep = append(keep, cl)
	}
	if len(got) == 0 {
		return s, "", false
	}
	var notes []string
	for _, f := range got {
		if t.unfilled(e, f) { // s6-d hold.go: any field, 时长 too
			t.addLater(e, f)
		}
		notes = append(notes, leadLabel(f)+"等您拿到后再发给我就行，我们先填别的。")
	}
	if t.waitsFor(e, t.st.Pending) { // s6-d: the rest is read at the next question, not at the one put off
		t.st.Pending = t.next(e)
	}
	return strings.TrimSpace(joinClauses(keep)), strings.Join(dedupe(notes), ""), true
}
