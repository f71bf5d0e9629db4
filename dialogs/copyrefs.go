package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// Branch s7-f (issue #10, round 16, rp74 p74b): 同上 and "跟第一个一样" on a
// later work, in every form. A reference applies to the field it is
// attached to: the one it names ("监制同上", "监制跟第一个一样", "单位 制作单位
// 联系人都同上"), else the one asked; only "主创都同上"/"主创跟上一个一样" copies
// every role. workRefs rewrites the references in a message for the draft e
// into the values of the work they point at, so the form reads, stores and
// echoes them as if typed.

// reSameRef is a reference to the work before: 同上, 跟上一个一样, 同第一个,
// 和第一个作品相同.
var reSameRef = regexp.MustCompile(`(?:也|都|也都|全|全都|还是)?(?:同上(?:一个)?|(?:跟|和|与|同|照)(?:第\s*(?:\d+|[一二两三四五六七八九十]+)|上一|上|前一|前面那|头一)(?:个|部)(?:作品|片子|视频)?(?:的)?(?:一样|相同|一致)?)`)

// reRoleWord is a role's name as users write it.
var reRoleWord = func() *regexp.Regexp {
	var ws []string
	for _, d := range labelDefs {
		if d.slot.isRole() && !strings.Contains(d.word, "(") {
			ws = append(ws, regexp.QuoteMeta(d.word))
		}
	}
	return regexp.MustCompile(`(?:` + strings.Join(ws, "|") + `)`)
}()

// reRolesAllRef copies every role: "主创都同上", "主创人员跟上一个一样".
var reRolesAllRef = regexp.MustCompile(`(?:主创人员|主创团队|主创|创作人员|创作团队)(?:也|都|也都|全|全都|还是)?(?:同上(?:一个)?|(?:跟|和|与|同)(?:第\s*(?:\d+|[一二两三四五六七八九十]+)|上一|上|前一|头一)(?:个|部)(?:作品|片子)?(?:的)?(?:一样|相同|一致))`)

// reOnly is "only" before a field: "只有监制跟第一个一样".
var reOnly = regexp.MustCompile(`(?:只有|就|仅)$`)

// workRefs rewrites the references to an earlier work in s, a message for
// the later draft e at step pending, into values (see the file comment).
func (t *turn) workRefs(e *contestbot.Entry, s string, pending slot) string {
	if e.Status != contestbot.StatusDraft || pending.freeText() || !reSameRef.MatchString(s) || isQuestion(s) {
		return s
	}
	source := func(ref string) *contestbot.Entry {
		return t.earlierWork(e, reLikeWork.FindStringSubmatch(ref))
	}
	if source(s) == nil {
		return s // the first work: 同上 is the line above on the form, read as before
	}
	// "主创都同上": every role.
	s = reRolesAllRef.ReplaceAllStringFunc(s, func(m string) string {
		if p := source(m); p != nil {
			return rolesText(t.ownRolesOver(e, p)) // s10-b copykeep.go
		}
		return m
	})
	// "监制同上", "编导撰稿都跟第一个一样": the roles named.
	s = t.roleRefs(e, s)
	// "单位 制作单位 联系人都同上": the fields named, with the phone beside
	// the contact.
	s = t.fieldRunRefs(e, s)
	// At a step: "赵立新 跟第一个一样" (a value, then agreement), "跟上一个一样啊
	// 团委" (agreement, then a word of the value).
	return t.stepRef(e, s, pending)
}

// roleRefs rewrites a reference attached to a run of role names into their
// values on the work it points at. 同上 after a role other than the first
// is the role above on the form (roleanswer.go) and stays.
func (t *turn) roleRefs(e *contestbot.Entry, s string) string {
	for _, loc := range reSameRef.FindAllStringIndex(s, -1) {
		before := s[:loc[0]]
		run, named := roleRun(before)
		if len(named) == 0 {
			continue
		}
		if _, all := trailingLabels(before); len(all) > len(named) {
			continue // "单位、联系人电话、监制都跟上一个一样": the whole run, read by form.go likeLast
		}
		ref := s[loc[0]:loc[1]]
		if strings.Contains(ref, "同上") && (len(named) > 1 || named[0] != slotSupervisor) {
			continue
		}
		p := t.earlierWork(e, reLikeWork.FindStringSubmatch(ref))
		if p == nil {
			continue
		}
		var parts []string
		for _, r := range named {
			v := *creatorPtr(p, r)
			if v == "" {
				v = "无"
			}
			parts = append(parts, strings.TrimSuffix(strings.SplitN(roleLabels[r], "(", 2)[0], "（")+v)
		}
		out := strings.Join(parts, "，")
		if head := strings.TrimSpace(reOnly.ReplaceAllString(strings.TrimSpace(before[:len(before)-len(run)]), "")); head != "" {
			out = head + " " + out
		}
		if tail := strings.TrimLeft(s[loc[1]:], "，, "); tail != "" {
			out += "，" + tail
		}
		return t.roleRefs(e, out)
	}
	return s
}

// roleRun is the run of role names that ends s ("编导撰稿都", "监制"), and
// the roles in it.
func roleRun(s string) (string, []slot) {
	rest := s
	var named []slot
	for {
		t := strings.TrimRight(rest, " 、和及与也都还是")
		loc := reRoleWord.FindAllStringIndex(t, -1)
		if len(loc) == 0 || loc[len(loc)-1][1] != len(t) {
			break
		}
		w := t[loc[len(loc)-1][0]:]
		named = append([]slot{roleOf(w)}, named...)
		rest = t[:loc[len(loc)-1][0]]
	}
	return s[len(rest):], named
}

