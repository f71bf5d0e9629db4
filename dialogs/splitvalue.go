package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-a (round 31, rp147 xinlaoshi_wuxian): one value sent as two or three
// WeChat bubbles. This file extends bubbles.go (s5-f2), which took a lead-in
// only with a copula or a colon ("电话是", "简介是："):
//
//   - a bare label sent alone ("联系人", "摘要", "好的 那制作单位写") is a
//     lead-in too, unless it asks something; it was answered as a question
//     ("联系人" got the organiser's contacts);
//   - a person field said to be "from" an organisation with nothing after it
//     ("摄影是电视台的") is a lead-in to that role, never the value
//     "电视台": the name follows in the next bubble;
//   - a bubble that is only a school's organ or department ("党委组织部")
//     right after the 推荐单位 (or 制作单位) was stored goes on with that
//     unit, not to the step asked next (it was stored as the 片名);
//   - a stray "嗯", "稍等", "我看看" between a lead-in and its value keeps the
//     lead-in (Lead is in the stored state, so it also survives a restart).

var (
	// reLeadFillers is what may stand before a bare label: "好的 那",
	// "嗯 然后", "那个".
	reLeadFillers = regexp.MustCompile(`^(?:(?:那个|嗯+|额+|呃+|哦+|噢+|好的?|好嘞|行|然后|接下来|下面|那|对了|还有)[，,、\s]*)*`)
	// reBareLeadTail is what may follow a bare label: a verb that waits for
	// the value ("写", "填", "是"), a particle, a colon.
	reBareLeadTail = regexp.MustCompile(`^(?:(?:的话)?(?:就|呢)?(?:写|填|是|叫|为|要写|要填|这里写|这块写|那写|那填)?(?:一下|下)?(?:哈|啊|呀|哦|嘛|呢)?[:：]?)$`)
	// reFromOrgLead is a person field said to be from an organisation, with
	// the name still to come: "摄影是电视台的", "撰稿是宣传部的".
	reFromOrgLead = regexp.MustCompile(`^(?:那个|嗯+|然后|还有)?[，,\s]*(\p{Han}{2,6}?)(?:是|为|找的|请的|用的)(\p{Han}{2,16}?)(?:那边|那里|这边)?的(?:人|同志|老师)?$`)
	// reUnitOrganTail is a school's organ or department said alone: "党委组织部",
	// "宣传部", "团委", "教务处", "党委办公室".
	reUnitOrganTail = regexp.MustCompile(`^(?:党委|校党委|院党委)?\p{Han}{0,6}?(?:党委|党总支|党支部|组织部|宣传部|统战部|学工部|人事处|教务处|学生处|科研处|团委|工会|办公室|党政办|部|处)$`)
	// reNotUnitTail is a word that makes an organ name a unit of its own
	// ("郑州市委组织部"), or a school word (then it is a whole unit).
	reNotUnitTail = regexp.MustCompile(`省|市|县|区委|镇|乡|村|公司|电视台|学校|学院|大学|中学|小学|中专|职专|职高|技校|职院`)
)

// bareLead reports which field a bare label sent alone leads in to:
// "联系人" → 联系人, "摘要" → 内容摘要, "好的 那制作单位写" → 制作单位. Only
// strong Han labels count; a question ("联系人？", "联系人写谁"), a label
// with a value after it, and a yes/no item lead in to nothing.
func bareLead(s string) (slot, bool) {
	if isQuestion(s) {
		return "", false
	}
	c := strings.ToLower(compact(stripEmoji(s)))
	c = strings.TrimRight(c, "。.!！~～…")
	c = reLeadFillers.ReplaceAllString(c, "")
	if c == "" {
		return "", false
	}
	for _, d := range labelDefs {
		if d.weak || strings.HasPrefix(d.word, "是否") || !hasHan(d.word) {
			continue
		}
		if !strings.HasPrefix(c, d.word) || !reBareLeadTail.MatchString(c[len(d.word):]) {
			continue
		}
		f := slot(strings.TrimSuffix(string(d.slot), "!"))
		if f.yesNo() || f == slot(contestbot.FieldCopyright) {
			return "", false
		}
		return f, true
	}
	return "", false
}

