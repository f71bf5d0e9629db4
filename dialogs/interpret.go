package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file reads what a message does before any of it is stored: a
// question about a field, a complaint about what the bot did, leaving for
// now, a request the bot cannot do, a look at the draft. Each reading has a
// confidence; the form acts on one reading and never stores a question, a
// complaint or a command as a value.

// act is one thing a message may do.
type act int

const (
	actNone       act = iota
	actAskField       // "制作单位是啥意思", "推荐单位写全称还是党委名称"
	actComplaint      // "你咋又把我整句话都记进去了", "刚才那段不是内容简介"
	actLeave          // "先这样，我明天再弄"
	actRequest        // "你帮我缩一下呗": something the bot cannot do
	actView           // "先把目前填的内容发我看一下"
	actResume         // "上次那个报名接着弄"
	actRemoveText     // "内容摘要前面多了“摘要另写：”这几个字，去掉"
)

// reading is one interpretation of a message.
type reading struct {
	act        act
	confidence float64
	field      slot   // the field a question or complaint names
	other      slot   // "不是内容简介，是主创人员名单": the field meant instead
	text       string // the words to take out of field (actRemoveText)
	rest       string // the clauses left once the act's own clauses are removed
	msg        string // the whole message, compacted (complaints)
	asked      string // the question a complaint repeats ("我是问…算不算…")
	brief      bool   // a check-back ("撰稿就是写稿子的人对吧"): answer with the meaning only
}

var (
	// A question about a field: the label followed by one of these.
	reFieldAsk = regexp.MustCompile(`(?:是)?(?:啥意思|什么意思|啥意思呀|是啥|是什么|指什么|指啥|指的是什么|指的是啥|什么东西|啥东西|` +
		`(?:跟|和|与)[^，,。？?]{1,8}(?:有啥|有什么|啥|什么)?(?:区别|不一样|不同)|有啥区别|有什么区别|啥区别|什么区别|` +
		`(?:怎么|咋|如何)(?:填|写)|(?:填|写)(?:啥|什么|谁|哪个)|(?:写|填)[^，,。]{1,12}还是[^，,。]{1,12})`)
	// Complaint words: the user says the bot got something wrong.
	complaintWords = []string{"你咋", "咋又", "怎么又", "你怎么", "你这咋", "你这是", "记进去", "记上了", "给记上", "都给记", "改坏", "被你",
		"不是让你", "你都没", "咋成这", "怎么成这", "咋变成", "怎么变成了", "咋是这", "怎么是这", "咋成了这", "你没问", "没问我", "俩字", "两个字", "几个字", "我是问", "俺是问", "我问的是", "俺问的是", "我是在问", "俺是在问", "我是说", "俺是说", "我没说", "我还没说", "又错了", "又记错", "记错了", "搞错了吧"}
	// Leaving for now, to come back later.
	reLeave = regexp.MustCompile(`(?:先这样|先到这|先这些|先写到这|先填到这|先弄到这|(?:明天|明儿|回头|改天|晚点|晚些|等会儿?|一会儿?|过会儿?|稍后|下次|有空|下午|晚上)(?:再|接着|继续)(?:弄|填|写|报|说|来|补)?|` +
		`先不填了|先不弄了|我先忙|先忙了|先去忙|先下了|先撤了|有事先走|` +
		// s11-f: a return time with the verb and no 再, at the end: "我先去上课了 回头弄".
		`(?:回头|明天|明儿|改天|晚点|晚些|稍后|下次|有空)(?:弄|填|写|补)(?:吧|哈|啊|呀)?$)`)
	// A request for the bot to write or change text for the user.
	reRequest = regexp.MustCompile(`(?:你|您)?(?:帮我|帮俺|给我|替我|帮忙|帮我们)(?:把[^，,。]{0,8})?(?:缩|精简|压缩|改短|概括|总结|润色|写|编|想|起|拟|改写|优化)`)
	// Looking at the draft.
	viewPhrases = []string{"目前填的", "已经填的", "填了什么", "填了哪些", "填的内容", "填好的内容", "看一下填的", "看看填的", "发我看", "给我看", "让我看",
		"看一下目前", "看看目前", "现在填了", "看一下现在", "看看现在", "看下填的", "看下目前"}
	// Resuming a draft in everyday words.
	reResumeLoose = regexp.MustCompile(`(?:上次|之前|昨天|前天|刚才|那个)[^，,。？?]{0,8}(?:接着|继续)(?:弄|填|报|写|来)?|(?:接着|继续)(?:弄|填|报|写)?(?:上次|之前|昨天|前天)[^，,。？?]{0,6}(?:弄|填|报|写)?`)
	// "不是内容简介，是主创人员名单": the field named wrongly and the one meant.
	reNotField = regexp.MustCompile(`不是([^，,。！!？?]{1,8}?)[，,、\s]*(?:而)?是([^，,。！!？?]{1,10})`)
)

