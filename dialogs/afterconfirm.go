package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// This file (s5-g6) reads what people say about a work they have already
// submitted, in their own words:
//   - an edit asked as a question: "改成《讲台上的一盏灯》，还能改吗" edits that
//     work (the only one, or the one named; with several the bot asks which);
//   - the filled forms asked for again: "把更新后的表发我", "表格再发我一遍" get
//     the link, regenerated from the current values;
//   - whether a work can still be changed later: "确认了以后还能改分类吗" is
//     answered (yes, and how), never taken as a change;
//   - quoted words to take out: "把“就是说”删了" after submitting.

var (
	// reDocsNoun names the filled forms.
	reDocsNoun = regexp.MustCompile(`报名表|表格|表|材料|协议书|汇总表|下载链接|链接|文件`)
	// reDocsAgain asks for them (again).
	reDocsAgain = regexp.MustCompile(`(?:再|重新|重)(?:发|下载?|生成|给|来)|发(?:给)?我|给我(?:发|来)?|再来|更新(?:后|过|了)|新的`)
	// reDocsElse is about sending them to the organisers, or about the
	// blank forms' content: "报名表发到哪个邮箱", "报名表要盖章吗".
	reDocsElse = regexp.MustCompile(`发到|发给(?:谁|哪)|寄|邮箱|盖章|签字|怎么填|填什么|要填|几份|原件|空白|模板|视频|检查`)
	// reCanEdit asks whether something can be changed.
	reCanEdit = regexp.MustCompile(`(?:还|能|可以|可不可以|能不能|能否|允许|让)(?:再)?(?:修改|更改|改动|改)|改得了`)
	// reAfterSubmit places the change after submitting.
	reAfterSubmit = regexp.MustCompile(`(?:确认|提交|报完|报上去|交上去|交了|报名成功|确定)(?:了|完|过)?(?:以后|之后|后)|以后|之后|回头|到时候?|万一|后面|后边|过后|往后`) // s9-b: "片名能改吗后面"
	// reEditTo is the edit verb before the new value.
	reEditTo = regexp.MustCompile(`改成|改为|换成|换为|改叫|改名为|改名叫`)
)

// asksDocsAgain reports whether s asks for the filled forms (again).
func asksDocsAgain(s string) bool {
	c := compact(s)
	if !reDocsNoun.MatchString(c) || !reDocsAgain.MatchString(c) || reDocsElse.MatchString(c) {
		return false
	}
	return contestbot.RuneLen(c) <= 40
}

// asksEditLater reports whether s asks if a work can still be changed
// after confirming, without giving a new value: "确认了以后还能改分类吗",
// "我是问确认完以后还能不能改".
func asksEditLater(s string) bool {
	c := compact(s)
	return reCanEdit.MatchString(c) && reAfterSubmit.MatchString(c) && !reEditTo.MatchString(c)
}

// editLaterText answers asksEditLater; f is the field asked about, or "".
// "现在不改 还是实景拍摄 我是问…" keeps the value: said so first.
func (t *turn) editLaterText(e *contestbot.Entry, f slot, s string) string {
	keep := ""
	if c := compact(s); containsAny(c, "不改", "不用改", "不是要改", "不是现在改") {
		keep = "好的，现在不改。\n"
	}
	how := "“××改成……”"
	if f != "" {
		how = "“" + f.label() + "改成……”"
	}
	out := "可以改。确认以后也能改：直接发" + how + "就行，改完核对一遍、回复“确认”，报名材料会按新内容重新生成。"
	if e != nil && f != "" && e.Has(t.c.season, f.field()) {
		out = fmt.Sprintf("%s现在是：%s，不用改就不用发。\n", f.label(), display(t.c.season, e, f)) + out
	}
	return keep + out
}

// doneWorks is the user's completed works, in "我的作品" order.
func (t *turn) doneWorks() []*contestbot.Entry {
	var out []*contestbot.Entry
	for _, e := range t.listed() {
		if e.Status == contestbot.StatusComplete {
			out = append(out, e)
		}
	}
	return out
}

// submittedWork is the completed work s is about: the only one, or the one
// whose title s names; nil with several and none named.
func (t *turn) submittedWork(s string) *contestbot.Entry {
	done := t.doneWorks()
	if len(done) == 1 {
		return done[0]
	}
	c := compact(s)
	var hit *contestbot.Entry
	for _, e := range done {
		if tt := compact(e.Title); tt != "" && strings.Contains(c, tt) {
			if hit != nil {
				return nil
			}
			hit = e
		}
	}
	return hit
}

