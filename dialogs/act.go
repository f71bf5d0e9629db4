package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// formAct acts on a message that is not (only) values while a form is open:
// a look at the draft, leaving for now, a question about a field, a
// complaint about what was stored, a request the bot cannot do. ok is false
// when the message is values or an answer for fill.
func (t *turn) formAct(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if t.nested {
		return "", false // the rest of a message already interpreted: values only
	}
	rd := interpret(s)
	if pending == slot(contestbot.FieldCategory) && isQuestion(s) {
		// "那从录像里剪出来的算视频切片不": what the category is, and how to pick it.
		named := 0
		pick := ""
		for i, c := range t.c.season.Categories {
			if strings.Contains(strings.ToLower(s), strings.ToLower(c)) {
				named++
				pick = fmt.Sprintf("要选“%s”请回复%d。", c, i+1)
			}
		}
		if named == 1 {
			return reask(meaning(pending) + pick), true
		}
	}
	// fc(k): a question naming two options is answered, not taken as the choice (choiceask.go).
	if a, ok := t.choiceQuestion(s, pending); ok {
		return reask(a), true
	}
	switch rd.act {
	case actView:
		if rest := strings.TrimSpace(rd.rest); rest != "" && !isChatter(compact(rest)) && !isQuestion(rest) && talkToBot(rest) == "" {
			// e1: "就写…图书馆，你刚才记的是啥": the value is stored, then the draft shown.
			r := t.formRest(e, rest)
			return t.summary(e) + "\n\n" + r, true
		}
		return reask(t.summary(e)), true
	case actResume:
		return t.resume(), true
	case actLeave:
		if pending == slot(contestbot.FieldCopyright) && consentLast(s) {
			return "", false // s5-g2: "……行吧，那就先这样，确认" at the summary confirms (confirm.go)
		}
		return t.leave(e), true
	case actRequest:
		return reask("这个需要您自己来写，我只按原样记录，不替您改写。写好后直接发给我就行。"), true
	case actAskField:
		ans := fieldMeaning(t.c.season, e, rd.field)
		if rd.brief {
			ans = rd.field.label() + "：" + meaning(rd.field)
			if rd.field != pending && rd.field != slotCreators && !rd.field.eligibility() && !rd.field.yesNo() {
				// e1: "撰稿就是写稿子的人对吧，那就写马丽娜" at another step: the value goes to the field named.
				t.st.Pending = rd.field
			}
		}
		rest := strings.TrimSpace(rd.rest)
		switch {
		case rest == "" || isChatter(compact(rest)):
		case isQuestion(rest):
			if a := t.midFormAnswer(rest, pending); a != "" {
				ans += "\n" + a
			}
		default:
			// "推荐单位是啥意思 俺们就是周口职业技术学院": the value is taken too.
			if rest = notAsking(rest); rest == "" { // s7-g mixedacts.go: "是拍片子的人还是学校" asks, it is no value
				break
			}
			return ans + "\n\n" + t.formRest(e, rest), true
		}
		return reask(ans), true
	case actComplaint:
		return t.complaint(e, rd, pending, reask), true
	case actRemoveText:
		p := textPtr(e, rd.field)
		if p == nil || rd.text == "" || !strings.Contains(*p, rd.text) {
			return reask(fmt.Sprintf("%s里没有“%s”，没有改动。现在是：%s", rd.field.label(), rd.text, display(t.c.season, e, rd.field))), true
		}
		synopsisSummary := rd.field == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis
		*p = strings.TrimSpace(strings.Replace(*p, rd.text, "", 1))
		if synopsisSummary && contestbot.RuneLen(e.Synopsis) <= contestbot.MaxSummaryRunes {
			e.Summary = e.Synopsis
		}
		t.touch(e)
		head := fmt.Sprintf("好的，已去掉“%s”，%s现在是：%s", rd.text, rd.field.label(), display(t.c.season, e, rd.field))
		if t.st.Mode == modeEdit || pending == slot(contestbot.FieldCopyright) {
			t.event(e, "用户修改："+rd.field.label())
			return head + "\n\n" + t.question(e, slot(contestbot.FieldCopyright)), true
		}
		return reask(head), true
	}
	return "", false
}

