package dialogs

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"contestbot"
)

// Which work a message is about (branch s6-g, issue #10 round 13: rp61 p61b,
// two works interleaved). One resolver, workMeant, reads the reference:
//   - an explicit title, in 《》 or without marks, whole or in part
//     ("老支书的笔记本", "老支书那个");
//   - an ordinal or a relative word (第一个, 第二个, 前一个, 后一个, 上一个,
//     新的那个); an ordinal past the user's works is a new one;
//   - a new draft: 新报一个, 再报一个, 另一个;
//   - otherwise the work in focus.
// A submitted work is changed only when the message names it or the change
// is confirmed; every change to a submitted work is remembered (workChange),
// so "改错了" takes it back and asks which work was meant, and "不对，这是第二个
// 片子，新报一个" moves it to a new draft.

// workChange is the last change made to a submitted work: its contents
// before and after, so that it can be taken back or moved to another work.
type workChange struct {
	EntryID int64      `json:"entry_id"`
	Before  workFields `json:"before"`
	After   workFields `json:"after"`
	// Age is how many turns have passed since: a change is taken back only
	// soon after it was made.
	Age int `json:"age,omitempty"`
}

// maxChangeAge is how many turns after a change "改错了" still takes it back.
const maxChangeAge = 3

// workFields are the contents of a work a user can change.
type workFields struct {
	Unit, Title, Producer, Contact, Phone string
	DurationSeconds                       int
	Category                              string
	Creators                              contestbot.Creators
	CreatorsDone                          bool
	Synopsis, Summary                     string
	UnitWork, MadeInPeriod, Unpublished   *bool
	AIUsed, AILabelled                    *bool
}

// workFieldSlots names each field of workFields by the slot whose label
// and display describe it; fields with no slot of their own ride along.
var workFieldSlots = map[string]slot{
	"Unit": slot(contestbot.FieldUnit), "Title": slot(contestbot.FieldTitle), "Producer": slot(contestbot.FieldProducer),
	"Contact": slot(contestbot.FieldContact), "Phone": slot(contestbot.FieldPhone), "DurationSeconds": slot(contestbot.FieldDuration),
	"Category": slot(contestbot.FieldCategory), "Creators": slotCreators, "Synopsis": slot(contestbot.FieldSynopsis),
	"Summary": slot(contestbot.FieldSummary), "UnitWork": slot(contestbot.FieldUnitWork), "MadeInPeriod": slot(contestbot.FieldMadeInPeriod),
	"Unpublished": slot(contestbot.FieldUnpublished), "AIUsed": slot(contestbot.FieldAIUsed), "AILabelled": slot(contestbot.FieldAILabelled),
}

// fieldsOf copies the changeable contents of e.
func fieldsOf(e *contestbot.Entry) workFields {
	var w workFields
	wv, ev := reflect.ValueOf(&w).Elem(), reflect.ValueOf(e).Elem()
	for i := 0; i < wv.NumField(); i++ {
		wv.Field(i).Set(ev.FieldByName(wv.Type().Field(i).Name))
	}
	return w
}

// changedFields are the names of the fields that differ between a and b.
func changedFields(a, b workFields) []string {
	av, bv := reflect.ValueOf(a), reflect.ValueOf(b)
	var out []string
	for i := 0; i < av.NumField(); i++ {
		if !reflect.DeepEqual(av.Field(i).Interface(), bv.Field(i).Interface()) {
			out = append(out, av.Type().Field(i).Name)
		}
	}
	return out
}

// setFields sets the named fields of e to their values in w.
func setFields(e *contestbot.Entry, w workFields, names []string) {
	wv, ev := reflect.ValueOf(w), reflect.ValueOf(e).Elem()
	for _, n := range names {
		ev.FieldByName(n).Set(wv.FieldByName(n))
	}
}

// changeLabels says what the named fields of e now hold: "时长：2分30秒".
func (t *turn) changeLabels(e *contestbot.Entry, names []string) string {
	var parts []string
	seen := map[slot]bool{}
	for _, n := range names {
		s, ok := workFieldSlots[n]
		if !ok || seen[s] {
			continue
		}
		seen[s] = true
		parts = append(parts, s.label()+"："+clip(display(t.c.season, e, s), 30))
	}
	return strings.Join(parts, "，")
}

// snapDone remembers the contents of the user's submitted works as the
// turn begins (core.go), so noteChange can see what the turn changed.
func (t *turn) snapDone() {
	t.doneBefore = map[int64]workFields{}
	for _, e := range t.entries {
		if e.Status == contestbot.StatusComplete && e.ID != 0 {
			t.doneBefore[e.ID] = fieldsOf(e)
		}
	}
}

