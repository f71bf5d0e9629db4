package dialogs

import (
	"regexp"

	"contestbot"
)

// Branch s10-c (round 25): "2024年12月开拍的，2025年3月才剪完" was recorded as
// made before the period: the clause with the start date was read alone
// and "剪完" was no verb of making. The notice counts works completed in
// the period (season 1, 三（三）: works completed since 2025), so a date is read with what
// happened then: a finish (剪完, 做完, 完成, 杀青…) decides; a start (开拍,
// 开始做, 策划…) inside the period means finished in it; a start before the
// period with no finish said is asked once (finished in the period?). A
// date said with neither (拍的, 做的) is left to the older readers.

// reDateStart finds where a date starts: "2024年", "今年", "去年", "前年".
var reDateStart = regexp.MustCompile(`20\d{2}\s*年|今年|去年|前年`)

// finishWords say a date is when the work was finished.
var finishWords = []string{"剪完", "做完", "拍完", "弄完", "完成", "完工", "完稿", "定稿", "杀青", "出片", "成片", "剪好", "做好", "弄好",
	"制作完", "剪辑完", "后期完", "结束", "收尾", "才完", "搞完", "整完"}

// startWords say a date is when the work was begun.
var startWords = []string{"开拍", "开始拍", "开始做", "开始制作", "开始弄", "开始剪", "开始筹备", "开始策划", "开始", "开机", "启动", "筹备", "策划", "立项", "动工", "开工", "起拍"}

// madeWhenPhase is what a message says of the period through dates with
// their phase: set (val is whether the work is within the period), ask
// (only a start before the period), or neither.
type madeWhenPhase int

const (
	madeWhenNone madeWhenPhase = iota
	madeWhenSet
	madeWhenAsk
)

// madeWhen reads the dates in s with what happened at each.
func madeWhen(s string, p period) (bool, madeWhenPhase) {
	s = cnYear(contestbot.NormalizeWidth(s))
	var finishY, finishM, startY, startM int
	finish, start := false, false
	later := func(y, m, y0, m0 int) bool { return y > y0 || y == y0 && m > m0 }
	for _, cl := range splitClauses(s) {
		locs := reDateStart.FindAllStringIndex(cl, -1)
		for i, loc := range locs {
			from, to := loc[0], len(cl)
			if i == 0 {
				from = 0 // "开拍是2024年12月": the words before the first date are its own
			}
			if i+1 < len(locs) {
				to = locs[i+1][0]
			}
			piece := cl[from:to]
			y, m, ok := latestYearMonth(cl[loc[0]:to], p.year)
			if !ok {
				continue
			}
			switch {
			case containsAny(piece, finishWords...) && !containsAny(piece, "没完成", "未完成", "还没", "没做完", "没剪完"):
				if !finish || later(y, m, finishY, finishM) {
					finishY, finishM = y, m
				}
				finish = true
			case containsAny(piece, startWords...):
				if !start || later(y, m, startY, startM) {
					startY, startM = y, m
				}
				start = true
			}
		}
	}
	switch {
	case finish:
		return p.madeIn(finishY, finishM), madeWhenSet
	case start && p.madeIn(startY, startM):
		return true, madeWhenSet // begun in the period, so finished in it
	case start:
		return false, madeWhenAsk
	}
	return false, madeWhenNone
}

// finishedAsk asks once whether a work begun before the period was
// finished in it.
func (t *turn) finishedAsk() string {
	since := t.c.season.WorksSinceText
	return "开拍早一点没关系，通知看的是完成时间（报送范围：" + since + "完成的作品）。这部作品是" + since + "完成（剪完）的吗？回复“是”或“不是”。"
}

// finishedAnswer reads the answer to the made-in-period question while it
// is pending: after finishedAsk, a yes or no (or a finish date) answers
// that fact alone, never the other open items; and a start before the
// period said to the question asks whether it was finished in it.
func (t *turn) finishedAnswer(e *contestbot.Entry, s string) (string, bool) {
	if t.st.Pending != slot(contestbot.FieldMadeInPeriod) || e.Has(t.c.season, contestbot.FieldMadeInPeriod) {
		t.st.AskFinished = false
		return "", false
	}
	p := t.period()
	v, phase := madeWhen(s, p)
	switch {
	case phase == madeWhenAsk && !t.st.AskFinished:
		t.st.AskFinished = true
		return t.finishedAsk(), true
	case phase == madeWhenSet && !t.st.AskFinished && len(splitClauses(factClauses(s))) > 1 && len(openEligibility(t.c.season, e)) > 1:
		// s11-f: "是 今年7月做完的 没发过 没用AI" answers the combined
		// question, not only its first item: every fact said is read there.
		return "", false
	case phase == madeWhenSet:
	case !t.st.AskFinished || isQuestion(s):
		return "", false
	default:
		yes, ok := parseYesNo(contestbot.FieldMadeInPeriod, s, p)
		if !ok || contestbot.RuneLen(answerWords(s)) > 12 {
			return "", false
		}
		v = yes
	}
	t.st.AskFinished = false
	setBool(e, contestbot.FieldMadeInPeriod, v)
	t.touch(e)
	r := &fillResult{}
	r.add(slot(contestbot.FieldMadeInPeriod))
	head := ack(t.c.season, e, r)
	if ok, reason := e.Eligible(t.c.season); !ok {
		t.st.Pending = ineligibleField(e)
		return head + "\n\n" + refusal(t.c.season, e, reason), true
	}
	t.st.Pending = t.next(e)
	return head + "\n\n" + t.question(e, t.st.Pending), true
}
