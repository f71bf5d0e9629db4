package dialogs

import (
	"context"
	"regexp"
	"strconv"
	"strings"

	"contestbot"
)

// Managing several works in the user's own words (branch s5-f5, issue #10
// round 10: rp47 p47b, rp45 p45a):
//   - replacing the open work by another: "换一个片子报，焊花映初心";
//   - leaving one draft for later and starting the next: "第一个先放着，先报第二个";
//   - going back to a draft by number or title: "接着填第一个";
//   - changing a work named by number or title with no form open:
//     "第一个片子的摄影写错了，应该是X", "不是新报名，我是要改第一个《X》的主创";
//   - deleting a draft made by mistake: "刚才那个空的删掉", "把多出来的那个删了".
// A draft that never held more than what is copied from an earlier work is
// deleted, not kept as cancelled, when it is withdrawn.

// reReplaceWork is registering another work instead of the one at hand:
// "换一个片子报", "换个作品", "改报另一个", "报另外一个片子".
var reReplaceWork = regexp.MustCompile(`(?:换|改)(?:成|一下)?(?:一个|个|一部|部|另一个|另外一个|别的|其他的?)(?:别的|新的?|其他的?)?(?:(?:片子|作品|视频|片儿)(?:来|去)?(?:报|参赛|报名)?|(?:来|去)?(?:报|参赛|报名))(?:吧|了)?|改报(?:另一个|另外一个|别的|其他)?(?:片子|作品)?|(?:报|填)(?:另一个|另外一个|另一部|别的|其他的?)(?:片子|作品|视频)|(?:报|填)(?:另一个|另外一个|另一部)(?:吧|了)?$`)

// rePauseWork is leaving one work for later to fill another: "第一个先放着",
// "先弄第二个", "先填第二个片子", "这个回头再说，先报下一个".
var rePauseWork = regexp.MustCompile(`(?:先|回头再|等会再|晚点再|待会再)(?:弄|报|填|做|来|搞)(?:第[二两三四五六七八九十2-9]|下一|另一|另外一)(?:个|部)|(?:先放着|先放一放|先搁着|先放放|放一放|先停一下)`)

// rePauseNext is the next work named in a pause: "第二个", "下一个", "另一个".
var rePauseNext = regexp.MustCompile(`第[二两三四五六七八九十2-9](?:个|部)|下一(?:个|部)|另一(?:个|部)|另外一(?:个|部)`)

// reNotWork follows a next one that is no work: 下一个问题, 下一项.
var reNotWork = regexp.MustCompile(`^(?:问题|项|步|题|字段|环节|事)`)

// reGoToWork is going back to a draft named by number or title: "接着填第一个",
// "继续填《X》", "回到第一个", "先把第一个填完".
var reGoToWork = regexp.MustCompile(`^(?:那|好|好的|行)?[，,\s]*(?:我们|我)?(?:先)?(?:接着|继续|回到|回去|再)(?:填|弄|报|写)?(?:一下)?(第\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|部)|《[^》]+》)(?:作品|片子)?(?:吧|了)?$|^(?:先)?把(第\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|部)|《[^》]+》)(?:作品|片子)?(?:填完|弄完|补完|报完)(?:吧)?$`)

// reJunkWork describes a draft made by mistake: "空的", "多出来的",
// "没填完的", "多余的", "未命名的".
var reJunkWork = regexp.MustCompile(`多建|多开了|多弄了|多报了|建错了|开错了|不小心建|空的|空白的|多出来|多出的|多的那个|多余|没填完的|未命名|没名字的|没有名字的|重复的|白的那个`)

// reJunkDelete is deleting: 删, 去掉, 不要了, 取消.
var reJunkDelete = regexp.MustCompile(`删|去掉|不要了|取消|撤了|撤掉|作废`)