// noteChange records in the state the change this turn made to a
// submitted work (core.go, before saving).
func (t *turn) noteChange() {
	if t.changeKept {
		return // the turn took a change back or moved it, and said so
	}
	if ch := t.st.Change; ch != nil {
		if ch.Age++; ch.Age > maxChangeAge {
			t.st.Change = nil
		}
	}
	for _, e := range t.touched {
		before, ok := t.doneBefore[e.ID]
		if !ok || e.Status != contestbot.StatusComplete {
			continue
		}
		if after := fieldsOf(e); len(changedFields(before, after)) > 0 {
			t.st.Change = &workChange{EntryID: e.ID, Before: before, After: after}
		}
	}
}

// workRef is which work a message is about.
type workRef struct {
	e     *contestbot.Entry // an existing work, nil for a new one or none
	fresh bool              // a new work: 新报一个, an ordinal past the user's works
	loc   []int             // where the reference is in s, or nil
}

// reFreshWork asks for a new draft: 新报一个, 再报一个, 另报一个, 报另一个, 新的作品.
var reFreshWork = regexp.MustCompile(`(?:新报|再报|另报|重新报)(?:一个|一部|个|部)|(?:报|填|是)(?:另一个|另外一个|另一部|新的)(?:作品|片子)?|新(?:的)?(?:作品|片子)|新(?:的)?一个(?:作品|片子)`)

// reNotFresh denies a new draft: 不是新报, 不是再报, 不用新报.
var reNotFresh = regexp.MustCompile(`不是(?:新报|再报|另报|新的|重新报)|不用(?:新报|再报)|不要(?:新报|再报)`)

// reRelWork is a work named relative to others: 前一个, 后一个, 上一个,
// 下一个, 新的那个, 刚报的那个.
var reRelWork = regexp.MustCompile(`(前一个|前一部|前面那个|上一个|上个|上一部|头一个|后一个|后一部|后面那个|后面的那个|新的那个|新报的那个|刚报的那个|最新的那个|最后那个|最后一个)(?:作品|片子|视频)?`)

// reOrdinalWork is a work named by its number: 第二个, 第2部, 序号1.
var reOrdinalWork = regexp.MustCompile(`(?:第\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|部|号)|序号\s*(\d+|[一二两三四五六七八九十]+))(?:作品|片子|视频|片儿)?`)

// workMeant reads which of the user's works s is about: by title, by
// number or relative word, as a new one, or none (ref.e nil, not fresh:
// the work in focus).
func (t *turn) workMeant(s string) workRef {
	es := t.listed()
	c := maskCopySources(s) // s7-f confirmedguard.go: "跟第一个一样" is no target
	if m := regexp.MustCompile(`《([^》]+)》`).FindStringSubmatchIndex(c); m != nil {
		if e := byTitle(es, c[m[2]:m[3]]); e != nil {
			return workRef{e: e, loc: m[:2]}
		}
	}
	if e, loc := t.workByWords(c); e != nil {
		return workRef{e: e, loc: loc}
	}
	if m := reOrdinalWork.FindStringSubmatchIndex(c); m != nil && !reNotWork.MatchString(c[m[1]:]) {
		num := ""
		if m[2] >= 0 {
			num = c[m[2]:m[3]]
		} else {
			num = c[m[4]:m[5]]
		}
		n := atoiCN(num)
		switch {
		case n >= 1 && n <= len(es):
			return workRef{e: es[n-1], loc: m[:2]}
		case n == len(es)+1:
			return workRef{fresh: true, loc: m[:2]}
		}
	}
	if m := reRelWork.FindStringSubmatchIndex(c); m != nil {
		if e := t.relWork(c[m[2]:m[3]], es); e != nil {
			return workRef{e: e, loc: m[:2]}
		}
	}
	if loc := reFreshWork.FindStringIndex(c); loc != nil && !reNotFresh.MatchString(c) {
		return workRef{fresh: true, loc: loc}
	}
	return workRef{}
}

