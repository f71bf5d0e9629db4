package dialogs

import (
	"encoding/json"
	"regexp"
	"strings"

	"contestbot"
)

// Branch s11-e (round 29, rp138 kezhang_keqi, rp140 weixiao_AIzimu): what a
// writer says around a value, or about a field, is never the value.
//
//   - The courtesies of formal Chinese are talk: "…内容摘要如下，烦请查收：<摘要>"
//     kept "烦请查收：" at the head of the 摘要, and "…应为“X”，…，烦请更正为盼。"
//     stored 片名 "内容，烦请更正为盼". A clause that only asks politely for
//     something the message itself does (烦请/敬请/恳请/劳驾/麻烦您 + 查收/更正/
//     修改/核对…, 为盼/为荷) is dropped; 烦请删去 keeps its verb ("删去"), which
//     the removal readers need.
//   - A clause that talks about a field is no value of it: "简介最后一句写了旁白配音和
//     字幕用的AI" at the AI-label step replaced the 简介, and "前面“就填”二字并非片名
//     内容" gave the 片名 "内容…". A label followed by where in it (里/中/最后一句/
//     开头…) and a verb of saying (写了/提到/有), or a label named as what
//     something is not (并非/不是/不属于 + 片名内容), is a statement about the
//     field: it is dropped from the message.

const (
	// courtesyLead asks politely: 烦请, 敬请, 恳请, 劳驾, 麻烦您, 请您.
	courtesyLead = `(?:烦请|敬请|恳请|劳驾|麻烦(?:您|你)?|请您?)(?:予以|帮忙|帮我|代为|帮忙给)?`
	// courtesyEnd closes a formal request: 为盼, 为荷, 是盼, 为感, and thanks.
	courtesyEnd = `(?:为盼|为荷|是盼|为感)`
)

var (
	// reCourtesyOnly is a clause that only asks politely for what the
	// message does anyway: "烦请查收", "烦请更正为盼", "敬请审阅", "为盼".
	reCourtesyOnly = regexp.MustCompile(`^(?:` + courtesyLead + `(?:查收|查阅|审阅|审核|核对|核实|核准|知悉|收悉|更正|修改|改正|修正|订正|处理|留意|注意)(?:一下)?` + courtesyEnd + `?|` + courtesyEnd + `)(?:谢谢|多谢|感谢)?(?:您|你)?[。.！!～~]*$`)
	// reCourtesyAct is a polite request with a verb another reader acts on:
	// "烦请删去" is "删去".
	reCourtesyAct = regexp.MustCompile(`^` + courtesyLead + `((?:删去|删除|删掉|去掉|去除)(?:一下)?)` + courtesyEnd + `?([。.！!～~]*)$`)
	// reCourtesyTail is 为盼 closing a clause that asks something: "请改为X为盼".
	reCourtesyTail = regexp.MustCompile(courtesyEnd + `([。.！!～~]*)$`)
	// reCourtesyColon is a polite "please receive" before a colon: "…如下，烦请查收：".
	reCourtesyColon = regexp.MustCompile(`[，,、\s]*` + courtesyLead + `(?:查收|查阅|审阅|审核|核对|核实|知悉|收悉)(?:一下)?` + courtesyEnd + `?\s*([:：])`)
)

// courtesyOff drops the clauses of s that only ask politely, and the
// courtesy closing a request; s unchanged when that would leave nothing.
func courtesyOff(s string) string {
	if !strings.ContainsAny(s, "烦敬恳劳麻请盼荷") {
		return s
	}
	changed := false
	if c := courtesyColonOff(s); c != s && strings.TrimSpace(strings.Trim(c, ":：")) != "" {
		s, changed = c, true
	}
	parts := splitClauses(s)
	var kept []string
	for _, p := range parts {
		core := strings.TrimRight(p, "，,。；;！!？?：: ")
		cut := p[len(core):]
		switch {
		case reCourtesyOnly.MatchString(core):
			changed = true
			if strings.ContainsAny(cut, ":：") && len(kept) > 0 {
				// "内容摘要如下，烦请查收：<摘要>": the colon stays with the lead.
				last := strings.TrimRight(kept[len(kept)-1], "，,、 ")
				kept[len(kept)-1] = last + "："
			}
			continue
		case reCourtesyAct.MatchString(core):
			m := reCourtesyAct.FindStringSubmatch(core)
			p, changed = m[1]+m[2]+cut, true
		case reCourtesyTail.MatchString(core) && contestbot.RuneLen(core) > 4:
			p, changed = reCourtesyTail.ReplaceAllString(core, "$1")+cut, true
		}
		kept = append(kept, p)
	}
	if !changed || len(kept) == 0 {
		return s
	}
	out := joinKept(kept)
	if strings.TrimSpace(out) == "" {
		return s
	}
	return out
}

