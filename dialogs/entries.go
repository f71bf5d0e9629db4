package dialogs

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"contestbot"
	"contestbot/knowledge"
)

// startIntro opens the form; its example names the season's first category.
func startIntro(season *contestbot.Season) string {
	example := "片名《黄河岸边的守望》，时长2分30秒"
	if len(season.Categories) > 0 {
		example += "，" + season.Categories[0]
	}
	return "好的，开始报名！我会一项项问报名表上的内容，也可以一次发多项，例如：" + example + "。中途随时可以修改或提问，发“取消”可放弃。"
}

// register starts a new entry (or resumes the open draft). rest is what
// followed "我要报名" in the same message.
func (t *turn) register(rest string) string {
	// s12-j wishworks.go: "两个都报" beside the wish says how many works, no value.
	return noteWorks(rest, t.registerValues(dropOwnWish(rest)))
}

// registerValues starts the form (or resumes the draft) with the values
// rest gives.
func (t *turn) registerValues(rest string) string {
	if d := t.latestDraft(); d != nil {
		t.st.focus(modeForm, d)
		head := "您有一份还没填完的报名《" + d.DisplayTitle() + "》，我们接着填。"
		if rest != "" {
			return head + "\n" + t.formInput(d, rest)
		}
		t.st.Pending = t.next(d)
		return head + "\n\n" + t.question(d, t.st.Pending)
	}
	if t.closed() {
		return t.c.closedText()
	}
	intro := startIntro(t.c.season)
	for _, x := range t.entries {
		if x.Status == contestbot.StatusComplete {
			intro += "（同一单位的下一个作品，发“再报一个”可沿用单位、联系人和电话。）"
			break
		}
	}
	e := &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}
	t.entries = append(t.entries, e)
	t.st.focus(modeForm, e)
	t.touch(e)
	if took := t.takeStated(e, t.stated); took != "" { // s5-g3 stated.go: values said with the wish to register
		intro += "\n\n" + took
	}
	t.stated = nil
	if early := t.st.Early; early != "" {
		// Values said before the form opened fill it first.
		t.st.Early = ""
		early = t.earlyNotGiven(early, rest) // s8-j earlyreplaced.go: the pasted form's 时长 replaces a noted one
		rest = strings.TrimLeft(early+"，"+strings.TrimSpace(rest), "，")
		rest = strings.TrimRight(rest, "，")
	}
	if strings.TrimSpace(rest) != "" {
		return intro + "\n\n" + t.formInput(e, rest)
	}
	t.st.Pending = t.next(e)
	return intro + "\n\n" + t.question(e, t.st.Pending)
}

// another starts the next entry of the same school, reusing unit, contact
// and phone of the last one.
func (t *turn) another() string {
	if d := t.latestDraft(); d != nil {
		t.st.focus(modeForm, d)
		t.st.Pending = t.next(d)
		return "您还有一份没填完的报名《" + d.DisplayTitle() + "》，先把它填完吧。\n\n" + t.question(d, t.st.Pending)
	}
	if t.closed() {
		return t.c.closedText()
	}
	var prev *contestbot.Entry
	for i := len(t.entries) - 1; i >= 0; i-- {
		if x := t.entries[i]; x.Status == contestbot.StatusComplete && x.Unit != "" {
			prev = x
			break
		}
	}
	if prev == nil {
		return t.register("")
	}
	e := &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft,
		Unit: prev.Unit, Contact: prev.Contact, Phone: prev.Phone}
	t.entries = append(t.entries, e)
	t.st.focus(modeForm, e)
	t.touch(e)
	held := t.takeNextWork(e) // s6-g whichwork.go: "第二个片子的导演也是我" said while filling the first
	if held != "" {
		held = "\n" + held
	}
	t.st.Pending = t.next(e)
	return fmt.Sprintf("好的，报下一个作品。已沿用上一个作品的推荐单位（%s）、联系人（%s）和电话（%s），要改直接说，例如“联系人改成李娜”。%s\n\n%s",
		e.Unit, e.Contact, contestbot.FormatPhone(e.Phone), held, t.question(e, t.st.Pending))
}

// resume continues the open draft at its first missing field.
func (t *turn) resume() string {
	d := t.current()
	if d == nil || d.Status != contestbot.StatusDraft {
		d = t.latestDraft()
	}
	if d == nil {
		// The newest entry tells what "继续" can mean: a draft cancelled a
		// moment ago is not "no records".
		if n := len(t.entries); n > 0 && t.entries[n-1].Status == contestbot.StatusCancelled {
			return "您上一份报名《" + t.entries[n-1].DisplayTitle() + "》已经取消了，不能接着填。想重新报名，请发送“我要报名”。"
		}
		for _, e := range t.entries {
			if e.Status == contestbot.StatusComplete {
				return "您的报名都已完成，没有要接着填的。发“我的作品”查看，发“再报一个”报下一个作品。"
			}
		}
		return "还没有报名记录。发送“我要报名”开始。"
	}
	t.st.focus(modeForm, d)
	t.st.Pending = t.next(d)
	if f := filledShort(t.c.season, d); f != "" { // resume.go: what is filled, by label
		return fmt.Sprintf("欢迎回来！接着填《%s》的报名表。已填：%s；还差%d项。\n\n%s",
			d.DisplayTitle(), f, len(t.leftItems(d)), t.question(d, t.st.Pending)) // s8-b progress.go: the one count
	}
	return fmt.Sprintf("欢迎回来！接着填《%s》的报名表。\n\n%s", d.DisplayTitle(), t.question(d, t.st.Pending))
}

// listed is the user's entries as "我的作品" numbers them: completed ones
// by unit and 序号, then drafts, oldest first; cancelled ones are left out.
func (t *turn) listed() []*contestbot.Entry {
	var done, drafts []*contestbot.Entry
	for _, e := range t.entries {
		switch e.Status {
		case contestbot.StatusComplete:
			done = append(done, e)
		case contestbot.StatusDraft:
			drafts = append(drafts, e)
		}
	}
	sort.SliceStable(done, func(i, j int) bool {
		if ki, kj := done[i].UnitKey(), done[j].UnitKey(); ki != kj {
			return ki < kj
		}
		return done[i].Seq < done[j].Seq
	})
	return append(done, drafts...)
}

// mine lists the user's entries with status and what is missing.
func (t *turn) mine() string {
	es := t.listed()
	if len(es) == 0 {
		msg := "您还没有报名作品。发送“我要报名”开始。"
		for _, e := range t.entries {
			if e.Status == contestbot.StatusCancelled {
				msg += "\n（已取消：《" + e.DisplayTitle() + "》）"
			}
		}
		return msg
	}
	var b strings.Builder
	fmt.Fprintf(&b, "您的作品（共%d个）：", len(es))
	for i, e := range es {
		fmt.Fprintf(&b, "\n%d.《%s》%s", i+1, e.DisplayTitle(), e.Status.Label())
		if e.Status == contestbot.StatusComplete {
			fmt.Fprintf(&b, "，%s 序号%d", e.Unit, e.Seq)
		}
		switch {
		case e.VideoURL != "" && e.CheckVerdict != "":
			fmt.Fprintf(&b, "，视频检查：%s", e.CheckVerdict.Label())
		case e.VideoURL != "":
			b.WriteString("，视频已提交")
		}
		if u := e.Unfinished(t.c.season); len(u) > 0 {
			b.WriteString("\n   还差：" + strings.Join(u, "；"))
		}
	}
	for _, e := range t.entries {
		if e.Status == contestbot.StatusCancelled {
			fmt.Fprintf(&b, "\n（已取消：《%s》）", e.DisplayTitle())
		}
	}
	if l := t.docsLink(); l != "" && slices.ContainsFunc(es, func(e *contestbot.Entry) bool { return e.Status == contestbot.StatusComplete }) {
		b.WriteString("\n\n已完成作品的报名表、汇总表、版权确认协议书下载：" + l)
	}
	b.WriteString("\n\n修改：发“修改第1个作品的时长”；没填完的发“继续报名”；")
	if len(es) >= 2 {
		b.WriteString("排序：发“调整顺序 2 1”；")
	}
	b.WriteString("报下一个：发“再报一个”。")
	return t.withPending(b.String())
}

func atoiCN(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	d, err := contestbot.ParseDuration(s + "秒") // reuse the Chinese numeral reader
	if err != nil {
		return 0
	}
	return d
}

// entryRef finds an entry by its number in "我的作品" (ref[0]) or by
// title (ref[1]).
func (t *turn) entryRef(ref []string) *contestbot.Entry {
	es := t.listed()
	if len(ref) > 0 && ref[0] != "" {
		if n := atoiCN(ref[0]); n >= 1 && n <= len(es) {
			return es[n-1]
		}
		return nil
	}
	if len(ref) > 1 && ref[1] != "" {
		return byTitle(es, ref[1])
	}
	return nil
}

func byTitle(es []*contestbot.Entry, title string) *contestbot.Entry {
	title = contestbot.NormalizeTitle(title)
	if title == "" {
		return nil
	}
	var hit *contestbot.Entry
	for _, e := range es {
		if e.Title == title {
			return e
		}
		if e.Title != "" && (strings.Contains(e.Title, title) || strings.Contains(title, e.Title)) {
			if hit != nil {
				return nil // ambiguous
			}
			hit = e
		}
	}
	return hit
}

// editRef starts changing an entry named by number or title; rest may
// name the field ("的时长") and carry the new value ("的时长改成2分10秒").
func (t *turn) editRef(num, title, rest string) string {
	e := t.entryRef([]string{num, title})
	if e == nil {
		return t.withPending("没有找到这个作品。发送“我的作品”看看编号。")
	}
	mode := modeEdit
	if e.Status == contestbot.StatusDraft {
		mode = modeForm
	}
	t.st.focus(mode, e)
	rest = strings.TrimSpace(rest)
	ex := extract(rewritePersonRole(rest))
	hasValue := false
	for _, v := range ex.values {
		if v.raw != "" {
			hasValue = true
		}
	}
	if hasValue {
		return t.formInput(e, rest)
	}
	if len(ex.values) > 0 {
		s := ex.values[0].slot
		t.st.Pending = s
		cur := display(t.c.season, e, s)
		if s == slotCreators {
			cur = display(t.c.season, e, slotCreators)
			return fmt.Sprintf("《%s》的主创人员现在是：%s。请按角色写全，例如：监制张三，编导李四、王五，撰稿无，摄影赵六，剪辑孙七", e.DisplayTitle(), cur)
		}
		if !e.Has(t.c.season, s.field()) && !s.isRole() {
			cur = "未填"
		}
		return fmt.Sprintf("《%s》的%s现在是：%s。要改成什么？\n%s", e.DisplayTitle(), s.label(), cur, exampleFor(t.c.season, e, s))
	}
	t.st.Pending = ""
	if mode == modeForm {
		t.st.Pending = t.next(e)
		return "接着填《" + e.DisplayTitle() + "》：\n\n" + t.question(e, t.st.Pending)
	}
	return t.summary(e) + "\n\n要改哪一项？直接发，例如“时长改成2分10秒”“联系人改成李娜”。"
}