// emptyWork reports whether draft e holds nothing beyond what a new work
// copies from the user's other works (推荐单位, 联系人, 电话): a draft made
// by mistake. A value typed into it, even the 推荐单位 alone, keeps it a work.
func (t *turn) emptyWork(e *contestbot.Entry) bool {
	if e.Status == contestbot.StatusComplete || e.CopyrightConfirmed {
		return false
	}
	copied := func(v string, of func(*contestbot.Entry) string) bool {
		if v == "" {
			return true
		}
		for _, x := range t.entries {
			if x != e && of(x) == v {
				return true
			}
		}
		return false
	}
	if !copied(e.Unit, func(x *contestbot.Entry) string { return x.Unit }) ||
		!copied(e.Contact, func(x *contestbot.Entry) string { return x.Contact }) ||
		!copied(e.Phone, func(x *contestbot.Entry) string { return x.Phone }) {
		return false
	}
	for _, v := range creatorValues(e) {
		if v != "" {
			return false
		}
	}
	return e.Title == "" && e.Producer == "" && e.DurationSeconds == 0 && e.Category == "" && !e.CreatorsDone &&
		e.Synopsis == "" && e.Summary == "" && e.VideoURL == "" &&
		e.UnitWork == nil && e.MadeInPeriod == nil && e.Unpublished == nil && e.AIUsed == nil && e.AILabelled == nil
}

// entryDeleter is the part of the store that deletes an entry and its
// history (*store.DB implements it).
type entryDeleter interface {
	DeleteEntry(ctx context.Context, id int64, actor, reason string) error
}

// dropIfEmpty deletes the cancelled draft e when it never held a value of
// its own, so no empty row stays in the export; it reports whether it did.
func (t *turn) dropIfEmpty(e *contestbot.Entry) bool {
	if e.Status != contestbot.StatusCancelled || !t.emptyWork(e) {
		return false
	}
	if e.ID == 0 {
		t.forget(e) // never saved: nothing to delete
		return true
	}
	del, ok := t.c.deps.Store.(entryDeleter)
	if !ok {
		return false
	}
	// The row is saved as cancelled first, so a failed delete leaves a
	// cancelled row, never the draft back.
	t.entries = without(t.entries, e)
	t.after = append(t.after, func() {
		if err := del.DeleteEntry(t.ctx, e.ID, "user", "用户删除误建的空白报名"); err != nil {
			t.c.log.Warn("delete empty draft", "user", contestbot.LogID(t.m.OpenID), "err", err)
		}
	})
	return true
}

// forget takes e out of the turn: not saved, no events.
func (t *turn) forget(e *contestbot.Entry) {
	es, touched := without(t.entries, e), without(t.touched, e)
	var evs []entryEvent
	for _, ev := range t.events {
		if ev.entry != e {
			evs = append(evs, ev)
		}
	}
	t.entries, t.touched, t.events = es, touched, evs
	if t.st.newEntry == e {
		t.st.newEntry = nil
	}
}

// newWork starts a draft beside any open one, copying 推荐单位, 联系人 and
// 电话 from the user's newest work that has them, and fills rest into it.
// head opens the reply.
func (t *turn) newWork(head, rest string) string {
	if t.closed() {
		return t.c.closedText()
	}
	e := &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}
	for i := len(t.entries) - 1; i >= 0; i-- {
		if x := t.entries[i]; x.Unit != "" {
			e.Unit, e.Contact, e.Phone = x.Unit, x.Contact, x.Phone
			break
		}
	}
	t.entries = append(t.entries, e)
	t.st.focus(modeForm, e)
	t.touch(e)
	if e.Unit != "" {
		var kept []string
		kept = append(kept, "推荐单位（"+e.Unit+"）")
		if e.Contact != "" {
			kept = append(kept, "联系人（"+e.Contact+"）")
		}
		if e.Phone != "" {
			kept = append(kept, "电话（"+contestbot.FormatPhone(e.Phone)+"）")
		}
		head += "已沿用" + strings.Join(kept, "、") + "，要改直接说。"
	}
	if held := t.takeNextWork(e); held != "" { // s6-g whichwork.go
		head += "\n" + held
	}
	if strings.TrimSpace(rest) != "" {
		return head + "\n\n" + t.formInput(e, rest)
	}
	t.st.Pending = t.next(e)
	return head + "\n\n" + t.question(e, t.st.Pending)
}