// relWork is the work a relative word names, counted from the work in
// focus (or the newest): 前一个/上一个 is the one before, 后一个 the one
// after, 新的那个/最后一个 the newest.
func (t *turn) relWork(w string, es []*contestbot.Entry) *contestbot.Entry {
	if len(es) == 0 {
		return nil
	}
	at := len(es) - 1
	if e := t.focusWork(); e != nil {
		for i, x := range es {
			if x == e {
				at = i
			}
		}
	}
	switch {
	case containsAny(w, "新的", "新报", "刚报", "最新", "最后"):
		return es[len(es)-1]
	case containsAny(w, "后"):
		if at+1 < len(es) {
			return es[at+1]
		}
		if at > 0 && len(es) == 2 {
			return es[1]
		}
	default: // 前一个, 上一个, 头一个
		if strings.HasPrefix(w, "头") {
			return es[0]
		}
		if at > 0 {
			return es[at-1]
		}
		if len(es) == 2 {
			return es[0]
		}
	}
	return nil
}

// focusWork is the work in focus: the open form's, else the one completed
// or edited last.
func (t *turn) focusWork() *contestbot.Entry {
	if t.st.Mode == modeForm || t.st.Mode == modeEdit {
		if e := t.current(); e != nil {
			return e
		}
	}
	return t.byID(t.st.LastID)
}

// workNumber is e's number in "我的作品" as a string, or "".
func (t *turn) workNumber(e *contestbot.Entry) string {
	for i, x := range t.listed() {
		if x == e {
			return strconv.Itoa(i + 1)
		}
	}
	return ""
}

// reWrongChange says the last change went to the wrong work or should not
// have been made: 改错了, 改错作品了, 不是改这个, 不是改第一个, 改串了.
var reWrongChange = regexp.MustCompile(`改错了|改错啦|改错作品|改错地方|改串了|改岔了|改的不对|改得不对|不是改(?:这个|那个|它|第|《|[^\s，,。！!]{0,12}(?:那个|的))|不该改|别改(?:这个|它|第)|谁让你改`)

// workAct reads a message about which work it concerns (s6-g): taking back
// a change made to the wrong work, a new work named by a number past the
// user's works, or a change to a work named by title or number with no
// form of another work open. ok is false when it is none of these.
func (t *turn) workAct(s string) (string, bool) {
	for _, read := range []func(string) (string, bool){t.meantAnswer, t.wrongChange, t.placeChange, t.namedChange, t.holdForNext} {
		if out, ok := read(s); ok {
			return out, true
		}
	}
	return "", false
}

// wrongChange takes back the last change to a submitted work when s says
// it was wrong ("改错了！…我说的是老支书的笔记本那个", "不对不对，这是第二个片子，新报
// 一个，不是改第一个！"), and moves it to the work s names, to a new work,
// or asks which work was meant.
func (t *turn) wrongChange(s string) (string, bool) {
	c := compact(s)
	fresh := reFreshWork.MatchString(c) && !reNotFresh.MatchString(c) && containsAny(c, "不是改", "不对", "错了", "不是这个")
	loc := reWrongChange.FindStringIndex(c)
	if loc == nil && !fresh {
		return "", false
	}
	ch := t.st.Change
	if ch == nil || ch.EntryID == 0 || t.st.Mode == modeForm && !fresh {
		return t.alreadyNew(s, fresh) // in a draft, "改错了" is about the draft
	}
	if loc != nil && loc[0] > 0 && mentionsField(c[:loc[0]]) && !strings.Contains(c[:loc[0]], "不是") {
		return "", false // "时长改错了，应该是…": a correction of that field, the readers below take it
	}
	e := t.byID(ch.EntryID)
	if e == nil || e.Status == contestbot.StatusCancelled {
		t.st.Change = nil
		return "", false
	}
	names := changedFields(ch.Before, ch.After)
	if len(names) == 0 || !sameFields(e, ch.After, names) {
		t.st.Change = nil // changed again since: nothing to take back safely
		return "", false
	}
	// The work meant: the one after "我说的是", else one named in a clause
	// that does not keep it as it is ("穿越百年的对话是1分50秒不用动").
	ref := t.meantWork(s)
	if fresh {
		ref = workRef{fresh: true}
	}
	if ref.e == e {
		// The change went where the user meant after all: say so, keep it.
		t.changeKept = true
		return "《" + e.DisplayTitle() + "》已经改好了：" + t.changeLabels(e, names) + "；其他作品没有改动。\n\n" +
			t.summary(e) + "\n\n核对无误请回复“确认”；还要改就直接说。", true
	}
	setFields(e, ch.Before, names)
	t.touch(e)
	t.event(e, "用户撤销修改："+t.changeLabels(e, names))
	head := "好的，刚才对《" + e.DisplayTitle() + "》的修改已撤销，改回 " + t.changeLabels(e, names) + "。"
	moved := *ch
	moved.EntryID = 0
	t.changeKept = true
	t.st.Change = nil
	t.st.reset()
	t.st.LastID = e.ID
	if out, ok := t.moveChange(head, &moved, ref); ok {
		return out, true
	}
	t.st.Change = &moved // the next message naming a work places it (placeChange)
	return head + "\n" + t.whichWorkQuestion(&moved, names), true
}

