package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// This file corrects words inside a stored 简介 or 摘要 when the user says so
// in a sentence, at any later step: "简介里那个2023年写错了 应该是2024年",
// "摘要第一句里的三十年改成二十年", "简介里“乡村”改成“农村”". The words are
// found in the stored text (in the sentence named, if one is), replaced, and
// the whole text is echoed. A request is never stored as the text: words
// that are not there change nothing and say so. Replacing, dropping or
// adding whole sentences is sentencefix.go.

var (
	// reWordFix: "(把)简介里(那个)X(写错了)，应该是Y", "摘要第一句里的X改成Y".
	reWordFix = regexp.MustCompile(`^(?:请|麻烦|帮我)?(?:你|您)?(?:把|将)?(?:内容)?(简介|摘要)(?:里|中|里面|里头|里边)?(?:的)?(?:(` + sentencePos + `)(?:话)?(?:里|中|里面|里头)?(?:的)?)?(?:那个|这个|那几个字|这几个字|有个|有一处)?[“"「‘']?(.+?)[”"」’']?(?:这个词|这几个字|那几个字|几个字|俩字)?(?:写错了|打错了|弄错了|搞错了|错了|不对|有误|写得不对)?[，,。；;\s]*(?:应该是|应为|应是|应该写|应该写成|应该改成|改成|改为|换成|换为|写成|其实是)[：:，,\s]*[“"「‘']?(.+?)[”"」’']?(?:吧|了|就行|就对了)?[。.!！]*$`)
	// reTextEditTalk is a request about the stored text, never a text:
	// "里那个2023年写错了…", "第一句里的…改成…" (what is left of
	// "简介里那个…" once the label is read).
	reTextEditTalk = regexp.MustCompile(`^(?:里|中的|里面|里头|里边)(?:的)?(?:那个|这个|那句|这句|有个|有一处|[^，,。]{1,20}?(?:写错|打错|不对|有误|改成|换成|改一下|改下|改改|改一改))|^(?:的)?(?:` + sentencePos + `)(?:话)?(?:里|中|的|改|换|不要|删|去掉)|(?:写错了|打错了|弄错了|不对|有误)[，,。；;\s]*(?:应该是|应为|应该写|改成|改为|换成)|(?:这|那)?(?:几|[一二两三四五六七八九十\d]+|俩|仨)个?字(?:给)?(?:删掉|删了|去掉|去了|不要)`)
)

// textEditTalk reports whether v, a value read for a 简介 or 摘要, is a
// request to change the stored text rather than the text.
func textEditTalk(v string) bool {
	c := compact(v)
	return c != "" && contestbot.RuneLen(c) <= 60 && reTextEditTalk.MatchString(c)
}

// wordFix replaces words of a stored 简介 or 摘要 on request. ok is false
// when s asks for no such change.
func (t *turn) wordFix(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	m := reWordFix.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		if said, rest := wordFixSaid(s); rest == "" {
			m = said // s7-b wordask.go: "简介里豫西那个改一下 是豫南"
		}
	}
	if m == nil || contestbot.RuneLen(s) > 120 {
		return "", false
	}
	f := slot(contestbot.FieldSynopsis)
	if m[1] == "摘要" {
		f = slot(contestbot.FieldSummary)
	}
	old, repl := strings.TrimSpace(m[3]), strings.TrimSpace(m[4])
	old = strings.TrimRight(old, "，,。 ")
	if old == "" || repl == "" || old == repl || contestbot.RuneLen(old) > 40 {
		return "", false
	}
	p := textPtr(e, f)
	if p == nil || *p == "" {
		return reask(fmt.Sprintf("还没有%s，没有可改的。请直接发%s的内容。", f.label(), f.label())), true
	}
	text := *p
	lo, hi := 0, len(text)
	if m[2] != "" {
		// Only inside the sentence named: "摘要第一句里的三十年".
		parts := sentences(text)
		i := sentenceIndex(m[2], len(parts))
		if i < 0 || i >= len(parts) {
			return reask(fmt.Sprintf("%s没有这一句，没有改动。%s现在是：%s", f.label(), f.label(), display(t.c.season, e, f))), true
		}
		for _, x := range parts[:i] {
			lo += len(x)
		}
		hi = lo + len(parts[i])
	}
	a, b, found := findLoose(text[lo:hi], old, false, false)
	if !found && (strings.ContainsAny(old, "，,；;") || contestbot.RuneLen(old) > 15) {
		// "摘要一项误将我的问话一并录入，…烦请改为：…": a preface before a new
		// text, no words of the old one (framing.go reads it).
		return "", false
	}
	if !found {
		return reask(fmt.Sprintf("%s里没找到“%s”，没有改动。%s现在是：%s", f.label(), old, f.label(), display(t.c.season, e, f))), true
	}
	a, b = a+lo, b+lo
	if endMark(text[a:b]) == "" {
		repl = strings.TrimRight(repl, "。.")
	}
	v := strings.TrimSpace(text[:a] + repl + text[b:])
	if f == slot(contestbot.FieldSummary) && contestbot.RuneLen(v) > contestbot.MaxSummaryRunes {
		return reask(fmt.Sprintf("改后内容摘要有%d字，超过100字，没有改动。", contestbot.RuneLen(v))), true
	}
	synopsisSummary := f == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis
	*p = v
	if synopsisSummary && contestbot.RuneLen(v) <= contestbot.MaxSummaryRunes {
		e.Summary = v
	}
	t.touch(e)
	t.undo, t.st.Undo = nil, nil
	head := fmt.Sprintf("好的，“%s”已改成“%s”，%s现在是：“%s”", text[a:b], repl, f.label(), changedPart(v, a+len(repl)))
	if t.st.Mode == modeEdit || pending == slot(contestbot.FieldCopyright) {
		t.event(e, "用户修改："+f.label())
		return head + "\n\n" + t.question(e, slot(contestbot.FieldCopyright)), true
	}
	return reask(head), true
}

// changedPart is what the echo of a changed text shows: the whole text when
// short, else the sentence holding byte offset at, so the change is seen.
func changedPart(v string, at int) string {
	if contestbot.RuneLen(v) <= 120 {
		return v
	}
	off := 0
	for _, x := range sentences(v) {
		if at <= off+len(x) {
			return "…" + strings.TrimSpace(x) + "…"
		}
		off += len(x)
	}
	return v
}

// textEditRequest reports whether s asks to change words or a sentence of
// a stored 简介 or 摘要.
func textEditRequest(s string) bool {
	c := strings.TrimSpace(s)
	for _, re := range []*regexp.Regexp{reWordFix, reSentenceSwap, reSentenceDrop, reSentenceFix, reSentenceAdd, reSentenceMissing} {
		if re.MatchString(c) {
			return true
		}
	}
	return false
}

// textEditIdle acts on a change of a stored text said with no form open:
// it goes to the newest draft, else to the work completed last, and the
// reply names the work.
func (t *turn) textEditIdle(s string) (string, bool) {
	if !textEditRequest(s) {
		return "", false
	}
	if d := t.latestDraft(); d != nil {
		t.st.focus(modeForm, d)
		return "接着填《" + d.DisplayTitle() + "》的报名表。\n" + t.formInput(d, s), true
	}
	if e := t.byID(t.st.LastID); e != nil && e.Status == contestbot.StatusComplete {
		t.st.focus(modeEdit, e)
		return "改《" + e.DisplayTitle() + "》：" + t.formInput(e, s), true
	}
	return "", false
}
