package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s6-a (issue #10, round 12): asides at the 简介/摘要 steps. Round 12 stored
// "字数多了是吧。", "摘要稍等我缩一下…", "好吧那我自己删一删，稍等" and
// "行，回头让他们重新导一版" as the 简介/摘要, and answered "简介我重新发" with
// "好的" while keeping the wrong 简介. The s5-g1 reader (notstory.go) knows
// questions, remarks about another field and complaints; these are none of
// them, so they got through as text. A text describes the work; an aside is
// about the user's own next step or about the length:
//   - "wait": the user will rework or resend a text, or asks the bot to
//     wait ("稍等", "你等我一下", "我自己删一删", "摘要我缩一下",
//     "简介我重新发", "我再发一遍简介", "我让书记看看再发");
//   - "later": something the user will do later, about another matter
//     ("回头让他们重新导一版", "明天找他要");
//   - "length": a remark about the length ("字数多了是吧", "太长了啊").
// An aside message is asides, fillers and denials, then optionally a
// question (answered). Nothing is stored; the step stays, or moves to the
// free text the user said they will resend. Story words, or a clause longer
// than a remark, make the message a text after all.

var (
	// reAsideLead is chatter before an aside: "哦哦", "好吧那", "行".
	reAsideLead = regexp.MustCompile(`^(?:哦+|噢+|嗯+|额|呃|哎呀|哎|唉|啊|好吧|好的|好嘞|好|行吧|行|中|ok|那就|那么|那)+`)
	// reAsideField names the free text the aside is about: "摘要稍等…",
	// "简介我重新发", "我再发一遍简介".
	reAsideFieldHead = regexp.MustCompile(`^(?:内容)?(简介|摘要)(?:的话|这块|这个|这段|呢|啊|吧)?`)
	reAsideFieldTail = regexp.MustCompile(`(?:内容)?(简介|摘要)(?:哈|啊|吧|了|呀)?$`)
	// reAsideWait asks the bot to wait: "稍等", "你等我一下", "等我会儿".
	reAsideWait = regexp.MustCompile(`^(?:你|您)?(?:先|再)?(?:稍等|稍等一下|等一下|等一等|等等|等下|等会儿?|等我一下|等我会儿?|等我一会儿?|等我)(?:片刻|一下|哈|啊|呀|吧|了)*`)
	// reOwnRework is the user reworking or resending a text themself:
	// "我缩一下", "我自己删一删", "我重新发", "再发一遍". Group 1 is the
	// subject, group 2 the adverbs, group 3 the verb.
	reOwnRework = regexp.MustCompile(`^(我们|俺们|咱们|我|俺|咱)?((?:自己|这就|马上|先|再|回头|一会儿?|等会儿?|待会儿?|现在|重新|得|要|去|来|给你|给您)*)(缩|删|改|减|精简|压缩|缩短|删减|弄|整|写|修|调|重写|重发|发|传|补)(?:一下|一删|一缩|一改|一遍|一次|一版|一段|下|短|掉|点|一点|一些|改|删|缩|过来|给你|给您)*(?:哈|啊|吧|了|呀)?$`)
	// reAsideLater is something to be done later about another matter:
	// "回头让他们重新导一版", "明天找他要".
	reAsideLater = regexp.MustCompile(`^(?:回头|改天|明天|后天|下午|晚上|晚点|过两天|到时候|等会儿?|一会儿?|待会儿?)(?:再|就|我|俺|咱|我们)*(?:让|叫|找|跟|和|给|问|请)\p{Han}{1,12}$`)
	// reAsideOthers has someone else look the text over first: "我让书记看看再发",
	// "我们找领导审一下".
	reAsideOthers = regexp.MustCompile(`^(?:我们|俺们|咱们|我|俺|咱)(?:先|再|得|要|回头|一会儿?|等会儿?)*(?:让|叫|找|请|给)\p{Han}{1,6}?(?:看看|看一下|看下|看一眼|看|过目|过一下|审一下|审审|审核|审|把关|改改|改一下|定一下|定|确认一下|确认)(?:一下)?(?:再发|再说|再弄|再定|了再发|完再发)?(?:吧|哈|啊|呀)?$`)
	// reAsideLength remarks on the length: "字数多了是吧", "太长了啊", "超字数了".
	reAsideLength = regexp.MustCompile(`^(?:这|那|这个|那个|现在|确实|是)?(?:字数|字|篇幅|长度)?(?:有点|有些|稍微|稍|太|是|还是|又|确实)*(?:多了|长了|超了|超出了|超过了|超标了|太多|太长|多|长|超)(?:了)?(?:点|些|一点|一些|几个字)?(?:是吧|是不是|吧|啊|呀|哈|吗|呢|哦|嘛)?$|^超(?:字数|字|出字数)?了?(?:是吧|吧|啊)?$`)
	// reAsksNext announces a question: "我先问个事", "再问一下".
	reAsksNext = regexp.MustCompile(`^(?:我|俺)?(?:先|再|还|想|就)?(?:问|请教)(?:个事|一件事|一下|下|个问题|两个问题|几个问题|你|您)`)
	// reStoredWrong says the text sent was a mistake: "这个不是", "发错人了".
	reStoredWrong = regexp.MustCompile(`^(?:这个|那个|这|那|刚才那个|刚才的?|刚刚的?)?(?:不是|不对|错了)$|^(?:我)?发错(?:人|群|地方|了)?了?$`)
)

// aside is one aside clause read: its kind and the free text it names.
type aside struct {
	kind  string // "wait", "later", "length"
	field slot   // 简介 or 摘要 named in the clause, or ""
	// bare is a wait with nothing else ("等一下"): before a question it is
	// a pause, read with the question (pause.go).
	bare bool
}

// asideOf reads one clause as an aside; ok is false when it may be text.
func asideOf(cl string) (a aside, ok bool) {
	c := strings.Trim(compact(stripEmoji(cl)), "，,。.！!？?~～、 ")
	if c == "" || contestbot.RuneLen(c) > 20 || reStoryWords.MatchString(c) || reNarrates.MatchString(c) {
		return aside{}, false
	}
	c = reAsideLead.ReplaceAllString(c, "")
	if reAsideLength.MatchString(c) && containsAny(c, "字", "篇幅", "长度", "太长", "长了", "超") {
		return aside{kind: "length"}, true
	}
	if reAsideOthers.MatchString(c) {
		return aside{kind: "wait"}, true
	}
	if reAsideLater.MatchString(c) {
		return aside{kind: "later"}, true
	}
	if m := reAsideFieldHead.FindStringSubmatch(c); m != nil {
		a.field = labelSlot(m[1])
		c = c[len(m[0]):]
	}
	wait := false
	if m := reAsideWait.FindString(c); m != "" {
		wait, c = true, c[len(m):]
	}
	if a.field == "" {
		if m := reAsideFieldTail.FindStringSubmatchIndex(c); m != nil && m[0] > 0 {
			a.field, c = labelSlot(c[m[2]:m[3]]), c[:m[0]]
		}
	}
	a.kind = "wait"
	if c == "" {
		a.bare = a.field == ""
		return a, wait
	}
	m := reOwnRework.FindStringSubmatch(c)
	if m == nil {
		return aside{}, false
	}
	// A bare verb ("改一下") may be an answer to something else: an aside
	// has its subject, a wait, an adverb of redoing, or names its text.
	return a, wait || m[1] != "" || m[2] != "" || a.field != ""
}

// asideMessage reads s as asides, chatter and denials, then optionally a
// question: it returns the asides and the question ("" when none). ok is
// false when any clause before the question may be text.
func asideMessage(s string) (asides []aside, question string, ok bool) {
	cls := splitClauses(s)
	for i, cl := range cls {
		c := strings.Trim(compact(cl), "，,。.！!？?~～、 ")
		switch {
		case c == "" || isChatter(c) || reAsideLead.ReplaceAllString(c, "") == "" || reStoredWrong.MatchString(c) || isDenial(c):
			continue
		}
		if a, ok := asideOf(cl); ok {
			asides = append(asides, a)
			continue
		}
		if len(asides) > 0 && !allBare(asides) && (reAsksNext.MatchString(c) || reTalkStart.MatchString(c) || isQuestion(cl) || askedYesNo(cl)) {
			question = joinClauses(cls[i:])
			if !isQuestion(question) && !askedYesNo(question) {
				return nil, "", false
			}
			return asides, question, true
		}
		return nil, "", false
	}
	return asides, "", len(asides) > 0
}

func allBare(as []aside) bool {
	for _, a := range as {
		if !a.bare {
			return false
		}
	}
	return true
}

// asideAtText answers an aside message: at a 简介/摘要 step any aside; at
// another step only a rework of a named 简介/摘要 ("简介我重新发" at the
// declarations), which takes the form back to that text. Nothing is stored.
func (t *turn) asideAtText(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if t.nested || t.st.Mode != modeForm && t.st.Mode != modeEdit {
		return "", false
	}
	asides, q, ok := asideMessage(s)
	if !ok {
		return "", false
	}
	var to slot // the text the user will resend
	for _, a := range asides {
		if a.field != "" && a.kind == "wait" {
			to = a.field
		}
	}
	if !pending.freeText() && to == "" {
		return "", false
	}
	var lines []string
	if q != "" {
		a := t.talkAnswer(q, pending)
		if a == "" {
			a = "您问的这一点我没看懂，可以换个说法再问我。"
		}
		lines = append(lines, a)
	}
	said := map[string]bool{}
	for _, a := range asides {
		if said[a.kind] {
			continue
		}
		said[a.kind] = true
		switch a.kind {
		case "length":
			if pending == slot(contestbot.FieldSynopsis) {
				lines = append(lines, "通知没有规定内容简介的字数，一两句话讲清片子内容就行；内容摘要要在100字以内。")
			} else {
				lines = append(lines, "是的，内容摘要要在100字以内（见通知 附件3）。")
			}
		case "later":
			lines = append(lines, "好的。")
		}
	}
	if said["wait"] {
		switch {
		case to != "" && to != pending && textPtr(e, to) != nil && *textPtr(e, to) != "":
			lines = append(lines, "好的，等您发来新的"+to.label()+"，收到后替换原来的。")
		default:
			lines = append(lines, "好的，不着急，写好了直接发给我就行。")
		}
	}
	if to != "" && to != pending {
		t.st.Pending = to
		pending = to
		return strings.TrimSpace(strings.Join(lines, "\n") + "\n\n" + t.question(e, to)), true
	}
	return reask(strings.Join(lines, "\n")), true
}