// sameFields reports whether the named fields of e hold w's values.
func sameFields(e *contestbot.Entry, w workFields, names []string) bool {
	cv, wv := reflect.ValueOf(fieldsOf(e)), reflect.ValueOf(w)
	for _, n := range names {
		if !reflect.DeepEqual(cv.FieldByName(n).Interface(), wv.FieldByName(n).Interface()) {
			return false
		}
	}
	return true
}

// whichWorkQuestion asks which work a change taken back was meant for.
func (t *turn) whichWorkQuestion(ch *workChange, names []string) string {
	var b strings.Builder
	b.WriteString("要改的是哪个作品？")
	for i, x := range t.listed() {
		b.WriteString("\n" + strconv.Itoa(i+1) + ".《" + x.DisplayTitle() + "》")
	}
	tmp := &contestbot.Entry{}
	setFields(tmp, ch.After, names)
	b.WriteString("\n回复片名或序号（例如“第1个”），就把 " + t.changeLabels(tmp, names) + " 改到那个作品；是新作品请回复“新报一个”。")
	return b.String()
}

// placeChange puts a change taken back on the work the user names next
// ("老支书的笔记本那个", "第一个", "新报一个").
func (t *turn) placeChange(s string) (string, bool) {
	ch := t.st.Change
	if ch == nil || ch.EntryID != 0 {
		return "", false
	}
	if t.st.Mode == modeForm || t.st.Mode == modeEdit || isQuestion(s) || contestbot.RuneLen(compact(s)) > 30 {
		t.st.Change = nil
		return "", false
	}
	ref := t.workMeant(s)
	if ref.e == nil && !ref.fresh {
		t.st.Change = nil
		return "", false
	}
	t.st.Change = nil
	return t.moveChange("", ch, ref)
}

// moveChange applies the change ch (taken back from another work) to the
// work ref names: an existing work is shown for 确认, a new one starts
// with the values.
func (t *turn) moveChange(head string, ch *workChange, ref workRef) (string, bool) {
	names := changedFields(ch.Before, ch.After)
	if head != "" {
		head += "\n"
	}
	switch {
	case ref.e != nil && ref.e.Status != contestbot.StatusCancelled:
		e := ref.e
		before := fieldsOf(e)
		setFields(e, ch.After, names)
		t.touch(e)
		t.event(e, "用户修改："+t.changeLabels(e, names))
		if e.Status == contestbot.StatusComplete {
			t.st.focus(modeEdit, e)
			t.st.Change = &workChange{EntryID: e.ID, Before: before, After: fieldsOf(e)}
			t.changeKept = true
			return head + "改的是《" + e.DisplayTitle() + "》：" + t.changeLabels(e, names) + "。\n\n" + t.summary(e) +
				"\n\n核对无误请回复“确认”；还要改就直接说。", true
		}
		t.st.focus(modeForm, e)
		t.st.Pending = t.next(e)
		return head + "改的是《" + e.DisplayTitle() + "》：" + t.changeLabels(e, names) + "。\n\n" + t.question(e, t.st.Pending), true
	case ref.fresh:
		tmp := &contestbot.Entry{}
		setFields(tmp, ch.After, names)
		return t.newWork(head+"好的，报一个新的作品。", t.valuesText(tmp, names)), true
	}
	return "", false
}

// valuesText is the named fields of e as labelled values the form reads:
// "片名：《X》，时长：1分50秒，分类：AI生成".
func (t *turn) valuesText(e *contestbot.Entry, names []string) string {
	var parts []string
	for _, n := range names {
		s, ok := workFieldSlots[n]
		if !ok {
			continue
		}
		switch {
		case s == slotCreators:
			parts = append(parts, rolesText(e))
		case s == slot(contestbot.FieldTitle):
			parts = append(parts, "片名：《"+e.Title+"》")
		case s.yesNo() || s.eligibility():
			// Facts are asked again on the new work.
		default:
			if v := display(t.c.season, e, s); v != "" {
				parts = append(parts, s.label()+"："+v)
			}
		}
	}
	return strings.Join(parts, "，")
}