// newWorkRest is what a message starting another work says about it: the
// title, labelled when it stands bare ("焊花映初心，这个已经做好了" →
// "片名：焊花映初心"), and the values after it. Talk about the work is left
// out.
func newWorkRest(rest string) string {
	rest = strings.TrimLeft(strings.TrimSpace(rest), "，,。：:；; ")
	if rest == "" {
		return ""
	}
	if loc := reNextWorkHead.FindStringIndex(rest); loc != nil && loc[0] == 0 {
		rest = nextWorkRest(rest)
	} else if loc := regexp.MustCompile(`^(?:它|这个|这部|新的|那个)?(?:片名|名字|题目|名称)?(?:叫做|叫|是)[\s：:]*`).FindStringIndex(rest); loc != nil && loc[1] > 0 {
		rest = "片名：" + rest[loc[1]:]
	} else if plainTitleFirst(rest) {
		rest = "片名：" + rest
	}
	if strings.HasPrefix(rest, "叫《") || strings.HasPrefix(rest, "叫做《") {
		rest = "片名：" + strings.TrimLeft(rest, "叫做") // "叫《红旗渠畔话初心》"
	}
	var keep []string
	for _, cl := range splitClauses(rest) {
		c := compact(cl)
		if c == "" || (!extract(cl).labelled && containsAny(c, "这个", "已经做好", "做好了", "弄好了", "拍完了", "剪好了", "行不行", "可以吗", "好不好")) {
			continue // "这个已经做好了": talk about the work
		}
		keep = append(keep, strings.Trim(cl, "，,。；; "))
	}
	return strings.Join(keep, "，")
}

// replaceWork handles "换一个片子报，焊花映初心": the open draft is
// withdrawn after one confirmation (or kept, on "否"), and the new work
// starts with what the message says about it. With no draft open the new
// work starts at once.
func (t *turn) replaceWork(s string) (string, bool) {
	c := compact(s)
	loc := readsReplace(s)
	if loc == nil {
		return "", false
	}
	raw := s
	if l := reReplaceWork.FindStringIndex(s); l != nil {
		raw = s[l[1]:]
	} else {
		raw = c[loc[1]:]
	}
	rest := newWorkRest(raw)
	open := t.openDraft()
	if open != nil && !t.emptyWork(open) {
		t.st.Back = t.st.Mode
		t.st.Mode, t.st.CancelID, t.st.Then = modeCancel, open.ID, "another:"+rest
		if open.ID == 0 {
			t.st.newEntry = open
		}
		name := "新的作品"
		tmp := &contestbot.Entry{}
		t.fillKeepingState(tmp, rest, "") // route.go: a trial, the state kept
		if tmp.Title != "" {
			name = "《" + tmp.Title + "》"
		}
		return "要先取消《" + open.DisplayTitle() + "》的报名，改报" + name + "吗？回复“是”取消《" + open.DisplayTitle() + "》并开始填" + name +
			"；回复“否”《" + open.DisplayTitle() + "》留着以后再填，也开始填" + name + "。", true
	}
	if open != nil { // an empty draft: no need to ask
		open.Status = contestbot.StatusCancelled
		t.dropIfEmpty(open)
		t.st.reset()
	}
	return t.newWork("好的，报一个新的作品。", rest), true
}

