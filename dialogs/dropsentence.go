package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"contestbot"
)

// s8-h (issue #10, round 20, rp94 p94b): a sentence of a stored 简介 or 摘要
// taken back in words, without quoting it: "第一句不算", "前面那句不要",
// "简介前面那句话不算啊 那个是我跟同事说的 从影片讲述开始才是简介". Dictation
// puts what the user said to a colleague before the text; the user then
// points at it by place, or says where the text really starts. Sentences
// are those of sentencefix.go, which reads the strict forms ("简介前面那句
// 不要"); this reads them inside talk. The cut is echoed with the text as it
// now stands.

var (
	// reDropPointer points at one sentence by place.
	reDropPointer = regexp.MustCompile(`(?:` + sentencePos + `|第一句|头一句|开头(?:那|的|这)?一?句|(?:最)?前面(?:那|的|这)?一?句|(?:最)?前头(?:那|的|这)?一?句|最后一句|最后(?:那|的|这)一?句|(?:最)?后面(?:那|的|这)?一?句|末尾(?:那|的|这)?一?句)(?:话)?`)
	// reDropVerb is what is to happen to it: it is no part of the text.
	reDropVerb = regexp.MustCompile(`^(?:啊|呀|的话)?(?:不算|不要了?|不用|去掉|删掉|删了|删除|拿掉|多余|是多余的|不是(?:简介|摘要)|不对)`)
	// reTextStart says where the text really starts: "从影片讲述开始才是简介",
	// "从“影片讲述”开始".
	reTextStart = regexp.MustCompile(`从[“"「]?([^”"」，,。\s]{2,16}?)[”"」]?(?:这里|那里|这儿|那儿)?(?:开始|起)(?:才是|是|算|才算)?`)
)

// sentenceDrop is a request to take a sentence out of a text field.
type sentenceDrop struct {
	field slot   // named, or "" for the text stored last
	last  bool   // the last sentence, not the first
	start string // the words the text starts with, when said
}

// readSentenceDrop reads s as a request to take a sentence out of a text.
func readSentenceDrop(s string) (sentenceDrop, bool) {
	c := compact(s)
	if contestbot.RuneLen(c) > 60 || isQuestion(s) {
		return sentenceDrop{}, false
	}
	var d sentenceDrop
	found := false
	for _, loc := range reDropPointer.FindAllStringIndex(c, -1) {
		if reDropVerb.MatchString(c[loc[1]:]) {
			found = true
			d.last = strings.Contains(c[loc[0]:loc[1]], "最后") || strings.Contains(c[loc[0]:loc[1]], "后面") || strings.Contains(c[loc[0]:loc[1]], "末尾")
			break
		}
	}
	if m := reTextStart.FindStringSubmatch(c); m != nil {
		d.start = m[1]
		found = found || reTextWord.MatchString(c[strings.Index(c, m[0])+len(m[0]):])
	}
	if !found {
		return sentenceDrop{}, false
	}
	if f := firstNamedField(c); f.freeText() {
		d.field = f
	}
	return d, true
}

// reTextWord names the text after "从…开始才是": "简介", "摘要".
var reTextWord = regexp.MustCompile(`^(?:内容|作品)?(?:简介|摘要|正文)`)

// dropSentence acts on a request to take a sentence out of a stored text.
func (t *turn) dropSentence(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	d, ok := readSentenceDrop(s)
	if !ok {
		return "", false
	}
	f := d.field
	if f == "" && t.st.Prev.freeText() {
		f = t.st.Prev
	}
	if f == "" {
		f = slot(contestbot.FieldSynopsis)
		if e.Summary != "" && e.Summary != e.Synopsis && pending != slot(contestbot.FieldSummary) {
			f = slot(contestbot.FieldSummary)
		}
	}
	p := textPtr(e, f)
	if p == nil || *p == "" {
		return "", false
	}
	v := *p
	var i, j int
	switch {
	case d.start != "":
		k := strings.Index(v, d.start)
		if k < 0 {
			return reask(fmt.Sprintf("%s里没找到“%s”，没有改动。%s现在是：%s", f.label(), d.start, f.label(), display(t.c.season, e, f))), true
		}
		if k == 0 {
			return reask(fmt.Sprintf("%s已经是从“%s”开始的，不用改。%s现在是：%s", f.label(), d.start, f.label(), display(t.c.season, e, f))), true
		}
		i, j = 0, k
	default:
		ss := sentences(v) // sentencefix.go
		if len(ss) < 2 {
			return reask(fmt.Sprintf("%s只有一句，去掉就空了，没有改动。想重写就直接发新的%s。", f.label(), f.label())), true
		}
		i, j = 0, len(ss[0])
		if d.last {
			i, j = len(v)-len(ss[len(ss)-1]), len(v)
		}
	}
	cut := strings.TrimSpace(v[i:j])
	nv := strings.TrimSpace(v[:i] + v[j:])
	nv = strings.TrimLeftFunc(nv, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("，,。；;、", r) })
	if nv == "" {
		return reask(fmt.Sprintf("去掉后%s就空了，没有改动。想重写就直接发新的%s。", f.label(), f.label())), true
	}
	synopsisSummary := f == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis
	*p = nv
	if synopsisSummary && contestbot.RuneLen(e.Synopsis) <= contestbot.MaxSummaryRunes {
		e.Summary = e.Synopsis
	}
	t.touch(e)
	t.undo, t.st.Undo = nil, nil
	head := fmt.Sprintf("好的，已去掉“%s”，%s现在是：%s", clip(cut, 30), f.label(), display(t.c.season, e, f))
	return t.afterTextChange(e, f, head, pending, reask), true
}