// fromOrgLead reports the person field of "摄影是电视台的": a role or the
// 联系人 said to be from an organisation, and no name yet.
func fromOrgLead(s string) (slot, bool) {
	if isQuestion(s) {
		return "", false
	}
	m := reFromOrgLead.FindStringSubmatch(compact(stripEmoji(strings.TrimRight(s, "。.!！~～…"))))
	if m == nil {
		return "", false
	}
	f, ok := personLabel(m[1])
	if !ok {
		return "", false
	}
	org := m[2]
	if !reOrgEnd.MatchString(org) || isPerson(org) && plausiblePerson(org) {
		return "", false // "摄影是王磊的": a name, read as usual
	}
	return f, true
}

// personLabel is the person field a label names: a role or the 联系人.
func personLabel(w string) (slot, bool) {
	for _, d := range labelDefs {
		if d.weak || d.word != w {
			continue
		}
		if d.slot.isRole() || d.slot == slot(contestbot.FieldContact) {
			return d.slot, true
		}
	}
	return "", false
}

// leadReply is the one short line that answers a lead-in.
func leadReply(f slot) string {
	switch {
	case f == slotCreators:
		return "好的，请发，按角色写，例如：监制张三，编导李四、王五，撰稿无，摄影赵六，剪辑孙七。"
	case f == slot(contestbot.FieldContact):
		return "好的，请发联系人姓名。"
	case f.isRole():
		return "好的，请发" + f.label() + "的姓名。"
	}
	return "好的，请发" + f.label() + "。"
}

// leadIn reads a bare label or "摄影是电视台的" while a form is open and a
// field is asked: the field is noted as the lead-in and one short line
// answers (the 分类 with its choices). The summary and an edit are left to
// the older readers (bubbles, fixask.go).
func (t *turn) leadIn(e *contestbot.Entry, s string) (string, bool) {
	p := t.st.Pending
	if t.nested || e == nil || t.st.Mode != modeForm || p == "" || p == slot(contestbot.FieldCopyright) {
		return "", false
	}
	f, ok := bareLead(s)
	reply := ""
	if !ok {
		if f, ok = fromOrgLead(s); !ok {
			return "", false
		}
		reply = leadReply(f)
		if f.isRole() {
			reply = "好的，请发" + f.label() + "的姓名，外单位的人可以写成“王磊（焦作广播电视台）”。"
		}
	} else {
		reply = leadReply(f)
		if f == slot(contestbot.FieldCategory) {
			reply = "好的。" + t.question(e, f) // the five choices, to pick one
		}
	}
	t.st.Lead, t.st.LeadName, t.st.Part = f, false, nil
	return reply, true
}

// strayBetween reports whether a bubble is only talk that may stand between
// a lead-in and its value: "嗯", "稍等", "等下", "我看看", "我找找".
func strayBetween(s string) bool {
	c := strings.Trim(compact(stripEmoji(s)), "，,。.！!~～…")
	if c == "" || isChatter(c) {
		return true
	}
	return reStray.MatchString(c)
}

// reStray is a filler or a short wait: "嗯嗯", "稍等一下", "我看看".
var reStray = regexp.MustCompile(`^(?:嗯+|哦+|噢+|额+|呃+|啊+)$|^(?:嗯+|哦+|噢+|额+|呃+|好的?|行)?[，,]?(?:稍等|等下|等一下|等等|等会|等会儿|马上|我看看|我看一下|我找找|我找一下|我查查|我查一下|我翻翻|我想想|让我想想|我问问)(?:一下|哈|啊|呀|哦|啊|下)*$`)