// whichWork asks which completed work to change, showing how.
func (t *turn) whichWork(example string) string {
	var b strings.Builder
	done := t.doneWorks()
	fmt.Fprintf(&b, "您有%d个已提交的作品，要改哪一个？\n", len(done))
	for i, e := range done {
		fmt.Fprintf(&b, "%d.《%s》\n", i+1, e.DisplayTitle())
	}
	fmt.Fprintf(&b, "请这样发：《%s》的%s", done[0].DisplayTitle(), example)
	return b.String()
}

// afterConfirm handles, outside a form, what users say about a work they
// have already submitted; ok is false when s is none of it.
func (t *turn) afterConfirm(s string) (string, bool) {
	if out, ok := t.statusCheck(s); ok { // "还差哪一项？我不是确认了吗"
		return out, true
	}
	if t.st.Mode == modeForm || !t.hasComplete() {
		return "", false
	}
	if asksDocsAgain(s) {
		if l := t.docsLink(); l != "" {
			return t.withPending("好的，已按现在填的内容（改过的也在里面）重新生成报名表、汇总表和版权确认协议书，下载：\n" + l + "\n以前下载的请作废，打印新的签字盖章，按通知要求报送。"), true
		}
		return t.withPending(t.docs()), true // route.go: the one reply without a document server
	}
	if t.st.Mode == modeEdit {
		return "", false
	}
	c := compact(s)
	if asksEditLater(s) || reCanEdit.MatchString(c) && isQuestion(s) && !reEditTo.MatchString(c) && (fieldSpoken(c) != "" || contestbot.RuneLen(c) <= 12) {
		e := t.submittedWork(s)
		if e == nil {
			e = t.byID(t.st.LastID)
		}
		return t.editLaterText(e, fieldSpoken(c), s), true
	}
	if f, v, ok := editAsked(s); ok && (reCanEdit.MatchString(c) || isQuestion(s)) {
		e := t.submittedWork(strings.Replace(s, v, "", 1)) // the new title names no work
		edit := f.label() + "改成" + v
		if e == nil {
			return t.whichWork(edit), true
		}
		if !t.wouldFill(e, edit) {
			return "", false
		}
		t.st.focus(modeEdit, e)
		head := ""
		if reCanEdit.MatchString(c) {
			head = "可以改，"
		}
		out := t.formInput(e, edit)
		if head != "" {
			out = head + strings.TrimPrefix(out, "好的，")
		}
		return out, true
	}
	if rm, ok := readRemoval(s); ok && rm.words != "" && !rm.vague {
		e := t.submittedWork(s)
		if e == nil {
			e = t.byID(t.st.LastID)
		}
		if e == nil || e.Status != contestbot.StatusComplete {
			return "", false
		}
		t.st.focus(modeEdit, e)
		out, ok := t.removeByRequest(e, s, "", func(x string) string { return x })
		if !ok {
			t.st.reset()
			return "", false
		}
		return out, true
	}
	return "", false
}

// editAsked reads an edit of a named field said with talk around it:
// "领导说片名要改，改成《讲台上的一盏灯》，还能改吗" → 片名, 《讲台上的一盏灯》.
func editAsked(s string) (slot, string, bool) {
	loc := reEditTo.FindStringIndex(s)
	if loc == nil {
		return "", "", false
	}
	f := lastNamedField(compact(s[:loc[0]])) // chatpaste.go
	if f == "" || f == slotCreators {
		return "", "", false
	}
	v := strings.TrimSpace(s[loc[1]:])
	if v == "" {
		return "", "", false
	}
	if r := []rune(v); strings.ContainsRune("《“\"「‘", r[0]) {
		closer := map[rune]rune{'《': '》', '“': '”', '"': '"', '「': '」', '‘': '’'}[r[0]]
		if i := strings.IndexRune(string(r[1:]), closer); i >= 0 {
			v = string(r[1:])[:i]
			if r[0] == '《' {
				v = "《" + v + "》"
			}
			return f, v, true
		}
	}
	// Unquoted: the question and talk after the value are no part of it.
	cls := splitClauses(v)
	for len(cls) > 1 {
		last := compact(cls[len(cls)-1])
		if reCanEdit.MatchString(last) || isQuestion(cls[len(cls)-1]) || isChatter(last) {
			cls = cls[:len(cls)-1]
			continue
		}
		break
	}
	v = strings.Trim(joinClauses(cls), " ，,。；;！!？?")
	v = strings.TrimRight(v, "吗么嘛呢") // "分类能改成AI生成吗"
	v = strings.TrimSpace(strings.TrimSuffix(v, "可以"))
	if v == "" || reCanEdit.MatchString(compact(v)) {
		return "", "", false
	}
	return f, v, true
}

// reKeepStored keeps a value as it is: "还是实景拍摄", "现在不改 还是实景拍摄".
var reKeepStored = regexp.MustCompile(`^(?:算了)?(?:那|嗯|好)?(?:现在|先|暂时)?(?:不改了?|不用改)?(?:那|就)?(?:还是|仍然是|依然是|照旧)(?:用|选|写)?(.{2,20}?)(?:吧|就行|就好|不变|不改|就可以)?$`)