// reChangeVerb is wanting a change: 改, 错, 不对, 应该是, 更正, 换成.
var reChangeVerb = regexp.MustCompile(`改|错|不对|应该是|应为|更正|换成|最后是|实际是|其实是`)

// reOrderWords are about the order of works, not their contents.
var reOrderWords = regexp.MustCompile(`顺序|排序|排第|排前|排后|放前|放后|放第|调到第|挪到|第[一二两三四五六七八九十\d]+位`)

// reNotClause is a clause that denies a reading: "不是排顺序", "不是这个".
var reNotClause = regexp.MustCompile(`^(?:我)?(?:不是|不要|不用|别)[^，,。！!；;]*`)

// namedChange handles a change to a work named by title or number, with
// its value or alone, while no form of another work is open: "哦对了 第一个
// 老支书那个最后剪完是2分45秒，帮我改一下", "不是排顺序，是改时长。老支书的笔记本时长改成
// 2分45秒", "现在改第一个，老支书的笔记本". A denied clause ("不是排顺序") is no
// part of it.
func (t *turn) namedChange(s string) (string, bool) {
	if t.st.Mode == modeForm || !t.hasComplete() || isQuestion(s) {
		return "", false
	}
	var kept []string
	for _, cl := range splitClauses(s) {
		if reNotClause.MatchString(strings.TrimSpace(cl)) && !reValueIn(cl) {
			continue
		}
		kept = append(kept, cl)
	}
	body := strings.Join(kept, "")
	c := compact(body)
	if !reChangeVerb.MatchString(c) || reOrderWords.MatchString(c) {
		return "", false
	}
	if (reFreshWork.MatchString(c) || reAnotherLoose.MatchString(c)) && !reNotFresh.MatchString(c) {
		return "", false // "第一个没改 我说的是再报一个新的": a new work, read below
	}
	if _, _, ok := t.namedWorkEdit(body); ok { // works.go reads a change that names its field
		if body == s {
			return "", false
		}
		return t.editNamedWork(body) // "不是排顺序，是改时长。…": the denied order is no part of it
	}
	ref := t.workMeant(body)
	if ref.e == nil || ref.e.Status == contestbot.StatusCancelled {
		return "", false
	}
	if t.st.Mode == modeEdit && t.current() == ref.e {
		return "", false // the open work: the form reads it
	}
	rest := strings.TrimSpace(reWorkNoun.ReplaceAllString(strings.TrimLeft(strings.TrimSpace(body[ref.loc[1]:]), "，,。：: "), ""))
	rest = reChangeTalk.ReplaceAllString(dropWorkWords(rest, ref.e), "")
	rest = strings.TrimLeft(strings.TrimSpace(rest), "，,。：: ")
	if strings.HasPrefix(rest, "是") && !extract(rest).labelled {
		rest = strings.TrimPrefix(rest, "是") // "…那个最后剪完是2分45秒"
	}
	before := strings.TrimSpace(reChangeTalk.ReplaceAllString(dropWorkWords(body[:ref.loc[0]], ref.e), ""))
	if before != "" && t.fillsOn(ref.e, before) {
		rest = before + "，" + rest
	}
	rest = strings.Trim(rest, "，,。！! ")
	if rest != "" && !extract(rest).labelled {
		if sl, ok := t.otherFieldValue(rest); ok { // "2分45秒": a value of one field's type
			rest = sl.label() + "：" + rest
		}
	}
	num := t.workNumber(ref.e)
	if num == "" {
		return "", false
	}
	if rest != "" && t.fillsOn(ref.e, rest) {
		return t.editRef(num, "", rest), true
	}
	if rest == "" || !extract(rewritePersonRole(rest)).labelled && contestbot.RuneLen(compact(rest)) <= 8 {
		return t.editRef(num, "", strings.TrimSpace(rest)), true // "现在改第一个，老支书的笔记本": that work's summary
	}
	return "", false
}

// reChangeTalk is the talk around a change: 帮我改一下, 现在改, 哦对了, 麻烦.
var reChangeTalk = regexp.MustCompile(`(?:哦|噢)?对了|帮我改一下|帮我改下|帮忙改一下|麻烦改一下|改一下|帮我改|现在改|我要改|要改|修改|更改|那个|最后剪完|剪完|[吧啊呀哈]$`)

// reValueIn reports whether a clause carries a field value after its
// denial ("不是许晨阳，是邓一凡" keeps its value clause).
func reValueIn(cl string) bool {
	_, ok := findDuration(cl)
	return ok || strings.Contains(cl, "是") && contestbot.RuneLen(cl) > 12
}