func exampleFor(season *contestbot.Season, e *contestbot.Entry, s slot) string {
	switch s.field() {
	case contestbot.FieldPhone:
		return "例如：13800000000"
	case contestbot.FieldDuration:
		return "例如：2分10秒"
	case contestbot.FieldCategory:
		return "回复序号：" + season.CategoryMenu()
	}
	return ""
}

// formInput handles a message while a form (a draft, or an edit of a
// completed entry) is open.
func (t *turn) formInput(e *contestbot.Entry, s string) (out string) {
	if v, ok := phoneFirst(s, t.st.Pending, e); ok && !t.nested { // s12-f phonechatter.go: "老师出来啦🎉 电话138… 然后时长…"
		s = v
	}
	if t.st.TextOpen != "" || reUnfinished.MatchString(strings.TrimSpace(s)) {
		if out, ok := t.textInHalves(e, s); ok { // s11-b texthalves.go: a 简介 sent in two halves
			return out
		}
	}
	if !t.nested {
		s = nickParenFull(s)                 // s12-e nickhold.go: "策划老王（王建军）" names 王建军, whichever reader takes it
		if v, ok := t.heldAnswer(e, s); ok { // s12-e nickhold.go: "胡建军 刘佳怡" answers "老胡、小刘的全名是？"
			s = v
		}
		defer func() {
			t.st.NickAsked = false
			if t.nickHeld && len(t.st.Held) > 0 { // s12-e nickhold.go: the full names are the one question
				out = withNickQuestion(out, t.nickQuestion())
				t.st.NickAsked = true
			}
		}()
	}
	if out, ok := t.coProduced(e, s); ok { // s12-e coproduced.go: "我们团委跟X公司一块拍的 这个咋写" at the 制作单位 step
		return out
	}
	if out, ok := t.leadIn(e, s); ok { // s12-a splitvalue.go: a bare label ("联系人", "摘要") or "摄影是电视台的" leads in to the next bubble
		return out
	}
	if v, ok := t.unitGoesOn(e, s); ok { // s12-a splitvalue.go: "党委组织部" right after the school was stored as the 推荐单位
		f, old := t.st.Undo.Slot, *textPtr(e, t.st.Undo.Slot)
		s = v
		defer func() { // the whole new value is echoed; "刚才记错了" takes it back
			t.st.Prev, t.st.Undo = f, &undo{Slot: f, Old: old, Text: v}
			out = afterFirstLine(out, unitGoesOnNote(f))
		}()
	} else if v, ok := t.affiliationGoesOn(e, s); ok { // s12-a splitvalue.go: "王磊" then "焦作广播电视台的"
		s = v
	} else if v, ok := t.titleGoesOn(e, s); ok { // s12-a splitvalue.go: "黄河岸边的" then "守望" at the 制作单位 step
		s = v
		defer func() { out = afterFirstLine(out, unitGoesOnNote(slot(contestbot.FieldTitle))) }()
	} else if v, ok := t.affiliatedLabelled(e, s); ok { // s12-a splitvalue.go: "摄影那加上焦作广播电视台 王磊是他们台的"
		s = v
	}
	if v, ok := t.fixOfLastRole(e, s); ok { // s12-m partretyped.go: "打错了 是张鹏飞" fixes the 摄影 just set
		s = v
	}
	if out, ok := t.fullNames(e, s); ok { // s12-a solonick.go: "王书记叫王建国 小李是李雪" replaces the nicknames stored
		return out
	}
	if !t.nested {
		s = t.soloWork(e, s, t.st.Pending) // s12-a solonick.go: "都是他一个人弄的", "…剪辑也是张鹏 一个人干的"
	}
	if !t.nested && e != nil { // s11-e talkaround.go: "简介不是这个 还是原来那段" (the history: s11-d restore.go)
		if out, ok := t.earlierTextAsked(e, s); ok {
			return out
		}
	}
	if v, ok := typistContextOff(s); ok { // s12-d typistcontext.go: "个人能报吗 俺是老师": who asks is no value
		s = v
	}
	if out, ok := t.choiceAsk(e, s); ok { // s12-d askform.go: "推荐单位是写学院还是写学院党委啊" at any step is a question
		return out
	}
	if out, ok := t.unaskedComplaint(e, s); ok { // s12-d unasked.go: "不是让你改 制作单位怎么变成这样了" restores the last message's changes
		return out
	}
	if rest, ok := introForOther(s); ok { // s11-e talkaround.go: "我是周口职院团委的 想给组织部那边报个片子": not the 推荐单位
		s = rest
		if x := extract(rest); !x.labelled && len(x.values) == 0 {
			if t.st.Pending == "" {
				t.st.Pending = t.next(e)
			}
			return strings.TrimSpace("好的。推荐单位填报送作品的单位，不一定是您所在的部门。\n\n" + t.question(e, t.st.Pending))
		}
	}
	s = courtesyOff(s)                        // s11-e talkaround.go: "烦请查收：", "烦请更正为盼" are no part of a value
	if out, ok := t.withdrawValue(e, s); ok { // s12-b withdrawvalue.go: "片名不是党委组织部" takes the value back
		return out
	}
	if v, ask, ok := ctxCharFix(e, s); ok { // s12-b contextfix.go: "…生态知识宣将的将应该是讲话的讲" is 内容简介里的宣将改成宣讲
		if ask != "" {
			return t.withPending(ask)
		}
		s = v
	}
	if !t.nested && e != nil {
		s = insistedRef(s)                   // s12-b refask.go: "我说了同上" is 同上
		if ref, q, ok := refThenAsk(s); ok { // s12-b refask.go: "同上。那English title先不填了是吧…" is 同上 and a question
			a := t.ask(q, true) // the notice first: "English title…是吧" is the 片名 rule, not the step's own help
			if a == "" {
				a = t.talkAnswer(q, t.st.Pending)
			}
			out := t.formRest(e, ref)
			if a != "" {
				return a + "\n\n" + out
			}
			return out
		}
	}
	s = charExplained(s, t.st.Pending)        // s11-i charexplain.go: "秦玉兰 秦始皇的秦 玉兰花的玉兰" is 秦玉兰
	s = runOnCut(t.c.season, s, t.st.Pending) // s12-b voicecut.go: "片名叫X时长两分五十八秒是实景拍摄的" ends the title at 时长
	s = reasonClausesOff(s, t.st.Pending)     // s12-b reasonclause.go: "…，这个片子是替党委组织部报的" is why, no value
	s = makerInProse(e, s, t.st.Pending)      // s12-b makerprose.go: "是我们学校党委宣传科做的" is the 制作单位
	s = englishEligibility(s, t.st.Pending)   // s11-i englishwords.go: "Yes都符合，…，no AI"
	s = roleAlsoSaid(s, t.st.Pending)         // s11-i addedpeople.go: "李涛 剪辑也是" at the 摄影 step
	if !t.st.Pending.freeText() {
		s = deniedRoles(s) // s12-f roledenied.go: "摄影没有动画哪来摄影哈哈" is 摄影无
	}
	if !t.st.Pending.freeText() {
		s = shortThenFull(negatedAfterValue(e, s)) // s11-e talkaround.go: "推荐单位写X哈 不是团委" is X; "不是团委" says what it replaces
	}
	if !t.st.Pending.freeText() {
		if rest, ok := aboutFieldOff(s); ok { // s11-e talkaround.go: "简介最后一句写了…" is about the 简介, never its value
			if rest == "" {
				return t.withPending("好的，知道了，这句没有改动已填的内容。")
			}
			s = rest
		}
	}
	if out, ok := t.factsThenRemoval(e, s, t.st.Pending); ok { // s11-e talkaround.go: "以上四项均符合。…开头多记了“X”几个字，烦请删去"
		return out
	}
	if out, ok := t.fetchWait(e, s); ok { // s10-c waits.go: "稍等我去找一下简介" stores nothing, keeps the step
		return out
	}
	if out, ok := t.textThenFix(e, s); ok { // s10-c textaftfix.go: "<摘要>。时长不对，是3分12秒" is the 摘要 and a correction
		return out
	}
	if v, note, ok := t.prefixEdit(e, s); ok { // s10-c prefixedit.go: "制作单位前面加上学校名" is an edit; s11-e: or after it
		if note != "" && v == "" {
			return t.withPending(note)
		}
		s = v
		if note != "" { // s11-e: an edit among other clauses that changes nothing
			defer func() { out = note + "\n" + out }()
		}
	}
	if out, ok := t.typistSelfIntro(e, s); ok { // s10-a typist.go: "我叫闵可欣" from a student typing for the teacher
		return out
	}
	if out, ok := t.leftAsked(e, s); ok { // s9-b leftask.go: "还差哪几项？" lists the items left
		return out
	}
	if out, ok := t.leftChange(e, s); ok { // s9-b leavechange.go: "算了不改了" leaves an open change
		return out
	}
	if out, ok := t.leaveAsked(e, s); ok { // s9-d leaveask.go: "能先退出吗" answers how and keeps the form
		return out
	}
	if out, ok := t.recordAskAtText(e, s); ok { // s8-d textgate.go: "我填了哪些了" at the 简介/摘要 step shows the draft
		return out
	}
	if out, ok := t.putOffBesideAsk(e, s); ok { // s9-a putoff.go: "简介稍后提供。先请教一个问题：…？" stores nothing
		return out
	}
	if out, ok := t.askThenRemarkAtText(e, s); ok { // s8-n gateask.go: "…乙方写学校名还是写我名字？我们这个不是个人作品" is no 摘要
		return out
	}
	if out, ok := t.categoryOfferTaken(e, s, t.st.Pending); ok { // s10-e categoryhint.go: "对" to "听起来是视频切片，对吗？"
		return out
	}
	if out, ok := t.asideWait(s, t.st.Pending); ok { // s10-e waits.go: "我问问小李" waits at the step
		return out
	}
	if out, ok := t.agreeAllBeside(e, s, t.st.Pending); ok { // s12-c eligibleaside.go: "是的 都符合，这个是我们组织部自己拍的 6月份做完的"
		return out
	}
	if out, ok := t.yesBesideEligibility(e, s, t.st.Pending); ok { // s10-e eligibilityyes.go: "是的，由信息工程学院组织完成。", "是的，都符合。另外推荐单位麻烦写成…"
		return out
	}
	if out, ok := t.statedFactsAsk(e, s, t.st.Pending); ok { // s11-b factstated.go: "…未在任何平台发表，未使用人工智能。另请教一事：…？"
		return out
	}
	if out, ok := t.eligibilityAgreeAsk(e, s, t.st.Pending); ok { // s9-j eligibilityown.go: "都是的～ 对了…发哪个邮箱"
		return out
	}
	if out, ok := t.unitSaidAgain(e, s); ok { // s11-a schoolfull.go: "推荐单位还是写…党委组织部吧" when it is so
		return out
	}
	if v, out, ok := t.schoolFullUnit(e, s); ok { // s11-a schoolfull.go: "行吧，那就按学校全称吧。确认" with a 推荐单位 typed as the 党委
		if out != "" {
			return out
		}
		s = v
	}
	if v, note := t.orgTypoAtStep(s); note != "" { // s9-a orgtypo.go: "…学院党委宣传不" is …宣传部, no question
		s = v
		defer func() { out = afterFirstLine(out, note) }()
	}
	s = titleStops(t.c.season, s, t.st.Pending) // s9-h titlestop.go: "片名叫车间里的。党员先锋岗" is one title
	s = fullNameSaid(s)                         // s9-h fullname.go: "学校要写全称吧，全称是X" is the 推荐单位
	if !t.st.Pending.freeText() {
		s = writtenAnswer(s) // s10-k labelverb.go: "这个是…一起做的，写X" is X
	}
	s = editInstructionValue(s, t.st.Pending)   // s9-a editvalue.go: "片名我们领导说改一下，加个的字，叫X" is 片名：X
	s = t.categoryChosenFirst(e, s)             // s9-j categoryearly.go: "按实景拍摄报" is the 分类
	s = wrongSaid(s)                            // s9-j wrongsaid.go: "制作单位不对 多了几个字 就是X" is a change
	s = t.restatedOrg(s, t.st.Pending)          // s9-j department.go: "我们二级学院党总支，<full name>" is the full name
	s = valueBeforeLabel(s)                     // s8-n swapcells.go: "2分48秒是时长" is 时长：2分48秒
	if v, out, ok := t.summaryWords(e, s); ok { // s8-i summarywords.go: "能帮我缩短一点吗", "60字左右", own 摘要 after an offer, "同简介 我刚才说了呀"
		return out
	} else {
		s = v
	}
	s = t.dotDuration(s)                   // s6-p whatasked.go: "2.3" asked, then "是的"
	s = t.copiedPrompt(e, s, t.st.Pending) // s6-j promptback.go: "联系人是哪位老师？程晓燕"
	if !t.st.Pending.freeText() {
		t.heldForEveryWork(s) // s10-k workslist.go: "三个片子…监制都是王建国" holds for the later works too
	}
	if v, note, ok := t.worksList(e, s); ok && !t.st.Pending.freeText() { // s10-k workslist.go: "1.A 2分48秒 实景拍摄 2.B …" is one work each
		s = v
		defer func() { out = afterFirstLine(out, "\n"+note) }()
	}
	if v, ask := t.numberedList(e, s, t.st.Pending); ask != "" { // s6-j numbered.go: "1.河南省经济管理学校 2.红色账本 3.2分30秒"
		return ask + "\n\n" + t.question(e, t.st.Pending)
	} else {
		s = v
	}
	if out, ok := t.exampleAsk(e, s); ok { // s8-k examplein.go: "怎么命名？比如我们学校叫…，片名是《微光》" stores nothing
		return out
	}
	if out, ok := t.categoryAsk(e, s); ok { // s8-o categoryask.go: "分类应该选哪个？我们是用AI做的动画" stores nothing
		return out
	}
	if out, ok := t.optionsAskInForm(s); ok { // s9-k optionsask.go: "…动画算动画制作还是AI生成呀🤔" at any step stores nothing
		return out
	}
	// s10-b nextintent.go: "第二个联系人是李老师，电话…" on the second work.
	s = t.ownOrdinalOff(e, s)
	// s10-b copykeep.go: "单位和人都跟上一个一样，就是编导换成陈思雨了" at a step;
	// likeWorkText reads "跟第一个一样 人员也都一样" at the category and role steps.
	if v, ok := t.likeMessage(e, s); ok && t.hasComplete() && !t.st.Pending.freeText() && t.likeWorkText(e, s, t.st.Pending) == s {
		s = v
	}
	if r, note, ok := t.likeExceptInForm(e, s); ok { // s8-a copylike.go: "除了片名时长简介其他都跟第一个一样" on a later work
		t.st.Pending = t.next(e)
		if strings.TrimSpace(r) == "" {
			return note + "\n\n" + t.question(e, t.st.Pending)
		}
		s = r
		defer func() { out = note + "\n" + out }()
	}
	if v, reply, ok := t.cutByMarkers(e, s, t.st.Pending); ok { // s8-a selffix.go: "摘要就用简介的开头，到“…”为止"
		if reply != "" {
			return reply
		}
		s = v
	}
	if out, ok := t.announcedQuestion(e, s); ok { // s8-j askannounced.go: "等一下 先问一下 …这样可以吗" stores nothing
		return out
	}
	s = meantValue(s)                                                                         // s8-j imeant.go: "蛤? 我是说制作单位 X" is the value
	s = dropLeadPause(s)                                                                      // pause.go (s5-k3): "等一下 时长是填分钟还是秒"
	s = notWrittenInstead(e, titledThenName(becameWrong(e, selfAnswered(labelTalkColon(s))))) // s7-k selfanswered.go: "片子叫啥 叫黄河岸边的老党员", "推荐单位咋成俺学校了 是…"
	s = quotedAfterRemark(s)                                                                  // s7-o quotedfix.go: "等下，片名中间有个空格，是“小红船 大航程”"
	s = unitBesideRemark(e, s, t.st.Pending)                                                  // s7-k unitremark.go: "…传媒有限公司 我们请的公司拍的", "同上，就是我们学校"
	if v, ok := t.spacedTitle(e, s, t.st.Pending); ok {                                       // s8-e titlespace.go: "片名不对 就是青春心向党 技能报祖国 中间空一格"
		s = v
	}
	s = t.guessTaken(s)                                     // s9-b knowntitle.go: "是" to "“我们老师”是谢丽娟吗？"
	s = t.peopleWords(e, s, t.st.Pending)                   // s8-e peoplewords.go: "那写张卫东吧 俺们副书记 管这一块的", "编导撰稿都是她"
	if out, ok := t.notThatPerson(e, s, t.st.Pending); ok { // s8-e peoplewords.go: "不是周海涛啊 等下我有点乱了" is no 简介
		return out
	}
	s = dropSaidAround(s, t.st.Pending)         // s7-g mixedacts.go: "刚不是发了吗 13837512468"
	s = dropNickname(s, t.st.Pending)           // s7-g mixedacts.go: "虞城县职业中等专业学校 俺们平常都叫虞城职专"
	s = assentClausesOff(s)                     // s8-f agreedlabel.go: "好的，按学校全称填写就可以，谢谢。联系人是…"
	s = producerOrgLabel(s)                     // s9-i producerorg.go: "制作是我们学工部 X党委学生工作部" is the 制作单位
	s = t.orgRestated(s)                        // s8-f orgrestated.go: "制作单位写俺学院党委组织部 周口职业技术学院党委组织部 实景拍的"
	s = changeAfterAnswer(s)                    // s8-f midchange.go: "3分钟整。对了分类…不对，…改成其他"
	if out, ok := t.filledComplaint(e, s); ok { // s8-j filledcomplaint.go: "刚才不是填过了吗？X" at the summary
		return out
	}
	if out, ok := t.unitWriteAsk(e, s); ok { // s8-j unitwriteask.go: "推荐单位就写学校名不带组织部是吧" changes nothing
		return out
	}
	if v, note, reply := t.recordAskInForm(e, s); reply != "" { // s8-f ownrecord.go: "推荐单位我前面已经说过是X，请问是没有记录上吗"
		return reply
	} else if s = v; note != "" {
		defer func() { out = note + "\n" + out }()
	}
	if out, ok := t.handOver(e, s); ok { // s10-l handover.go: "行 具体的我让小王跟你对接" is talk, not a contact
		return out
	}
	if out, ok := t.saidBefore(e, s); ok { // s7-g mixedacts.go: "刚不是发了吗" with the field still empty
		return out
	}
	if out, ok := t.wishInForm(e, s); ok { // s7-g wishhow.go: "俺是问咋报名 俺想报名" with the form open
		return out
	}
	if out, ok := t.answerHowFill(e, s, true); ok { // s7-o howfill.go: "联系人能填两个吗" in a form: one line, not the organiser's contacts
		return out + "\n\n" + t.question(e, t.st.Pending)
	}
	if out, ok := t.progressAsk(e, s); ok { // s7-i progress.go: "还有几项", "我填对了没", "下一步填啥"
		return out
	}
	if out, ok := t.whatAsked(e, s); ok { // s6-p whatasked.go: "上一步是啥来着", "你刚问的啥"
		return out
	}
	s = t.wrongThenValue(e, s, t.st.Pending)                                   // s8-j wrongthen.go: "制作单位那写的我们学校不行 要写X" at the summary
	if v, note := t.addressedField(e, s, t.st.Pending); note != "" || v != s { // s7-e addressed.go: "我写了呀 撰稿郑雨桐" at the 简介 step
		s = v
		if note != "" {
			defer func() { out = note + "\n" + out }()
		}
	}
	s = objectRoles(s, t.st.Pending)        // s6-g rolespeech.go: "稿子我自己写的，没有摄影"
	s = t.ownWorkWords(e, s)                // s6-g whichwork.go: "第一个片子老支书的笔记本", "联系人我，杨帆"
	if out, ok := t.removeNamed(e, s); ok { // s6-i removenamed.go: "帮我把那个冒号删了", "把落款删掉"
		return out
	}
	if out, ok := t.askFirst(e, s); ok { // s6-n askfirst.go: "通知说…吧", "1080P 码率12Mbps …合格不", "能不能先停一下"
		return out
	}
	if out, ok := t.hold(e, s); ok { // s6-d hold.go: "等下", "这个不确定 我问问", "能先跳过这个吗", "哦不对"
		return out
	}
	if rest, note := t.namedPutOff(e, s); note != "" { // s6-q hold.go: "电话先放放，片名叫《一张借书卡》"
		if strings.TrimSpace(rest) == "" {
			next := t.next(e)
			t.st.Pending = next
			if next == "" {
				return note
			}
			return note + "\n\n" + t.question(e, next)
		}
		s = rest
		defer func() { out = note + "\n" + out }()
	}
	if rest, note := t.itemsPutOff(e, s); note != "" { // s6-d hold.go: "…，第3个这个不确定 我问问，…"
		s = rest
		defer func() { out = strings.Replace(out, "\n\n", "\n"+note+"\n\n", 1) }()
	}
	if out, ok := t.wrongAtEligibility(e, s); ok { // s6-d hold.go: "不对不对，摘要前面那句…" is no "no" to 单位作品
		return out
	}
	if out, ok := t.declarationQuestion(e, s); ok { // s8-f declask.go: "第1条想问一下：…这算学校组织完成的作品吧？" changes nothing
		return out
	}
	if p := t.st.Pending; p.eligibility() && !t.nested && (isQuestion(s) || askedYesNo(s)) {
		if out, ok := t.itemsBesideQuestion(e, s, p); ok { // s6-d hold.go: "1和2是的。另外问下，…这样行吗"
			return out
		}
	}
	if out, ok := t.factsBesideQuestion(e, s, t.st.Pending); ok { // s7-g mixedacts.go: "是 都符合 没用AI 对了…寄到哪"
		return out
	}
	if v, ok := reportedOff(s); ok && !t.nested { // s6-d hold.go: "问过了 是原创 没发表过", "主任说还是算动画"
		s = t.reportedCategory(v)
	}
	if v, ok := t.toDeferredOrg(e, s); ok { // s6-d hold.go: the unit put off, typed at another step
		s = v
	}
	if v, ok := t.moreForLast(e, s); ok && !t.nested { // s6-d hold.go: "还有我" right after 剪辑 was answered
		s = v
	}
	if v, ok := unhedge(s, t.st.Pending); ok && !t.nested { // s6-d hold.go: "应该是写我们宣传部吧，…"
		s = v
		defer func() { out = hedgeLine(out) }()
	}
	if toolOutput(s) && !t.nested { // route.go: pasted ffprobe/MediaInfo lines are a video check at any step, never values
		q := s
		if !isQuestion(s) {
			q = s + "\n这个视频符合要求吗"
		}
		if a := t.ask(q, true); a != "" {
			return t.withPending(a)
		}
	}

	typed := s // formask.go reads a question as typed, before any rewriting
	c := compact(s)
	edit := t.st.Mode == modeEdit
	pending := t.st.Pending
	if pending == "" && !edit {
		pending = t.next(e)
		t.st.Pending = pending
	}
	reask := func(head string) string {
		if pending == "" {
			if edit {
				return strings.TrimSpace(head + "\n\n要改哪一项？直接发，例如“时长改成2分10秒”；改好了回复“确认”。")
			}
			return head
		}
		if pending == slot(contestbot.FieldCopyright) && head != "" && !t.touchedNow(e) {
			// At the summary an answer that changed nothing is followed by
			// one line on how to confirm, not the whole summary again
			// (confirm.go).
			return strings.TrimSpace(head + "\n\n" + notYetSubmitted)
		}
		return strings.TrimSpace(head + "\n\n" + t.question(e, pending))
	}

	if v, ask, ok := t.phoneDigitFix(e, s); ok { // s7-i digitfix.go: "电话最后一位是7不是1", "尾号改成67"
		if ask != "" {
			return reask(ask)
		}
		s, typed, c = v, v, compact(v)
	}
	if v, ask := t.ownFixes(e, s); ask != "" { // s10-d ownfix.go: "是沙颍河的颍 不是颖", "陈思源名字写错了，是陈思远"
		return reask(ask)
	} else if v != s {
		s, typed, c = v, v, compact(v)
	}
	if v, reply, done := t.selfFixInText(e, s, pending, reask); done { // s8-a selffix.go: "…片头已标注。等下说错了，是片尾已标注"
		return reply
	} else if v != s {
		s, typed, c = v, v, compact(v)
	}
	if out, ok := t.synopsisTooLong(e, s, pending); ok { // s7-g mixedacts.go: "就用上头那一段不中吗" when the 简介 is over 100字
		return out
	}
	if out, ok := t.textHelp(e, s, pending, reask); ok { // s6-o summaryhelp.go: "用这个", "帮我缩一下", "去掉第一句当摘要"
		return out
	}
	if out, ok := t.bareFreeTextAsk(s, pending); ok { // s7-l bareask.go: "报名表纸质版要交几份" at the 摘要 step
		return out
	}
	if out, ok := t.fixAskAnswer(e, s); ok { // fixask.go (s5-f1): "制作单位" picks the field asked about
		return out
	}
	if out, ok := t.marksFix(e, s, pending, reask); ok { // s6-f spokenmarks.go: "把逗号句号改成标点"
		return out
	}
	if out, ok := t.movedHalf(e, s); ok { // s6-f valuetalk.go: "刚才那句是简介的后半句 不是摘要"
		return out
	}
	if v, ok := deniedFieldFix(s, pending); ok { // s6-f valuetalk.go: "不对不对 剪辑是…" at the 简介 step
		s, typed = v, v
	}
	if e.Category != "" && !pending.freeText() && !extract(s).labelled {
		if v, ok := categoryDecision(t.c.season, s); ok { // s6-f categorysaid.go: "主任说还是算动画" after the category was set
			s, typed = v, v
		}
	}
	if out, ok := t.goToField(e, s, pending); ok { // s7-b gofield.go: "算了，先填简介" goes to the 简介, no value
		return out
	}
	if !t.nested && !edit && pending != "" && pending != slot(contestbot.FieldCopyright) && !pending.eligibility() && skipRequest(s) { // s6-c skiplater.go: "能先跳过这个吗，我问问领导再回来填"
		return t.skip(e, pending)
	}
	if out, ok := t.laterValue(e, s, pending); ok { // s6-c skiplater.go: "电话就用我手机…" fills the field left for later
		return out
	}
	if out, ok := t.orgChatter(e, s, pending); ok { // s9-d orgchatter.go: "哦哦懂了 是学校报的 那我开始填啦" is asked again plainly
		return out
	}
	if out, ok := t.clausesBesideQuestion(e, s, pending); ok { // s9-d besideclauses.go: "三尺讲台上的党员身影 对了…竖屏 这样可以吗" stores the title and answers
		return out
	}
	if out, ok := t.valueBesideQuestion(e, s, pending); ok { // s6-c bothacts.go: a value and a question in one message
		return out
	}
	if out, ok := t.pickBesideQuestion(e, s, pending); ok { // s7-g mixedacts.go: "1吧 基本都是实拍的 不过旁白是用AI配的音 这样可以吗 对了…竖屏能交吗"
		return out
	}
	if !t.nested {
		if out, ok := t.answerFieldTalk(e, s, func(rest string) string { return t.formRest(e, rest) }); ok { // s5-g4 fieldask.go: "编导和导演是一回事吗", "撰稿你记上了吗"
			if strings.Contains(out, "\n\n") {
				return out
			}
			return reask(out)
		}
	}
	if rest, ok := runOnAfterComplaint(s); ok { // runon.go (e3): "怎么这么麻烦 一项一项问到啥时候 商丘… 两分三十八秒 …"
		s, typed = rest, rest
	}
	if label, text, ok := textEditOf(s); ok { // textedit.go (e3): "简介改成 …", "怎么这么麻烦 摘要改成 …"
		s = labelLine(labelSlot(label), text) // s7-e addressed.go: "… 摘要跟简介一样就行" after the text
		typed = s
	}
	if v, ok := t.sameAsLastWork(e, s, pending); ok { // s5-g3 terselater.go: "一样" at the 分类 of a later work
		s, typed = v, v
	}
	if v, ok := sameAsRoleAbove(e, s, pending); ok { // roleanswer.go: "同上", "撰稿和导演一样" at a role step
		s, typed = v, v
	}
	if rs, out, done := t.bubbles(e, s, pending, reask); done { // bubbles.go (s5-f2): "电话是", "简介是：", "就这些"
		return out
	} else {
		s, typed = rs, rs
	}
	s = promiseForPending(s, pending)                       // s8-h dictation.go: "我等下发你" at the 简介 step
	if out, ok := t.asideAtText(e, s, pending, reask); ok { // s6-a aside.go: "字数多了是吧。", "好吧那我自己删一删，稍等", "简介我重新发"
		return out
	}
	if rest, note, ok := t.promisedLater(e, s); ok { // chatpaste.go (s5-f2): "简介书记还没发呢那个先别填"
		if rest == "" || isChatter(compact(rest)) {
			if t.waitsFor(e, pending) {
				t.st.Pending = t.next(e)
			}
			return strings.TrimSpace("好的，" + note + "\n\n" + t.question(e, t.st.Pending))
		}
		if !t.nested && interpret(rest).act == actLeave { // s6-d: "时长还没定…我先去开会 回来再填" leaves after the note
			return note + "\n" + t.formInput(e, rest)
		}
		if out, ok := t.questionAfterNote(e, rest); ok { // s9-d besideclauses.go: "内容简介稍后发送。另请教一个问题：…AI…是否符合" is no declaration
			return note + "\n\n" + out
		}
		t.nested = true
		out := t.formInput(e, rest)
		t.nested = false
		return note + "\n\n" + out
	}
	if rest, note, reply, done := t.phoneExtension(e, s, pending, reask); done { // s5-g2 phoneext.go: "分机802", "138…转802"
		return reply
	} else if note != "" {
		s, typed = rest, rest
		defer func() { out = note + "\n" + out }()
	}
	if out, ok := t.answerAsked(e, s, pending, reask); ok { // s5-f3 checkback.go: "是填我们学校吧？X", "X，这样填对吗", "是这个意思吧"
		return out
	}
	if out, ok := t.chatterAtFreeText(e, s, pending); ok { // chatter.go (d1): "我先发这些 …", "…。你看看行不行"
		return out
	}
	cutText := t.st.Part != nil && t.st.Part.Slot.freeText()
	if js, done, reply := t.joinPart(s); done { // split.go: a value cut off and finished here
		if p := t.st.Part; p != nil && p.Slot.freeText() {
			return reply // s6-f: "还没完": the rest of the text is awaited, not the next question
		}
		return reask(reply)
	} else if !t.nested {
		joined := cutText && js != s
		s = js
		if out, ok := t.appendLast(e, s); ok { // bubbles.go (s5-f2): "后面还有半句：…"
			s, joined = out, true
		}
		if joined {
			defer func() { out = joinedAck(out) }()
		}
	}
	if out, ok := t.openList(s, pending); ok { // s6-a openlist.go: "我和" waits for the rest of the list
		return out
	}
	if _, ok := keepsAsIs(s); ok { // splitjoin.go (d4): "简介不用改 还用原来的"
		return t.keepOld(e, s, pending, reask)
	}
	if out, ok := t.consentAtRevisit(e, s, pending, edit); ok { // splitjoin.go (d4): "确认" is no title
		return out
	}
	if e.Status == contestbot.StatusDraft {
		if out, ok := t.refAtText(e, s, pending); ok { // s7-f copyrefs.go: "赵立新 跟第一个一样" at 简介 is no 简介
			return out
		}
		s = t.workRefs(e, s, pending)     // s7-f copyrefs.go: "监制同上", "单位 制作单位 联系人都同上"
		s = t.likeWorkText(e, s, pending) // nextwork.go (e4): "跟第一个一样 人员也都一样" on a later work
	}
	if pending == slot(contestbot.FieldProducer) {
		s = fullerOrg(s) // nextwork.go (e4): "电气工程学院做的，平顶山工业职业技术学院电气工程学院"
	}
	if out, ok := t.unclearFix(e, s, reask); ok { // fixask.go (s5-f1): "单位改成…" when both units are filled
		return out
	}
	s = t.fixSentence(e, s)                                                   // fieldfix.go (d4): "名字还是用X吧", "A改成B"
	s = namedCorrection(restateStored(e, restateOnly(closedTitleTalkOff(s)))) // ownwords.go: "时长不是两分五十，是两分十五"; titletalk.go
	s = makerBesideValues(restateTitle(dropLeadDenial(s)), pending)           // titlemeant.go, meant.go (d1): "名字改成红色青春吧", "不是不是 片名就是…"
	if !pending.freeText() {
		s = dropAlreadySaid(s) // "刚才不是说了吗，南阳职业学院。…"
	}
	if pending == slot(contestbot.FieldTitle) {
		s = titleBesideTalk(s) // s5-g3 titlebeside.go: "黄河岸边的党课，我刚才不是说过了。…"
	}
	s = reSynopsisRef.ReplaceAllString(s, "同简介")    // "摘要就用上面那段简介"
	s = lastWins(leadInLabels(s, pending), pending) // "我们学校叫…", "138…不对是139…"
	if !pending.freeText() {
		s = workIsCategory(t.c.season, s) // facts.go: "本片为实景拍摄"
	}
	c = compact(s)
	if out, ok := t.joinLastTwo(e, s); ok {
		return out
	}
	if out, ok := t.durationAsk(e, typed, pending, reask); ok { // durationask.go (e5): "时长是写几分几秒还是只写分钟", "3分05秒 填上去会不会不让报"
		return out
	}
	if out, ok := t.vagueAtDuration(s, pending, reask); ok { // meant.go (d1): "四分钟出头"
		return out
	}
	if out, ok := t.otherContestInForm(s, reask); ok { // s9-g othercontest.go: "全国大学生微电影大赛怎么报名" mid-form
		return out
	}
	if !t.nested && (registerIntent(s) || wishOnly(s) || oneOf(bare(s), "我要报名", "我想报名", "那我想报名", "那我要报名", "报名")) && !extract(s).labelled { // intent.go: "那先报上吧"
		// "那我想报名" while the form is open: it is open already.
		return reask("好的，报名表已经开始填了，我们接着填。")
	}
	// Only the answer stored by the turn just before can be taken back.
	t.undo, t.st.Undo = t.st.Undo, nil
	if rest, ok := misSent(s); ok { // d3 notvalue.go: "啊啊啊发错了 那条是给我室友的 联系人不是…是赵晓燕老师"
		if rest == "" {
			return reask("好的，那条不算，我没有记录。")
		}
		s, c = rest, compact(rest)
	}
	if out, ok := t.wordAskAnswer(e, s, pending, reask); ok { // s7-b wordask.go: "豫南" after "简介里的“豫西”要改成什么？"
		return out
	}
	if pending == slot(contestbot.FieldCopyright) || edit && pending == "" {
		if out, ok := t.keepsStored(e, s, reask); ok { // afterconfirm.go (s5-g6): "还是实景拍摄" at the summary keeps it
			return out
		}
	}
	if out, ok := t.notAValue(e, s, pending, reask); ok { // d3 notvalue.go: "不要香菜", "不用改 还用原来的", "问一下 …这算学校作品吧"
		return out
	}
	if out, ok := t.selfContact(e, typed, pending, reask); ok { // s5-g1 notstory.go: "联系人写我自己行吗，我不是党员"
		return out
	}
	if out, ok := t.mayEnterAsk(e, typed, pending, reask); ok { // s5-g1 notstory.go: "宣传科做的片子能报吗" at the 制作单位 step
		return out
	}
	if out, ok := t.sameSynopsisElsewhere(e, s, pending); ok { // s5-g1 notstory.go: "同简介" at the eligibility step
		return out
	}
	if out, ok := t.revisedText(e, s, pending); ok { // s6-a revisedtext.go: a shortened 摘要 sent at the declarations
		return out
	}
	if out, ok := t.textNotValue(e, s, pending, reask); ok { // s5-g1 notstory.go: "填完了以后在哪下载报名表", "分机号没记上啊…"
		return out
	}
	if out, ok := t.decideCategory(e, s, pending); ok { // choice.go: "…你咋给记成实景拍摄了。…那就选其他吧"
		return out
	}
	if out, ok := t.misfiledCreators(e, s, reask); ok { // creators.go: "不对…是主创人员"
		return out
	}
	if out, ok := t.editSentence(e, s, pending, reask); ok { // sentencefix.go: "把简介最后一句换成…"
		return out
	}
	if out, ok := t.wordFix(e, s, pending, reask); ok { // textfix.go: "简介里那个2023年写错了 应该是2024年"
		return out
	}
	if out, ok := t.wordFixAsk(e, s, reask); ok { // s7-b wordask.go: "简介里豫西那个改一下", "把豫西改成豫南"
		return out
	}
	if out, ok := t.bareWordFix(e, s, pending, reask); ok { // s7-b wordask.go
		return out
	}
	if out, ok := t.wordFixThenRest(e, s, pending, reask); ok { // s7-b wordask.go: "…改一下 是豫南 “…”这几个字不要"
		return out
	}
	if out, ok := t.dropSentence(e, s, pending, reask); ok { // s8-h dropsentence.go: "第一句不算", "从影片讲述开始才是简介"
		return out
	}
	if out, ok := t.freeTextGate(e, s); ok { // s8-d textgate.go: a question, a request or a correction at the 简介/摘要 step is no text
		return out
	}
	if out, ok := t.freeTextThenAsk(e, s, pending); ok { // freetextask.go: "…。这样写行吗"
		return out
	}
	if out, ok := t.removeByRequest(e, s, pending, reask); ok { // removetext.go: "前头那个…四个字不要"
		return out
	}
	if out, ok := t.questionNotValue(e, s, pending, reask); ok { // askvalue.go: "简介大概写多少字合适"
		return out
	}
	if out, ok := t.formQuestion(e, typed, pending, reask); ok { // formask.go: "片名最多能写几个字？", "部分AI算啥"
		return out
	}
	if out, ok := t.pickWithRest(e, s, pending); ok { // shortanswer.go: "那就1吧 ai配音…标注了的"
		return out
	}
	if out, ok := t.formAct(e, s, pending, reask); ok {
		return out
	}

	switch {
	case oneOf(c, whyWords...) || (containsAny(c, "为什么", "为啥", "干嘛") && contestbot.RuneLen(c) <= 15):
		target := pending
		if ex := extract(s); len(ex.values) > 0 {
			target = ex.values[0].slot
		}
		if target == "" {
			return reask("有什么想问的直接问我。")
		}
		msg := why(t.c.season, target)
		if target.isRole() || target == slotCreators {
			msg += "这一项可以回复“跳过”。"
		} else if target != slot(contestbot.FieldCopyright) {
			msg += "这一项是必填的。"
		}
		return reask(msg)
	case oneOf(c, skipWords...):
		return t.skip(e, pending)
	case oneOf(c, viewWords...):
		return reask(t.summary(e))
	}
	if rs, out, ok := t.roleAnswer(e, s, pending, reask); ok { // roleanswer.go: "那就写我们党总支书记 刘建国", a question at a role step
		return out
	} else {
		s = rs
		c = compact(s)
	}

	confirming := (!edit && pending == slot(contestbot.FieldCopyright)) || (edit && pending == "")
	if confirming && (isQuestion(s) || reAskStart.MatchString(s)) {
		// A message with a question is never consent: answer it and ask
		// for the 确认 again.
		a := t.midFormAnswer(s, "")
		if a == "" {
			a = t.ask(s, true)
		}
		if a == "" {
			a = "您的问题我没看懂。"
		}
		return a + "\n\n" + notYetSubmitted
	}
	if fs, ok := t.missingPeople(e, s); ok && confirming { // s5-f4 summaryfix.go: "撰稿漏了阎丽华"
		return t.formInput(e, fs)
	}
	if confirming && !extract(s).labelled {
		if fs, ok := t.typedCorrection(s); ok { // s5-f4 summaryfix.go: "不对，是2分46秒"
			return t.formInput(e, fs)
		}
		switch {
		case containsAny(c, "不确认", "不同意", "不对", "有误", "不正确") || isNo(s):
			return "哪一项需要改？直接发，例如“时长改成2分10秒”“片名改成《守望》”。"
		case consents(s) || t.consentsOwn(e, s): // interpret.go, confirm.go: one consent reader (s5-f4); s10-f confirmcheer.go: "确认 冲！", "行 那就动画 确认"
			if edit {
				return t.finishEdit(e)
			}
			return t.complete(e)
		}
	}
	if target, ok := correctionOnly(s); ok {
		return t.askAgain(e, target)
	}
	if reGreetingOK.MatchString(c) && !pending.yesNo() && pending != slot(contestbot.FieldSummary) && pending != slot(contestbot.FieldProducer) {
		return reask("好的。")
	}
	if pending.freeText() && talkOnly(s) {
		// Talk at a free-text step is answered, never stored.
		switch talkToBot(s) {
		case "plan":
			if isQuestion(s) {
				if a := t.talkAnswer(s, pending); a != "" {
					return t.withPending(a)
				}
			}
			return reask("好的，等您发来。")
		case "greeting":
			if !isQuestion(s) {
				return reask("您好，我们接着填。")
			}
		}
		if v, _ := t.answerThenAsk(e, s, pending); v == "" && isQuestion(s) && freeTextProblem(s) != "" { // "摘要同简介 对了…吗": the answer is kept below
			if a := t.talkAnswer(s, pending); a != "" {
				return t.withPending(a)
			}
		}
	}
	if (isQuestion(s) || reAskStart.MatchString(s)) && !t.nested {
		// "推荐单位是…，片名叫《…》。另外想请问一下，…算不算符合要求呢？":
		// the values are taken, then the question is answered.
		if v, q := splitAsk(s); v != "" && q != "" && extract(v).labelled && !storyAtText(s, pending) {
			out := t.formInput(e, v)
			if a := t.talkAnswer(q, ""); a != "" {
				return a + "\n\n" + out
			}
			return out
		}
		// "实拍的，简介要写多少字？", "是 另外问一下原件寄到哪": the answer to
		// the pending question is stored and echoed, and the question answered.
		if v, q := t.answerThenAsk(e, s, pending); v != "" && !(pending.eligibility() && asksWhetherCounts(s)) { // e1: factask.go
			out := t.formRest(e, v)
			if a := t.talkAnswer(q, pending); a != "" {
				return a + "\n\n" + out
			}
			return out
		}
	}
	if isQuestion(s) && !pending.freeText() {
		if a := t.midFormAnswer(s, pending); a != "" {
			if v := pendingValueClause(s, pending); v != "" && !(pending.eligibility() && asksWhetherCounts(s)) && !t.onlyContext(e, v, pending) { // formask.go; e1: factask.go: "片子时长2分45秒 超过三分钟是不是就不中了"; s8-g askedover.go
				return a + "\n\n" + t.formRest(e, v)
			}
			return t.withPending(a)
		}
	}

	if pending.eligibility() && !extract(s).labelled && (isQuestion(s) || askedYesNo(s) || asksWhetherCounts(s)) { // s11-f: "跟传媒公司合作做的 这个算单位作品吧" asks
		// "在俺们学校开会时候放过一回 算公开发表不算": the facts in a question
		// are its context, not an answer; the question is answered.
		a := t.midFormAnswer(s, pending)
		if a == "" {
			a = t.ask(s, true)
		}
		if a == "" {
			a = "这个问题通知里没有写，请向大赛联系人确认。"
		}
		return t.withPending(a)
	}
	if pending.eligibility() && !extract(s).labelled {
		if out, ok := t.eligibility(e, s); ok {
			return out
		}
	}
	if !pending.eligibility() && t.st.Mode == modeForm && onlyEligibility(s, t.period()) {
		// Eligibility stated early: taken, and the pending question stays.
		if out, ok := t.eligibilityFacts(e, s, nil, false); ok {
			return out
		}
	}
	fillPending := pending
	if v, ok := correctsLast(s); ok && t.st.Prev != "" && t.st.Prev != pending && !extract(s).labelled {
		if tr := t.tryFill(e, v, ""); len(tr.set) == 0 {
			// Nothing in it names its own field: it replaces the answer
			// given last.
			s, fillPending = v, t.st.Prev
			if p := textPtr(e, fillPending); p != nil && *p != "" && !fillPending.freeText() {
				// s12-m partretyped.go: "打错了 是矿灯 灯光的灯" retypes 矿等 in 《矿等下的青春答卷》
				if w := strings.TrimSpace(charExplained(v, fillPending)); !strings.ContainsAny(w, " ，,") {
					if nv, ok := partRetyped(*p, w); ok {
						s = nv
					}
				}
			}
		}
	}
	var before string
	if p := textPtr(e, fillPending); p != nil {
		before = *p
	}
	r := t.fill(e, s, fillPending)
	if fillPending == slot(contestbot.FieldCategory) && !r.has(fillPending) && e.Category == "" && !isQuestion(s) {
		// "那就选一实景拍摄吧AI配音我们片尾已经标注了": the category named in
		// an unpunctuated sentence answers the question asked.
		if c := categoryIn(t.c.season, s); c != "" {
			e.Category = c
			r.add(fillPending)
			r.errs = nil
		}
	}
	if r.has(slot(contestbot.FieldProducer)) && e.Unit != "" && reBareDept.MatchString(e.Producer) {
		e.Producer = schoolName(e.Unit) + e.Producer // the 推荐单位 came later in the same message
	}
	t.llmFill(e, s, fillPending, r) // llmextract.go: only what the rules could not read
	if len(r.set) > 0 {
		t.touch(e)
	}
	t.notePart(e, s, fillPending, r) // split.go
	t.st.Undo = nil
	if fillPending != "" && r.has(fillPending) && textPtr(e, fillPending) != nil {
		t.st.Undo = &undo{Slot: fillPending, Old: before, Text: s}
	}
	t.st.Prev = ""
	if fillPending != "" && r.has(fillPending) && !fillPending.yesNo() {
		t.st.Prev = fillPending
	}
	var parts []string
	if a := ack(t.c.season, e, r); a != "" {
		parts = append(parts, a)
	}
	parts = append(parts, r.notes...)
	if p := t.st.Part; p != nil && p.Slot.freeText() && r.has(p.Slot) { // s5-f2: a 简介 ending mid-clause
		parts = append(parts, "这段好像没写完，后半句接着发就行，我会接在后面。")
	}
	parts = append(parts, r.liveErrs()...)
	for _, q := range r.asked {
		// "摘要用这段：…。另外请问一下，…？": the text is stored, the question answered.
		if a := t.talkAnswer(q, ""); a != "" {
			parts = append(parts, a)
		}
	}
	if len(r.set) == 0 && (len(r.errs) == 0 || isQuestion(s) || !correcting(s)) && !askedFullUnit(r.errs) { // s6-m shortunit.go
		// Nothing fitted: it may be a question after all ("时长要求").
		if a := t.midFormAnswer(s, pending); a != "" {
			return t.withPending(a)
		}
		if len(r.errs) == 0 && !r.context { // s8-g askedover.go
			if ex := extract(s); len(ex.fine) > 0 && len(ex.values) == 0 {
				parts = append(parts, "好的。") // "片名没问题": nothing to change
			} else {
				parts = append(parts, "这句我没看懂。")
			}
		}
	}
	head := strings.Join(parts, "\n")

	if ok, reason := e.Eligible(t.c.season); !ok {
		t.touch(e)
		if out, ok := t.individualAskedBack(e, head); ok { // s10-j eligibilitywords.go: asked once before blocking
			return out
		}
		t.st.Pending = ineligibleField(e)
		return strings.TrimSpace(head + "\n\n" + refusal(t.c.season, e, reason))
	}
	if edit {
		if len(r.set) == 0 {
			// The question stays open: the next plain answer still goes
			// to the field asked about.
			return reask(head)
		}
		t.st.Pending = ""
		t.event(e, "用户修改："+labels(t.c.season, r.set))
		return head + "\n\n" + t.summary(e) + "\n\n核对无误请回复“确认”；还要改就直接说。"
	}
	if len(r.set) > 0 && e.ID != 0 {
		// Corrections of earlier answers are history staff may want to see.
		for _, x := range r.set {
			if x != pending && !x.isRole() && x != slotCreators {
				t.event(e, "用户修改："+labels(t.c.season, r.set))
				break
			}
		}
	}
	t.st.Pending = t.next(e)
	pending = t.st.Pending
	return reask(head)
}

