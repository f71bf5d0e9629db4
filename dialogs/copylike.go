package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file copies a later work from an earlier one except the fields the
// user lists (branch s8-a, issue #10, round 18, rp85 p85b): "再报一个，跟第一个
// 差不多 就片名 时长 简介不一样", "除了片名和时长 其他都一样", "只有编导换了".
// Every field of the earlier work is taken except the listed ones; the form
// then asks only those (and fields the earlier work never had). The title
// is never copied: two works cannot share one. The 摘要 goes with the 简介.
// The declarations are the new work's own and are asked as usual.

var (
	// reLikeFirst points at an earlier work as the model: "跟第一个差不多",
	// "和上一个一样", "其他都一样".
	reLikeFirst = regexp.MustCompile(`(?:跟|和|与|同|照)(?:第[一二两三四五六七八九十1-9]|上一|上|前一|前面那)(?:个|部)(?:作品|片子|视频)?(?:的)?(?:差不多|一样|相同|基本一样|基本相同|大同小异)|(?:其他|其它|其余|别的|剩下的?)(?:的)?(?:都|全|全都|也都)?(?:跟[^，,。]{0,8})?(?:一样|相同|不变|照旧|沿用)` +
		// s12-b (rp148): "其他照上一个的填就行", "剩下的按第一个写", "别的同上".
		`|(?:其他|其它|其余|别的|剩下的?)(?:的)?(?:都|全|全都|也都)?(?:照|按|按照|照着|参照|跟|同)(?:上一|上|前一|前面那|第[一二两三四五六七八九十1-9])(?:个|部)(?:作品|片子|视频)?(?:的)?(?:填|写|来|弄|报)?(?:就行|就可以|就好|即可|就成|就中)?(?:了|吧|啊)?|(?:其他|其它|其余|别的|剩下的?)(?:的)?(?:都|全|也)?同上`)
	// reExceptList is the list of fields that differ: "就片名 时长 简介不一样",
	// "除了片名和时长", "只有编导换了".
	reExceptList = regexp.MustCompile(`(?:就是|就|只有|只是|只|仅|除了|除去|除)([^，,。；;！!？?]{2,40}?)(?:不一样|不同|不相同|换了|变了|改了|要改|另填|以外|之外|外|[，,\s]*其他|[，,\s]*其它|[，,\s]*其余|[，,\s]*别的)`)
	// reExceptHead opens a list of fields that differ: "除了片名和时长".
	reExceptHead = regexp.MustCompile(`^(?:就是|就|只有|只是|只|仅|除了|除去|除)`)
	// reListJoin is what may stand between field names in the list.
	reListJoin = regexp.MustCompile(`^(?:[\s、，,/]|和|跟|与|及|还有|以及|的|人|都|也)*$`)
)

// likeExcept reads "like the first except these" in s: the earlier work
// named (nil: the last completed one), the fields listed, and s without
// the clauses that said so. ok is false when s says no such thing.
func (t *turn) likeExcept(e *contestbot.Entry, s string, announced bool) (prev *contestbot.Entry, except []slot, rest string, ok bool) {
	if isQuestion(s) {
		return nil, nil, s, false
	}
	lm := reLikeFirst.FindStringSubmatchIndex(s)
	xm := reExceptList.FindStringSubmatchIndex(s)
	if xm == nil || lm == nil && !(announced && strings.Contains(s[xm[0]:xm[1]], "只")) {
		return nil, nil, s, false
	}
	list := s[xm[2]:xm[3]]
	except = fieldsListed(list)
	if len(except) == 0 {
		return nil, nil, s, false
	}
	var m []string
	if lm != nil {
		m = reLikeWork.FindStringSubmatch(s[lm[0]:lm[1]])
	}
	prev = t.earlierWork(e, m)
	if prev == nil {
		return nil, nil, s, false
	}
	// The clauses that say it go; the values after stay.
	var keep []string
	for _, cl := range splitClauses(s) {
		c := strings.TrimSpace(cl)
		if reLikeFirst.MatchString(c) || reExceptList.MatchString(c) || fieldsOnly(strings.Trim(reExceptHead.ReplaceAllString(c, ""), "，,。 ")) || workLeadIn(c) { // s10-f nextlead.go: "好 那我报第二个"
			continue
		}
		keep = append(keep, cl)
	}
	rest = strings.TrimSpace(strings.Trim(joinClauses(keep), "，, "))
	if chosenIn(t.c.season, rest) != "" { // s9-j categoryearly.go: "这个是视频切片的" is this work's own 分类
		except = append(except, slot(contestbot.FieldCategory))
	}
	return prev, except, rest, true
}