// fillsOn reports whether s sets a field of e and refuses none.
func (t *turn) fillsOn(e *contestbot.Entry, s string) bool {
	r := t.tryFill(e, s, "")
	return len(r.set) > 0 && len(r.errs) == 0
}

// dropWorkWords takes out of s the words that name e: its title, whole or
// a part before 那个/的片子 ("老支书那个"), so what is left is the change.
func dropWorkWords(s string, e *contestbot.Entry) string {
	for _, re := range []*regexp.Regexp{reWorkNick, reWorkNickOf} {
		s = re.ReplaceAllStringFunc(s, func(m string) string {
			sub := re.FindStringSubmatch(m)
			rs := []rune(sub[1])
			for i := 0; i+2 <= len(rs); i++ { // the longest tail that is part of the title
				if strings.Contains(e.Title, string(rs[i:])) {
					return string(rs[:i])
				}
			}
			return m
		})
	}
	return s
}

// alreadyNew answers "不对不对，这是第二个片子，新报一个，不是改第一个！" said while
// the new work's draft is open and no submitted work was changed: the
// draft is the new work, the others are as they were. A value in the
// message for the work at hand is still read.
func (t *turn) alreadyNew(s string, fresh bool) (string, bool) {
	if !fresh || t.st.Mode != modeForm {
		return "", false
	}
	e := t.current()
	if e == nil || e.Status != contestbot.StatusDraft {
		return "", false
	}
	var others []string
	for _, x := range t.listed() {
		if x != e && x.Status == contestbot.StatusComplete {
			others = append(others, "《"+x.DisplayTitle()+"》")
		}
	}
	if len(others) == 0 {
		return "", false
	}
	head := "对，现在填的就是新报的作品《" + e.DisplayTitle() + "》；" + strings.Join(others, "、") + "没有改动。"
	if t.st.Pending == "" {
		t.st.Pending = t.next(e)
	}
	return head + "\n\n我们接着填：" + t.question(e, t.st.Pending), true
}

// reLaterWorkClause opens what a message says about the work after the one
// being filled: "第二个片子的导演也是我，那个是AI做的" (the number is the next
// work's), "下一个作品的…".
var reLaterWorkClause = regexp.MustCompile(`(?:第\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|部)(?:作品|片子|视频|片儿)?|(?:下一个|下一部|另一个|另外一个)(?:作品|片子|视频|片儿))(?:的|里的|里|呢|也|，|,)`)

// holdForNext keeps what a message says about the next work while a draft
// is open, so the next work starts with it ("联系人我，杨帆，…。第二个片子的
// 导演也是我，那个是AI做的"): the draft at hand takes the rest of the message.
func (t *turn) holdForNext(s string) (string, bool) {
	if t.st.Mode != modeForm || t.st.Pending.freeText() {
		return "", false
	}
	e := t.current()
	if e == nil || e.Status != contestbot.StatusDraft {
		return "", false
	}
	m := reLaterWorkClause.FindStringSubmatchIndex(s)
	if m == nil || isQuestion(s[m[0]:]) {
		return "", false
	}
	if m[2] >= 0 {
		n, at := atoiCN(s[m[2]:m[3]]), 0
		for i, x := range t.listed() {
			if x == e {
				at = i + 1
			}
		}
		if n != at+1 || at != len(t.listed()) {
			return "", false // a work the user has, or not the next one
		}
	}
	later := strings.Trim(s[m[1]:], "，,。；; ")
	later = regexp.MustCompile(`^(?:那个|那部|它)(?:是)?`).ReplaceAllString(later, "")
	later = strings.ReplaceAll(later, "，那个是", "，")
	later = strings.ReplaceAll(later, "，那个", "，")
	if later == "" || !extract(rewritePersonRole(later)).labelled && !t.fillsOn(&contestbot.Entry{Contact: e.Contact}, rewritePersonRole(later)) {
		return "", false
	}
	t.st.NextWork = strings.Trim(t.st.NextWork+"，"+later, "，")
	note := "“" + clip(later, 30) + "”是下一个作品的，我先记下，报下一个作品时直接填上。"
	here := strings.TrimRight(strings.TrimSpace(s[:m[0]]), "，,。；; ")
	if here == "" {
		return note + "\n\n" + t.question(e, t.st.Pending), true
	}
	return note + "\n" + t.formInput(e, here), true
}