// reCorrectsLast is "不对，是李娜", "说错了，应该是13900002222": a new value for
// the answer given last, without naming the field.
var reCorrectsLast = regexp.MustCompile(`^(?:不对|错了|说错了|写错了|打错了|填错了|搞错了|弄错了|输错了|我说错了|我写错了|我打错了|我填错了|刚才(?:那个|那项|的)?(?:说|写|填|打|输)?错了|上一个(?:说|写|填)?错了|上一项(?:说|写|填)?错了|更正一下|纠正一下|更正|纠正)[，,。.:：!！\s]*(?:应该是|应该为|应为|应是|其实是|是|改成|改为|换成)?[:：\s]*(.+)$`)

func correctsLast(s string) (string, bool) {
	m := submatchOriginal(reCorrectsLast, strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	v := strings.TrimRight(strings.TrimSpace(m[1]), "。.!！")
	if v == "" || isFiller(v) {
		return "", false
	}
	return v, true
}

// correctionOnly reads a field named as wrong without its new value
// ("电话写错了", "片名不对", "时长要改一下") and returns that field.
func correctionOnly(s string) (slot, bool) {
	c := compact(s)
	if strings.HasSuffix(c, "?") || !containsAny(c, "错", "不对", "有误", "改", "更正", "换", "重新", "重填", "重写", "漏", "少", "缺", "多了", "不全", "不完整", "不准确", "有问题") {
		return "", false
	}
	ex := extract(rewritePersonRole(s))
	if len(ex.values) != 1 || ex.values[0].raw != "" && !faultRemark(ex.values[0].raw) { // s5-f4 formalask.go: "撰稿一栏有遗漏"
		return "", false
	}
	for _, l := range ex.leftover {
		if contestbot.RuneLen(l) > 6 || strings.ContainsAny(contestbot.NormalizeWidth(l), "0123456789《“\"") {
			return "", false
		}
	}
	sl := slot(strings.TrimSuffix(string(ex.values[0].slot), "!"))
	return sl, true
}

// askAgain asks for a field again after the user said it was wrong; the
// next plain answer replaces it.
func (t *turn) askAgain(e *contestbot.Entry, s slot) string {
	// s5-f4: the field asked again is now the one talked about; "不对，是X"
	// next is its value, never a correction of the answer given last.
	t.st.Prev = ""
	if s == slotCreators {
		t.st.Pending = slotCreators
		return fmt.Sprintf("好的，请把主创人员按角色重新写全（现在是：%s），例如：监制张三，编导李四、王五，撰稿无，摄影赵六，剪辑孙七", display(t.c.season, e, slotCreators))
	}
	t.st.Pending = s
	head := "好的，请重新发" + s.label() + "。"
	if e.Has(t.c.season, s.field()) && !s.yesNo() && !s.freeText() {
		head = fmt.Sprintf("好的，%s现在是：%s。请发正确的%s。", s.label(), display(t.c.season, e, s), s.label())
	}
	return head + "\n" + t.question(e, s)
}

func labels(season *contestbot.Season, ss []slot) string {
	var out []string
	for _, s := range ss {
		if s == slot(contestbot.FieldMadeInPeriod) {
			out = append(out, season.FieldLabel(s.field())) // the season's period, not a generic one
			continue
		}
		out = append(out, s.label())
	}
	return strings.Join(out, "、")
}

// midFormAnswer answers a question typed in the middle of the form, or ""
// when the knowledge base does not take it for a question about the contest.
// A question about a field of the form ("联系人写谁", "制作单位是谁都可以吗")
// is answered with what the field is for when the notice has no exact answer.
func (t *turn) midFormAnswer(s string, pending slot) string {
	target := slot("")
	if ex := extract(s); len(ex.values) > 0 {
		target = slot(strings.TrimSuffix(string(ex.values[0].slot), "!"))
	}
	asksField := isQuestion(s) && containsAny(compact(s), "填", "写", "谁", "什么", "哪", "啥", "可以吗", "行吗", "都可以", "怎么")
	fieldAnswer := func() string {
		if target == "" {
			target = pending
		}
		if target == "" || why(t.c.season, target) == "" {
			return ""
		}
		msg := why(t.c.season, target)
		if ex := exampleText(target); ex != "" {
			msg += ex
		}
		return msg
	}
	// "联系人写谁", "这个填什么": how to fill a field of the form is ours to
	// answer, not the notice's.
	c := compact(s)
	if asksField && pointsAtField(c, target != "") { // askrules.go: what goes in the field, not a question on the whole form
		if a := fieldAnswer(); a != "" {
			return a
		}
	}
	if t.c.deps.Knowledge == nil {
		if asksField && (target != "" || pending != slot(contestbot.FieldTitle)) {
			return fieldAnswer()
		}
		return ""
	}
	a := t.answer(s)
	switch a.Kind {
	case knowledge.KindFact, knowledge.KindVideo, knowledge.KindFeature, knowledge.KindClarify:
		return strings.TrimSpace(a.Text)
	case knowledge.KindSection:
		if asksField && target != "" {
			return fieldAnswer() // a quote of the blank form explains nothing
		}
		return strings.TrimSpace(a.Text)
	case knowledge.KindNotInNotice, knowledge.KindOffTopic:
		w := strings.TrimSpace(contestbot.NormalizeWidth(s))
		if (curated(a) || a.Kind == knowledge.KindOffTopic && pending != slot(contestbot.FieldTitle)) && !pointsAtField(c, target != "") { // askrules.go: the topic asked, or another event
			return strings.TrimSpace(a.Text)
		}
		if asksField && (target != "" || pending != slot(contestbot.FieldTitle)) {
			return fieldAnswer()
		}
		if strings.HasSuffix(w, "?") || strings.HasSuffix(w, "吗") {
			return strings.TrimSpace(a.Text)
		}
	}
	// A title may itself be a question ("青春是什么"); other fields are not.
	if asksField && (target != "" || pending != slot(contestbot.FieldTitle)) {
		return fieldAnswer()
	}
	return ""
}

// skip handles "跳过": optional slots (the creator roles) become empty;
// required ones say why they cannot be skipped.
func (t *turn) skip(e *contestbot.Entry, pending slot) string {
	switch {
	case pending.isRole():
		*creatorPtr(e, pending) = ""
		t.st.markRole(pending)
		if len(t.st.Roles) == len(roles) {
			e.CreatorsDone = true
		}
		t.touch(e)
		t.st.Pending = t.next(e)
		return "好的，" + roleLabels[pending] + "空着。\n\n" + t.question(e, t.st.Pending)
	case pending == "":
		return "现在没有要跳过的问题。"
	case pending == slot(contestbot.FieldCopyright):
		return "著作权声明需要确认后才能完成报名：" + why(t.c.season, pending) + "\n核对无误请回复“确认”。"
	}
	return t.deferField(e, pending, true) // s6-d hold.go: a required field is left for last, never refused
}

func ineligibleField(e *contestbot.Entry) slot {
	switch {
	case e.UnitWork != nil && !*e.UnitWork:
		return slot(contestbot.FieldUnitWork)
	case e.MadeInPeriod != nil && !*e.MadeInPeriod:
		return slot(contestbot.FieldMadeInPeriod)
	case e.Unpublished != nil && !*e.Unpublished:
		return slot(contestbot.FieldUnpublished)
	}
	return slot(contestbot.FieldAILabelled)
}

// refusal explains why the entry cannot be submitted and what to do.
func refusal(season *contestbot.Season, e *contestbot.Entry, reason string) string {
	msg := "抱歉，这部作品目前不能报送：" + reason + "。"
	switch ineligibleField(e) {
	case slot(contestbot.FieldUnitWork):
		msg += "\n如果作品是学校党委组织人事部门独立完成、或与相关单位和短视频从业人员合作完成的，可以由学校作为推荐单位报送：请回复“是单位作品”继续。"
	case slot(contestbot.FieldMadeInPeriod):
		msg += "\n如果是说错了，请回复“是" + season.WorksSinceText + "创作的”继续。"
	case slot(contestbot.FieldUnpublished):
		msg += "\n如果其实还没有公开发表，请回复“未发表”继续。"
	default:
		msg += "\n请在片中明确标注AI生成的内容，标注后回复“已标注”继续。"
	}
	return msg + "\n不再报送请回复“取消”。"
}

// complete confirms the entry: the store gives it its 序号 on save.
func (t *turn) complete(e *contestbot.Entry) string {
	if ok, reason := e.Eligible(t.c.season); !ok {
		t.st.Pending = ineligibleField(e)
		return refusal(t.c.season, e, reason)
	}
	if n := t.next(e); n != slot(contestbot.FieldCopyright) && n != "" {
		t.st.Pending = n
		return "还差" + n.label() + "没填。\n\n" + t.question(e, n)
	}
	e.CopyrightConfirmed = true
	e.Status = contestbot.StatusComplete
	t.touch(e)
	t.event(e, "用户确认提交报名")
	t.st.reset()
	t.st.LastID = e.ID
	if next := t.nextTableWork(e); next != "" { // s5-g3 tablerows.go: the next work of a pasted table
		t.late = func() string { return t.completedOnly(e) + "\n\n" + next }
		return ""
	}
	t.late = func() string { return t.completed(e) }
	return ""
}

// completed is the reply after confirming: 序号, file name, checklist.
func (t *turn) completed(e *contestbot.Entry) string {
	return t.completedOnly(e) + t.resumeHint() // works.go (s5-f5): a work left for later is named
}

// completedOnly is completed without naming the drafts left.
func (t *turn) completedOnly(e *contestbot.Entry) string {
	t.st.LastID = e.ID
	var b strings.Builder
	fmt.Fprintf(&b, "报名成功！《%s》是%s报送的第%d号作品（序号%d）。\n", e.Title, e.Unit, e.Seq, e.Seq)
	fmt.Fprintf(&b, "视频文件请命名为：%s\n\n", e.FileName())
	b.WriteString(t.c.checklist())
	if l := t.docsLink(); l != "" {
		b.WriteString("\n\n已按您填写的内容生成报名表、汇总表和版权确认协议书，下载：" + l)
	}
	b.WriteString("\n\n视频做好后，发送“检查视频”检查格式（直接下载链接或本机文件都可以）。还有作品要报，发“再报一个”。")
	if len(t.unitGroup(e.Unit)) >= 2 {
		b.WriteString("本单位已有多个作品，要调整排序发“调整顺序”。")
	}
	return b.String()
}

// finishEdit closes an edit of a completed entry.
func (t *turn) finishEdit(e *contestbot.Entry) string {
	resume := t.st.Resume
	t.st.Resume = 0
	t.st.reset()
	t.st.LastID = e.ID
	t.touch(e)
	hint := t.resumeHint() // works.go (s5-f5): the draft left to edit this one is named
	// s7-f confirmedguard.go: back to the draft left to edit this one.
	if q := t.resumeAfterEdit(resume); q != "" {
		hint = "\n\n" + q
	}
	t.late = func() string {
		return fmt.Sprintf("好的，《%s》的修改已保存。视频文件名：%s", e.Title, e.FileName()) + hint
	}
	return ""
}

// cancel handles "取消" outside the confirmation step.
func (t *turn) cancel(c string) string {
	switch t.st.Mode {
	case modeEdit:
		if e := t.current(); e != nil && containsAny(c, "报名", "撤回", "不报", "放弃", "不参加") {
			return t.askCancel(e)
		}
		id := t.st.EntryID
		t.st.reset()
		t.st.LastID = id
		return "好的，已退出修改（已经改好的内容都已保存）。"
	case modeForm:
		if e := t.current(); e != nil {
			return t.askCancel(e)
		}
	}
	if d := t.latestDraft(); d != nil {
		return t.askCancel(d)
	}
	return "目前没有正在填写的报名。要撤回已提交的作品，请发“取消第1个作品”（编号见“我的作品”）。"
}

// cancelThis handles "删除这个作品": the draft being filled, else the entry
// completed or edited last.
func (t *turn) cancelThis() string {
	if t.st.Mode == modeForm || t.st.Mode == modeEdit {
		if e := t.current(); e != nil {
			return t.askCancel(e)
		}
	}
	if e := t.byID(t.st.LastID); e != nil && e.Status != contestbot.StatusCancelled {
		return t.askCancel(e)
	}
	if d := t.latestDraft(); d != nil {
		return t.askCancel(d)
	}
	return t.withPending("没有找到要删除的作品。发“我的作品”查看，再发“取消第1个作品”（编号见列表）。")
}

func (t *turn) askCancel(e *contestbot.Entry) string {
	if e.Status == contestbot.StatusCancelled {
		return "这个作品已经取消了。"
	}
	if t.st.Mode != modeCancel {
		t.st.Back = t.st.Mode
	}
	t.st.Mode, t.st.CancelID = modeCancel, e.ID
	if e.ID == 0 && t.st.newEntry == nil {
		t.st.newEntry = e
	}
	if e.Status == contestbot.StatusComplete {
		return "《" + e.DisplayTitle() + "》已经提交，确定要撤回这个报名吗？回复“是”撤回，回复“否”保留。"
	}
	if t.emptyWork(e) { // works.go (s5-f5): a draft made by mistake
		return "确定要取消这份还没填内容的报名（《" + e.DisplayTitle() + "》）吗？回复“是”删除，回复“否”保留。"
	}
	return "确定要取消《" + e.DisplayTitle() + "》的报名吗？已填的内容不会再报送。回复“是”取消，回复“否”继续填写。"
}

func (t *turn) cancelAnswer(s string) string {
	e := t.byID(t.st.CancelID)
	if e == nil && t.st.newEntry != nil {
		e = t.st.newEntry
	}
	back, then := t.st.Back, t.st.Then
	restore := func() {
		t.st.Mode, t.st.Back, t.st.CancelID, t.st.Then = back, "", 0, ""
	}
	if e == nil {
		restore()
		return t.text(s)
	}
	c := compact(s)
	if isQuestion(s) && !isYes(s) && !isNo(s) { // withdraw.go (e4): answered, and the confirmation stays
		return t.withdrawQuestion(e, s)
	}
	switch {
	case containsAny(c, "不取消", "别取消", "不要取消", "继续", "点错", "不撤回", "保留", "不用了", "再想想", "不撤", "别撤") || isNo(s):
		restore()
		if then == startOverThen { // s6-l startover.go: "全部重来" and 否: the form goes on
			return t.withPending("好的，不重填，《" + e.DisplayTitle() + "》接着填。")
		}
		if then != "" { // works.go (s5-f5): "换一个片子报" and 否: both works kept
			return t.afterCancel(then, "好的，《"+e.DisplayTitle()+"》留着，以后发“接着填《"+e.DisplayTitle()+"》”接着填。")
		}
		return t.withPending("好的，不取消。")
	case isYes(s) || containsAny(c, "取消", "不报", "确定", "撤回", "算了", "放弃") || confirmsWithdraw(s):
		wasComplete := e.Status == contestbot.StatusComplete
		var filling *contestbot.Entry
		if back == modeForm {
			filling = t.current()
		}
		e.Status = contestbot.StatusCancelled
		t.touch(e)
		t.event(e, "用户取消报名")
		if t.st.EntryID == e.ID || back == modeForm {
			t.st.reset()
		} else {
			restore()
		}
		t.st.Mode, t.st.Back, t.st.CancelID, t.st.Then = modeIdle, "", 0, ""
		if wasComplete { // withdraw.go (e4): how to take it back, and the numbers closed up
			out := "已取消《" + e.DisplayTitle() + "》的报名（记录会保留，不会报送）。改好了想再报，发“恢复《" + e.DisplayTitle() + "》”即可，不用重新填。" + t.closeGap(e.Unit)
			if d := filling; d != nil && d != e && d.Status == contestbot.StatusDraft {
				// Withdrawn while filling another work: that form goes on.
				t.st.focus(modeForm, d)
				t.st.Pending = t.next(d)
				out += "\n\n我们接着填《" + d.DisplayTitle() + "》：" + t.question(d, t.st.Pending)
			}
			return out
		}
		return t.draftCancelled(e, filling, then) // works.go (s5-f5)
	}
	restore()
	return t.text(s)
}

var reNumbers = regexp.MustCompile(`\d+`)

// unitGroups are the completed entries of the user's units by unit, each
// in 序号 order: the user's own and those of colleagues who joined the unit.
// A unit is its key (contestbot.UnitKey, s11-a): "X学院党委" and "X学院" are
// one unit with one 序号 sequence.
func (t *turn) unitGroups() map[string][]*contestbot.Entry {
	g := map[string][]*contestbot.Entry{}
	for _, e := range t.rankable() {
		if e.Status == contestbot.StatusComplete {
			k := e.UnitKey()
			g[k] = append(g[k], e)
		}
	}
	return g
}

// unitGroup is the completed entries of the unit unit (typed or a key)
// belongs to, in 序号 order.
func (t *turn) unitGroup(unit string) []*contestbot.Entry {
	return t.unitGroups()[contestbot.UnitKey(unit)]
}

// unitLabel is how a unit's works are named to the user: the 推荐单位 as
// typed on its first work (序号 1), as the 汇总表's header prints it.
func unitLabel(es []*contestbot.Entry, key string) string {
	if len(es) > 0 && es[0].Unit != "" {
		return es[0].Unit
	}
	return key
}

// reorder handles "调整顺序 [order]".
func (t *turn) reorder(args string) string {
	g := t.unitGroups()
	var units []string
	for u, es := range g {
		if len(es) >= 2 {
			units = append(units, u)
		}
	}
	sort.Strings(units)
	if len(units) == 0 {
		return t.withPending("调整顺序需要同一推荐单位至少有2个已完成报名的作品。发“我的作品”查看。")
	}
	unit := units[0]
	if last := t.byID(t.st.LastID); last != nil && len(g[last.UnitKey()]) >= 2 {
		unit = last.UnitKey()
	}
	for _, u := range units {
		if strings.Contains(args, u) {
			unit = u
		}
	}
	t.st.Unit = unit
	if strings.TrimSpace(args) != "" {
		if out, ok := t.reorderWith(args); ok {
			return out
		}
	}
	t.st.Mode = modeReorder
	var b strings.Builder
	fmt.Fprintf(&b, "%s现在的顺序：", unitLabel(g[unit], unit))
	for i, e := range g[unit] {
		fmt.Fprintf(&b, "\n%d.《%s》（序号%d）", i+1, e.Title, e.Seq)
	}
	b.WriteString("\n请按新的顺序回复编号，例如“")
	for i := len(g[unit]); i >= 1; i-- {
		fmt.Fprintf(&b, "%d", i)
		if i > 1 {
			b.WriteString(" ")
		}
	}
	b.WriteString("”，也可以按顺序写片名。")
	return b.String()
}

// reorderWith applies an order given as numbers or titles to the unit in
// st.Unit; ok is false when the text gives no order.
func (t *turn) reorderWith(s string) (string, bool) {
	unit := t.st.Unit
	es := t.unitGroup(unit)
	if len(es) < 2 {
		return "", false
	}
	var order []*contestbot.Entry
	seen := map[*contestbot.Entry]bool{}
	add := func(e *contestbot.Entry) bool {
		if e == nil || seen[e] {
			return false
		}
		seen[e] = true
		order = append(order, e)
		return true
	}
	if titles := reTitle.FindAllStringSubmatch(s, -1); len(titles) > 0 {
		for _, m := range titles {
			if !add(byTitle(es, m[1])) {
				return "没有对上片名“" + m[1] + "”，请按编号回复，例如“2 1”。", true
			}
		}
	} else if nums := reNumbers.FindAllString(contestbot.NormalizeWidth(s), -1); len(nums) > 0 {
		for _, n := range nums {
			i, _ := strconv.Atoi(n)
			if i < 1 || i > len(es) || !add(es[i-1]) {
				return fmt.Sprintf("编号要在1到%d之间且不重复，例如“2 1”。", len(es)), true
			}
		}
	} else {
		for _, part := range reNameSep.Split(contestbot.NormalizeWidth(s), -1) {
			part = strings.Trim(part, "》《>→-")
			if part == "" {
				continue
			}
			if !add(byTitle(es, part)) {
				return "", false
			}
		}
	}
	if len(order) == 0 {
		return "", false
	}
	for _, e := range es {
		if !seen[e] {
			order = append(order, e)
		}
	}
	seqs := make([]int, len(es))
	for i, e := range es {
		seqs[i] = e.Seq
	}
	sort.Ints(seqs)
	var b strings.Builder
	fmt.Fprintf(&b, "好的，%s的新顺序：", unitLabel(es, unit))
	for i, e := range order {
		if e.Seq != seqs[i] {
			e.Seq = seqs[i]
			t.touch(e)
			t.event(e, fmt.Sprintf("用户调整序号为%d", e.Seq))
		}
		fmt.Fprintf(&b, "\n序号%d《%s》，文件名：%s", e.Seq, e.Title, e.FileName())
	}
	b.WriteString("\n汇总表会按这个顺序排列；已上传的视频请按新文件名重新命名。")
	t.st.Mode, t.st.Unit = modeIdle, ""
	return b.String(), true
}

// moveTo puts the entry titled title at position n of its unit's order.
func (t *turn) moveTo(title string, n int) string {
	e := byTitle(t.rankable(), title)
	if e == nil || e.Status != contestbot.StatusComplete {
		return t.withPending("没有找到已完成报名的《" + title + "》。发“我的作品”查看。")
	}
	return t.moveEntry(e, n)
}

// moveEntry puts e at position n of its unit's order.
func (t *turn) moveEntry(e *contestbot.Entry, n int) string {
	es := t.unitGroup(e.Unit)
	if n < 1 || n > len(es) {
		return t.withPending(fmt.Sprintf("%s共有%d个作品，位置要在1到%d之间。", unitLabel(es, e.Unit), len(es), len(es)))
	}
	var rest []*contestbot.Entry
	for _, x := range es {
		if x != e {
			rest = append(rest, x)
		}
	}
	order := append(append(append([]*contestbot.Entry{}, rest[:n-1]...), e), rest[n-1:]...)
	var nums []string
	for _, x := range order {
		for i, y := range es {
			if x == y {
				nums = append(nums, strconv.Itoa(i+1))
			}
		}
	}
	t.st.Unit = e.Unit
	out, _ := t.reorderWith(strings.Join(nums, " "))
	return out
}

var reNameSep = regexp.MustCompile(`[、,，;；/\s>→]+`)

// talkAnswer answers the clauses of s that ask, when s is talk at a
// free-text step: "摘要我一会发你。对了原件是寄过去还是送过去？".
func (t *turn) talkAnswer(s string, pending slot) string {
	var qs []string
	cls := splitClauses(s)
	for i, cl := range cls {
		if isQuestion(cl) || askedYesNo(cl) {
			if i > 0 && pointsBack(cl) && (len(qs) == 0 || qs[len(qs)-1] != cls[i-1]) { // s8-g checkwhy.go: "…加了学校的logo水印 这个行不行啊"
				qs = append(qs, cls[i-1]+"，")
			}
			qs = append(qs, cl)
		}
	}
	q := strings.Join(qs, "")
	if q == "" {
		q = s
	}
	a := ""
	if firstNamedField(compact(q)) == "" || containsAny(compact(q), "多少字", "多长", "几个字", "字数", "几句") {
		// "简介要写多少字？" names a field but asks the notice's rule.
		a = t.ask(q, true)
	}
	a = t.askWithContext(a, q, s) // s9-g askcontext.go: "片子是3分10秒 会不会不让报" asks about the clause before
	if a == "" {
		a = t.midFormAnswer(q, pending)
	}
	return a
}

// reJoinTexts says the last two texts were one: "刚才那两句是连一起的 都是简介".
var reJoinTexts = regexp.MustCompile(`连一起|连在一起|连起来|合起来|合成一段|是一段|一整段|是一起的|都是简介`)

// joinLastTwo joins a 摘要 back onto the 简介 when the user says the two
// texts sent one after the other were one 简介, then reads the rest of the
// message ("摘要就跟简介一样就行") for the 摘要.
func (t *turn) joinLastTwo(e *contestbot.Entry, s string) (string, bool) {
	c := compact(s)
	if !reJoinTexts.MatchString(c) && !saysTextHalf(c) /* s9-e splittext.go: "刚那句是简介后半截 俩拼一起才是简介" */ || !strings.Contains(c, "简介") || e.Synopsis == "" || e.Summary == "" || e.Summary == e.Synopsis {
		return "", false
	}
	e.Synopsis = strings.TrimSpace(e.Synopsis) + strings.TrimSpace(e.Summary)
	e.Summary = ""
	t.touch(e)
	head := fmt.Sprintf("好的，两段合成一段内容简介：“%s”（共%d字）。", clip(e.Synopsis, 30), contestbot.RuneLen(e.Synopsis))
	var keep []string
	for _, cl := range splitClauses(s) {
		cc := compact(cl)
		if reJoinTexts.MatchString(cc) || saysTextHalf(cc) || reDenialOnly.MatchString(cc) || isChatter(cc) || strings.Contains(cc, "刚才") && strings.Contains(cc, "两") {
			continue
		}
		keep = append(keep, cl)
	}
	t.st.Pending = slot(contestbot.FieldSummary)
	if rest := strings.TrimSpace(joinClauses(keep)); rest != "" {
		if out, ok := t.sameAfterJoin(e, rest); ok { // s9-e splittext.go: "摘要跟简介一样就行" with a 简介 over 100
			return head + "\n" + out, true
		}
		return head + "\n" + t.formRest(e, rest), true
	}
	return head + "\n\n" + t.question(e, t.st.Pending), true
}

// answerThenAsk splits a message that first answers the pending question
// and then asks something ("实拍的，简介要写多少字？", "是 另外问一下原件寄到
// 哪"): v is the answer, q the question. v is "" when the leading clauses
// answer nothing: talk, chatter, or a value that fails its validator.
func (t *turn) answerThenAsk(e *contestbot.Entry, s string, pending slot) (v, q string) {
	if pending == "" || pending == slot(contestbot.FieldCopyright) {
		return "", "" // consent is never given beside a question
	}
	cls := splitClauses(s)
	k := -1
	for i, cl := range cls {
		if isQuestion(cl) || askedYesNo(cl) || reAskStart.MatchString(cl) {
			k = i
			break
		}
	}
	if k >= 1 && freeTextLeads(joinClauses(cls[:k]), pending) { // freetextask.go: question words inside a story are the story
		k = freeTextAskAt(cls)
	}
	if k < 1 {
		return "", ""
	}
	v, q = strings.TrimSpace(joinClauses(cls[:k])), strings.TrimSpace(joinClauses(cls[k:]))
	v = strings.TrimRight(v, "，,；; ")
	c := compact(v)
	if c == "" || isChatter(c) || onlyFiller(v) || talkToBot(v) != "" || hasComplaint(c) || isDenial(c) {
		return "", ""
	}
	if fillingTalk(v) { // askrules.go: "填到一半我得去开个会" is no value
		return "", ""
	}
	if !pending.eligibility() && asksWhetherCounts(joinSpacedHan(s)) && reFactAsk.MatchString(compact(q)) {
		return "", "" // s8-b factask.go: "…发过朋友圈 后来删了 这种算公开发表吗" at any step tells the case it asks about
	}
	if pending.eligibility() {
		if fine := fineClauses(cls); leadingAgree(fine) > 0 { // agree.go: "都是哒✅ 不过问下 我们想… 会不会算公开发表"
			j := leadingAgree(fine)
			return strings.TrimSpace(strings.Join(fine[:j], " ")), strings.TrimSpace(strings.Join(fine[j:], " "))
		}
		for _, cl := range splitClauses(dialectNegation(v)) {
			if _, _, ok := itemsNamed(cl, openEligibility(t.c.season, e)); ok || isYes(cl) || restAgree(cl) {
				return v, q
			}
			if _, _, ok := eligibilityClause(cl, t.period()); ok {
				return v, q
			}
		}
		return "", ""
	}
	if pending == slot(contestbot.FieldDuration) && reHedge.MatchString(c) {
		return "", "" // "片子大概三分钟 超过三分钟是不是就不中了": a guess is no 时长
	}
	r := t.tryFill(e, v, pending)
	if len(r.set) == 0 || len(r.errs) > 0 {
		return "", ""
	}
	if pending.freeText() && r.has(pending) && (contestbot.RuneLen(c) < 8 && !endsSameAsSynopsis(v) || freeTextProblem(v) != "") {
		return "", "" // "好的，简介要写多少字？" is no 简介
	}
	return v, q
}