// reFieldWrong is a message that starts by naming a field as wrong:
// "片名不对，…", "摘要错了".
var reFieldWrong = regexp.MustCompile(`^(内容简介|简介|内容摘要|摘要|片名|作品名称|推荐单位|制作单位|联系人|联系电话|电话|时长|分类|监制|编导|导演|撰稿|摄影|剪辑)(?:又|也|还)?(?:不对|错了|有误|写错了|记错了|弄错了)`)

// interpret reads the acts of a message typed while a form is open. It
// returns the most likely reading; actNone means "values or an answer".
func interpret(s string) reading {
	if r, ok := ownWordsReading(s); ok { // ownwords.go: "算了 先不报了", "刚才填的还在吗"
		return r
	}
	if rest, ok := readBack(s); ok { // e1: readback.go, "你刚才记的是啥" at any step
		return reading{act: actView, confidence: 0.9, rest: rest}
	}
	if f, rest, ok := checkBack(s); ok { // e1: readback.go, "撰稿就是写稿子的人对吧，那就写马丽娜"
		return reading{act: actAskField, confidence: 0.9, field: f, rest: rest, brief: true}
	}
	c := compact(s)
	clauses := splitClauses(s)
	if m := submatchOriginal(reRemoveText, s); m != nil {
		f := labelSlot(m[1] + m[4])
		if f != "" {
			return reading{act: actRemoveText, confidence: 0.9, field: f, text: m[2] + m[3] + m[5]}
		}
	}
	// A complaint: its clauses go; what is left may carry values.
	if hasComplaint(c) || deniesStored(s) {
		r := reading{act: actComplaint, confidence: 0.8, msg: c}
		if m := reNotField.FindStringSubmatch(c); m != nil {
			r.field = labelSlot(m[1])
			r.other = labelSlot(m[2])
			if r.field != "" {
				r.confidence = 0.95
			}
		}
		if m := reFieldWrong.FindStringSubmatch(c); m != nil && r.field == "" {
			// "片名不对，是《…》，前面还有几个字": the field named is wrong,
			// not the answer stored last.
			r.field = labelSlot(m[1])
			r.other = r.field
		}
		if ex := extract(s); r.field == "" && ex.labelled && ex.firstLabel == 0 && len(ex.values) > 0 && reLabelChange.MatchString(c) {
			// "片名改成《…》，前面还有几个字" (a named correction rewritten).
			r.field = slot(strings.TrimSuffix(string(ex.values[0].slot), "!"))
			r.other = r.field
		}
		if r.field == "" {
			// "你上面那个摘要前面多了几个字": the complaint is about the field it names.
			r.field = firstNamedField(c)
			if r.field != "" && r.rest == "" {
				r.other = r.field
			}
		}
		var keep []string
		for _, cl := range clauses {
			cc := compact(cl)
			if hasComplaint(cc) && (strings.ContainsAny(cl, "?？") || askedYesNo(cl) || asksRule(afterComplaint(cl))) && !strings.ContainsAny(cl, "“”\"") {
				r.asked += cl // s10-i: "我问的是汇总表谁签字" repeats a question without "？"
			}
			if hasComplaint(cc) {
				// "我是说联系电话改成137…": the complaint words go, a value stays.
				if rest := afterComplaint(cl); rest != "" && extract(rest).labelled && !reStoredWords.MatchString(rest) {
					keep = append(keep, rest)
				}
				continue
			}
			if reNotField.MatchString(cc) || isChatter(cc) || deniesStoredClause(cc) || (strings.HasPrefix(cc, "不是") && labelSlot(strings.TrimPrefix(cc, "不是")) != "" && contestbot.RuneLen(cc) <= 8) {
				continue // "不是简介": names the field it is not
			}
			keep = append(keep, cl)
		}
		r.rest = joinClauses(keep)
		return r
	}
	if m := reNotField.FindStringSubmatch(c); m != nil && strings.Contains(c, "刚才") {
		if f := labelSlot(m[1]); f != "" {
			var keep []string
			for _, cl := range clauses {
				cc := compact(cl)
				if reNotField.MatchString(cc) || isChatter(cc) || strings.HasPrefix(cc, "是") && labelSlot(cc) != "" && !extract(cl).labelled {
					continue
				}
				keep = append(keep, cl)
			}
			return reading{act: actComplaint, confidence: 0.9, field: f, other: labelSlot(m[2]), rest: joinClauses(keep)}
		}
	}
	if containsAny(c, viewPhrases...) && !containsAny(c, changeVerbs...) || asksToViewFormal(c) { // s6-i viewformal.go: "烦请将目前已登记之内容完整列出"
		return reading{act: actView, confidence: 0.9}
	}
	if reRequest.MatchString(c) && contestbot.RuneLen(c) <= 25 {
		return reading{act: actRequest, confidence: 0.85}
	}
	if reLeave.MatchString(c) && contestbot.RuneLen(c) <= 25 && !consentLast(s) { // s5-g6: "行吧，那就先这样，确认" confirms (rp51 p51b)
		// "简介我得找一下文档，先这样，我明天再弄": a field named in passing is no value.
		real := 0
		for _, v := range extract(s).values {
			if !v.slot.freeText() || freeTextProblem(v.raw) == "" && !reLeave.MatchString(compact(v.raw)) {
				real++
			}
		}
		if real == 0 {
			return reading{act: actLeave, confidence: 0.9}
		}
	}
	if reResumeLoose.MatchString(c) && contestbot.RuneLen(c) <= 20 && !isQuestion(s) {
		return reading{act: actResume, confidence: 0.85}
	}
	// A question about a field, maybe beside a value in another clause
	// ("推荐单位是啥意思 俺们就是周口职业技术学院").
	var asked slot
	var keep []string
	for _, cl := range clauses {
		if f, ok := fieldQuestion(cl); ok {
			if asked == "" {
				asked = f
			}
			continue
		}
		keep = append(keep, cl)
	}
	if asked != "" {
		return reading{act: actAskField, confidence: 0.9, field: asked, rest: joinClauses(keep)}
	}
	return reading{act: actNone, confidence: 0.5}
}