// unitGoesOn rewrites a bubble that only names a school's organ or
// department ("党委组织部"), sent right after the 推荐单位 or 制作单位 was
// stored as a school, as that field with the organ added:
// "推荐单位：焦作工贸职业学校党委组织部". At the 制作单位 step a department
// is that step's own answer and is left alone.
func (t *turn) unitGoesOn(e *contestbot.Entry, s string) (string, bool) {
	u := t.st.Undo
	if t.nested || u == nil || u.Slot != t.st.Prev || (u.Slot != slot(contestbot.FieldUnit) && u.Slot != slot(contestbot.FieldProducer)) {
		return "", false
	}
	if t.st.Pending == slot(contestbot.FieldProducer) || t.st.Pending == u.Slot {
		return "", false
	}
	p := textPtr(e, u.Slot)
	if p == nil || *p == "" {
		return "", false
	}
	tail, ok := unitTail(s)
	if !ok || !unitTakesTail(*p, tail) {
		return "", false
	}
	return u.Slot.label() + "：" + *p + tail, true
}

// unitTail is the organ a bubble names alone, without fillers.
func unitTail(s string) (string, bool) {
	if isQuestion(s) || extract(s).labelled {
		return "", false
	}
	c := strings.Trim(compact(stripEmoji(s)), "。.！!~～…，,")
	c = reLeadFillers.ReplaceAllString(c, "")
	c = strings.TrimSuffix(strings.TrimPrefix(c, "是"), "的")
	if contestbot.RuneLen(c) < 2 || contestbot.RuneLen(c) > 12 || !reUnitOrganTail.MatchString(c) || reNotUnitTail.MatchString(c) ||
		strings.ContainsAny(c, "我你他她咱俺不没是的吗吧了呢啊也都就还在给替帮") { // "我不是组织部的" is talk, never an organ

		return "", false
	}
	return c, true
}

// unitTakesTail reports whether a unit stored as a school (or a school's
// 党委) can take the organ as its rest: "X学校" + "党委组织部",
// "X学院党委" + "组织部"; never a unit that names an organ already.
func unitTakesTail(unit, tail string) bool {
	if strings.HasSuffix(unit, tail) {
		return false
	}
	if strings.HasSuffix(unit, "党委") {
		return !strings.HasPrefix(tail, "党委") && strings.HasSuffix(tail, "部")
	}
	return reSchoolEnd.MatchString(unit) // fullname.go
}

// unitGoesOnNote follows the echo of a unit that took the organ in: the
// user sees the whole new value and how to change it.
func unitGoesOnNote(f slot) string {
	return "（接在上一条后面了；不对的话直接说“" + f.label() + "改成……”）"
}

// s12-a: a person with an outside affiliation ("焦作广播电视台的王磊",
// "焦作广播电视台 王磊", "王磊（焦作台）") is one person, stored as
// "王磊（焦作广播电视台）": the name, then the organisation in full-width
// brackets. It was refused as "不像人名", stored without the station, or
// split into two people. Only an organisation outside the school counts (a
// station, a company, a studio, a paper, a media centre); "宣传部 李娜" is
// the school's own department and is read as before (李娜).

var (
	// reOutsideOrg ends an organisation outside the school.
	reOutsideOrg = regexp.MustCompile(`(?:广播电视台|电视台|广播台|融媒体中心|传媒中心|新闻中心|有限公司|有限责任公司|公司|工作室|报社|杂志社|日报|晚报|传媒|影视|集团|医院|协会|台)$`)
	// reNameParenOrg is "王磊（焦作台）" or "王磊(焦作台)".
	reNameParenOrg = regexp.MustCompile(`^(\p{Han}{2,4}|\p{Han}+·\p{Han}+)[（(]([^（）()]{2,20})[）)]$`)
	// reOrgBeforeName cuts the organisation off the name: "焦作广播电视台的王磊".
	reAffSep = regexp.MustCompile(`^[的\s，,、：:]*|[的\s，,、：:]*$`)
)

