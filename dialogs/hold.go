package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s6-d (issue #10, round 13): pauses, hedges, skips and "不对" at any step.
// A message made only of words that hold the conversation ("等下", "好了",
// "还没完", "哦不对", "这个不确定 我问问", "能先跳过这个吗") is never a value,
// whatever the pending question: a pause keeps the step, a "not sure / ask
// someone" or a skip leaves the field for last, "还有/还没完" waits for the
// rest of the value just sent, and a bare "不对" asks again what was stored
// last. A hedged value ("应该是写X吧", "大概是X") is X, echoed with a short
// way to change it.

// holdKind is what a holding message does.
type holdKind int

const (
	holdNone   holdKind = iota
	holdPause           // 等下, 稍等, 我看看
	holdBack            // 好了, 我回来了
	holdMore            // 还有, 还没完
	holdWrong           // 哦不对, 不对不对, 不是不是 (s12-m)
	holdUnsure          // 这个不确定 我问问, 我问下主任, 还没定
	holdSkip            // 能先跳过这个吗, 先空着
)

// holdAsker is whom a user goes to ask: "我问下主任", "我问问领导".
const holdAsker = `(?:主任|领导|书记|校长|副校长|老师|同事|负责人|部长|处长|科长|院长|他们|她|他|上面|上级|学校|组织部|宣传部|办公室|做片子的|剪辑的|拍的人|\p{Han}{1,2}(?:主任|领导|书记|校长|老师|部长|处长|科长|院长|总))?`

// holdWords are the words of a holding message, by kind; a message is a
// hold when these and fillers cover it whole.
var holdWords = []struct {
	kind holdKind
	re   *regexp.Regexp
}{
	{holdSkip, regexp.MustCompile(`^(?:能|可以|可不可以|能不能|能否)?(?:先|暂时|暂且)?(?:跳过|略过|空着|不填|放一放|放放|放着|留空)(?:去)?(?:这个|这项|这一项|这里|这一个|它)?(?:行不行|可以吗|行吗|可以不|吗|不|么|嘛|呗)?|^(?:先|咱们?|我们)?(?:填|弄|说)(?:别的|后面的|下一个|下一项|其他的?)|^(?:这个|这项)?(?:最后|后面)再(?:填|弄|补)|^(?:咱们?|我们)?(?:先)?(?:往下|往后|接着往下)(?:填|走|弄|来)`)}, // s10-l: "先往下填吧"
	{holdUnsure, regexp.MustCompile(`^(?:还|也|我|俺|现在)?(?:不太|不是很|不大|不)?(?:确定|清楚|知道|晓得)|^(?:说不准|拿不准|不好说|没想好|还没想好|没定|还没定|没确定|还没确定|待定|未定|还在定|还没决定)|^(?:我|俺)?(?:先|得|要|去|再|还得|还要|回头)?(?:问问|问一下|问下|问一问|请示一下|请示|核实一下|确认一下|确认下|商量一下|商量下|打听一下)` + holdAsker + `(?:再说|再定|再填|再告诉你|再告诉您|再回来填|再回复|回来再填|再发你|再发给你)?`)},
	{holdWrong, regexp.MustCompile(`^(?:不是不是|不对不对|不对|说错了|错了|搞错了|弄错了|写错了|打错了)`)},
	{holdMore, regexp.MustCompile(`^(?:还有呢|还有|还没完|没完|还没说完|没说完|还没发完|没发完|还没写完|没写完)`)},
	{holdBack, regexp.MustCompile(`^(?:好了|好啦|我回来了|回来了|我来了)`)},
	{holdPause, regexp.MustCompile(`^(?:` + pauseWords + `|别急|我看看|我看一下|我找找|我找一下|我查查|我查一下|我翻翻|我想想|我想一下|让我想想|我再想想)`)},
}

// reHoldFiller is what may stand around the hold words.
var reHoldFiller = regexp.MustCompile(`^(?:哦|噢|喔|哎呀|哎|唉|啊|呃|额|嗯|那个|这个|这项|这一项|就是|先|吧|呢|哈|啦|了|呀|嘛|一下|下)`)

// readHold reads s as a holding message: its kind, or holdNone when s
// carries anything else (a value, a question).
func readHold(s string) holdKind {
	b := bare(s)
	if b == "" {
		return holdNone
	}
	kind := holdNone
	for b != "" {
		if m := reWaitActivity.FindString(b); m != "" && kind == holdPause {
			b = b[len(m):] // s11-b waits.go: "等会 开会" is a pause and its reason
			continue
		}
		matched := false
		for _, w := range holdWords {
			if m := w.re.FindString(b); m != "" {
				b = b[len(m):]
				kind = max(kind, w.kind)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if m := reHoldFiller.FindString(b); m != "" {
			b = b[len(m):]
			continue
		}
		return holdNone
	}
	return kind
}

// unfilled reports whether field f of e still has no answer.
func (t *turn) unfilled(e *contestbot.Entry, f slot) bool {
	switch {
	case f.isRole():
		return !t.st.roleDone(f)
	case f == slotCreators:
		return !e.CreatorsDone
	}
	return !e.Has(t.c.season, f.field())
}

// formStep is the form step a message answers: the pending question, or
// the next one when none is pending (and it becomes pending). ok is false
// when no form is open or nothing is left to ask.
func (t *turn) formStep(e *contestbot.Entry) (slot, bool) {
	if t.st.Mode != modeForm {
		return "", false
	}
	pending := t.st.Pending
	if pending == "" {
		pending = t.next(e)
	}
	if pending == "" {
		return "", false
	}
	t.st.Pending = pending
	return pending, true
}

// hold answers a holding message at the pending step; ok is false when s
// is no hold (or means something else at this step).
func (t *turn) hold(e *contestbot.Entry, s string) (string, bool) {
	if t.nested {
		return "", false
	}
	pending, ok := t.formStep(e)
	if !ok {
		return "", false
	}
	reask := func(head string) string { return head + "\n\n" + t.question(e, pending) }
	k := readHold(s)
	switch k {
	case holdNone:
		return "", false
	case holdPause:
		if pending == slot(contestbot.FieldCopyright) {
			return "好的，不着急。核对好了回复“确认”；要改哪项直接说。", true
		}
		return "好的，不着急，好了直接发给我。\n\n" + t.question(e, pending), true
	case holdBack:
		if pending == slot(contestbot.FieldCopyright) {
			return "", false // "好了" at the summary is the summary's to read
		}
		return reask("好的，我们接着填。"), true
	case holdMore:
		return t.holdMore(e, pending, reask)
	case holdWrong:
		return t.holdWrong(e, pending, reask)
	case holdUnsure, holdSkip:
		if pending == slot(contestbot.FieldCopyright) {
			return "", false
		}
		if k == holdSkip && pending.isRole() {
			return t.skip(e, pending), true // a role may stay empty
		}
		return t.deferField(e, pending, k == holdSkip), true
	}
	return "", false
}

// holdMore answers "还有"/"还没完": the value sent last goes on in the next
// message. A text is joined; a role takes more people.
func (t *turn) holdMore(e *contestbot.Entry, pending slot, reask func(string) string) (string, bool) {
	last := t.st.Prev
	switch {
	case last.freeText():
		if p := textPtr(e, last); p != nil && *p != "" {
			t.st.Part = &partValue{Slot: last, Text: *p}
			return "好的，后面的接着发就行，我会接在" + last.label() + "后面。", true
		}
	case last.isRole():
		if p := creatorPtr(e, last); p != nil && *p != "" && *p != "无" {
			t.st.Part = &partValue{Slot: last, Text: *p}
			return "好的，" + last.label() + "还有谁？直接发名字，我会加在" + *p + "后面。", true
		}
	}
	return reask("好的，接着发就行。"), true
}

// holdWrong answers a bare "不对": the field answered last is asked again.
// At the eligibility question a "不对" right after a stored value is not
// read as "not a unit work": the user is asked which one is meant.
func (t *turn) holdWrong(e *contestbot.Entry, pending slot, reask func(string) string) (string, bool) {
	last := t.lastStored()
	if pending.eligibility() {
		if last == "" {
			if len(openEligibility(t.c.season, e)) < 2 {
				return "", false // the one fact asked: the eligibility reader takes it as "no"
			}
			return "哪一条不符合？直接说，例如“第3条不符合”“用了AI配音，已标注”。\n\n" + t.question(e, pending), true
		}
		return "是刚才记下的" + last.label() + "不对，还是哪一条要求不符合？要改" + last.label() + "，直接发新的" + last.label() +
			"；有不符合的，直接说哪一条，例如“第1条不符合”。\n\n" + t.question(e, pending), true
	}
	if pending == slot(contestbot.FieldCopyright) {
		return "", false
	}
	if last != "" && last != pending {
		return t.askAgain(e, last), true
	}
	return reask("好的，哪一项不对？直接发要改的内容，例如“电话改成13800000000”。"), true
}

// lastStored is the field whose value the turn just before stored, or "".
func (t *turn) lastStored() slot {
	if u := t.st.Undo; u != nil && u.Slot == t.st.Prev {
		return t.st.Prev
	}
	if t.st.Prev != "" && !t.st.Prev.freeText() {
		return t.st.Prev
	}
	return ""
}

// deferField leaves pending for last: the user does not know it yet, or
// asked to skip it. The eligibility facts are deferred together.
func (t *turn) deferField(e *contestbot.Entry, pending slot, skip bool) string {
	what := []slot{pending}
	if pending.eligibility() {
		what = openEligibility(t.c.season, e)
	}
	for _, f := range what {
		t.addLater(e, f)
	}
	label := leadLabel(pending)
	if pending.eligibility() {
		label = "作品要求这几条"
	}
	next := t.next(e)
	t.st.Pending = next
	if next == pending || slices.Contains(what, next) {
		return "好的，等您问好了直接发给我就行；其他项都填好了，就差" + label + "。"
	}
	head := "好的，" + label + "先空着，等您问好了直接发给我，我们先填别的。"
	if skip {
		head = "好的，" + label + "是必填项，先跳过，最后再问您；想好了随时直接发，例如“" + example(pending) + "”。"
	}
	return head + "\n\n" + t.question(e, next)
}

// example is how a deferred field is sent later.
func example(f slot) string {
	switch contestbot.Field(f) {
	case contestbot.FieldCategory:
		return "分类：动画制作"
	case contestbot.FieldDuration:
		return "时长2分30秒"
	case contestbot.FieldPhone:
		return "电话13800000000"
	}
	if f.eligibility() {
		return "都符合"
	}
	if f.isRole() {
		return f.label() + "张三"
	}
	return leadLabel(f) + "：……"
}

// deferredAsk is the question for a field left for last once everything
// else is filled (a text field has its own, chatpaste.go).
func (t *turn) deferredAsk(e *contestbot.Entry, f slot) string {
	if !t.unfilled(e, f) {
		return ""
	}
	for _, x := range slotsAll(e, t) {
		if x != f && !slices.Contains(t.st.Later, x) && t.unfilled(e, x) {
			return "" // others are still open: asked as usual
		}
	}
	label := leadLabel(f)
	if open := openEligibility(t.c.season, e); f.eligibility() && len(open) > 1 {
		label = "作品要求这几条的确认"
	} else if f.eligibility() {
		label = "“" + open[0].label() + "”这一条的确认"
	}
	return "其他都填好了，就差" + label + "。\n" + t.plainQuestion(e, f)
}

// slotsAll are the form's questions in asking order, roles one by one.
func slotsAll(e *contestbot.Entry, t *turn) []slot {
	var out []slot
	for _, f := range contestbot.Fields {
		if f == contestbot.FieldCopyright {
			continue
		}
		if f == contestbot.FieldCreators {
			out = append(out, roles...)
			continue
		}
		if !e.Has(t.c.season, f) || slot(f).yesNo() {
			out = append(out, slot(f))
		}
	}
	return out
}

// plainQuestion is the question for f without the waiting line.
func (t *turn) plainQuestion(e *contestbot.Entry, f slot) string {
	later := t.st.Later
	t.st.Later = nil
	defer func() { t.st.Later = later }()
	return t.question(e, f)
}

// unhedge takes the hedges off the short clauses of s: "应该是写我们宣传部吧，
// 周口文理职业学院党委宣传部" → "我们宣传部，周口文理职业学院党委宣传部",
// "1和2应该是吧" → "1和2是", "摄影应该没有吧" → "摄影没有". Long text (a 简介),
// questions and durations (大概两分半 stays vague) are left as typed. ok
// reports whether a hedge came off.
func unhedge(s string, pending slot) (string, bool) {
	if isQuestion(s) || strings.ContainsAny(s, "？?") || pending == slot(contestbot.FieldDuration) || pending.freeText() && contestbot.RuneLen(s) > 20 {
		return s, false
	}
	cls := splitClauses(s)
	out := s // the clauses are changed in place, so spaces and marks between them stay
	changed := false
	for _, cl := range cls {
		c := strings.TrimRight(strings.TrimSpace(cl), "，,。；;、 ")
		if c == "" || contestbot.RuneLen(c) > 30 || strings.HasSuffix(c, "吗") || reHedgeTime.MatchString(c) || strings.ContainsAny(c, "《》“”\"") {
			continue
		}
		if pending == slot(contestbot.FieldTitle) && !reHedgeTail.MatchString(c) {
			continue // a title may open with 也许/好像 ("也许明天")
		}
		if len(cls) > 1 && reHedgeClause.MatchString(answerWords(c)) {
			out, changed = strings.Replace(out, c, "", 1), true // "2分55秒左右，应该是": the hedge clause goes
			continue
		}
		n, tail := c, reHedgeTail.MatchString(c)
		if loc := reHedgeLead.FindStringSubmatchIndex(n); loc != nil && (tail || !containsAny(n[loc[2]:loc[3]], "应该", "应当")) {
			n = n[loc[1]:]
		} else if m := reHedgeMid.FindStringSubmatchIndex(n); m != nil {
			n = n[:m[2]] + n[m[3]:]
		} else {
			continue
		}
		if n = strings.TrimSpace(reHedgeTail.ReplaceAllString(n, "")); n == "" {
			continue
		}
		out, changed = strings.Replace(out, c, n, 1), true
	}
	if !changed {
		return s, false
	}
	out = reDoubleMark.ReplaceAllString(out, "$1")
	return strings.Trim(strings.TrimSpace(out), "，,；; "), true
}

// reDoubleMark is two clause marks left where a clause was taken out.
var reDoubleMark = regexp.MustCompile(`([，,；;])\s*[，,；;]`)

// Hedges around a value: "应该是写X吧", "大概是X", "可能X吧", "X，应该是".
var (
	reHedgeLead = regexp.MustCompile(`^(?:我)?(应该|应当|估计|大概|大约|可能|也许|好像|貌似)(?:是|就是)?(?:写|填|算|报|叫)?`)
	reHedgeTail = regexp.MustCompile(`(?:的)?吧[。.!！~～]*$`)
	// reHedgeMid is a hedge after a label or an item: "摄影应该没有", "1和2应该是".
	reHedgeMid = regexp.MustCompile(`^[^，,。]{1,8}?(应该|估计|大概|可能|也许|好像)(?:是|没有|没|不是|无|都是)`)
	// reHedgeClause is a clause that only hedges: "应该是", "我估计", "大概吧".
	reHedgeClause = regexp.MustCompile(`^(?:我)?(?:应该|应当|估计|大概|大约|可能|也许|好像|貌似)(?:是|就是)?(?:吧|的吧)?$|^(?:我)?(?:估计|觉得|猜)(?:的)?$`)
	// reHedgeTime is a time in a clause: its hedge says it is vague.
	reHedgeTime = regexp.MustCompile(`[0-9一二两三四五六七八九十半]+\s*(?:分|秒)`)
)

// hedgeLine puts a short way to change a hedged value after the echo
// of what a turn stored ("好的，已记下 制作单位：…").
func hedgeLine(out string) string {
	const echo = "好的，已记下 "
	if !strings.HasPrefix(out, echo) {
		return out
	}
	first, rest, _ := strings.Cut(out, "\n")
	note := "不对的话直接说。"
	if l, _, ok := strings.Cut(strings.TrimPrefix(first, echo), "："); ok && contestbot.RuneLen(l) <= 6 {
		note = "不对的话直接说“" + l + "改成……”。"
	}
	return first + "\n" + note + "\n" + rest
}

// reMoreOf is "还有我", "还有王芳": more people for the role stored last.
var reMoreOf = regexp.MustCompile(`^(?:还有|另外还有)((?:我|本人|俺|\p{Han}{2,4})(?:[、和跟及与](?:我|本人|俺|\p{Han}{2,4}))*)(?:两个人|两人|二人|俩)?[。！!～~]*$`)

// moreForLast reads "还有我" right after a role was answered as more people
// for that role ("剪辑还有我"), never as the answer to the next question.
func (t *turn) moreForLast(e *contestbot.Entry, s string) (string, bool) {
	last := t.lastStored()
	if !last.isRole() || t.st.Pending == last {
		return s, false
	}
	m := reMoreOf.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || firstNamedField(compact(m[1])) != "" {
		return s, false
	}
	word, _, _ := strings.Cut(last.label(), "(")
	if p := creatorPtr(e, last); p != nil && *p != "" && *p != "无" {
		return word + "：" + *p + "、" + m[1], true
	}
	return word + "：" + m[1], true
}

// itemsBesideQuestion takes the eligibility items a message names by
// number beside a question ("1和2是的。另外问下，…这样行吗"): they are stored
// and the question is answered, so they are not asked again.
func (t *turn) itemsBesideQuestion(e *contestbot.Entry, s string, pending slot) (string, bool) {
	open := openEligibility(t.c.season, e)
	var items, rest []string
	for _, cl := range splitClauses(s) {
		if _, _, ok := itemsNamed(cl, open); ok && !isQuestion(cl) && !reAskStart.MatchString(cl) && len(rest) == 0 {
			items = append(items, cl)
			continue
		}
		rest = append(rest, cl)
	}
	if len(items) == 0 || len(rest) == 0 {
		return "", false
	}
	return t.factsThenAnswer(e, strings.Join(items, "，"), joinClauses(rest), pending)
}

// factsThenAnswer stores the eligibility facts a message gives and answers
// the question beside them: the answer first, then the form goes on.
func (t *turn) factsThenAnswer(e *contestbot.Entry, facts, q string, pending slot) (string, bool) {
	facts = withAIFacts(facts, q) // s7-g mixedacts.go: "…旁白用了AI配音 片尾字幕有标注 这样可以吗"
	if _, ok := timeBesideFacts(q); ok && !isQuestion(q) && !askedYesNo(q) {
		// s7-j declaredtime.go: "…也没用AI 对了时长是2分57秒 不是2分58" corrects the 时长, asks nothing.
		facts, q = facts+"，"+q, ""
	}
	open := openEligibility(t.c.season, e)
	var out string
	var ok bool
	if len(open) >= 2 {
		out, ok = t.eligibility(e, facts)
	} else {
		out, ok = t.eligibilityFacts(e, facts, open, true)
	}
	if !ok {
		return "", false
	}
	var a string
	if q != "" {
		a = t.midFormAnswer(q, pending)
		if a == "" {
			a = t.ask(q, true)
		}
	}
	if a == "" {
		return out, true
	}
	return a + "\n\n" + out, true
}

// reReported opens an answer the user went to get: "问过了", "问清楚了，",
// "主任说", "问过了，领导说".
var reReported = regexp.MustCompile(`^(?:(?:我|俺)?(?:问过了|问清楚了|问好了|问了|刚问了|确认过了|核实过了|核实了)(?:了)?[，,。！!\s]*)?(?:(?:主任|领导|书记|校长|副校长|部长|处长|科长|院长|老师|上面|学校|组织部|\p{Han}{1,2}(?:主任|领导|书记|校长|老师|部长|处长|科长|院长))(?:说|讲|定了|决定)(?:了)?[，,：:\s]*)?`)

// reportedOff takes the lead of an answer brought back from someone off:
// "问清楚了，电话就用我手机…" → "电话就用我手机…", "主任说还是算动画" →
// "还是算动画". It keeps s when nothing follows.
func reportedOff(s string) (string, bool) {
	t := strings.TrimSpace(s)
	m := reReported.FindString(t)
	if m == "" || strings.TrimSpace(t[len(m):]) == "" {
		return s, false
	}
	return strings.TrimSpace(t[len(m):]), true
}

// reportedCategory reads the clauses of an answer brought back that name a
// category ("还是算动画", "按动画制作报") as the 分类, so that they are not
// taken for a question about the categories.
func (t *turn) reportedCategory(s string) string {
	cls := reClauseCut.Split(s, -1)
	found := false
	for i, c := range cls {
		if contestbot.RuneLen(c) > 12 || isQuestion(c) {
			continue
		}
		rem := reDecidedTail.ReplaceAllString(reDecidedLead.ReplaceAllString(c, ""), "")
		if contestbot.RuneLen(rem) > 6 || strings.ContainsAny(rem, "0123456789") {
			continue
		}
		if cat, ok := t.c.season.CategoryWord(rem); ok {
			cls[i] = "分类：" + cat
			found = true
		}
	}
	if !found {
		return s
	}
	var out []string
	for _, c := range cls {
		// "AI只做了部分画面和配音", "AI只是辅助的" beside it is why: the AI
		// facts are asked with the work's declarations.
		if lc := strings.ToLower(c); c == "" || containsAny(lc, "ai", "人工智能") && !strings.HasPrefix(c, "分类：") {
			continue
		}
		out = append(out, c)
	}
	return strings.Join(out, "，")
}

// The words around a category decided: "还是算动画", "按动画制作报".
var (
	reDecidedLead = regexp.MustCompile(`^(?:还是|就|那就|最后)?(?:算|按|选|报|归|定|用)(?:成|为|到|了)?`)
	reDecidedTail = regexp.MustCompile(`(?:报|类|吧|的|来报)+$`)
)

// reWrongLead opens a message that says something stored is wrong.
var reWrongLead = regexp.MustCompile(`^(?:哎呀|哎|唉|啊|呃|额|哦)?[，,\s]*(?:不对不对|不对|错了|说错了|搞错了|弄错了|记错了)`)

// reColonOnly is "摘要只要冒号后面那句：X": the value is what follows.
var reColonOnly = regexp.MustCompile(`(?:只要|只留|只保留|就要|要的是|只用|只是)冒号(?:后面|后边|之后)(?:的|那句|那段|那部分|这句)*(?:话|内容)?[:：]\s*(.+)$`)

// rePoliteTail is a closing request after a value: "麻烦您帮我改一下。".
var rePoliteTail = regexp.MustCompile(`[，,\s]*(?:麻烦|辛苦|谢谢|劳驾|请)[^，,。！!]{0,10}[。！!～~]*$`)

// wrongAtEligibility reads a message at the declarations that says a
// field other than them is wrong ("哎呀，不对不对，摘要前面那句…是我跟您说的
// 话…") as about that field: it is never a "no" to the declarations. The
// field is asked (or corrected) and the declarations come after.
func (t *turn) wrongAtEligibility(e *contestbot.Entry, s string) (string, bool) {
	if t.nested || !t.st.Pending.eligibility() {
		return "", false
	}
	c := compact(s)
	f := firstNamedField(c)
	if f == "" || f.yesNo() || f == slotCreators || !reWrongLead.MatchString(c) {
		return "", false
	}
	rest := strings.TrimSpace(reWrongLead.ReplaceAllString(strings.TrimSpace(s), ""))
	rest = strings.TrimLeft(rest, "，,。！! ")
	if m := reColonOnly.FindStringSubmatch(rest); m != nil {
		if v := strings.TrimSpace(rePoliteTail.ReplaceAllString(m[1], "")); v != "" {
			rest = leadLabel(f) + "改成：" + v
		}
	}
	t.st.Pending = f
	return t.formInput(e, rest), true
}

// addLater leaves field f of e for last.
func (t *turn) addLater(e *contestbot.Entry, f slot) {
	if e != nil && e.ID != t.st.LaterEntry {
		t.st.Later, t.st.LaterEntry = nil, e.ID
	}
	if !slices.Contains(t.st.Later, f) {
		t.st.Later = append(t.st.Later, f)
	}
}

// reKnownAfter is why a value is not known yet: "剪完才知道", "定稿了才有".
var reKnownAfter = regexp.MustCompile(`^[^，,。]{0,8}(?:以后|之后|后|完|了)?才(?:知道|能定|能确定|定|有|出来|确定|清楚)(?:呢|啊|吧)?[。.!！]*$`)

// toDeferredOrg reads a bare organisation name typed at another step as
// the unit field left for last, when one is still empty ("郑州职业技术学院"
// at the 片名 after 推荐单位 was put off).
func (t *turn) toDeferredOrg(e *contestbot.Entry, s string) (string, bool) {
	v := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "。.!！"))
	p := t.st.Pending
	if t.nested || p == slot(contestbot.FieldUnit) || p == slot(contestbot.FieldProducer) || p.isRole() ||
		!isHanOnly(v) || contestbot.RuneLen(v) < 4 || contestbot.RuneLen(v) > 30 || !reOrgEnd.MatchString(v) || firstNamedField(compact(v)) != "" {
		return s, false
	}
	for _, f := range []slot{slot(contestbot.FieldUnit), slot(contestbot.FieldProducer)} {
		if slices.Contains(t.st.Later, f) && t.unfilled(e, f) {
			return f.label() + "：" + v, true
		}
	}
	return s, false
}

// reItemHold is a declaration named by number with what is said of it:
// "第3个这个不确定 我问问".
var reItemHold = regexp.MustCompile(`^(?:第)?([1-9一二三四五])(?:个|条|项|点)(.+)$`)

// itemsPutOff takes the declarations a message puts off by number ("1和2
// 应该是吧，第3个这个不确定 我问问，…"): they are left for last and the
// rest of the message is read as usual. It returns the rest and the line
// that says so.
func (t *turn) itemsPutOff(e *contestbot.Entry, s string) (string, string) {
	if t.nested || !t.st.Pending.eligibility() {
		return s, ""
	}
	open := openEligibility(t.c.season, e)
	var keep []string
	var put []string
	for _, cl := range splitClauses(s) {
		c := strings.TrimRight(strings.TrimSpace(cl), "，,。；;、 ")
		m := reItemHold.FindStringSubmatch(c)
		if m != nil {
			if n := atoiCN(m[1]); n >= 1 && n <= len(open) {
				if k := readHold(m[2]); k == holdUnsure || k == holdSkip {
					t.addLater(e, open[n-1])
					put = append(put, "第"+m[1]+"条")
					continue
				}
			}
		}
		keep = append(keep, c)
	}
	if len(put) == 0 || len(keep) == 0 {
		return s, ""
	}
	return strings.Join(keep, "，"), strings.Join(put, "、") + "等您问好了再告诉我，最后再确认。"
}

// s6-q (round 15, rp71): a field named with a hold, "电话先放放，片名叫《一张借书卡》": the named field is left
// for last (never read as its value) and the rest of the message is read as usual.

// reNamedHold is a clause that opens with a field's label and holds it: "电话先放放", "主创这块回头再说".
var reNamedHold = regexp.MustCompile(`^([\p{Han}]{1,6}?)(?:这个|这项|这块|这一项|的话|那个|那块)?((?:先|暂时|暂且|就)?(?:放放|放一放|放着|空着|跳过|不填|留空|别填|等等|(?:以后|回头|等会儿?|一会儿?|晚点|过会儿?|最后|后面)再(?:说|给|发|填|补|弄|告诉你|告诉您|发你)))(?:吧|呢|啊|哈|了|呗|嘛|再说|一下)*$`)

// namedPutOff takes the fields a message names and puts off. It returns
// the rest of the message and the line that says so; note is "" when
// nothing is put off.
func (t *turn) namedPutOff(e *contestbot.Entry, s string) (rest, note string) {
	if t.nested || t.st.Mode != modeForm || e == nil {
		return s, ""
	}
	var keep, put []string
	for _, cl := range splitClauses(s) {
		c := strings.TrimRight(strings.TrimSpace(cl), "，,。；;、 ")
		m := reNamedHold.FindStringSubmatch(bare(c))
		if m != nil {
			f := labelSlot(m[1])
			if f != "" && !f.eligibility() && t.unfilled(e, f) {
				t.addLater(e, f)
				put = appendNew(put, leadLabel(f))
				continue
			}
		}
		if _, promised := promiseOf(c); !promised && notYetField(c) != "" && t.unfilled(e, notYetField(c)) && !leavesInOwnWords(s) && !reLeaveToday.MatchString(compact(s)) {
			f := notYetField(c) // chatpaste.go promisedLater keeps the promises it reads ("时长还没定") // s12-f notyet.go: "电话等下我问问老师", "电话我还没拿到呢"
			t.addLater(e, f)
			put = appendNew(put, leadLabel(f))
			if f == t.st.Pending {
				keep = labelledOnly(keep) // the talk before it is about the field put off
			}
			continue
		}
		if f := t.st.Pending; len(splitClauses(s)) > 1 && f != "" && !f.eligibility() && !f.freeText() && f != slot(contestbot.FieldCopyright) && t.unfilled(e, f) && (readHold(c) == holdSkip || rePutOffLater.MatchString(bare(c))) {
			// s10-l (rp131): "大家都这么叫 先往下填吧 片名是钢轨上的先锋": a
			// put-off naming no field puts off the question asked; the talk
			// before it is about that question, never its value.
			t.addLater(e, f)
			put = appendNew(put, leadLabel(f))
			keep = labelledOnly(keep)
			continue
		}
		keep = append(keep, c)
	}
	if len(put) == 0 {
		return s, ""
	}
	if slices.Contains(put, leadLabel(t.st.Pending)) {
		t.st.Pending = "" // the rest is no answer to the field put off
	}
	return strings.Join(keep, "，"), "好的，" + strings.Join(put, "、") + "先空着，最后再问您；想好了随时直接发。"
}

// labelledOnly keeps the clauses that name a field: the talk about a
// question put off ("大家都这么叫") goes with it.
func labelledOnly(cls []string) []string {
	var out []string
	for _, c := range cls {
		if extract(c).labelled {
			out = append(out, c)
		}
	}
	return out
}

// rePutOffLater is "回头再说" beside values: alone it leaves the form
// (ownwords.go), beside values it puts off the question asked.
var rePutOffLater = regexp.MustCompile(`^(?:这个|这项|这块)?(?:回头|以后|晚点|过后|后面)再说(?:吧|哈|啊)?$`)