// fieldQuestion reports whether a clause asks what a field means or how to
// fill it, and which field.
func fieldQuestion(cl string) (slot, bool) {
	c := compact(cl)
	if c == "" {
		return "", false
	}
	loc := reFieldAsk.FindStringIndex(c)
	if loc == nil {
		return "", false
	}
	// The field is the label before the question words.
	before := c[:loc[0]]
	for _, d := range labelDefs {
		if i := strings.Index(before, strings.ToLower(d.word)); i >= 0 {
			if d.weak && ownedByOther(before[:i]) {
				continue // s11-c: "邮件标题咋写" asks about the mail, not the 片名
			}
			f := slot(strings.TrimSuffix(string(d.slot), "!"))
			return f, true
		}
	}
	return "", false
}

// otherOwners are things with a title or name of their own that is no
// field of the form: the e-mail, a file, an attachment.
var otherOwners = []string{"邮件", "邮箱", "文件", "附件", "压缩包", "文件夹"}

// ownedByOther reports whether the text before a weak label word ends with
// a thing it belongs to that is not the work ("邮件标题", "文件的名字"): the
// word names that thing's title, which the knowledge answers (s11-c, rp136
// q43: "邮件标题咋写" was answered with what a 片名 is).
func ownedByOther(before string) bool {
	before = strings.TrimSuffix(before, "的")
	for _, o := range otherOwners {
		if strings.HasSuffix(before, o) {
			return true
		}
	}
	return false
}

// labelSlot is the slot a label word names ("内容简介" → synopsis), or "".
func labelSlot(w string) slot {
	w = strings.ToLower(strings.TrimSpace(w))
	for _, d := range labelDefs {
		if strings.Contains(w, strings.ToLower(d.word)) {
			return slot(strings.TrimSuffix(string(d.slot), "!"))
		}
	}
	return ""
}