// readsReplace is where s says to register another work instead of the
// one at hand, in compact(s), or nil.
func readsReplace(s string) []int {
	c := compact(s)
	loc := reReplaceWork.FindStringIndex(c)
	switch {
	case loc == nil || isQuestion(s) || rePauseWork.MatchString(c):
		return nil
	case strings.HasPrefix(c[loc[1]:], "名"):
		return nil // "换个作品名称" changes the title
	case containsAny(c, "换成", "改成", "改为") && !containsAny(c, "换成报", "改成报"):
		return nil // "片名换成…" changes a field
	case loc[0] > 0 && !talkBeforeRef(c[:loc[0]]) && !containsAny(c[:loc[0]], "算了", "不报", "撤", "那", "我们", "我"):
		return nil
	}
	return loc
}

// afterCancel starts the work a replace asked for once the open draft was
// withdrawn or kept; then is state.Then.
func (t *turn) afterCancel(then, head string) string {
	if then == startOverThen { // s6-l startover.go: "全部重来" confirmed
		return t.newWork(head+"\n\n好的，从头开始填。", "")
	}
	rest, ok := strings.CutPrefix(then, "another:")
	if !ok {
		return head
	}
	return t.newWork(head+"\n\n好的，开始填新的作品。", rest)
}

// pauseWork handles "第一个先放着，先报第二个" and "简介我得翻一下稿子，先弄第二个吧，
// 第二个叫《X》，是AI生成的，1分56秒": the open draft stays as it is, a new
// draft starts with what the message says about it.
func (t *turn) pauseWork(s string) (string, bool) {
	if !readsPause(s) {
		return "", false
	}
	open := t.openDraft()
	if open == nil || t.emptyWork(open) {
		return "", false // nothing to leave: the usual "再报一个" reading
	}
	// The values come after the last mention of the next work: "…先弄第二个吧，第二个叫《X》，…".
	rest := ""
	locs := rePauseNext.FindAllStringIndex(s, -1)
	if len(locs) > 0 {
		last := locs[len(locs)-1]
		rest = s[last[1]:]
		rest = regexp.MustCompile(`^(?:作品|片子|视频)?(?:吧|呢|啊)?(?:行不行|行吗|可以吗|好不好)?`).ReplaceAllString(strings.TrimLeft(rest, "，,。 "), "")
		rest = strings.TrimLeft(rest, "，,。？?！! ")
		if rest != "" {
			rest = newWorkRest(rest)
		}
	}
	head := "好的，《" + open.DisplayTitle() + "》先放着，已填的内容都在（发“接着填《" + open.DisplayTitle() + "》”回来接着填）。开始填下一个作品。"
	return t.newWork(head, rest), true
}

// readsPause reports whether s leaves the work at hand for the next one.
func readsPause(s string) bool {
	c := compact(s)
	m := rePauseNext.FindAllStringIndex(c, -1)
	if !rePauseWork.MatchString(c) || m == nil || containsAny(c, "撤", "删", "不报了", "不要了") {
		return false
	}
	return !reNotWork.MatchString(c[m[len(m)-1][1]:]) // "这个先放着，先问下一个问题"
}

// goToWork handles "接着填第一个", "继续填《X》": the form moves to that draft.
func (t *turn) goToWork(s string) (string, bool) {
	m := reGoToWork.FindStringSubmatch(compact(s))
	if m == nil {
		return "", false
	}
	ref := m[1] + m[2]
	var e *contestbot.Entry
	if strings.HasPrefix(ref, "《") {
		e = byTitle(t.listed(), strings.Trim(ref, "《》"))
	} else if n := reWorkOrdinal.FindStringSubmatch(ref); n != nil {
		e = t.entryRef([]string{n[1], ""})
	}
	if e == nil || e.Status != contestbot.StatusDraft {
		return "", false
	}
	t.st.focus(modeForm, e)
	t.st.Pending = t.next(e)
	return "好的，接着填《" + e.DisplayTitle() + "》。\n\n" + t.question(e, t.st.Pending), true
}