var (
	// aboutFieldLabels are the fields a statement may talk about.
	aboutFieldLabels = `(?:内容简介|作品简介|简介|内容摘要|摘要|片名|作品名称|推荐单位|制作单位|主创人员|主创)`
	// reAboutField talks about what is in a field: "简介最后一句写了…",
	// "摘要里提到了…", "简介中有…".
	reAboutField = regexp.MustCompile(`^(?:那|这|其实|另外|而且|但是|不过|我|我们|俺)?(?:在)?` + aboutFieldLabels +
		`(?:的)?(?:里|中|里面|里头|当中|内|最后一句|最后那句|第一句|头一句|开头|结尾|末尾|最后|中间|前面|后面|后边)+(?:的)?(?:话|部分|那句话?|一句话?)?(?:已经|也|都|就|有|我)*(?:写了|写的是|写有|写着|写明了?|注明了?|提到了?|提了|说了|说明了|讲了|有写|有提到|交代了)`)
	// reNotFieldContent names a field as what something is not: "并非片名
	// 内容", "那不是摘要内容", "不属于简介".
	reNotFieldContent = regexp.MustCompile(`(?:并非|不是|不属于|不算|并不是)` + aboutFieldLabels + `(?:的)?(?:内容|一部分|部分|里的)`)
)

// aboutFieldOff drops from s the clauses that talk about a field rather
// than give its value; ok is false when none does. rest is "" when every
// clause did.
func aboutFieldOff(s string) (rest string, ok bool) {
	if !strings.ContainsAny(s, "简摘片单主") {
		return s, false
	}
	var kept []string
	for _, p := range splitClauses(s) {
		core := strings.TrimSpace(contestbot.NormalizeWidth(p))
		if reAboutField.MatchString(core) || reNotFieldContent.MatchString(core) {
			ok = true
			continue
		}
		kept = append(kept, p)
	}
	if !ok {
		return s, false
	}
	return strings.TrimSpace(joinKept(kept)), true
}

// factsThenRemoval reads an answer to the eligibility question followed by
// a request to take words out of a field ("以上四项均符合。另外刚才的内容摘要开头
// 多记了“烦请查收：”几个字，烦请删去。", rp138): the facts are answered, then the
// words are taken out, in one reply. The whole message had been stored as
// the 摘要.
func (t *turn) factsThenRemoval(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if e == nil || !pending.eligibility() || strings.ContainsAny(s, "？?") {
		return "", false
	}
	cls := splitClauses(s)
	for k := 1; k < len(cls); k++ {
		tail := joinClauses(cls[k:])
		rm, ok := readRemoval(tail)
		if !ok || rm.words == "" || rm.vague {
			continue
		}
		if k+1 < len(cls) {
			if rm2, ok2 := readRemoval(joinClauses(cls[k+1:])); ok2 && rm2.words != "" && !rm2.vague {
				continue // the removal starts later
			}
		}
		head := joinClauses(cls[:k])
		if isQuestion(head) {
			return "", false
		}
		out, ok := t.eligibility(e, head)
		if !ok {
			if out, ok = t.eligibilityFacts(e, head, openEligibility(t.c.season, e), true); !ok {
				return "", false
			}
		}
		first, _, _ := strings.Cut(out, "\n\n")
		if strings.HasPrefix(first, "通知") {
			first = ""
		}
		return strings.TrimSpace(first + "\n" + t.formRest(e, tail)), true
	}
	return "", false
}