func hasComplaint(c string) bool {
	// "啥叫“…”？" only at the start: "讲述什么叫初心的故事" is a 简介.
	return containsAny(c, complaintWords...) || strings.HasPrefix(c, "啥叫") || strings.HasPrefix(c, "什么叫") ||
		reNotThisText.MatchString(c) || complaintClause(c) // s5-g1 notstory.go: "这也不是简介啊", "别记", "那个不对 删了"
}

// deniesStoredClause reports whether a clause (compacted) says the value
// stored is not the field it went to: "那个不是摘要", "刚才那句不是简介",
// "这不是片名". s10-i: said beside a question ("那个不是摘要 我问的是汇总表谁
// 签字"), the message is a complaint too; the compacted whole message ran
// the clause into the question and was read as neither.
func deniesStoredClause(cc string) bool {
	if reNotThisText.MatchString(cc) {
		return true
	}
	m := reNotThisField.FindStringSubmatch(cc)
	return m != nil && labelSlot(m[1]) != ""
}

// deniesStored reports whether a clause of s is such a denial.
func deniesStored(s string) bool {
	for _, cl := range splitClauses(s) {
		if deniesStoredClause(compact(cl)) {
			return true
		}
	}
	return false
}

// isChatter is a clause that carries nothing: an interjection or thanks.
func isChatter(c string) bool {
	c = strings.Trim(c, "，,。.！!？?~～ ")
	switch c {
	case "", "中了中了", "中了", "中", "好吧", "行吧", "唉", "哎", "额", "呃", "啊这", "不对不对", "不对", "啥", "啊", "嗯", "哦", "好的", "谢谢", "谢谢您", "麻烦您了", "辛苦了", "辛苦您了":
		return true
	}
	return interjection(c) // s9-i interjection.go: "等下 插一句"
}

// splitClauses cuts a message at sentence and clause punctuation and at
// spaces between Han characters ("推荐单位是啥意思 俺们就是周口职业技术学院").
func splitClauses(s string) []string {
	return splitOutside(s, true, func(rs []rune, i int) bool {
		r := rs[i]
		return strings.ContainsRune("，,。；;！!？?\n\t", r) || r == ' ' && i > 0 && i+1 < len(rs) && isHan(rs[i-1]) && isHan(rs[i+1])
	})
}

// splitOutside cuts s where cut says, outside 《》 and quotation marks, and
// trims the parts; keepCut keeps the cutting rune at the end of its part.
func splitOutside(s string, keepCut bool, cut func(rs []rune, i int) bool) []string {
	var out []string
	rs := []rune(s)
	start, depth := 0, 0
	emit := func(end int) {
		if p := strings.TrimSpace(string(rs[start:end])); p != "" {
			out = append(out, p)
		}
	}
	for i, r := range rs {
		switch {
		case strings.ContainsRune("《“「『", r):
			depth++
			continue
		case strings.ContainsRune("》”」』", r) && depth > 0:
			depth--
			continue
		}
		if depth == 0 && cut(rs, i) {
			if keepCut {
				emit(i + 1)
			} else {
				emit(i)
			}
			start = i + 1
		}
	}
	emit(len(rs))
	return out
}

