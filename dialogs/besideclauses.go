package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s9-d: a value and a question in one message, read clause by clause. A
// message at a step of the form that carries values AND a question gets
// both in one reply: the value clauses are stored and echoed, the question
// clauses answered (rp111 p111b: "三尺讲台上的党员身影 对了我们是手机拍的竖屏
// 这样可以吗" at the 片名 step; rp112 p112b: "豫东农业职业技术学院，我是宣传科的。
// 先问下时长有没有硬性要求啊…" at the unit step; rp110 p110b: five 主创 roles
// beside "撰稿是啥 写文案的吗？"). A question is never a value: the clauses
// that ask, and the context they ask about, are kept off the form.
//
// bothacts.go (s6-c) splits a message once, at the first turn to asking;
// this reader takes every clause on its own, so values after the question,
// values on both sides of it and talk between them are read too.

// askClauses are the clauses of a message, cut at punctuation, at spaces
// between Han characters and where a clause turns to asking ("…竖屏对了问下…").
func askClauses(s string) []string {
	var out []string
	for _, cl := range splitClauses(s) {
		for {
			loc := reAskTurn.FindStringIndex(cl)
			if loc == nil || loc[0] == 0 {
				break
			}
			at := loc[0]
			for at > 0 { // "…。先问下", "我再问一下": the adverb goes with the question
				r, n := utf8.DecodeLastRuneInString(cl[:at])
				if !strings.ContainsRune("先再还我俺那就", r) {
					break
				}
				at -= n
			}
			if at == 0 {
				break
			}
			loc[0] = at
			if head := strings.TrimSpace(cl[:loc[0]]); head != "" {
				out = append(out, head)
			}
			cl = strings.TrimSpace(cl[loc[0]:])
		}
		if cl != "" {
			out = append(out, cl)
		}
	}
	return out
}

// reRhetorical is a question that states there is none: "动画哪来的摄影哈哈哈",
// "哪有什么摄影". It is talk beside a value, not a question to answer.
var reRhetorical = regexp.MustCompile(`哪来的|哪儿来的|哪里来的|哪有什么|哪有啥|哪来什么|哪来啥`)

// rhetorical reports whether cl asks nothing: a question that states
// there is none, said with laughter or without a question mark.
func rhetorical(cl string) bool {
	c := compact(cl)
	return reRhetorical.MatchString(c) && !strings.ContainsAny(cl, "?？") && !strings.HasSuffix(c, "吗")
}

// askingClause reports whether cl asks something (bothacts.go asks), a
// rhetorical question aside.
func askingClause(cl string) bool {
	c := strings.Trim(compact(cl), "，,。.！!？?~～ ")
	return asks(cl) && !rhetorical(cl) && contestbot.RuneLen(c) > 1 && !isChatter(c)
}

// splitAskClauses sorts the clauses of s into the ones that ask (with the
// clause a pointing-back question asks about, and the words after a turn
// to asking up to its question) and the rest. Both are in message order.
func splitAskClauses(s string) (rest, questions []string) {
	cls := askClauses(s)
	inQ := make([]bool, len(cls))
	for i, cl := range cls {
		if askingClause(cl) {
			inQ[i] = true
			if i > 0 && pointsBack(cl) { // "我们是手机拍的竖屏 这样可以吗"
				inQ[i-1] = true
			}
		}
	}
	// "对了我们是手机拍的竖屏 这样可以吗": a turn to asking opens a question
	// that runs to the clause that asks.
	for i, cl := range cls {
		if loc := reAskTurn.FindStringIndex(cl); loc == nil || loc[0] != 0 {
			continue
		}
		for j := i + 1; j < len(cls); j++ {
			if askingClause(cls[j]) {
				for k := i; k < j; k++ {
					inQ[k] = true
				}
				break
			}
		}
	}
	for i, cl := range cls {
		if inQ[i] {
			questions = append(questions, cl)
		} else {
			rest = append(rest, cl)
		}
	}
	return rest, questions
}

// besideTalk is a clause beside a question that is talk, not a value:
// chatter, laughter, a complaint or words to the bot.
func besideTalk(cl string) bool {
	c := compact(reLaughEnd.ReplaceAllString(cl, ""))
	return c == "" || isChatter(c) || onlyFiller(cl) || rhetorical(cl) || talkToBot(cl) != "" || hasComplaint(c) || isDenial(c) ||
		fillingTalk(cl)
}