// takeNextWork fills what the user said earlier about the next work into
// the new work e, and says what it took ("" when nothing).
func (t *turn) takeNextWork(e *contestbot.Entry) string {
	held := t.st.NextWork
	for _, v := range t.st.EveryWork { // s10-k workslist.go: "监制都是王建国" for every work
		held = strings.Trim(held+"，"+v, "，")
	}
	if held == "" {
		return ""
	}
	t.st.NextWork = ""
	if len(t.st.LaterWorks) > 0 { // s10-k workslist.go: the next item of a list of works
		t.st.NextWork, t.st.LaterWorks = t.st.LaterWorks[0], t.st.LaterWorks[1:]
	}
	var set []slot
	for _, cl := range splitClauses(held) { // one clause at a time: "导演也是我，AI做的"
		if cl = strings.Trim(cl, "，,。；; "); cl != "" {
			set = append(set, t.fill(e, rewritePersonRole(cl), "").set...)
		}
	}
	if len(set) == 0 {
		return ""
	}
	var parts []string
	for _, x := range set {
		if v := display(t.c.season, e, x); v != "" && !x.yesNo() && !x.eligibility() {
			parts = append(parts, x.label()+"："+v)
		}
	}
	if e.AIUsed != nil && *e.AIUsed && !slicesHas(parts, "AI") {
		parts = append(parts, "使用了AI生成内容")
	}
	if len(parts) == 0 {
		return ""
	}
	return "已按您前面说的记下 " + strings.Join(parts, "，") + "。"
}