func isHan(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

// reNamedFix is a correction of a named field in everyday words:
// "电话刚才输错了，应该是13782105816", "片名不对，片名就是：…".
var reNamedFix = func() *regexp.Regexp {
	var ws []string
	for _, d := range labelDefs {
		if !d.weak && !strings.HasSuffix(string(d.slot), "!") && !strings.HasPrefix(d.word, "是否") {
			ws = append(ws, regexp.QuoteMeta(d.word))
		}
	}
	return regexp.MustCompile(`^(` + strings.Join(ws, "|") + `)(?:那|那个|这|这个|那里|那块|这块|那儿|这儿)?(?:我|俺|我们|俺们)?(?:刚才|之前|前面|上面)?(?:的)?(?:输|写|填|打|说|记|弄)?(?:错了|错|不对)[，,。!！\s]*(?:(?:` +
		strings.Join(ws, "|") + `)?(?:应该|应|就)?(?:是|为|改成|改为|换成|用)[:：\s]*)?(.+)$`)
}()

// namedCorrection rewrites "电话刚才输错了，应该是137…" as "电话改成137…", so
// the value goes to the field named, not to the question pending.
func namedCorrection(s string) string {
	m := submatchOriginal(reNamedFix, strings.TrimSpace(s))
	if m == nil || strings.TrimSpace(m[2]) == "" || isFiller(m[2]) {
		return s
	}
	v := strings.TrimSpace(m[2])
	if cls := splitClauses(v); len(cls) > 1 {
		// "剪辑那不对 俩人俩字去了 就是张磊、赵鹏": the clause that gives
		// the value wins over the talk before it.
		last := strings.TrimSpace(cls[len(cls)-1])
		if loc := reFixValueLead.FindStringIndex(last); loc != nil && loc[1] < len(last) {
			v = last[loc[1]:]
		}
	}
	if isQuestion(v) || askedYesNo(v) {
		return s // "片名填错了咋办": a question how to edit, no new value
	}
	return m[1] + "改成" + v
}

// reFixValueLead opens the clause of a correction that gives the value.
var reFixValueLead = regexp.MustCompile(`^(?:应该是|应该为|应为|就是|其实是|正确的是|改成|改为|换成)[:：\s]*`)

// consents reports whether a message confirms and does nothing else: "确认",
// "好的，核对无误，确认。辛苦您了", a bare "是" or "对", and in formal words
// "经核无误，予以确认。" (s5-f4). A message that also asks, corrects or tells
// something ("对，今年9月拍的") is no consent. It is the one consent reader:
// short answers here, the rest in consentsAmidChatter (confirm.go).
func consents(s string) bool {
	if isQuestion(s) {
		return false
	}
	c := bare(s)
	if c == "" || containsAny(c, "不确认", "不同意", "不对", "不提交", "先别", "等等", "等一下", "还没", "再看") {
		return false
	}
	if oneOf(c, "是", "是的", "对", "对的", "好", "好的", "嗯", "可以", "行", "ok", "okay", "yes", "同意", "没问题", "无误", "正确", "没错", "都对") {
		return true
	}
	if agreesOnly(s) { // agree.go: "嗯嗯是的👌", "没问题哈"
		return true
	}
	return consentsAmidChatter(s)
}

// reRemoveText asks to take words out of a field: "内容摘要前面多了“摘要另写：”这几个字，
// 去掉", "把片名里的“暂定”去掉", "去掉简介里的“（暂定）”".
var reRemoveText = regexp.MustCompile(`^(?:把|将)?([^“"「]{1,8}?)(?:里|中|前面|开头|后面|末尾|最后)?(?:的|多了|多出)?\s*(?:[“"「]([^”"」]+)[”"」]|‘([^’]+)’)[^，,。]{0,8}[，,]?\s*(?:去掉|删掉|删除|不要|去除)(?:吧|了)?[。.!！]?$|^(?:去掉|删掉|删除)([^“"「]{1,8}?)(?:里|中)?的[“"「]([^”"」]+)[”"」]`)

// afterComplaint is what follows the last complaint word of a clause.
func afterComplaint(cl string) string {
	best := -1
	for _, w := range complaintWords {
		if i := strings.LastIndex(cl, w); i >= 0 && i+len(w) > best {
			best = i + len(w)
		}
	}
	if best < 0 {
		return ""
	}
	return strings.Trim(cl[best:], " ，,。：:！!？?")
}

// firstNamedField is the field whose label word comes first in c, or "".
func firstNamedField(c string) slot {
	best, at := slot(""), len(c)+1
	for _, d := range labelDefs {
		if d.weak || strings.HasPrefix(d.word, "是否") {
			continue
		}
		if i := strings.Index(c, strings.ToLower(d.word)); i >= 0 && (i < at || i == at && len(d.word) > 0) && latinWordAt(c, i, d.word) { // s5-f4
			best, at = slot(strings.TrimSuffix(string(d.slot), "!")), i
		}
	}
	return best
}

// joinClauses puts clauses of splitClauses back together as typed: each
// keeps its own punctuation, and clauses cut at a space get the space back.
func joinClauses(cls []string) string {
	var b strings.Builder
	for i, c := range cls {
		if i > 0 {
			prev := []rune(cls[i-1])
			if len(prev) > 0 && !strings.ContainsRune("，,。；;！!？?\n\t", prev[len(prev)-1]) {
				b.WriteString(" ")
			}
		}
		b.WriteString(c)
	}
	return b.String()
}