// affiliated is a person with an outside organisation as "王磊（焦作广播电视台）";
// ok is false for anything else (a bare name, an organisation alone, the
// school's own department, a role note such as "张三（导演）").
func affiliated(s string) (string, bool) {
	s = strings.TrimSpace(contestbot.NormalizeWidth(stripEmoji(s)))
	s = strings.TrimRight(s, "。.!！~～…")
	if m := reNameParenOrg.FindStringSubmatch(s); m != nil {
		if outsideOrg(m[2]) && isRealName(m[1]) {
			return m[1] + "（" + m[2] + "）", true
		}
		return "", false
	}
	rs := []rune(s)
	// ORG NAME: the name is the last 2–4 runes.
	for k := 2; k <= 4 && k < len(rs); k++ {
		name := string(rs[len(rs)-k:])
		org := reAffSep.ReplaceAllString(string(rs[:len(rs)-k]), "")
		if isRealName(name) && outsideOrg(org) && !strings.ContainsAny(org, " ，,、") {
			return name + "（" + org + "）", true
		}
	}
	// NAME ORG(的): "王磊 焦作广播电视台的".
	for k := 2; k <= 4 && k < len(rs); k++ {
		name := string(rs[:k])
		org := strings.TrimSuffix(reAffSep.ReplaceAllString(string(rs[k:]), ""), "的")
		if isRealName(name) && outsideOrg(org) && !strings.ContainsAny(org, " ，,、") && len([]rune(string(rs[k:]))) > len([]rune(org)) {
			return name + "（" + org + "）", true
		}
	}
	return "", false
}

// reOrgRunes is what an organisation's name is written with.
var reOrgRunes = regexp.MustCompile(`^\p{Han}[\p{Han}A-Za-z0-9]*$`)

// outsideOrg reports whether org names an organisation outside the school.
func outsideOrg(org string) bool {
	n := contestbot.RuneLen(org)
	return n >= 2 && n <= 20 && reOrgRunes.MatchString(org) && reOutsideOrg.MatchString(org) && !reOwnPronoun.MatchString(org) && !isQuestion(org)
}

// affiliatedPeople reads a role's value as people of whom at least one has
// an outside affiliation: "焦作广播电视台的王磊", "张伟、王磊（焦作台）".
func affiliatedPeople(raw string) (string, bool) {
	parts := strings.Split(strings.TrimSpace(raw), "、")
	var out []string
	found := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if a, ok := affiliated(p); ok {
			out, found = append(out, a), true
			continue
		}
		if !isPerson(p) || !plausiblePerson(p) {
			return "", false
		}
		out = append(out, p)
	}
	if !found {
		return "", false
	}
	return strings.Join(out, "、"), true
}

// nameWithOrg reports whether v is a stored "王磊（焦作广播电视台）".
func nameWithOrg(v string) bool {
	m := reNameParenOrg.FindStringSubmatch(v)
	return m != nil && strings.Contains(v, "（") && isRealName(m[1]) && outsideOrg(m[2])
}

// setAffiliated stores a person field given as people with an outside
// affiliation; false when raw is not that shape (set reads it as before).
func (t *turn) setAffiliated(e *contestbot.Entry, s slot, raw string, r *fillResult) bool {
	return t.setAffiliatedAs(e, s, raw, false, r)
}

// setAffiliatedAs is setAffiliated; with add ("摄影那加上焦作广播电视台 王磊") a
// person already in the role without the organisation gets it in place, and
// anyone else is added.
func (t *turn) setAffiliatedAs(e *contestbot.Entry, s slot, raw string, add bool, r *fillResult) bool {
	switch {
	case s == slot(contestbot.FieldContact):
		n, ok := affiliated(raw)
		if !ok {
			return false
		}
		e.Contact = n
		r.add(s)
		return true
	case s.isRole():
		n, ok := affiliatedPeople(raw)
		if !ok {
			return false
		}
		p := creatorPtr(e, s)
		switch {
		case add && *p != "" && !contestbot.IsNone(*p):
			n = withAffiliations(*p, n)
		case r.has(s) && *p != "":
			n = *p + "、" + n
		}
		*p = uniqueNames(n)
		t.st.markRole(s)
		r.add(s)
		t.dropSelfRole(s)
		if len(t.st.Roles) == len(roles) {
			e.CreatorsDone = true
		}
		return true
	}
	return false
}