func slicesHas(ss []string, sub string) bool {
	for _, s := range ss {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// meantValues are values the bot asked about: change the submitted work
// EntryID with Text, or start a new work with it.
type meantValues struct {
	EntryID int64  `json:"entry_id"`
	Text    string `json:"text"`
}

// askWhichChange asks, before a submitted work changes, about values said
// with no form open that neither name the work nor say change, and that
// replace two or more of its values or its title ("时长1分50秒，分类AI生成"
// after submitting 《A》): the user may be starting the next work. One value
// said right after submitting is still a correction, as before.
func (t *turn) askWhichChange(e *contestbot.Entry, s string) (string, bool) {
	c := compact(s)
	if reChangeVerb.MatchString(c) || containsAny(c, "修改", "更正", "纠正", "其实", "实际", "漏了", "少了") || t.workMeant(s).e != nil {
		return "", false
	}
	cp := *e
	r := t.fillKeepingState(&cp, s, "")
	if len(r.errs) > 0 {
		return "", false
	}
	names := changedFields(fieldsOf(e), fieldsOf(&cp))
	title := false
	for _, n := range names {
		if n == "Title" {
			title = true
		}
	}
	if len(names) < 2 && !title {
		return "", false
	}
	t.st.Meant = &meantValues{EntryID: e.ID, Text: s}
	return "《" + e.DisplayTitle() + "》已经提交了。这是要把它改成 " + t.changeLabels(&cp, names) + "，还是报一个新的作品？\n" +
		"回复“改”修改《" + e.DisplayTitle() + "》；回复“新报一个”用这些内容开始填新作品。", true
}

// reMeantChange answers the question of askWhichChange with "change it".
var reMeantChange = regexp.MustCompile(`^(?:是|对|嗯)?[，,]?(?:改|修改|改吧|改它|就改|要改|改这个|改第一个|是改|是要改|改原来的|改上一个)(?:吧|的|了)?$`)

// meantAnswer reads the answer to askWhichChange: "改" changes the work,
// "新报一个"/"新的"/"第二个" starts a new work with the values; anything else
// drops the question and is read as usual.
func (t *turn) meantAnswer(s string) (string, bool) {
	m := t.st.Meant
	if m == nil {
		return "", false
	}
	t.st.Meant = nil
	e := t.byID(m.EntryID)
	if e == nil || e.Status != contestbot.StatusComplete {
		return "", false
	}
	c := bare(s)
	ref := t.workMeant(s)
	switch {
	case ref.fresh || containsAny(c, "新的", "新作品", "新报", "再报", "另一个", "下一个") && !containsAny(c, "不是新", "不是再报"):
		return t.newWork("好的，报一个新的作品。", m.Text), true
	case reMeantChange.MatchString(c) || ref.e == e && reChangeVerb.MatchString(c):
		t.st.focus(modeEdit, e)
		return t.formInput(e, m.Text), true
	}
	return "", false
}

// reOwnOrdinalTitle is the work being filled named by its number before its
// title: "第一个片子老支书的笔记本", "第一个叫老支书的笔记本".
var reOwnOrdinalTitle = regexp.MustCompile(`^(?:第\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|部))(?:作品|片子|视频|片儿)?(?:的)?(?:片名|名字|题目)?(?:叫做|叫|是)?[\s：:]*`)

// reSelfCommaName is "我" given for a person field, then the name:
// "联系人我，杨帆", "联系人是我 杨帆".
var reSelfCommaName = regexp.MustCompile(`((?:联系人|联系老师|联络人)(?:是|就是|写)?)(?:我|本人|俺)[，,、\s]+(?:叫|是)?(\p{Han}{2,4})`)

// ownWorkWords rewrites, in a message for the draft e, the draft's own
// number before its title into the title's label ("第一个片子老支书的笔记本
// 实景拍摄 2分30秒" → "片名：老支书的笔记本 实景拍摄 2分30秒"), and "联系人我，
// 杨帆" into the name, so neither is lost (s6-g, rp61 p61b).
func (t *turn) ownWorkWords(e *contestbot.Entry, s string) string {
	if t.st.Pending.freeText() {
		return s
	}
	if e.Contact != "" || t.st.Pending.isRole() {
		return t.ownOrdinalTitle(e, s) // "联系人就是俺 张建国" at a role step is the typist (roleplay6-g2)
	}
	s = reSelfCommaName.ReplaceAllStringFunc(s, func(m string) string {
		sub := reSelfCommaName.FindStringSubmatch(m)
		if !isPerson(sub[2]) || !startsWithSurname(sub[2]) {
			return m
		}
		return sub[1] + sub[2]
	})
	return t.ownOrdinalTitle(e, s)
}

// ownOrdinalTitle is ownWorkWords' reading of the draft's own number
// before its title.
func (t *turn) ownOrdinalTitle(e *contestbot.Entry, s string) string {
	if e.Title != "" || e.Status != contestbot.StatusDraft {
		return s
	}
	num := t.workNumber(e)
	if num == "" {
		num = strconv.Itoa(len(t.listed()) + 1)
	}
	for _, cl := range splitClauses(s) {
		lead := strings.TrimLeft(cl, " ")
		m := reOwnOrdinalTitle.FindStringSubmatchIndex(lead)
		if m == nil || atoiCN(lead[m[2]:m[3]]) != atoiCN(num) {
			continue
		}
		rest := lead[m[1]:]
		first := rest
		if f := strings.Fields(rest); len(f) > 0 {
			first = f[0] // "老支书的笔记本 实景拍摄 2分30秒": values after spaces are their own
		}
		if !plainTitleFirst(strings.TrimRight(first, "，,。；; ")) {
			continue
		}
		at := strings.Index(s, lead)
		if at < 0 {
			return s
		}
		end := at + m[1] + len(first)
		tail := s[end:]
		if strings.HasPrefix(tail, " ") || strings.HasPrefix(tail, "　") {
			tail = "，" + strings.TrimLeft(tail, " 　") // "老支书的笔记本 实景拍摄": the title ends at the space
		}
		return s[:at] + "片名：" + first + tail
	}
	return s
}

// earlierProducer is the user's newest other work of e's unit whose 制作单位
// is not the unit itself: a later work offers to take it.
func (t *turn) earlierProducer(e *contestbot.Entry) *contestbot.Entry {
	for i := len(t.entries) - 1; i >= 0; i-- {
		x := t.entries[i]
		if x != e && x.Status == contestbot.StatusComplete && contestbot.SameUnit(x.Unit, e.Unit) && x.Producer != "" && x.Producer != x.Unit {
			return x
		}
	}
	return nil
}

// reMeantWorkHead introduces the work the user meant: "我说的是…", "要改的是…".
var reMeantWorkHead = regexp.MustCompile(`我说的是|我要改的是|要改的是|我改的是|我是说|说的是|我是要改|是要改`)

// reKeepWork keeps a work as it is: "…不用动", "…别改", "…是对的".
var reKeepWork = regexp.MustCompile(`不用动|不动|别动|不要动|不改|不用改|别改|是对的|没问题|没错`)

// meantWork is the work a complaint about a change says was meant: the one
// after "我说的是", else the one named in a clause that does not keep its
// work as it is.
func (t *turn) meantWork(s string) workRef {
	if loc := reMeantWorkHead.FindStringIndex(s); loc != nil {
		if ref := t.workMeant(s[loc[1]:]); ref.e != nil || ref.fresh {
			return ref
		}
	}
	var keep []string
	for _, cl := range splitClauses(s) {
		if !reKeepWork.MatchString(compact(cl)) {
			keep = append(keep, cl)
		}
	}
	return t.workMeant(strings.Join(keep, "，"))
}