// deleteJunk handles "刚才那个空的删掉", "把多出来的那个删了": the draft made
// by mistake is withdrawn after one confirmation.
func (t *turn) deleteJunk(s string) (string, bool) {
	if !readsJunkDelete(s) {
		return "", false
	}
	var empty, drafts []*contestbot.Entry
	for _, e := range t.entries {
		if e.Status != contestbot.StatusDraft {
			continue
		}
		drafts = append(drafts, e)
		if t.emptyWork(e) {
			empty = append(empty, e)
		}
	}
	var e *contestbot.Entry
	switch {
	case len(empty) > 0:
		e = empty[len(empty)-1]
	case len(drafts) == 1:
		e = drafts[0]
	case len(drafts) == 0:
		return t.withPending("没有多出来的报名：您没有没填完的作品。发“我的作品”可查看。"), true
	default:
		return t.withPending("您有" + strconv.Itoa(len(drafts)) + "份没填完的报名，要删哪一个？发“我的作品”看编号，再说“删掉第N个”。"), true
	}
	return t.askCancel(e), true
}

// readsJunkDelete reports whether s deletes a draft made by mistake.
func readsJunkDelete(s string) bool {
	c := compact(s)
	if isQuestion(s) && !containsAny(c, "帮我", "给我") || !reJunkWork.MatchString(c) || !reJunkDelete.MatchString(c) {
		return false
	}
	// "把简介里多出来的字删掉" edits a text.
	return !mentionsField(c) && !containsAny(c, "字", "句", "段", "空格", "标点", "符号", "名字")
}

// namesWorkField reports whether s names one of the user's works and a
// field of it with a change ("第一个片子的摄影写错了", "我是要改第一个《X》的主创"):
// an edit, never a new registration or a reorder.
func (t *turn) namedWorkEdit(s string) (*contestbot.Entry, string, bool) {
	c := compact(s)
	if !mentionsField(c) && !containsAny(c, "主创", "片名", "名字") {
		return nil, "", false
	}
	if !containsAny(c, "改", "错", "不对", "应该是", "更正", "写成", "换") || containsAny(c, "顺序", "排序", "排第", "排前", "排后", "放前", "放后") {
		return nil, "", false
	}
	if isQuestion(s) {
		return nil, "", false // "已经确认了的作品怎么改主创？" is answered
	}
	if reAnotherLoose.MatchString(c) || containsAny(c, "新的", "新报", "另报", "再报") && !containsAny(c, "不是新报", "不是再报") {
		return nil, "", false // "第一个没改 我说的是再报一个新的" starts a work
	}
	var e *contestbot.Entry
	var loc []int
	orig := s
	s = maskCopySources(s) // s7-f confirmedguard.go: "跟第一个一样" is no target
	if m := regexp.MustCompile(`《([^》]+)》`).FindStringSubmatchIndex(s); m != nil {
		if e = byTitle(t.listed(), s[m[2]:m[3]]); e != nil {
			loc = m[:2] // s7-f: a new title in 《》 names no work ("第一个片名改成《X》")
		}
	}
	if m := reEntryNum.FindStringSubmatchIndex(s); m != nil {
		if x := t.entryRef([]string{s[m[2]:m[3]], ""}); x != nil && (e == nil || x == e) {
			e = x
			if loc == nil || m[0] < loc[0] {
				loc = []int{m[0], max(m[1], loc1(loc))}
			}
		}
	}
	if e == nil {
		e, loc = t.workByWords(s)
	}
	if e == nil || e.Status == contestbot.StatusCancelled {
		return nil, "", false
	}
	rest := strings.TrimSpace(orig[loc[1]:])
	rest = strings.TrimLeft(rest, "的，,。 ")
	return e, rest, true
}

func loc1(l []int) int {
	if l == nil {
		return 0
	}
	return l[1]
}

