package dialogs

// s6-l: starting over ("全部重来", "删了重新填", "从头来"), and questions
// about the entry given up ("之前那个删了吗", "原来那个还在吗").

import (
	"regexp"
	"strconv"
	"strings"

	"contestbot"
)

// reStartOver is a request to throw the form away and fill it again:
// "全部重来", "删了重新填", "从头开始", "重新报名". A bare "重新填"/"重来"
// counts only as the whole message (see readsStartOver): "片名重新填" redoes
// one field.
var reStartOver = regexp.MustCompile(`(?:全部|全都|都|统统|整个|全|一切)(?:重来|重新来|重新填|重填|重新弄|重新开始|重新报|重写|重新写)|` +
	`从头(?:开始|来|填|再来|再填|报|弄)|从新(?:开始|来|填)|` +
	`(?:删了|删掉|删除|作废|取消|不要了|清空|清掉)(?:吧|了)?[，,、 ]?(?:再|重新|重)(?:填|报|来|开始|弄|写)|` +
	`重新(?:报名|开始|报一遍|报一次|填一遍|填一次|来一遍|来过)|重头(?:开始|来|填)`)

// reStartOverBare is the whole message being a restart word.
var reStartOverBare = regexp.MustCompile(`^(?:那|那就|那我|我要|我想|还是|干脆|算了)?(?:重新填|重填|重来|重新来|重新报|重新弄|重新写)(?:吧|一下|一遍|一次|好了|算了)?$`)

// reStartOverNot are restart words about something else: the video or a
// document made again, or a question how to start over.
var reStartOverNot = regexp.MustCompile(`视频|片子|剪辑|导出|录|拍|材料|协议书|报名表|汇总表|怎么|咋|如何|能不能|可以吗|能吗|行吗|需要|要不要|用不用|得不得`)

// readsStartOver reports whether s asks to throw away the draft being
// filled and start a new one. pending is the step asked: a long text at
// the 简介 or 摘要 step is a story, whatever words it holds.
func readsStartOver(s string, pending slot) bool {
	c := compact(s)
	if pending.freeText() && contestbot.RuneLen(c) > 30 {
		return false
	}
	if reStartOverBare.MatchString(bare(s)) {
		return true
	}
	loc := reStartOver.FindStringIndex(c)
	if loc == nil {
		return false
	}
	// "视频要重新导出，从头剪" talks about the video; "能不能从头来？" asks
	// (the question is answered by the usual route, which offers 取消).
	if reStartOverNot.MatchString(c) && !containsAny(c, "重新填", "重填", "删了", "删掉") {
		return false
	}
	if isQuestion(s) && !strings.Contains(c[loc[1]:], "吧") && !strings.HasSuffix(strings.TrimRight(c, "。.!！"), "吧") {
		return false
	}
	return true
}

// startOver handles "全部重来": the draft being filled is cancelled and a
// new one starts. A draft with several values of its own is cancelled only
// after one short confirmation (state.Then "restart:"); with none or one it
// goes at once.
func (t *turn) startOver(s string) (string, bool) {
	if t.st.Mode != modeForm && t.st.Mode != modeIdle {
		return "", false
	}
	if !readsStartOver(s, t.st.Pending) {
		return "", false
	}
	open := t.openDraft()
	if open == nil {
		if t.st.Mode == modeIdle && !t.hasComplete() {
			return t.register(""), true
		}
		return "", false
	}
	if n := ownValues(open); n > 1 {
		t.st.Back = t.st.Mode
		t.st.Mode, t.st.CancelID, t.st.Then = modeCancel, open.ID, startOverThen
		if open.ID == 0 {
			t.st.newEntry = open
		}
		return "要从头重填吗？回复“是”作废《" + open.DisplayTitle() + "》（已填的" + strconv.Itoa(n) + "项不会报送，也不占序号），重新开始填；回复“否”接着填《" + open.DisplayTitle() + "》。", true
	}
	// Only the unit, contact or phone, which the new draft takes over: the
	// old one holds nothing of its own and is deleted once the new one exists.
	carried := ownValues(open) == countSet(open.Unit, open.Contact, open.Phone)
	open.Status = contestbot.StatusCancelled
	t.touch(open)
	t.event(open, "用户从头重填")
	t.st.reset()
	head := "已作废刚才的报名（不会报送）。"
	if carried {
		head = "好的，刚才那份报名作废了。"
	}
	out := t.newWork(head+"\n\n好的，从头开始填。", "")
	t.dropIfEmpty(open)
	return out, true
}

// countSet counts the non-empty values.
func countSet(vs ...string) int {
	n := 0
	for _, v := range vs {
		if v != "" {
			n++
		}
	}
	return n
}

