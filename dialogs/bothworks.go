package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-j (round 33, rp157 mayang_luohe): 马老师 registered two works and said
// values for both in one message. "制作是学校党委组织部 两个都是" was answered
// as a question about how many works a school may send, and "第一个实景拍的
// 第二个是动画" as an explanation of the categories: nothing was stored, and
// the second work's form asked again for what had been said.
//
// bothWorks reads two shapes while a work's form is open, before any
// question reader sees the message:
//   - a value with a clause that says it is for both works ("两个都是",
//     "两个都一样", "都一样"): the work at hand takes the value, and the
//     value is kept in EveryWork, so each later work starts with it
//     (takeNextWork echoes it there);
//   - per-work values by ordinal ("第一个X 第二个Y"): X fills the work at
//     hand when it is the first work; Y is read as a value of the same field
//     and kept in NextWork for the second work, as holdForNext keeps
//     "第二个的时长是1分52".
// Neither is read when the step asks yes or no ("两个都是" then answers
// it), when the clause left is no value the work takes, or when the work
// at hand is not the one the ordinal names.

var (
	// reBothClause says the value beside it is for both (or all) works.
	reBothClause = regexp.MustCompile(`^(?:这|那)?(?:两个|两部|俩|两个片子|两个作品|两个片儿|两部片子|两部作品|[三四五六]个|所有的?)?(?:都|全都|全)(?:是|一样|一样的|是这个|是这样|填这个|写这个|相同)(?:的)?(?:吧|啊|呀|哈|了)?$`)
	// reBothFill is "两个都填X" / "两个都写X": the value is in the clause.
	reBothFill = regexp.MustCompile(`^(?:这|那)?(?:两个|两部|俩|两个片子|两个作品)(?:都|全都)(?:填|写|按)(.+)$`)
	// reOrdinalLead is a short lead before "第一个" ending at a separator.
	reOrdinalLead = regexp.MustCompile(`^[^，,。；;！!？?\s]{1,12}[，,。；;！!\s]+`)
	// reOrdinalPair is "第一个X 第二个Y" (the two works' values of one field).
	reOrdinalPair = regexp.MustCompile(`^第(?:一|1)(?:个|部)(?:作品|片子|片儿|视频)?(?:的)?(?:是|呢|叫)?(.+?)[，,；; ]+第(?:二|2)(?:个|部)(?:作品|片子|片儿|视频)?(?:的)?(?:是|呢|叫)?(.+)$`)
)

// bothWorks reads s as values for both works (see above). It returns the
// message the work at hand reads and a note for the reply; note is ""
// when s is neither shape, and s is returned as it was.
func (t *turn) bothWorks(s string) (string, string) {
	if t.st.Mode != modeForm || t.st.Pending.freeText() || t.st.Pending.yesNo() || t.st.Pending.eligibility() || isQuestion(s) {
		return s, ""
	}
	e := t.current()
	if e == nil || e.Status != contestbot.StatusDraft {
		return s, ""
	}
	if v, note := t.bothValue(e, s); note != "" {
		return v, note
	}
	return t.ordinalPair(e, s)
}

// bothValue reads "X 两个都是" and "两个都填X".
func (t *turn) bothValue(e *contestbot.Entry, s string) (string, string) {
	cls := splitClauses(strings.ReplaceAll(strings.TrimSpace(s), " ", "，"))
	var keep []string
	both := false
	for _, cl := range cls {
		c := bareNoSymbols(cl)
		if c == "" {
			continue
		}
		if reBothClause.MatchString(c) {
			both = true
			continue
		}
		if m := reBothFill.FindStringSubmatch(c); m != nil {
			both = true
			keep = append(keep, m[1])
			continue
		}
		keep = append(keep, strings.Trim(cl, "，,。；; "))
	}
	if !both || len(keep) == 0 {
		return s, ""
	}
	v := strings.Join(keep, "，")
	cp := *e
	if r := t.fillKeepingState(&cp, rewritePersonRole(v), t.st.Pending); len(r.set) == 0 || len(r.errs) > 0 || len(r.unknown) > 0 {
		return s, ""
	}
	return v, bothMark
}

// bothMark is bothValue's note until the work at hand has read the value:
// holdBoth then keeps what it stored and writes the note.
const bothMark = "\x00both"

// holdBoth keeps for every later work the fields that the work at hand
// changed while reading a value said for both works (before is its
// contents before), and says so; "" when nothing changed.
func (t *turn) holdBoth(e *contestbot.Entry, before workFields) string {
	var held []string
	for _, name := range changedFields(before, fieldsOf(e)) {
		x, ok := workFieldSlots[name]
		if !ok || x.yesNo() || x.eligibility() || x == slot(contestbot.FieldTitle) {
			continue
		}
		if d := display(t.c.season, e, x); d != "" {
			held = append(held, x.label()+"："+d)
		}
	}
	for _, h := range held {
		if !slicesHas(t.st.EveryWork, h) {
			t.st.EveryWork = append(t.st.EveryWork, h)
		}
	}
	if len(held) == 0 {
		return ""
	}
	return "“" + clip(strings.Join(held, "，"), 40) + "”每个作品都一样，我先记下，报下一个作品时直接填上。"
}

// ordinalPair reads "第一个X 第二个Y" when the work at hand is the first
// and X fills one field of it.
func (t *turn) ordinalPair(e *contestbot.Entry, s string) (string, string) {
	s0 := strings.TrimSpace(s)
	lead := ""
	if loc := reOrdinalLead.FindStringIndex(s0); loc != nil && !reOrdinalPair.MatchString(s0) {
		// "刚才不是说了 第一个叫A 第二个叫B": a lead that is no value of its own.
		lead, s0 = s0[:loc[1]], s0[loc[1]:]
	}
	m := reOrdinalPair.FindStringSubmatch(s0)
	if m == nil {
		return s, ""
	}
	if lead != "" {
		cp := *e
		// Read with no step: at the 片名 step any words would be a title.
		if r := t.fillKeepingState(&cp, lead, ""); len(r.set) > 0 || isQuestion(lead) {
			return s, ""
		}
	}
	listed := t.listed()
	if len(listed) != 1 || listed[0] != e {
		return s, "" // the ordinals name works the user already has
	}
	x, y := strings.Trim(m[1], "，,。；; "), strings.Trim(m[2], "，,。；; ")
	cp := *e
	r := t.fillKeepingState(&cp, x, t.st.Pending)
	if len(r.set) != 1 || len(r.errs) > 0 || len(r.unknown) > 0 {
		return s, ""
	}
	f := r.set[0]
	var next contestbot.Entry
	r2 := t.fillKeepingState(&next, y, f)
	if len(r2.set) != 1 || r2.set[0] != f || len(r2.errs) > 0 || len(r2.unknown) > 0 {
		return s, ""
	}
	held := f.label() + "：" + display(t.c.season, &next, f)
	t.st.NextWork = strings.Trim(t.st.NextWork+"，"+held, "，")
	return x, "“" + clip(held, 30) + "”是下一个作品的，我先记下，报下一个作品时直接填上。"
}