// courtesyColonOff drops a "please receive" before a colon, outside quotes
// ("多记了“烦请查收：”几个字" names the words, it says no courtesy).
func courtesyColonOff(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range reCourtesyColon.FindAllStringSubmatchIndex(s, -1) {
		if quotedAt(s, m[0]) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(s[m[2]:m[3]])
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// quotedAt reports whether byte offset i of s lies inside quotes or 《》.
func quotedAt(s string, i int) bool {
	depth := 0
	for j, r := range s {
		if j >= i {
			break
		}
		switch {
		case strings.ContainsRune("《“「『‘", r):
			depth++
		case strings.ContainsRune("》”」』’", r) && depth > 0:
			depth--
		}
	}
	return depth > 0
}

// reNegatedOnly is a clause that only denies: "不是团委", "不是“才是团委”",
// "并非团委哈".
var reNegatedOnly = regexp.MustCompile(`^(?:而|可|也)?(?:不是|并非|不写|别写|不要写?)\s*([“"「]?)([^，,。；;\s“”"「」]{1,14}?)([”"」]?)(?:哈|啊|呀|啦|了|哦|噢|嗷|哟|呢)*$`)

// reRestateNext opens the value that follows a denial: "是Z", "而是Z".
var reRestateNext = regexp.MustCompile(`^(?:而是|应该是|应是|应为|就是|是|改成|改为)`)

// negatedAfterValue drops from s a clause that only denies (Y in "不是Y")
// right after a clause giving a labelled value: "推荐单位写周口职业技术学院党委组织部哈
// 不是团委" is the value and a remark on what it replaces (rp137: "不是团委"
// was taken for the 推荐单位). Y must be what the field held, or of the
// field's kind (an organisation for a unit, a name for a person, a running
// time), or quoted; a free text's clause is its own. "片名：青春 不是梦" keeps
// its words.
func negatedAfterValue(e *contestbot.Entry, s string) string {
	if !strings.ContainsAny(s, "不并别") {
		return s
	}
	cls := splitClauses(s)
	var kept []string
	var field slot
	changed := false
	for i, cl := range cls {
		core := strings.TrimRight(strings.TrimSpace(contestbot.NormalizeWidth(cl)), "，,。；;！!～~ ")
		after := ""
		if seg, rest, ok := firstWordOutside(core); ok && reNegatedOnly.MatchString(seg) {
			core, after = seg, rest // "不是“才是团委”  推荐单位要带上…": the denial is the first word
		}
		restated := i+1 < len(cls) && reRestateNext.MatchString(strings.TrimSpace(cls[i+1])) // "不是Y，是Z" is a correction
		if m := reNegatedOnly.FindStringSubmatch(core); m != nil && field != "" && !restated && deniedOfField(e, field, m[2], m[1] != "" && m[3] != "") {
			changed = true
			if after != "" {
				kept = append(kept, after)
				field = ""
			}
			continue
		}
		kept = append(kept, cl)
		if x := extract(cl); x.labelled && len(x.values) > 0 {
			field = x.values[len(x.values)-1].slot
			if field.freeText() {
				field = ""
			}
		} else if !isChatter(compact(cl)) && !reRestateNext.MatchString(strings.TrimSpace(cl)) { // "制作单位错了 是X" goes on with X
			field = ""
		}
	}
	if !changed || len(kept) == 0 {
		return s
	}
	return joinKept(kept)
}

// joinKept joins clauses cut by splitClauses, with a space where the cut
// was one (splitClauses trims it).
func joinKept(kept []string) string {
	var b strings.Builder
	for i, p := range kept {
		b.WriteString(p)
		if r := []rune(p); i+1 < len(kept) && len(r) > 0 && !strings.ContainsRune("，,。；;！!？?：:、\n\t ", r[len(r)-1]) {
			b.WriteString(" ")
		}
	}
	return strings.TrimRight(b.String(), "，,、 ")
}

// deniedOfField reports whether y, said after "不是" beside a value of f,
// is a value f had or could have: what it replaces.
func deniedOfField(e *contestbot.Entry, f slot, y string, quoted bool) bool {
	if quoted {
		return true
	}
	if e != nil {
		if p := textPtr(e, f); p != nil && *p != "" && strings.Contains(*p, y) {
			return true
		}
	}
	switch {
	case f == slot(contestbot.FieldUnit) || f == slot(contestbot.FieldProducer):
		return reOrgEndAny.MatchString(y)
	case f == slot(contestbot.FieldContact) || f.isRole():
		return isRealName(y)
	case f == slot(contestbot.FieldDuration):
		_, err := contestbot.ParseDuration(y)
		return err == nil
	case f == slot(contestbot.FieldPhone):
		return strings.Trim(y, "0123456789-") == "" && len(y) >= 7
	}
	return false
}

// firstWordOutside cuts s at its first run of spaces outside quotes; ok is
// false when there is none.
func firstWordOutside(s string) (first, rest string, ok bool) {
	depth := 0
	for i, r := range s {
		switch {
		case strings.ContainsRune("《“「『", r):
			depth++
		case strings.ContainsRune("》”」』", r) && depth > 0:
			depth--
		case r == ' ' && depth == 0:
			return s[:i], strings.TrimSpace(s[i:]), strings.TrimSpace(s[i:]) != ""
		}
	}
	return s, "", false
}

// reShortThenFull is a unit said short, then in full: "制作单位才是团委 周口职业技术学院团委".
var reShortThenFull = regexp.MustCompile(`(制作单位|推荐单位)(?:才是|就是|应该是|应是|是|写|填|为)?[：:]?\s*(\p{Han}{2,8})\s+(\p{Han}{4,40})`)

// shortThenFull keeps the full name of a unit said short and then in full
// (the full one ends with the short one); s unchanged otherwise.
func shortThenFull(s string) string {
	return reShortThenFull.ReplaceAllStringFunc(s, func(m string) string {
		g := reShortThenFull.FindStringSubmatch(m)
		if g[3] == g[2] || !strings.HasSuffix(g[3], g[2]) || !isOrg(g[3]) {
			return m
		}
		return g[1] + "：" + g[3]
	})
}

var (
	// reNotThisOne says the stored text is the wrong one: "简介不是这个",
	// "简介不对".
	reNotThisOne = regexp.MustCompile(`^(?:哎|唉|诶|哎呀|啊|不对|不是)?(?:那个|这个)?(内容简介|作品简介|简介|内容摘要|摘要)(?:又|怎么|咋)?(?:不是这个|不是这段|不是这句|不是这样|不是这么写的|不对|错了|变了|被改了|给改了|怎么变了|咋变了)(?:啊|呀|吧|哈|了|嘛|呢)*$`)
	// reKeepFirst asks for the text given first: "简介还是我一开始发给你的那一大段",
	// "还是原来那个", "用之前那段".
	reKeepFirst = regexp.MustCompile(`^(?:内容简介|作品简介|简介|内容摘要|摘要)?(?:还是|就是|就用|还用|用|应该是|是)(?:我)?(?:一开始|最开始|开始|刚开始|原来|之前|前面|上面|最早|最初|头一回|第一次)(?:发|给|写|说|贴)?(?:给你|给您|你)?(?:的)?(?:那个|那段|那一大段|那一段|那几句|那句|那版|那一版|这段|那些)?(?:话|内容)?(?:啊|呀|吧|哈|了|嘛|呢)*$`)
	// reDontChange says the text is not to change: "别改", "不用改".
	reDontChange = regexp.MustCompile(`^(?:别|不要|不用|不需要|不能)(?:改|动|换)(?:了|啊|呀|哈|它)*$`)
)

// earlierTextAsked reads a complaint that the stored 简介/摘要 is wrong and the
// earlier one was right ("哎 简介不是这个！简介还是我一开始发给你的那一大段，别改。AI的已标注",
// rp140): the text replaced is brought back, and the other clauses are
// read as usual. Without a replaced text it says what is stored. The whole
// message had been stored as the 简介.
func (t *turn) earlierTextAsked(e *contestbot.Entry, s string) (string, bool) {
	var f slot
	complained, first, keep := false, false, false
	var rest []string
	for _, cl := range splitClauses(s) {
		c := strings.Trim(compact(stripEmoji(cl)), "，,。.！!？?~～ ")
		switch {
		case c == "" || isChatter(c):
		case reNotThisOne.MatchString(c):
			complained = true
			f = labelSlot(reNotThisOne.FindStringSubmatch(c)[1])
		case reKeepFirst.MatchString(c):
			first = true
			if g := labelSlot(c); g != "" && f == "" {
				f = g
			}
		case reDontChange.MatchString(c):
			keep = true
		default:
			rest = append(rest, cl)
		}
	}
	// The earlier text asked back, or kept against the complaint; a
	// complaint alone is the existing undo's (interpret.go).
	if f == "" || !first && !(complained && keep) || !f.freeText() {
		return "", false
	}
	p := textPtr(e, f)
	var head string
	switch old := t.earlierText(e, f, first); {
	case old != "" && old != *p:
		replaced := *p
		*p = old
		if f == slot(contestbot.FieldSynopsis) && e.Summary == replaced {
			e.Summary = old // a 摘要 said as 同简介 follows it
		}
		t.touch(e)
		t.st.Undo = nil
		head = "好的，" + f.label() + "已改回原来那段：“" + clip(old, 30) + "”。"
	case *p != "":
		head = f.label() + "没有改过，现在还是：“" + clip(*p, 30) + "”。"
	default:
		return "", false
	}
	if r := strings.TrimSpace(joinClauses(rest)); r != "" {
		return head + "\n" + strings.TrimPrefix(t.formRest(e, r), "好的，"), true
	}
	return t.withPending(head), true
}

// earlierText is the text field f of e held before its last change, from
// the edit history (restore.go); with first ("一开始发给你的那段") the text
// before the whole run of changes that led to the value stored now. ""
// when the history has none.
func (t *turn) earlierText(e *contestbot.Entry, f slot, first bool) string {
	name := workFieldOf(f)
	cur := *textPtr(e, f)
	old := ""
	for i := len(t.st.Edits) - 1; i >= 0; i-- {
		ed := t.st.Edits[i]
		if ed.EntryID != e.ID || ed.Field != name {
			continue
		}
		var o, n string
		if json.Unmarshal(ed.Old, &o) != nil || json.Unmarshal(ed.New, &n) != nil || n != cur {
			break
		}
		old, cur = o, o
		if !first {
			break
		}
	}
	return old
}

// reForOtherBody says the work is registered for another body: "想给组织部那边报个片子",
// "替宣传部报", "帮书记那边填".
var reForOtherBody = regexp.MustCompile(`(?:给|替|帮|代)([^，,。；;！!？?\s]{1,12}?)(?:那边|那里|那儿|这边)?(?:报|申报|填|弄|交)|(?:给|替|帮|代)([^，,。；;！!？?\s]{1,12}?)(?:那边|那里|那儿)`)

// forOtherBody reports whether s says the work is for a body other than
// the typist's own, or the bot: "给组织部那边报" yes, "给你们报", "帮学校报" no.
func forOtherBody(s string) bool {
	for _, m := range reForOtherBody.FindAllStringSubmatch(compact(s), -1) {
		who := m[1] + m[2]
		who = strings.TrimPrefix(strings.TrimPrefix(who, "咱"), "俺")
		if strings.HasPrefix(who, "你") || strings.HasPrefix(who, "您") || strings.HasPrefix(who, "恁") || containsAny(who, "学校", "本校", "我们", "俺们", "咱们", "自己") {
			continue
		}
		// A body, not a person: a student typing for her teacher ("帮李老师报")
		// is typist.go's.
		if reOrgEndAny.MatchString(who) && !containsAny(who, "老师", "学生", "同学") {
			return true
		}
	}
	return false
}

// introForOther drops the typist's introduction ("我是周口职院团委的") from a
// message that says the work is for another body ("想给组织部那边报个片子",
// rp137): where the typist works is not the 推荐单位. ok is false when s is
// no such message.
func introForOther(s string) (rest string, ok bool) {
	if !reIntroSelf.MatchString(s) || !forOtherBody(s) {
		return s, false
	}
	var kept []string
	for _, cl := range splitClauses(s) {
		if reIntroSelf.MatchString(cl) {
			ok = true
			continue
		}
		kept = append(kept, cl)
	}
	return strings.TrimSpace(joinClauses(kept)), ok
}