// keepsStored answers, at the summary or while editing, a message that
// keeps a stored value ("还是实景拍摄"): nothing changes and nothing is asked
// again; ok is false when s keeps no stored value.
func (t *turn) keepsStored(e *contestbot.Entry, s string, reask func(string) string) (string, bool) {
	c := strings.Trim(compact(s), "。.!！~～")
	m := reKeepStored.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	v := strings.Trim(m[1], "《》“”\"")
	for _, f := range []contestbot.Field{contestbot.FieldCategory, contestbot.FieldTitle, contestbot.FieldUnit, contestbot.FieldProducer, contestbot.FieldContact} {
		if p := textPtr(e, slot(f)); p != nil && *p != "" && compact(*p) == v || f == contestbot.FieldCategory && e.Category == v {
			return reask(fmt.Sprintf("好的，%s还是%s，不改。", slot(f).label(), v)), true
		}
	}
	if cat, ok := t.c.season.ParseCategory(v); ok && cat != e.Category && !t.nested {
		// "算了还是实景拍摄" after changing it: back to the category named.
		return t.formInput(e, "分类改成"+cat), true
	}
	return "", false
}

// reStatusAsk asks whether the work went through, or what is still
// missing: "还差哪一项？我不是确认了吗", "报上了吗", "算提交成功了没".
var reStatusAsk = regexp.MustCompile(`还差(?:哪|什么|啥|几|多少)|还缺(?:哪|什么|啥|几)|(?:不是|已经)确认(?:过)?了|确认(?:了|过|成功|好)了?(?:吗|没|么|没有|吧)|(?:(?:提交|报上|交上)(?:成功|好)?|报名(?:成功|好))(?:了|去了)?(?:吗|没|么|没有)|算(?:报上|提交|报名|报好)(?:成功)?了?(?:吗|没|吧)`)

// statusCheck answers, outside a form, a check-back on the work last
// worked on (rp51 p51b): a submitted work says so and what is still to do;
// a draft says it is not submitted yet and goes on where it stopped.
func (t *turn) statusCheck(s string) (string, bool) {
	if t.st.Mode != modeIdle || !reStatusAsk.MatchString(compact(s)) && !asksSubmitted(s) && !asksDone(s) { // confirmedask.go (s5-g2)
		return "", false
	}
	e := t.byID(t.st.LastID)
	if e == nil || e.Status == contestbot.StatusCancelled {
		if e = t.latestDraft(); e == nil {
			if done := t.doneWorks(); len(done) > 0 {
				e = done[len(done)-1]
			}
		}
	}
	if e == nil {
		return "", false
	}
	if e.Status == contestbot.StatusDraft {
		return "《" + e.DisplayTitle() + "》还没有提交。\n" + t.resume(), true
	}
	out := fmt.Sprintf("《%s》已经确认提交了，是%s的第%d号作品。", e.DisplayTitle(), e.Unit, e.Seq)
	done := asksDone(s)
	var left []string
	for _, l := range e.Unfinished(t.c.season) {
		if done && l == "未提交视频链接" { // the next steps below say where the video goes
			continue
		}
		left = append(left, l)
	}
	if len(left) > 0 {
		out += "\n还差：" + strings.Join(left, "；")
	}
	if done {
		out += "\n" + t.c.nextSteps()
	}
	return out, true
}

// reDoneAsk is a whole message asking whether registering is over (s11-j,
// rp143: "完了？", "这就完了？", "好了吗" after a submission). A bare "完了"
// or "好了" without a question is a statement and is not read here.
var reDoneAsk = regexp.MustCompile(`^(?:那|那么)?(?:这就|这样就|就这样|这样|就|这)?(?:完了|就这样了|好了|完事了|结束了|行了|妥了|成了|搞定了|弄好了|报完了|报好了)(?:(?:吗|么|嘛|没|没有|不)[?？]*|[?？]+)$`)

// asksDone reports whether s asks whether registering is over.
func asksDone(s string) bool {
	return reDoneAsk.MatchString(compact(s))
}

// nextSteps is what a submitted work still needs outside this chat: the
// filled forms downloaded, printed and signed, and the video with them to
// the mailbox (通知 三（二）, 附件1 第2条).
func (c *Core) nextSteps() string {
	s := c.season
	return fmt.Sprintf("接下来：发送“下载报名材料”下载填好的报名表、汇总表和版权确认协议书，打印后签字盖章；视频和这些材料按通知发到邮箱 %s，协议书原件报%s。想先查视频格式，可发“检查视频”（可选）。", s.Mailbox, s.Room)
}