// fieldsListed are the fields named in a list of field names, or nil when
// the list holds anything else: "片名 时长 简介", "片名和时长", "编导".
func fieldsListed(list string) []slot {
	left := list
	var out []slot
	// Longest label words first, so 内容简介 is not read as 内容.
	for {
		best := labelDef{}
		at := -1
		for _, d := range labelDefs {
			if strings.HasSuffix(string(d.slot), "!") {
				continue
			}
			if i := strings.Index(left, d.word); i >= 0 && (at < 0 || i < at || i == at && len(d.word) > len(best.word)) {
				best, at = d, i
			}
		}
		if at < 0 {
			break
		}
		out = append(out, best.slot)
		left = left[:at] + " " + left[at+len(best.word):]
	}
	if len(out) == 0 || !reListJoin.MatchString(left) {
		return nil
	}
	return out
}

// fieldsOnly reports whether c is only a list of field names: "时长 简介不一样"
// cut at a space leaves "时长".
func fieldsOnly(c string) bool {
	c = strings.TrimSuffix(strings.TrimSuffix(c, "不一样"), "不同")
	return c != "" && fieldsListed(c) != nil
}

// copyExcept fills e from prev except the fields listed, and returns one
// short line that says what was taken: "已照《X》填好：制作单位、分类、主创人员；
// 另外要填：片名、时长、内容简介。".
func (t *turn) copyExcept(e, prev *contestbot.Entry, except []slot) string {
	skip := map[slot]bool{slot(contestbot.FieldTitle): true}
	for _, f := range except {
		skip[f] = true
		if f == slotCreators {
			for _, r := range roles {
				skip[r] = true
			}
		}
		if f == slot(contestbot.FieldSynopsis) {
			skip[slot(contestbot.FieldSummary)] = true // a new 简介 needs its own 摘要
		}
	}
	var took []string
	str := func(f slot, dst *string, v string) {
		if skip[f] || v == "" || *dst != "" {
			return
		}
		*dst = v
		took = append(took, f.label())
	}
	str(slot(contestbot.FieldUnit), &e.Unit, prev.Unit)
	str(slot(contestbot.FieldProducer), &e.Producer, prev.Producer)
	str(slot(contestbot.FieldContact), &e.Contact, prev.Contact)
	str(slot(contestbot.FieldPhone), &e.Phone, prev.Phone)
	if !skip[slot(contestbot.FieldDuration)] && prev.DurationSeconds > 0 && e.DurationSeconds == 0 {
		e.DurationSeconds = prev.DurationSeconds
		took = append(took, slot(contestbot.FieldDuration).label())
	}
	str(slot(contestbot.FieldCategory), &e.Category, prev.Category)
	var crew []string
	for _, r := range roles {
		if skip[r] || t.st.roleDone(r) {
			continue
		}
		if p, q := creatorPtr(e, r), creatorPtr(prev, r); p != nil && q != nil && (*q != "" || prev.CreatorsDone) {
			*p = *q
			t.st.markRole(r)
			crew = append(crew, strings.SplitN(roleLabels[r], "(", 2)[0])
		}
	}
	if len(crew) == len(roles) {
		took = append(took, "主创人员")
	} else if len(crew) > 0 {
		took = append(took, strings.Join(crew, "、"))
	}
	str(slot(contestbot.FieldSynopsis), &e.Synopsis, prev.Synopsis)
	str(slot(contestbot.FieldSummary), &e.Summary, prev.Summary)
	t.touch(e)
	if len(took) == 0 {
		return ""
	}
	return "已照《" + prev.DisplayTitle() + "》填好：" + strings.Join(took, "、") + "。"
}

// likeExceptInForm copies at a step of a later work: "一样的呀，我说了除了片名
// 时长简介其他都跟第一个一样". rest is what is left to read; note the line
// that says what was taken.
func (t *turn) likeExceptInForm(e *contestbot.Entry, s string) (rest, note string, ok bool) {
	if e.Status != contestbot.StatusDraft || !t.hasComplete() {
		return s, "", false
	}
	prev, except, rest, ok := t.likeExcept(e, s, false)
	if !ok || prev == e {
		return s, "", false
	}
	note = t.copyExcept(e, prev, except)
	if note == "" {
		return s, "", false
	}
	return rest, note, true
}

// likeExceptOnAnother copies the new draft e made by "再报一个，跟第一个差不多
// 就片名 时长 简介不一样 …" and returns the rest of the message and the line
// that says what was taken (s8-a).
func (t *turn) likeExceptOnAnother(e *contestbot.Entry, rest string) (string, string) {
	prev, except, r, ok := t.likeExcept(e, rest, true)
	if !ok {
		return rest, ""
	}
	note := t.copyExcept(e, prev, except)
	if note == "" {
		return rest, ""
	}
	return r, note
}