// complaint takes back the answer stored last when the user says it was
// wrong, and reads what else the message carries.
func (t *turn) complaint(e *contestbot.Entry, rd reading, pending slot, reask func(string) string) string {
	head := "抱歉，是我理解错了。"
	u := t.undo
	if u != nil && rd.field == "" && rd.other == "" && !reStoredWords.MatchString(rd.msg) && freeTextProblem(u.Text) == "" && (rd.asked != "" || isQuestion(rd.rest) || askedYesNo(rd.rest)) &&
		!strings.ContainsAny(rd.msg, "“”\"") && !extract(rd.rest).labelled {
		// "我是问预告片那个算不算公开发表，你还没回答我": about a question not
		// answered, not about the value stored last, which is kept.
		u = nil
	}
	if u != nil && (rd.field == "" || rd.field == u.Slot || (rd.field == slotCreators && u.Slot.isRole())) {
		if p := textPtr(e, u.Slot); p != nil {
			*p = u.Old
			if u.Slot.isRole() && u.Old == "" {
				t.st.unmarkRole(u.Slot)
				e.CreatorsDone = false
			}
			t.touch(e)
			head += "刚才记在" + u.Slot.label() + "里的内容已经撤回。"
		}
		t.undo = nil
		if rd.other != "" && rd.other != u.Slot && rd.rest == "" {
			// "不是内容简介，是主创人员名单": the text goes where it was meant;
			// "刚才那句不是简介" names no other field, and the text is gone (s10-i).
			r := t.fill(e, u.Text, rd.other)
			if a := ack(t.c.season, e, r); a != "" {
				head += "\n" + a
			}
			head += strings.Join(r.errs, "\n")
		}
		t.st.Pending = t.next(e)
		if u.Slot.isRole() || u.Slot == pending || t.st.Pending == u.Slot {
			t.st.Pending = u.Slot
		}
		pending = t.st.Pending
	} else if rd.field != "" && rd.field != pending {
		t.st.Pending = rd.field
		pending = rd.field
	}
	tookBack := false
	if u == nil && rd.field == "" { // e1: factask.go, "不是，我是问问" after a refusal
		if h, ok := t.takeBackRefusal(e, pending); ok {
			head += h
			pending, tookBack = t.st.Pending, true
		}
	}
	rest := resentText(strings.TrimSpace(rd.rest), pending) // s6-c bothacts.go: "摘要俺重新发 <text>" sends the text again
	if tookBack && (isDenial(rest) || oneOf(answerWords(rest), "不是", "不对", "不", "没有")) {
		rest = "" // "不是，我是问问": the 不是 denies the store taken back
	}
	if u == nil && rest != "" && !tookBack {
		head = "" // nothing to take back: the rest is what counts
	}
	if u == nil && !tookBack && (rd.asked != "" || isQuestion(rest) || askedYesNo(rest)) {
		head = "" // s8-d: nothing undone, a question answered (p92b "啥叫摘要 跟简介有啥不一样"): no apology
	}
	if q := rd.asked + rest; (rd.asked != "" || isQuestion(rest) || askedYesNo(rest)) && !extract(rest).labelled && (rest == "" || isChatter(compact(rest)) || isQuestion(rest) || askedYesNo(rest) || talkToBot(rest) != "") {
		// "我是问预告片那个算不算公开发表，你还没回答我": answer it.
		if a := t.talkAnswer(q, pending); a != "" {
			return strings.TrimSpace(head + "\n" + a + "\n\n" + t.question(e, pending))
		}
	}
	if rest != "" && !isChatter(compact(rest)) && !(talkToBot(rest) != "" && !extract(rest).labelled) {
		if t.st.Prev != "" && !extract(rest).labelled && u == nil && rd.field == "" && !pending.eligibility() {
			// "不是，就是中共…委员会": a new value for the answer given last.
			t.st.Pending = t.st.Prev
		}
		return strings.TrimSpace(head + "\n" + t.formRest(e, rest))
	}
	return strings.TrimSpace(head + "\n\n" + t.question(e, pending))
}

// reStoredWords says the bot stored something wrongly: "记成", "记进去", "当成".
var reStoredWords = regexp.MustCompile(`记成|记进|记上|记到|记错|当成|当作|写成|写进|填成|填进|存成|放到|放进|撤回|删掉|去掉`)

// fieldMeaning answers "X是啥意思": what the field is for and an example.
func fieldMeaning(season *contestbot.Season, e *contestbot.Entry, s slot) string {
	if s == "" {
		return "有什么想问的直接问我。"
	}
	msg := s.label() + "：" + meaning(s)
	if w := why(season, s); w != "" {
		msg += w
	}
	if ex := exampleText(s); ex != "" {
		msg += ex
	}
	return msg
}

// formRest reads what is left of a message once its act is taken off, as
// values and answers only.
func (t *turn) formRest(e *contestbot.Entry, rest string) string {
	was := t.nested
	t.nested = true
	defer func() { t.nested = was }()
	return t.formInput(e, rest)
}

// leave stops the form for now: the draft is kept, and the reply says how
// to come back.
func (t *turn) leave(e *contestbot.Entry) string {
	n := len(t.leftItems(e)) // s8-b progress.go: the one count
	t.st.Mode, t.st.Pending, t.st.Prev, t.st.Undo = modeIdle, "", "", nil
	if e.Status != contestbot.StatusDraft {
		return "好的，改动都已保存。"
	}
	return fmt.Sprintf("好的，已保存《%s》，还差%d项。随时回来发“继续报名”，或者直接发要填的内容就行。", e.DisplayTitle(), n)
}