// reAffLabelled is a person field named before its value: "摄影：…",
// "摄影 …", "摄影改成…", "不对 摄影是…".
var reAffLabelled = regexp.MustCompile(`^(?:不对|不是|错了|哦)?[，,\s]*(\p{Han}{2,6}?)(?:那里|那块|那儿|那)?(?:改成|改为|换成|应该是|应为|是|为|写|写成|填|(加上|加|补上|补))?[：:\s]*(.+)$`)

// reAffRemark is a remark after the person that only says the same thing
// again: "王磊是他们台的", "是那边的人".
var reAffRemark = regexp.MustCompile(`(\p{Han}{2,4}?)(?:也)?是(?:他们|她们|人家)(?:台里|台|公司|单位|那边|那里)?的(?:人)?$`)

// reNameIsRole is "王磊是摄影": the name said before its role.
var reNameIsRole = regexp.MustCompile(`^(?:不对|不是|错了|哦)?[，,\s]*(\p{Han}{2,4})是(\p{Han}{2,6}?)[，,\s]+(.+)$`)

// affiliatedMsg reads a whole message that gives one person field people
// with an outside affiliation: at that field's step the bare value, else the
// value after its label ("摄影 王磊（焦作广播电视台）"), or "王磊是摄影
// 焦作广播电视台的王磊". It returns the field and the value to store.
func affiliatedMsg(msg string, pending slot) (f slot, v string, add, ok bool) {
	s := strings.TrimSpace(stripEmoji(msg))
	if s == "" || isQuestion(s) {
		return "", "", false, false
	}
	s = strings.TrimSpace(reAffRemark.ReplaceAllString(strings.TrimRight(s, "。.！!~～"), "$1"))
	if m := reNameIsRole.FindStringSubmatch(s); m != nil {
		if f, ok := personLabel(m[2]); ok {
			if v, ok := affiliatedFor(f, m[3]); ok && strings.HasPrefix(v, m[1]) {
				return f, v, false, true
			}
		}
	}
	if m := reAffLabelled.FindStringSubmatch(s); m != nil {
		if f, ok := personLabel(m[1]); ok {
			if v, ok := affiliatedFor(f, m[3]); ok {
				return f, v, m[2] != "", true
			}
		}
	}
	if pending.isRole() || pending == slot(contestbot.FieldContact) {
		if v, ok := affiliatedFor(pending, s); ok {
			return pending, v, false, true
		}
	}
	return "", "", false, false
}

// affiliatedFor is the value for a person field: several people for a role,
// one for the 联系人.
func affiliatedFor(f slot, v string) (string, bool) {
	if f == slot(contestbot.FieldContact) {
		return affiliated(v)
	}
	return affiliatedPeople(v)
}

// reOrgOfBubble is a bubble that only says where the person just named is
// from: "焦作广播电视台的", "他是焦作广播电视台的", "王磊是焦作台那边的".
var reOrgOfBubble = regexp.MustCompile(`^(?:嗯|哦|对了)?[，,\s]*(?:(他|她|\p{Han}{2,4}?)是|是)?(\p{Han}{2,20}?)(?:那边|这边)?的(?:人)?$`)

