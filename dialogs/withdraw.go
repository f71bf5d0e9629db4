package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// Withdrawing a work in the user's own words, and taking it back
// (issue #10, round 8: "第一个不报了", "矿灯那个撤了吧", "把《X》撤回来",
// "这个不参加了", then "恢复《X》" / "《X》还是要报").

// reWithdrawVerb is saying a work is withdrawn: 撤了, 撤下来, 撤回, 不报了,
// 不参加了, 删了, 去掉.
var reWithdrawVerb = regexp.MustCompile(`不弄了|不做了|不搞了|不整了|撤了|撤下|撤回|撤掉|撤销|撤吧|先撤|不报了|先不报|不报名了|不参加了|不参赛了|不要了|删了|删掉|删除|去掉|作废|取消`)

// reWorkOrdinal names a work by its number in "我的作品": 第一个, 第2部作品.
var reWorkOrdinal = regexp.MustCompile(`第\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|部|号)`)

// reWorkThis names the work just talked about: 这个, 这部, 它.
var reWorkThis = regexp.MustCompile(`^(?:那|那就|好吧|算了)?[\s，,]*(?:把)?(?:这个|这部|这一个|这一部|它)(?:作品|片子)?`)

// reWorkNick names a work by a part of its title before 那个/那部: "矿灯那个".
var reWorkNick = regexp.MustCompile(`([\p{Han}A-Za-z0-9]{2,12})(?:那个|那部|那一个|这个)`)

// reRestoreVerb is taking a withdrawn work back: 恢复《X》, 《X》还是要报.
var reRestoreVerb = regexp.MustCompile(`恢复|还是要报|还是报|还要报|重新报上|加回来|加回去|撤销撤回|不撤了|再报上`)

// withdrawnWork reads s as withdrawing one of the user's works in own words
// and returns it; nil when s is a question, names no work, or says no
// withdrawal. es are the works as "我的作品" numbers them.
func withdrawnWork(s string, es []*contestbot.Entry, this *contestbot.Entry) *contestbot.Entry {
	if isQuestion(s) || contestbot.RuneLen(s) > 60 {
		return nil
	}
	c := compact(s)
	if !reWithdrawVerb.MatchString(c) || reRestoreVerb.MatchString(c) || containsAny(c, "以后", "还能", "能不能", "可以吗", "怎么") {
		return nil
	}
	if mentionsField(c) {
		return nil // "第一个的简介去掉最后一句" changes a field
	}
	if containsAny(c, "回头", "明天", "再弄", "再填", "再报", "等会", "一会", "晚点", "改天", "下次", "过两天") {
		return nil // s5-f5: "这个先不弄了，明天再弄" is a pause
	}
	return namedWork(s, es, this)
}

// mentionsField reports whether c names a field of the form: 简介, 时长, 编导….
func mentionsField(c string) bool {
	for _, d := range labelDefs {
		if d.weak || strings.HasSuffix(string(d.slot), "!") || strings.HasPrefix(d.word, "是否") || contestbot.RuneLen(d.word) < 2 {
			continue
		}
		if strings.Contains(c, d.word) {
			return true
		}
	}
	return false
}

// namedWork is the work s names by number, by title (with or without 《》),
// by a part of its title before 那个, or as 这个 (this).
func namedWork(s string, es []*contestbot.Entry, this *contestbot.Entry) *contestbot.Entry {
	c := compact(s)
	if m := reEditTitle.FindStringSubmatch(s); m != nil {
		if e := byTitle(es, m[1]); e != nil {
			return e
		}
	}
	if m := regexp.MustCompile(`《([^》]+)》`).FindStringSubmatch(s); m != nil {
		return byTitle(es, m[1])
	}
	var hit *contestbot.Entry
	for _, e := range es {
		if e.Title != "" && strings.Contains(c, compact(e.Title)) {
			if hit != nil && hit != e {
				return nil // two titles: ask by number
			}
			hit = e
		}
	}
	if hit != nil {
		return hit
	}
	if m := reWorkOrdinal.FindStringSubmatch(c); m != nil {
		if n := atoiCN(m[1]); n >= 1 && n <= len(es) {
			return es[n-1]
		}
		return nil
	}
	for _, m := range reWorkNick.FindAllStringSubmatch(c, -1) {
		part := m[1]
		for _, p := range []string{"把", "那个", "那", "就是"} {
			part = strings.TrimPrefix(part, p)
		}
		if e := workByPart(es, part); e != nil {
			return e
		}
	}
	// s5-f5: "这个矿山的片子…这次先不报它了": a part of the title before 的片子.
	for _, m := range reWorkNickOf.FindAllStringSubmatch(c, -1) {
		if e := workByPart(es, reWorkThisHead.ReplaceAllString(m[1], "")); e != nil {
			return e
		}
	}
	// 这个/它 at the start, or (s5-f5) anywhere, is the work at hand.
	if reWorkThis.MatchString(c) || strings.Contains(c, "把它") || reWorkThisAny.MatchString(c) {
		return this
	}
	return nil
}