// clausesBesideQuestion stores the values of a message that also asks, and
// answers what it asks, in one reply. It takes the message only when a
// clause of its own gives a clean value (its field's validators pass) and
// the question gets an answer; otherwise the older readers decide.
func (t *turn) clausesBesideQuestion(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested || pending == "" || pending == slot(contestbot.FieldCopyright) || pending.eligibility() || pending.freeText() ||
		t.c.deps.Knowledge == nil || t.st.Mode != modeForm {
		return "", false
	}
	if !asks(s) || extract(s).labelled && !strings.ContainsAny(s, " \n\t，,。；;！!？?") {
		return "", false
	}
	if _, ok := runOnAfterComplaint(s); ok { // runon.go: "怎么这么麻烦 一项一项问到啥时候 <values>"
		return "", false
	}
	rest, qs := splitAskClauses(s)
	if len(qs) == 0 || len(rest) == 0 {
		return "", false
	}
	q := joinClauses(qs)
	cq := compact(q)
	turned := reAskTurn.FindStringIndex(qs[0]) != nil && reAskTurn.FindStringIndex(qs[0])[0] == 0
	if reYouDo.MatchString(cq) || reCheckBackAsk.MatchString(cq) && !turned || reFillSelf.MatchString(cq) ||
		reFixWords.MatchString(cq) || hasComplaint(cq) || reRecordAsk.MatchString(cq) || reGivenBefore.MatchString(compact(s)) || reExampleWords.MatchString(compact(s)) {
		return "", false // a check-back, a correction, a complaint or an example is the readers' below
	}
	if !pending.eligibility() && asksWhetherCounts(joinSpacedHan(s)) && reFactAsk.MatchString(cq) {
		return "", false // factask.go: the facts beside "这种算公开发表吗" are the case it asks about
	}
	for _, ql := range qs {
		if r := t.tryFill(e, ql, pending); len(r.set) > 0 && len(r.errs) == 0 && len(r.soft) == 0 &&
			(extract(ql).labelled || !asks(strings.TrimRight(strings.TrimSpace(ql), "？?"))) {
			return "", false // "那就填同上？": a value asked back is the check-back readers'
		}
	}
	type read struct {
		cl string
		r  *fillResult
	}
	var reads []read
	cleanSlots := map[slot]bool{}
	for _, cl := range rest {
		if besideTalk(cl) {
			continue
		}
		if reFixWords.MatchString(compact(cl)) || reHedge.MatchString(compact(cl)) {
			return "", false // a correction or a guess beside a question: the readers below decide
		}
		r := t.tryFill(e, cl, pending)
		if len(r.set) == 0 && len(r.errs) == 0 && len(r.soft) == 0 {
			continue // talk that fills nothing
		}
		for _, x := range r.set {
			if x.freeText() && !extract(cl).labelled {
				return "", false // question words inside a story are the story's
			}
			if x.yesNo() && x != pending {
				return "", false // a fact beside a question is its context: the fact readers decide
			}
		}
		if len(r.set) > 0 && len(r.errs) == 0 && len(r.soft) == 0 {
			for _, x := range r.set {
				cleanSlots[x] = true
			}
		}
		reads = append(reads, read{cl, r})
	}
	var keep []string
	clean := len(cleanSlots) > 0
	for _, rd := range reads {
		if len(rd.r.set) == 0 && len(rd.r.soft) == len(rd.r.errs) && softFor(rd.r, cleanSlots) {
			continue // "豫东农业职业技术学院，我是宣传科的": a doubtful second value of a field given cleanly is talk about it
		}
		keep = append(keep, rd.cl)
	}
	if !clean {
		return "", false
	}
	v := joinClauses(keep)
	if r := t.tryFill(e, v, pending); len(r.set) == 0 {
		return "", false
	}
	a := ""
	if firstNamedField(cq) != "" { // "撰稿是啥 写文案的吗": what the field means
		a = t.talkAnswer(q, pending)
	}
	if a == "" {
		a = t.besideAnswer(q, v)
	}
	if a == "" {
		a = t.besideAnswer(v+"，"+q, v) // "我们这个3分05秒 填上去会不会不让报"
	}
	if a == "" {
		a = t.talkAnswer(q, pending)
	}
	if a == "" || strings.HasPrefix(a, genericNotInNotice) || strings.Contains(a, "回答不了") {
		return "", false // a question not understood: the readers below decide
	}
	return a + "\n\n" + t.formRest(e, v), true
}

var (
	// reGivenBefore points at a value given before: "推荐单位我前面已经说过是X，请问是没有记录上吗"
	// (ownrecord.go reRecordAsk reads the asking half).
	reGivenBefore = regexp.MustCompile(`前面已经说|前面说过|刚才说过|已经说过|说过了`)
	// reExampleWords give an example: the values in it are the example's, not the form's.
	reExampleWords = regexp.MustCompile(`比如|比方说|例如|举个例子|假如|假设|如果`)
)

// softFor reports whether every doubtful value of r is for one of slots.
func softFor(r *fillResult, slots map[slot]bool) bool {
	for _, x := range r.soft {
		if !slots[x.slot] {
			return false
		}
	}
	return len(r.soft) > 0
}

// questionAfterNote reads what follows a note already taken ("内容简介稍后
// 发送。另请教一个问题：我院第二部作品部分画面采用AI生成，是否符合参赛要求…",
// rp110 p110a msg 5): when it asks, the facts in it are the question's
// context, never a declaration for this work. The question is answered;
// value clauses beside it are stored as clausesBesideQuestion stores them.
func (t *turn) questionAfterNote(e *contestbot.Entry, rest string) (string, bool) {
	if t.nested || !asks(rest) {
		return "", false
	}
	pending := t.st.Pending
	if out, ok := t.clausesBesideQuestion(e, rest, pending); ok {
		return out, true
	}
	vals, qs := splitAskClauses(rest)
	if len(qs) == 0 {
		return "", false
	}
	for _, cl := range vals {
		if r := t.tryFill(e, cl, pending); len(r.set) > 0 && !besideTalk(cl) {
			return "", false // a value the readers below take
		}
	}
	a := t.talkAnswer(joinClauses(qs), "")
	if a == "" || strings.HasPrefix(a, genericNotInNotice) {
		if b := t.ask(rest, true); b != "" && !strings.HasPrefix(b, genericNotInNotice) {
			a = b
		}
	}
	if a == "" {
		return "", false
	}
	return t.withPending(a), true
}