// affiliationGoesOn rewrites "焦作广播电视台的", sent right after a role (or
// the 联系人) was stored as one name, as that field with the organisation
// added: "摄影：王磊（焦作广播电视台）". The bubble ends in 的, so it cannot be
// a value of the step asked next.
func (t *turn) affiliationGoesOn(e *contestbot.Entry, s string) (string, bool) {
	f := t.st.Prev
	if t.nested || e == nil || !f.isRole() && f != slot(contestbot.FieldContact) || isQuestion(s) {
		return "", false
	}
	p := textPtr(e, f)
	if p == nil || !isRealName(*p) {
		return "", false
	}
	m := reOrgOfBubble.FindStringSubmatch(compact(stripEmoji(strings.TrimRight(strings.TrimSpace(s), "。.！!~～"))))
	if m == nil || !outsideOrg(m[2]) || m[1] != "" && m[1] != "他" && m[1] != "她" && m[1] != *p {
		return "", false
	}
	label := chineseShort(f)
	if f == slot(contestbot.FieldContact) {
		label = "联系人"
	}
	return label + "：" + *p + "（" + m[2] + "）", true
}

// withAffiliations is the names in old with each person of add put in
// place ("王磊" → "王磊（焦作广播电视台）"), and those not in old added.
func withAffiliations(old, add string) string {
	names := strings.Split(old, "、")
	for _, a := range strings.Split(add, "、") {
		bare := a
		if i := strings.Index(a, "（"); i > 0 {
			bare = a[:i]
		}
		placed := false
		for i, n := range names {
			if n == bare || n == a {
				names[i], placed = a, true
			}
		}
		if !placed {
			names = append(names, a)
		}
	}
	return strings.Join(names, "、")
}

// affiliatedLabelled rewrites a whole message that gives a person field
// people with an outside affiliation as that field labelled with the whole
// value ("摄影：张伟、王磊（焦作广播电视台）"), before the readers that take
// "加上…" as another person or "ORG NAME" as two clauses see it.
func (t *turn) affiliatedLabelled(e *contestbot.Entry, s string) (string, bool) {
	if t.nested || e == nil {
		return "", false
	}
	at := t.st.Pending
	if l := t.st.Lead; l.isRole() || l == slot(contestbot.FieldContact) {
		at = l // "摄影" sent alone at the 撰稿 step, then "焦作广播电视台 王磊"
	}
	f, v, add, ok := affiliatedMsg(s, at)
	if !ok {
		return "", false
	}
	if p := textPtr(e, f); add && p != nil && *p != "" && !contestbot.IsNone(*p) {
		v = withAffiliations(*p, v)
	}
	label := chineseShort(f)
	if f == slot(contestbot.FieldContact) {
		label = "联系人"
	}
	return label + "：" + v, true
}

// reHanOnly is a bubble of Han characters only: "守望", "红马甲".
var reHanOnly = regexp.MustCompile(`^\p{Han}{2,15}$`)

// titleGoesOn rewrites a bubble that finishes the 片名 stored just before
// when that 片名 stopped visibly short ("黄河岸边的", "初心与") and the step
// asked next cannot take the bubble ("守望" is no 制作单位): "片名：黄河岸边的守望".
// A title that may end so ("奋斗的") stays as it is when the next bubble is
// the next step's value.
func (t *turn) titleGoesOn(e *contestbot.Entry, s string) (string, bool) {
	u := t.st.Undo
	f := slot(contestbot.FieldTitle)
	if t.nested || e == nil || u == nil || u.Slot != f || t.st.Prev != f || t.st.Pending == f || t.st.Pending == "" {
		return "", false
	}
	old := e.Title
	rs := []rune(old)
	if len(rs) < 2 || !strings.ContainsRune("的和与之在是叫", rs[len(rs)-1]) {
		return "", false
	}
	c := strings.Trim(compact(stripEmoji(s)), "。.！!~～…，,")
	if !reHanOnly.MatchString(c) || isQuestion(s) || isChatter(c) || strayBetween(c) || onlyDenial(c) || closing(c) || consents(c) ||
		extract(s).labelled || firstNamedField(c) != "" {
		return "", false
	}
	if tr := t.tryFill(e, s, t.st.Pending); len(tr.set) > 0 {
		return "", false // the step asked takes it
	}
	return f.label() + "：" + old + c, true
}