// workByPart is the one work whose title holds part (2+ characters), or nil.
func workByPart(es []*contestbot.Entry, part string) *contestbot.Entry {
	if contestbot.RuneLen(part) < 2 {
		return nil
	}
	var one *contestbot.Entry
	for _, e := range es {
		if strings.Contains(e.Title, part) {
			if one != nil {
				return nil
			}
			one = e
		}
	}
	return one
}

// reWorkNickOf names a work by a part of its title before 的片子: "这个矿山的片子".
var reWorkNickOf = regexp.MustCompile(`([\p{Han}A-Za-z0-9]{2,12}?)的(?:片子|作品|视频|片儿)`)

// reWorkThisHead is 这个/那个 before a part of a title.
var reWorkThisHead = regexp.MustCompile(`^(?:把|这个|那个|这部|那部|就是)+`)

// reWorkThisAny is the work at hand named anywhere in a withdrawal: 这个,
// 这部, 这片子, 它 but not 其它/它们 ("这次先不报它了", "它就不报了").
var reWorkThisAny = regexp.MustCompile(`这个|这部|这一个|这一部|这片子|这条片子|(?:^|[^其])它(?:[^们]|$)`)

// withdrawOwnWords handles a withdrawal said in own words: one confirmation
// naming the work.
func (t *turn) withdrawOwnWords(s string) (string, bool) {
	this := t.byID(t.st.LastID)
	if t.st.Mode == modeForm || t.st.Mode == modeEdit {
		if t.st.Pending.freeText() {
			return "", false // a synopsis may well say 取消 or 去掉
		}
		this = t.current()
	}
	if this == nil || this.Status == contestbot.StatusCancelled {
		this = t.latestDraft() // s5-f5: the draft left a moment ago ("这个作品撤了吧")
	}
	e := withdrawnWork(s, t.listed(), this)
	if e == nil || e.Status == contestbot.StatusCancelled {
		return "", false
	}
	return t.askCancel(e), true
}

// restoreWork handles "恢复《X》", "《X》还是要报", "撤了的那个恢复一下": a
// cancelled work goes back to the state it had; a completed one gets the
// next 序号 in its unit, so the numbers stay 1..n.
func (t *turn) restoreWork(s string) (string, bool) {
	c := compact(s)
	if containsAny(c, "提醒") {
		return "", false
	}
	var cancelled []*contestbot.Entry
	for _, e := range t.entries {
		if e.Status == contestbot.StatusCancelled {
			cancelled = append(cancelled, e)
		}
	}
	if len(cancelled) == 0 {
		return "", false
	}
	if isQuestion(s) {
		// "撤了的那个以后改好了能直接恢复吗，还是得从头再填一遍"
		if !containsAny(c, "恢复", "加回", "从头", "重新填", "再填", "重填", "还能报", "还能再报") {
			return "", false
		}
		e := namedWork(s, cancelled, nil)
		if e == nil {
			e = cancelled[len(cancelled)-1]
		}
		return t.withPending("可以，不用从头填。撤回的作品记录都保留着，发“恢复《" + e.DisplayTitle() + "》”就能恢复报名，之前填的内容都在；需要改的恢复后直接说。"), true
	}
	if !reRestoreVerb.MatchString(c) {
		return "", false
	}
	e := namedWork(s, cancelled, nil)
	if e == nil {
		if len(cancelled) == 1 && containsAny(c, "撤了的", "撤回的", "取消的", "那个", "它") {
			e = cancelled[0]
		} else {
			return "", false
		}
	}
	return t.restore(e), true
}

