package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// This file (s6-i) reads a request to delete a thing named by what it is,
// not by its words, from the stored texts: a punctuation mark ("简介前面怎么
// 多了个冒号，帮我把那个冒号删了", rp65 p65b) or a letter's closing ("把落款
// 删掉", "…末尾的“——许文清敬上”系敝人书信落款…烦请删去", rp66 p66a). The
// request applies to the text and is never stored as one. Words quoted or
// counted are removetext.go's.

var (
	// reRemoveNamedVerb is a verb asking to delete.
	reRemoveNamedVerb = regexp.MustCompile(`删去|删掉|删了|删除|去掉|去了|去除|拿掉|不要了?|不用要`)
	// reClosingWord names a letter's closing.
	reClosingWord = regexp.MustCompile(`落款|署名|签名|敬上|谨上`)
	// reMarkWord names a mark, with the marks voice input spells out
	// (spokenmarks.go) and a few more.
	reMarkWord = regexp.MustCompile(`冒号|逗号|句号|顿号|问号|感叹号|叹号|分号|空格`)
)

// markOfName is the marks a mark's name stands for.
func markOfName(name string) string {
	for _, m := range markNames {
		if m.name == name {
			return m.mark + map[string]string{"：": ":", "，": ",", "？": "?", "！": "!", "。": "."}[m.mark]
		}
	}
	switch name {
	case "分号":
		return "；;"
	case "空格":
		return " \u3000"
	}
	return ""
}

// removeNamed deletes a named mark or a closing from the stored texts when s
// asks for it; ok is false when s is no such request.
func (t *turn) removeNamed(e *contestbot.Entry, s string) (string, bool) {
	c := compact(s)
	if e == nil || contestbot.RuneLen(c) > 90 || !reRemoveNamedVerb.MatchString(c) || reStoryWords.MatchString(c) && !reClosingWord.MatchString(c) {
		return "", false
	}
	if containsAny(c, "不要删", "别删", "不用删", "不要去掉", "别去掉", "不用去掉", "不删", "先别") {
		return "", false // "逗号不要删"
	}
	for _, cl := range splitClauses(s) {
		if reRemoveNamedVerb.MatchString(compact(cl)) && isQuestion(cl) {
			return "", false // "冒号要不要删掉？": a question, answered elsewhere
		}
	}
	fields := namedTextFields(c)
	oldSynopsis := e.Synopsis
	var done []slot
	var what string
	switch {
	case reClosingWord.MatchString(c) || quotedClosing(s):
		what = "落款"
		if len(fields) == 0 {
			fields = []slot{slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary), slot(contestbot.FieldTitle)}
		}
		for _, f := range fields {
			p := textPtr(e, f)
			if p == nil || *p == "" {
				continue
			}
			if v := stripSignoff(*p); v != *p {
				*p = v
				done = append(done, f)
			}
		}
	case reMarkWord.MatchString(c):
		name := reMarkWord.FindString(c)
		marks := markOfName(name)
		what = name
		if len(fields) == 0 {
			fields = []slot{slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary), slot(contestbot.FieldTitle),
				slot(contestbot.FieldProducer), slot(contestbot.FieldUnit)}
		}
		front, back := reFrontWords.MatchString(c), reBackWords.MatchString(c)
		for _, f := range fields {
			p := textPtr(e, f)
			if p == nil || *p == "" {
				continue
			}
			if v, ok := cutMark(*p, marks, front, back); ok {
				*p = v
				done = append(done, f)
				if len(namedTextFields(c)) == 0 {
					break // unnamed: the first text that has it
				}
			}
		}
	default:
		return "", false
	}
	if len(done) == 0 {
		where := "已填的内容"
		if len(fields) == 1 {
			where = fields[0].label()
		}
		return t.withPending(fmt.Sprintf("%s里没有找到%s，没有改动。", where, what)), true
	}
	if e.Synopsis != oldSynopsis && e.Summary == oldSynopsis && contestbot.RuneLen(e.Synopsis) <= contestbot.MaxSummaryRunes {
		e.Summary = e.Synopsis // a 摘要 "同简介" follows the 简介, as in removetext.go
	}
	t.touch(e)
	t.undo, t.st.Undo = nil, nil
	var b strings.Builder
	fmt.Fprintf(&b, "好的，已去掉%s。", what)
	for _, f := range done {
		fmt.Fprintf(&b, "\n%s现在是：%s", f.label(), display(t.c.season, e, f))
		if t.st.Mode == modeEdit || t.st.Pending == slot(contestbot.FieldCopyright) {
			t.event(e, "用户修改："+f.label())
		}
	}
	if t.st.Mode == modeEdit || t.st.Pending == slot(contestbot.FieldCopyright) {
		return b.String() + "\n\n" + t.question(e, slot(contestbot.FieldCopyright)), true
	}
	if t.st.Pending != "" {
		return b.String() + "\n\n" + t.question(e, t.st.Pending), true
	}
	return b.String(), true
}

// namedTextFields are the text fields named in c: "内容简介与内容摘要末尾的…"
// names both.
func namedTextFields(c string) []slot {
	var out []slot
	for _, n := range []struct {
		re *regexp.Regexp
		f  slot
	}{
		{reNamesSynopsis, slot(contestbot.FieldSynopsis)},
		{reNamesSummary, slot(contestbot.FieldSummary)},
		{reNamesTitle, slot(contestbot.FieldTitle)},
		{reNamesProducer, slot(contestbot.FieldProducer)},
		{reNamesUnit, slot(contestbot.FieldUnit)},
	} {
		if n.re.MatchString(c) {
			out = append(out, n.f)
		}
	}
	return out
}

var (
	reNamesSynopsis = regexp.MustCompile(`简介`)
	reNamesSummary  = regexp.MustCompile(`摘要`)
	reNamesTitle    = regexp.MustCompile(`片名|作品名称|标题`)
	reNamesProducer = regexp.MustCompile(`制作单位`)
	reNamesUnit     = regexp.MustCompile(`推荐单位`)
)

// quotedClosing reports whether s quotes a letter's closing: "“——许文清敬上”".
func quotedClosing(s string) bool {
	for _, m := range reQuotedWords.FindAllStringSubmatch(s, -1) {
		if stripSignoff("正文。"+m[1]) == "正文。" {
			return true
		}
	}
	return false
}

// cutMark takes one of marks out of v: at the start when front, at the end
// when back, else at whichever end has it, else the only one inside.
func cutMark(v, marks string, front, back bool) (string, bool) {
	trimmedFront := strings.TrimLeft(v, marks)
	trimmedBack := strings.TrimRight(v, marks)
	switch {
	case front && !back:
		return trimmedFront, trimmedFront != v && trimmedFront != ""
	case back && !front:
		return trimmedBack, trimmedBack != v && trimmedBack != ""
	case trimmedFront != v && trimmedFront != "":
		return trimmedFront, true
	}
	n, at := 0, -1
	for i, r := range v {
		if strings.ContainsRune(marks, r) {
			n++
			at = i
		}
	}
	if n == 1 {
		_, size := utf8.DecodeRuneInString(v[at:])
		return v[:at] + v[at+size:], true
	}
	return v, false
}