// reRunSameAbove is 同上 after field names: "单位 制作单位 联系人都同上",
// "制作单位同上", "联系人电话也同上" (s10-f).
var reRunSameAbove = regexp.MustCompile(`(?:都|也都|也|全|全都|均)?同上(?:一个)?`)

// fieldRunRefs rewrites "A B C都同上" on a later work into "A、B、C都跟上一个一样",
// which the form copies (form.go likeLast); the phone goes with the contact.
// s10-f (rp123): one field name with 同上 ("制作单位同上") is that field of the
// work before too, and every such reference in the message is read
// ("制作单位同上 联系人电话也同上"): they are gathered into one run at the end.
// A role with 同上 alone stays the role above on the form (roleanswer.go).
func (t *turn) fieldRunRefs(e *contestbot.Entry, s string) string {
	var b strings.Builder
	var words []string
	contact, phone := false, false
	prev := 0
	for _, loc := range reRunSameAbove.FindAllStringIndex(s, -1) {
		head, named := trailingLabels(s[prev:loc[0]])
		adverb := !strings.HasPrefix(s[loc[0]:loc[1]], "同上") // 都同上
		allRoles := true
		for _, n := range named {
			allRoles = allRoles && (n.isRole() || n == slotCreators)
		}
		unitAbove := len(named) == 1 && named[0] == slot(contestbot.FieldProducer) && hasSlot(extract(s[:loc[0]]).values, slot(contestbot.FieldUnit))
		if len(named) == 0 || allRoles && (len(named) < 2 || !adverb) || unitAbove { // "推荐单位X，制作单位同上": the line above, said in this message
			b.WriteString(s[prev:loc[1]])
			prev = loc[1]
			continue
		}
		b.WriteString(strings.TrimRight(head, " "))
		for i := len(named) - 1; i >= 0; i-- {
			n := named[i]
			contact = contact || n == slot(contestbot.FieldContact)
			phone = phone || n == slot(contestbot.FieldPhone)
			if w := n.label(); !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
		prev = loc[1]
	}
	if len(words) == 0 {
		return s
	}
	if contact && !phone {
		words = append(words, slot(contestbot.FieldPhone).label())
	}
	b.WriteString(s[prev:])
	out := strings.Trim(b.String(), " ，,。")
	if out != "" {
		out += "，"
	}
	return out + strings.Join(words, "、") + "都跟上一个一样"
}

// reAgreeTail is talk after agreeing: 啊, 呀, 吧, 嘛.
var reAgreeTail = regexp.MustCompile(`^[啊呀吧嘛哈呢的]*[\s，,。！!]*`)

// stepRef reads a reference said with a word of the value at the step
// asked: "赵立新 跟第一个一样" at a role (the name is the value; the
// reference agrees), "跟上一个一样啊 团委" at 制作单位 (the word is part of the
// earlier value, which is copied). A bare reference at a role, once some
// roles are answered, copies that role only.
func (t *turn) stepRef(e *contestbot.Entry, s string, pending slot) string {
	loc := reSameRef.FindStringIndex(s)
	if loc == nil || pending == "" || pending.yesNo() || strings.Contains(s[loc[0]:loc[1]], "同上") {
		return s // 同上 at a step is the line above on the form (roleanswer.go, 制作单位同上)
	}
	p := t.earlierWork(e, reLikeWork.FindStringSubmatch(s[loc[0]:loc[1]]))
	if p == nil {
		return s
	}
	before := strings.TrimSpace(s[:loc[0]])
	after := strings.TrimSpace(reAgreeTail.ReplaceAllString(s[loc[1]:], ""))
	if pending.isRole() {
		switch {
		case before != "" && after == "" && isPerson(before) && roleOf(before) == "" && !extract(before).labelled:
			return before // "赵立新 跟第一个一样"
		case before == "" && after == "" && len(t.st.Roles) > 0:
			v := *creatorPtr(p, pending)
			if v == "" {
				v = "无"
			}
			return v // the role asked, as on that work
		}
		return s
	}
	if before == "" && after != "" && !extract(after).labelled {
		if q := textPtr(p, pending); q != nil && *q != "" && strings.Contains(*q, after) {
			return s[loc[0]:loc[1]] // "跟上一个一样啊 团委": the word agrees
		}
	}
	return s
}

// refAtText answers a short reference to an earlier work said at a free-text
// step ("赵立新 跟第一个一样" at the 简介 step, rp74 p74b): it names no text,
// so nothing is stored and the user is asked which field is meant.
func (t *turn) refAtText(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.freeText() || e.Status != contestbot.StatusDraft || contestbot.RuneLen(compact(s)) > 20 || extract(s).labelled {
		return "", false
	}
	m := reLikeWork.FindStringSubmatch(s)
	if m == nil || t.earlierWork(e, m) == nil || isQuestion(s) {
		return "", false
	}
	return "“" + strings.TrimSpace(s) + "”没有记作" + pending.label() + "。是哪一项跟前面的作品一样？例如“监制跟第一个一样”。\n\n" +
		t.question(e, pending), true
}

// leavesAsked reports whether a list of roles (values) leaves out the role
// asked (pending): "编导撰稿李梦瑶 摄影无 剪辑王一帆" at the 监制 step (rp74
// p74b) does not say 监制 is empty, so it is asked again, never shown as 无.
func (t *turn) leavesAsked(pending slot, values []assignment) bool {
	if !pending.isRole() || t.st.roleDone(pending) {
		return false
	}
	for _, v := range values {
		if v.slot == pending {
			return false
		}
	}
	return true
}