// editNamedWork handles a change to a work named by number or title while
// no form is open, or while another work is open and otherWorkEdit could
// not read it: the form moves to that work and takes the change.
func (t *turn) editNamedWork(s string) (string, bool) {
	e, rest, ok := t.namedWorkEdit(s)
	if !ok {
		return "", false
	}
	if cur := t.current(); cur == e && (t.st.Mode == modeForm || t.st.Mode == modeEdit) && !namesFieldOnly(workEditRest(rest)) { // s7-f
		return "", false // the open work: the form reads it
	}
	rest = workEditRest(rest)
	for i, x := range t.listed() {
		if x == e {
			return t.editRef(strconv.Itoa(i+1), "", rest), true
		}
	}
	return "", false
}

// workEditRest is the change after the work it names: "片子主创我写错了，
// 撰稿是刘思宇" → "撰稿是刘思宇", "片子的摄影写错了，应该是孙浩" → "摄影：孙浩".
func workEditRest(rest string) string {
	rest = reWorkNoun.ReplaceAllString(rest, "")
	// "主创我写错了，撰稿是刘思宇": the complaint names the field, the value follows.
	if cls := splitClauses(rest); len(cls) > 1 {
		if c := compact(cls[0]); reComplaintClause.MatchString(c) && (mentionsField(c) || strings.Contains(c, "主创")) {
			after := strings.TrimLeft(strings.TrimSpace(strings.TrimPrefix(rest, cls[0])), "，,。；; ")
			switch ex := extract(rewritePersonRole(cls[0])); {
			case extract(cls[1]).labelled:
				rest = after // the value names its own field
			case len(ex.values) == 1 && !extract(after).labelled:
				// "摄影写错了，应该是孙浩": the value after is the named field's.
				if v := reValueHead.ReplaceAllString(after, ""); v != "" {
					rest = slot(strings.TrimSuffix(string(ex.values[0].slot), "!")).label() + "：" + v
				}
			}
			// Otherwise ("片名我写错了 是X 电话也打错了 是Y") the readers of
			// corrections take the whole.
		}
	}
	return rest
}

// reComplaintClause is a field said to be wrong, with no value: "主创我写错了",
// "摄影那里填错了", "片名不对".
var reComplaintClause = regexp.MustCompile(`^[\p{Han}]{1,8}?(?:那里|那儿|这里|那块|那一项)?(?:我|俺|刚才|之前|都)*(?:写|填|打|弄|搞|说|输|记)?(?:错了|错啦|不对|有误|有问题)(?:了|啊|呀)?[，,。！!]*$`)

// reValueHead opens a corrected value: "应该是", "改成".
var reValueHead = regexp.MustCompile(`^(?:应该是|应该为|应为|应是|其实是|正确的是|是|改成|改为|换成)[：:\s]*`)

// reWorkNoun is the noun after a work's number: "第一个片子的…".
var reWorkNoun = regexp.MustCompile(`^(?:作品|片子|视频|片儿)?(?:的|里的|里)?`)

// resumeHint names the drafts still open after one was withdrawn, so the
// user knows where the other work is: "《A》还没填完，发“接着填《A》”继续。"
func (t *turn) resumeHint() string {
	var names []string
	var last *contestbot.Entry
	for _, e := range t.entries {
		if e.Status == contestbot.StatusDraft {
			names = append(names, "《"+e.DisplayTitle()+"》")
			last = e
		}
	}
	if last == nil {
		return ""
	}
	say := "继续报名" // an untitled draft is reached as the newest one
	if last.Title != "" {
		say = "接着填《" + last.Title + "》"
	}
	return "\n" + strings.Join(names, "、") + "还没填完，发“" + say + "”继续。"
}

