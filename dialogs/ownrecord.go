package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s8-f (issue #10, round 19, rp91 p91b): coming back to a saved draft and
// asking about it in one's own words: "接着弄刚才那个 我前面都填了啥来着",
// "不是 我是说刚才报名填的那个 填到哪了", "请问是没有记录上吗". Each clause
// is a wish to go on, a question about what the record holds, a pointer at
// the draft or chatter; together they resume the draft and show the values
// filled, short. They were answered as contest questions ("通知中没有说明").

var (
	// reRecordAsk is a question about what the record holds or where the
	// form stopped: 填到哪了, 填了啥, 记录上了吗, 没记上吗, 还差啥, 发我看看.
	// One pattern serves resuming (recordClause) and the free-text gate.
	reRecordAsk = regexp.MustCompile(`(?:填|弄|写|报)到哪(?:儿|里|一步|一项)?(?:了)?|到哪(?:儿|里)了|` +
		`(?:填|写|记|报)(?:了|的)(?:些)?(?:啥|什么|哪些|哪几项)|` +
		`(?:是|是不是|有没有)?(?:没有?)?(?:记|录|登记|存|保存)(?:录)?(?:上|下|进去)(?:了)?(?:吗|么|没有?|不)?$|` +
		`还差(?:什么|啥|哪些|哪几项|几项|多少)|` +
		// s8-d textgate.go: the same questions as a free-text step meets them.
		`(?:填|写|记|录)(?:了|的|过)(?:哪些|哪几项|些啥|些什么|啥|什么)|` +
		`(?:没有?|没)(?:记录|记|录|存|保存|填)(?:上|下|进去|好)|(?:记|录|存|填)(?:上|下|进去|好)(?:了)?(?:吗|么|没|没有)|` +
		`(?:发|给)我(?:看看|看一下|瞅瞅)|(?:看看|看一下|瞅瞅)(?:我|目前|现在)?(?:都)?(?:填|写)的`)
	// reRecordLead opens a clause that restates what the user meant: "我是说", "俺是问".
	reRecordLead = regexp.MustCompile(`^(?:不是|不对)?(?:我|俺)?(?:是|就是)?(?:说|问|讲)(?:的是)?`)
	// reRecordTalk is what may stand around: time words, pointers at the
	// draft, particles. reResumeTalk holds most of them.
	reRecordTalk = regexp.MustCompile(`前面|前边|之前|刚刚|刚才|都|已经|来着|请问|问一下|想问|一下|到底|究竟|现在|目前|吗|么|嘛|没有?`)
)

// recordClauseKind sorts one clause of a question about the own record.
type recordClauseKind int

const (
	recordOther  recordClauseKind = iota
	recordAsk                     // asks what is filled or where it stopped
	recordResume                  // wants to go on
	recordTalk                    // points at the draft, denies, chats
)

// recordClause sorts one clause.
func recordClause(cl string) recordClauseKind {
	c := bareNoSymbols(cl)
	if c == "" || isChatter(c) || isDenial(cl) || oneOf(c, "不是", "不对", "不是不是") {
		return recordTalk
	}
	if contestbot.RuneLen(c) > 24 || extract(cl).labelled {
		return recordOther
	}
	c = reRecordLead.ReplaceAllString(c, "")
	if isReadBackClause(compact(cl)) || reRecordAsk.MatchString(c) {
		rest := reRecordAsk.ReplaceAllString(c, "")
		rest = reReadBack.ReplaceAllString(rest, "")
		if reResumeTalk.ReplaceAllString(reRecordTalk.ReplaceAllString(rest, ""), "") == "" {
			return recordAsk
		}
		return recordOther
	}
	if resumesInOwnWords(c) || reResumeLoose.MatchString(c) && !isQuestion(cl) {
		return recordResume
	}
	if reResumeTalk.ReplaceAllString(reRecordTalk.ReplaceAllString(c, ""), "") == "" {
		return recordTalk
	}
	return recordOther
}

// asksOwnRecord reports whether s only asks about the user's own draft,
// maybe beside a wish to go on with it: at least one clause asks, and every
// other clause resumes or is talk. A bare wish to go on is resume's.
func asksOwnRecord(s string) bool {
	asks := false
	for _, cl := range splitClauses(s) {
		switch recordClause(cl) {
		case recordOther:
			return false
		case recordAsk:
			asks = true
		}
	}
	return asks
}

// ownRecord answers a question about the own draft outside the form: the
// draft resumes, with the values filled shown short. ok is false when s
// is no such question or there is no draft to speak of.
func (t *turn) ownRecord(s string) (string, bool) {
	if t.st.Mode == modeForm || t.st.Mode == modeEdit || !asksOwnRecord(s) {
		return "", false
	}
	d := t.latestDraft()
	if d == nil {
		return "", false
	}
	t.st.focus(modeForm, d)
	t.st.Pending = t.next(d)
	head := fmt.Sprintf("欢迎回来！接着填《%s》的报名表。", d.DisplayTitle())
	if v := filledValues(t.c.season, d); v != "" {
		head += "已填：\n" + v
	}
	if n := len(d.Missing(t.c.season)); n > 0 {
		head += fmt.Sprintf("\n还差%d项。", n)
	}
	if t.st.Pending == "" {
		return head, true
	}
	return head + "\n\n" + t.question(d, t.st.Pending), true
}

// filledValues is the fields of d already filled, one line each with its
// value; long text is clipped. The eligibility facts and the statement
// are left out: the summary shows them.
func filledValues(season *contestbot.Season, d *contestbot.Entry) string {
	var lines []string
	for _, f := range contestbot.Fields {
		switch f {
		case contestbot.FieldUnitWork, contestbot.FieldMadeInPeriod, contestbot.FieldUnpublished, contestbot.FieldAIUsed, contestbot.FieldAILabelled, contestbot.FieldCopyright:
			continue
		}
		if !d.Has(season, f) {
			continue
		}
		v := display(season, d, slot(f))
		switch {
		case f == contestbot.FieldSynopsis:
			v = clip(d.Synopsis, 30)
		case f == contestbot.FieldSummary && d.Summary != d.Synopsis:
			v = clip(d.Summary, 30)
		}
		lines = append(lines, f.Label()+"："+v)
	}
	return strings.Join(lines, "\n")
}

// s8-f (rp90 p90a): "推荐单位我前面已经说过是洛阳职业技术学院，请问是没有记录上吗？"
// inside the form gives the value again and asks whether it was kept. The
// "said before" words are no part of the value (it stored "我前面已经说过是…"),
// and the question about the record is answered by the echo of what is
// stored now, never as a contest question.

// reSaidBeforeIs is "I said before that it is" between a label and a
// value, or before a value alone.
var reSaidBeforeIs = regexp.MustCompile(`(?:我|俺|我们|俺们)?(?:刚才|刚刚|前面|前边|上面|之前|早就|早)?(?:不是)?(?:都|已经|早就|早)?(?:说过|说了|讲过|讲了|告诉过你|告诉你了|写过|写了|填过|填了|发过|发了)(?:了)?(?:的)?(?:就是|是)`)

// saidBeforeValues takes the "said before" words out of the clauses of s
// that carry a value, and drops the clauses that only ask whether the
// record kept it. asked is true when such a question was dropped.
func saidBeforeValues(s string) (out string, asked bool) {
	cls := splitClauses(s)
	if len(cls) == 0 {
		return s, false
	}
	var keep []string
	changed := false
	for _, cl := range cls {
		if recordClause(cl) == recordAsk {
			asked, changed = true, true
			continue
		}
		if loc := reSaidBeforeIs.FindStringIndex(cl); loc != nil && loc[1] < len(strings.TrimRight(cl, "，,。.！!？? ")) {
			lead := strings.TrimSpace(cl[:loc[0]])
			if lead != "" && labelSlot(lead) != "" {
				cl = lead + "是" + cl[loc[1]:]
			} else if lead == "" {
				cl = cl[loc[1]:]
			} else {
				keep = append(keep, cl)
				continue
			}
			changed = true
		}
		keep = append(keep, cl)
	}
	if !changed {
		return s, false
	}
	if asked {
		// A lead that only announces the question ("另外想请教一下") goes with it.
		var k2 []string
		for _, cl := range keep {
			if reAskLead.MatchString(bareNoSymbols(cl)) {
				continue
			}
			k2 = append(k2, cl)
		}
		keep = k2
	}
	return strings.TrimRight(joinClauses(keep), "，,、 "), asked
}

// reAskLead is a clause that only announces a question.
var reAskLead = regexp.MustCompile(`^(?:另外|还有|再|那|对了)?(?:我|俺)?(?:还)?(?:想|要)?(?:请教|请问|问|咨询)(?:一下|下)?(?:您|你)?$`)

// recordAskInForm applies saidBeforeValues at a form step: s is what is
// left to read and note a line to put before the reply; reply is set when
// the message only asked whether the record kept something.
func (t *turn) recordAskInForm(e *contestbot.Entry, s string) (rest, note, reply string) {
	v, asked := saidBeforeValues(s)
	if !asked {
		return v, "", ""
	}
	if strings.TrimSpace(v) == "" || isChatter(compact(v)) {
		if _, ok := readBack(s); ok {
			return s, "", "" // "我填的啥": the usual look at the draft (interpret.go actView)
		}
		out := t.summary(e)
		if t.st.Pending != "" {
			out += "\n\n" + t.question(e, t.st.Pending)
		}
		return "", "", out
	}
	named := false
	for _, x := range extract(v).values {
		if p := textPtr(e, x.slot); p != nil {
			if *p == "" {
				return v, "刚才没记上，这次记下了。", ""
			}
			named = true
		}
	}
	if named {
		return v, "记上了，没有丢。", ""
	}
	return v, "", ""
}