// openDraft is the draft a "重来" or "换一个" is about: the one being
// filled, else the one left open last.
func (t *turn) openDraft() *contestbot.Entry {
	if t.st.Mode == modeForm {
		if e := t.current(); e != nil && e.Status == contestbot.StatusDraft {
			return e
		}
	}
	return t.latestDraft()
}

// startOverThen is state.Then for a confirmed restart.
const startOverThen = "restart:"

// ownValues counts the values e holds: each filled field and role.
func ownValues(e *contestbot.Entry) int {
	n := countSet(e.Unit, e.Title, e.Producer, e.Contact, e.Phone, e.Category, e.Synopsis, e.Summary)
	if e.DurationSeconds > 0 {
		n++
	}
	for _, v := range creatorValues(e) {
		if v != "" {
			n++
		}
	}
	return n
}

// reOldWork is a reference to a work given up or filled before:
// "之前那个", "原来那个", "刚才那个", "上一个报名", "取消的那个", "作品1".
var reOldWork = regexp.MustCompile(`(?:之前|以前|原来|先前|刚才|刚刚|前面|上一个|上个|第一次|头一个|开始|旧)(?:填|报|弄|写)?的?(?:那个|那份|那部|那条|那次|报名|作品|片子)|(?:取消|作废|撤回|撤销|删除|删掉|删了)(?:了)?的(?:那个|那份|那部|作品|报名)|作品\s*\d+|第\s*[1-9一二三]\s*个(?:作品|报名)`)

// reOldWorkGone asks whether it is gone or will be sent: "删了吗", "还在吗",
// "作废了没", "会不会报上去", "不会出现在汇总表里吧".
var reOldWorkGone = regexp.MustCompile(`删|作废|取消|撤|还在|在不在|还有|报上去|报送|一起报|重复|两个|出现|汇总表|导出|算不算|有效|是啥|是什么|怎么回事|会不会|没了`)

// reOldWorkDelete asks to delete it for good: "彻底删掉", "删了吧", "不要了".
var reOldWorkDelete = regexp.MustCompile(`彻底|永久|干净|(?:删|删掉|删除|清掉|去掉)(?:了)?吧|(?:把|将)(?:它|那个|那份|作品\d).{0,8}(?:删|清)|(?:帮我|给我|麻烦|请)(?:把它|把那个)?(?:删|清)|不要了|只留|只保留`)

// oldWork handles a question about a cancelled work ("之前填的那个青春向党的
// 是不是已经删掉了？", "我不要恢复！就问作品1会不会报上去"): the answer comes
// from the store, and the pending question follows. Asked to, it deletes the
// cancelled draft for good.
func (t *turn) oldWork(s string) (string, bool) {
	c := compact(s)
	var gone []*contestbot.Entry
	for _, e := range t.entries {
		if e.Status == contestbot.StatusCancelled {
			gone = append(gone, e)
		}
	}
	if len(gone) == 0 {
		if !asksAboutOldWork(s) || !reGoneWord.MatchString(c) && !containsAny(c, "还在", "在不在") {
			return "", false
		}
		// Nothing cancelled (never, or deleted since): what is here is all there is.
		var ws []string
		for _, e := range t.listed() {
			ws = append(ws, "《"+e.DisplayTitle()+"》（"+e.Status.Label()+"）")
		}
		if len(ws) == 0 {
			return "", false
		}
		return t.withPending("您现在没有取消的作品，在这里的报名只有：" + strings.Join(ws, "、") + "。只有提交（回复“确认”）了的作品才会报送。"), true
	}
	named := t.cancelledNamed(s, gone)
	// "能把它彻底删掉吗" with one cancelled work: 它 can only be that one.
	refers := named != nil && reOldWorkGone.MatchString(c) || asksAboutOldWork(s) ||
		len(gone) == 1 && containsAny(c, "彻底", "永久") && containsAny(c, "它", "那个", "那份")
	if !refers {
		return "", false
	}
	// "上一个作品还在吗" with works sent: which one is meant is not said,
	// and a work sent is no cancelled one.
	if named == nil && t.hasComplete() && !reGoneWord.MatchString(c) {
		return "", false
	}
	if named == nil {
		if len(gone) > 1 && !asksDeleteForGood(s) {
			var b strings.Builder
			b.WriteString("您取消的作品都不会报送，不在汇总表里，也不占序号：")
			for i, e := range gone {
				if i > 0 {
					b.WriteString("、")
				}
				b.WriteString("《" + e.DisplayTitle() + "》")
			}
			b.WriteString("。想彻底删掉哪个，发“删除《片名》”。")
			return t.withPending(b.String()), true
		}
		named = gone[len(gone)-1]
	}
	if asksDeleteForGood(s) {
		return t.withPending(t.deleteCancelled(named)), true
	}
	return t.withPending(t.cancelledStatus(named)), true
}

// reGoneWord says the work asked about was given up.
var reGoneWord = regexp.MustCompile(`删|作废|取消|撤|重来|重新|报上去|一起报|重复|两个`)