// manageWorks reads a message about which work to fill, replace, leave,
// delete or change (this file); ok is false when it is none of these.
func (t *turn) manageWorks(s string) (string, bool) {
	inForm := t.st.Mode == modeForm || t.st.Mode == modeEdit
	if inForm && t.st.Pending.freeText() && contestbot.RuneLen(s) > 40 {
		// A synopsis may say anything; only a pause said near the start
		// ("简介我得翻一下稿子，先弄第二个吧，第二个叫…") is read.
		if loc := rePauseWork.FindStringIndex(s); loc != nil && contestbot.RuneLen(s[:loc[0]]) <= 20 {
			return t.pauseWork(s)
		}
		return "", false
	}
	if out, ok := t.confirmThenGo(s); ok { // s7-f gotowork.go: "第一个ok 确认。继续填第二个家书那个"
		return out, true
	}
	if out, ok := t.deleteJunk(s); ok {
		return out, true
	}
	if out, ok := t.replaceWork(s); ok {
		return out, true
	}
	if out, ok := t.pauseWork(s); ok {
		return out, true
	}
	if out, ok := t.goToWork(s); ok {
		return out, true
	}
	if out, ok := t.goToWorkLoose(s); ok { // s7-f gotowork.go: "接着填《一封家书 两代初心》", "继续填第二个家书那个"
		return out, true
	}
	if inForm {
		if e, _, ok := t.namedWorkEdit(s); !ok || e == t.current() {
			return "", false
		}
		if out, ok := t.otherWorkEdit(s); ok {
			return out, true // the change is made, and the open form goes on
		}
	}
	// "我是要改已经报的第一个《X》的主创": the form moves to that work.
	return t.editNamedWork(s)
}

// namesWorkEdit reports whether s changes a field of a work it names.
func (t *turn) namesWorkEdit(s string) bool {
	_, _, ok := t.namedWorkEdit(s)
	return ok
}

// draftCancelled says the draft e was withdrawn (deleted when it held
// nothing of its own), then starts the work a replace named (then), or goes
// on with the other draft being filled, or names the drafts still open.
func (t *turn) draftCancelled(e, filling *contestbot.Entry, then string) string {
	head := "已取消《" + e.DisplayTitle() + "》的报名（记录会保留，不会报送）。"
	if t.dropIfEmpty(e) {
		head = "已删除这份空白的报名（里面没有填过内容）。"
	} else if then != "" || filling != nil && filling != e {
		head = "已取消《" + e.DisplayTitle() + "》的报名（记录会保留，不会报送，发“恢复《" + e.DisplayTitle() + "》”可恢复）。"
	}
	if then != "" {
		return t.afterCancel(then, head)
	}
	if filling != nil && filling != e && filling.Status == contestbot.StatusDraft {
		// Withdrawn while filling another work: that form goes on.
		t.st.focus(modeForm, filling)
		t.st.Pending = t.next(filling)
		return head + "\n\n我们接着填《" + filling.DisplayTitle() + "》：" + t.question(filling, t.st.Pending)
	}
	if hint := t.resumeHint(); hint != "" {
		return head + hint
	}
	if strings.HasPrefix(head, "已取消") {
		head += "想重新报名，随时发送“我要报名”。"
	}
	return head
}

// without is es less e.
func without(es []*contestbot.Entry, e *contestbot.Entry) []*contestbot.Entry {
	var out []*contestbot.Entry
	for _, x := range es {
		if x != e {
			out = append(out, x)
		}
	}
	return out
}

// workByWords finds the work s names by its whole title without 《》 or by a
// part of it before 那个/的片子 ("太行那个片子的摄影…", "太行深处的党员老师的剪辑…"), and
// where that reference is in s.
func (t *turn) workByWords(s string) (*contestbot.Entry, []int) {
	es := t.listed()
	for _, e := range es {
		if e.Title == "" {
			continue
		}
		if i := strings.Index(s, e.Title); i >= 0 {
			return e, []int{i, i + len(e.Title)}
		}
	}
	for _, re := range []*regexp.Regexp{reWorkNickOf, reWorkNick} {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if e := workByPart(es, reWorkThisHead.ReplaceAllString(s[m[2]:m[3]], "")); e != nil {
				end := m[1]
				if n := reWorkNoun.FindStringIndex(s[end:]); n != nil {
					end += n[1]
				}
				return e, []int{m[0], end}
			}
		}
	}
	return nil, nil
}