// restore puts the cancelled work e back.
func (t *turn) restore(e *contestbot.Entry) string {
	if t.closed() {
		return t.c.closedText()
	}
	if !e.CopyrightConfirmed || len(e.Missing(t.c.season)) > 0 {
		// It was a draft: back to a draft, and on with the form.
		e.Status = contestbot.StatusDraft
		t.touch(e)
		t.event(e, "用户恢复报名")
		t.st.focus(modeForm, e)
		t.st.Pending = t.next(e)
		return "好的，已恢复《" + e.DisplayTitle() + "》的报名，之前填的内容都在。\n\n" + t.question(e, t.st.Pending)
	}
	e.Seq = len(t.unitGroup(e.Unit)) + 1 // counted before e is back among them
	e.Status = contestbot.StatusComplete
	t.touch(e)
	t.event(e, fmt.Sprintf("用户恢复报名，序号%d", e.Seq))
	t.st.LastID = e.ID
	return fmt.Sprintf("好的，已恢复《%s》的报名，内容和撤回前一样，排在%s第%d号（序号%d）。视频文件请命名为：%s\n要调整顺序发“调整顺序”；要修改直接说，例如“修改《%s》的时长”。",
		e.Title, e.Unit, e.Seq, e.Seq, e.FileName(), e.Title)
}

// closeGap renumbers the completed works of unit 1..n after one was
// withdrawn, and says which numbers (and video file names) changed.
func (t *turn) closeGap(unit string) string {
	var b strings.Builder
	for i, x := range t.unitGroup(unit) {
		if x.Seq != i+1 {
			x.Seq = i + 1
			t.touch(x)
			t.event(x, fmt.Sprintf("撤回其他作品后序号改为%d", x.Seq))
			fmt.Fprintf(&b, "\n《%s》现在是序号%d，视频文件名改为：%s", x.Title, x.Seq, x.FileName())
		}
	}
	return b.String()
}

// withdrawQuestion answers a question asked while a withdrawal waits for its
// confirmation; the confirmation stays pending.
func (t *turn) withdrawQuestion(e *contestbot.Entry, s string) string {
	c := compact(s)
	var a string
	if containsAny(c, "加回来", "恢复", "再报", "还能报", "加回去", "重新", "从头", "再加") {
		a = "可以。撤回后记录会保留，改好了发“恢复《" + e.DisplayTitle() + "》”就能恢复，不用重新填；之前填的内容都在，需要改的恢复后直接说。"
	} else {
		a = t.ask(s, false)
	}
	verb := "撤回"
	if e.Status != contestbot.StatusComplete {
		verb = "取消"
	}
	return a + "\n\n还没有" + verb + "。确定要" + verb + "《" + e.DisplayTitle() + "》吗？回复“是”" + verb + "，回复“否”保留。"
}

// confirmsWithdraw reads a yes said among talk: "那好吧 是 先撤了".
func confirmsWithdraw(s string) bool {
	if isQuestion(s) {
		return false
	}
	yes := false
	for _, cl := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" ，,。！!~～", r) }) {
		w := compact(cl)
		switch {
		case isNo(cl) || containsAny(w, "不撤", "别撤", "不取消", "别取消", "保留"):
			return false
		case isYes(cl) || reWithdrawVerb.MatchString(w):
			yes = true
		}
	}
	return yes
}

// workNumberAnswer answers "《X》现在是第几号？视频文件名用改吗" about one of
// the user's completed works from its record, after numbers closed up.
func (t *turn) workNumberAnswer(s string) (string, bool) {
	if !asksWorkNumber(s) {
		return "", false
	}
	c := compact(s)
	var done []*contestbot.Entry
	for _, e := range t.rankable() {
		if e.Status == contestbot.StatusComplete && e.OpenID == t.m.OpenID {
			done = append(done, e)
		}
	}
	var e *contestbot.Entry
	for _, x := range done {
		if x.Title != "" && strings.Contains(c, compact(x.Title)) {
			e = x
		}
	}
	if e == nil {
		return "", false
	}
	return t.withPending(fmt.Sprintf("《%s》现在是%s的第%d号（序号%d），视频文件请命名为：%s", e.Title, e.Unit, e.Seq, e.Seq, e.FileName())), true
}

// asksWorkNumber reports whether s asks a work's number or file name now,
// not how files are named in general.
func asksWorkNumber(s string) bool {
	c := compact(s)
	return isQuestion(s) && containsAny(c, "第几号", "几号", "第几个", "序号是", "序号多少", "排第几", "文件名") &&
		!containsAny(c, "怎么命名", "怎么起", "命名规则", "怎么写", "格式")
}