// asksAboutOldWork reports whether s asks what became of a work filled
// before: "之前那个删了吗", "原来那个还在吗", "刚才那个作废了没".
func asksAboutOldWork(s string) bool {
	c := compact(s)
	return reOldWork.MatchString(c) && reOldWorkGone.MatchString(c) && (isQuestion(s) || reAsksState.MatchString(c))
}

// reAsksState makes a message a question about a state, not a command
// ("取消第1个作品", "刚才那个空的删掉" are commands).
var reAsksState = regexp.MustCompile(`吗|没有|了没|没$|没[，,。!！]|不在|会不会|是不是|吧$|呢|是啥|是什么|怎么回事|问的是|就问`)

// asksDeleteForGood reports whether s asks to delete a work for good:
// "能把它彻底删掉吗", "那个删了吧", "只留作品2".
func asksDeleteForGood(s string) bool {
	c := compact(s)
	if containsAny(c, "不要删", "别删", "不删", "不用删") {
		return false
	}
	// "删除《青春向党 信仰如炬》", as the answer about it says to send.
	if reDeleteCommand.MatchString(c) && !isQuestion(s) && !containsAny(c, "吗", "没", "了么") {
		return true
	}
	return reOldWorkDelete.MatchString(c)
}

// reDeleteCommand is a message that starts with deleting.
var reDeleteCommand = regexp.MustCompile(`^(?:请|帮我|麻烦)?(?:把)?(?:删除|删掉|删了|彻底删除|清除)`)

// cancelledNamed is the cancelled work s names by title (whole, in part,
// in 《》) or by its number in "我的信息" ("作品1"), or nil.
func (t *turn) cancelledNamed(s string, gone []*contestbot.Entry) *contestbot.Entry {
	for _, m := range reTitleQuoted.FindAllStringSubmatch(s, -1) {
		for _, e := range gone {
			if e.Title != "" && (e.Title == m[1] || strings.Contains(e.Title, m[1])) {
				return e
			}
		}
	}
	c := compact(s)
	for _, e := range gone {
		if e.Title != "" && strings.Contains(c, compact(e.Title)) {
			return e
		}
	}
	// A part of the title: "之前填的那个青春向党的".
	for _, e := range gone {
		for _, part := range strings.Fields(e.Title) {
			if contestbot.RuneLen(part) >= 3 && strings.Contains(c, part) {
				return e
			}
		}
		if r := []rune(compact(e.Title)); len(r) >= 4 && strings.Contains(c, string(r[:4])) {
			return e
		}
	}
	if m := reWorkNumber.FindStringSubmatch(c); m != nil {
		// The number is the one "我的信息" shows: all the user's works, oldest first.
		if i := atoiCN(m[1]); i >= 1 && i <= len(t.entries) {
			if e := t.entries[i-1]; e.Status == contestbot.StatusCancelled {
				return e
			}
		}
	}
	return nil
}

var (
	reTitleQuoted = regexp.MustCompile(`[《“"]([^》”"]{2,40})[》”"]`)
	reWorkNumber  = regexp.MustCompile(`作品\s*(\d+|[一二三四五六七八九])`)
)

// cancelledStatus says what became of the cancelled work e.
func (t *turn) cancelledStatus(e *contestbot.Entry) string {
	// The retention said as retentionAnswer (privacy.go) says it: deleted
	// by itself only when the notice names a date.
	o := t.c.opts.Privacy.withDefaults()
	kept := "记录按个人信息说明保存至" + o.RetainText
	if !o.RetainUntil.IsZero() {
		kept = "记录按个人信息说明保存至" + o.RetainUntil.In(shanghai).Format("2006年1月2日") + "，到期自动删除"
	}
	return "《" + e.DisplayTitle() + "》已经取消了：不会报送，不会出现在汇总表和报名材料里，也不占序号。" +
		kept + "；想现在就彻底删掉，回复“删除《" + e.DisplayTitle() + "》”。"
}

// deleteCancelled deletes the cancelled draft e for good.
func (t *turn) deleteCancelled(e *contestbot.Entry) string {
	if e.ID == 0 {
		t.forget(e)
		return "已彻底删除《" + e.DisplayTitle() + "》，它不会报送。"
	}
	del, ok := t.c.deps.Store.(entryDeleter)
	if !ok {
		return t.cancelledStatus(e)
	}
	if err := del.DeleteEntry(t.ctx, e.ID, "user", "用户删除已取消的报名"); err != nil {
		t.c.log.Error("delete cancelled entry", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return contestbot.BusyMessage
	}
	t.entries = without(t.entries, e)
	t.touched = without(t.touched, e)
	return "已彻底删除《" + e.DisplayTitle() + "》，记录不再保留，它不会报送，也不在汇总表里。"
}
