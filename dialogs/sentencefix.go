package dialogs

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// This file edits one sentence of a stored 简介 or 摘要 on request, as the
// user sees the text in the echo: "把简介最后一句换成…", "简介里那句…不对，
// 应该是…", "简介前面那句不要". The rest of the text stays as it was; the
// result is echoed. A request is never appended to the text.

var (
	// reSentenceSwap: "把简介最后一句换成…", "摘要第二句改为：…".
	reSentenceSwap = regexp.MustCompile(`^(?:请|麻烦)?(?:把|将)?(?:内容)?(简介|摘要)(?:里|中|里面)?(?:的)?(` + sentencePos + `)(?:话)?(?:换成|改成|改为|换为|替换成|替换为|写成)[：:，,\s]*(.+)$`)
	// reSentenceDrop: "简介前面那句不要", "把摘要最后一句删掉".
	reSentenceDrop = regexp.MustCompile(`^(?:请|麻烦)?(?:把|将)?(?:内容)?(简介|摘要)(?:里|中|里面)?(?:的)?(` + sentencePos + `)(?:话)?(?:给)?(?:不要了?|删掉|删了|删除|去掉|去了|拿掉)(?:吧|了|就行)?[。.!！]*$`)
	// reSentenceFix: "简介里那句展现了…不对，应该是…".
	reSentenceFix = regexp.MustCompile(`^(?:内容)?(简介|摘要)(?:里|中|里面)?(?:的)?(?:那句|这句|有一句|一句)(?:话)?[：:]?[“"「]?(.+?)[”"」]?(?:不对|有误|错了|写错了)[，,。\s]*(?:应该是|应为|应该写|改成|改为|换成|是)[：:，,\s]*(.+)$`)
)

// reSentenceAdd asks for a sentence at the end: "那你简介后头加一句 讲清楚…",
// "简介最后还有一句 讲清楚… 这一句你给加上", "内容简介少了后半截 后头还有…".
var (
	reSentenceAdd     = regexp.MustCompile(`^(?:那|那就|麻烦|请)?(?:你|您)?(?:在|给|把)?(?:内容)?(简介|摘要)(?:的|里)?(?:后头|后面|最后|末尾|结尾|后边)(?:再)?(?:加|添|补|加上|添上|补上|加个|补个)(?:一句|一段|上一句|个)?(?:话)?[：:，,\s]*(.+)$`)
	reSentenceMissing = regexp.MustCompile(`^(?:内容)?(简介|摘要)(?:里|的)?(?:最后|后头|后面)?(?:还有|少了|漏了|缺了)(?:一句|半截|后半截|一段|几句)(?:话)?[：:，,\s]*(?:后头还有|后面还有|还有|是)?[：:，,\s]*(.+?)[，,\s]*(?:这一?句(?:话)?)?(?:你|您)?(?:给)?(?:加上|补上|添上|加进去|补进去)?(?:吧|了|一下)?[。]?$`)
)

// sentencePos names a sentence by its place.
const sentencePos = `最后一句|最后那句|末尾那句|结尾那句|最后面那句|后面那句|后头那句|第一句|开头那句|开头一句|前面那句|前头那句|第[一二三四五六七八九十\d]句`

// sentences splits a free text into sentences, each with its end mark;
// a text of one sentence splits at its clauses.
func sentences(v string) []string {
	var out []string
	start := 0
	for i, r := range v {
		if strings.ContainsRune("。！!？?；;\n", r) {
			end := i + utf8.RuneLen(r)
			out = append(out, v[start:end])
			start = end
		}
	}
	if strings.TrimSpace(v[start:]) != "" {
		out = append(out, v[start:])
	}
	if len(out) <= 1 {
		if cls := splitClauses(v); len(cls) > 1 {
			return cls
		}
	}
	return out
}

// sentenceIndex reads a place ("最后一句", "第二句") among n sentences.
func sentenceIndex(pos string, n int) int {
	switch {
	case strings.HasPrefix(pos, "最后"), strings.HasPrefix(pos, "末尾"), strings.HasPrefix(pos, "结尾"), strings.HasPrefix(pos, "后"):
		return n - 1
	case strings.HasPrefix(pos, "第"):
		k := strings.TrimSuffix(strings.TrimPrefix(pos, "第"), "句")
		if i, err := strconv.Atoi(k); err == nil {
			return i - 1
		}
		if i := strings.Index("一二三四五六七八九十", k); i >= 0 {
			return i / len("一")
		}
		return -1
	default:
		return 0
	}
}

// endMark is the sentence end of s ("。"), "" when none.
func endMark(s string) string {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	if strings.ContainsRune("。！!？?；;，,", r) {
		return string(r)
	}
	return ""
}

// editSentence acts on a request to replace or drop one sentence of a
// stored 简介 or 摘要.
func (t *turn) editSentence(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	c := strings.TrimSpace(s)
	var f slot
	var parts []string
	var i int
	var repl string
	field := func(name string) slot {
		if name == "摘要" {
			return slot(contestbot.FieldSummary)
		}
		return slot(contestbot.FieldSynopsis)
	}
	// stored is the field a request names and its text, ok false when empty.
	stored := func(name string) (slot, string, bool) {
		f := field(name)
		p := textPtr(e, f)
		if p == nil || *p == "" {
			return f, "", false
		}
		return f, *p, true
	}
	var text string
	var ok bool
	what, rest := "", ""
	switch {
	case reSentenceSwap.MatchString(c):
		m := reSentenceSwap.FindStringSubmatch(c)
		if f, text, ok = stored(m[1]); !ok {
			return "", false
		}
		parts = sentences(text)
		i = sentenceIndex(m[2], len(parts))
		repl = strings.TrimSpace(m[3])
		what = "换成了"
	case reSentenceDrop.MatchString(c):
		m := reSentenceDrop.FindStringSubmatch(c)
		if f, text, ok = stored(m[1]); !ok {
			return "", false
		}
		parts = sentences(text)
		i = sentenceIndex(m[2], len(parts))
		what = "去掉了"
	case reSentenceFix.MatchString(c):
		m := reSentenceFix.FindStringSubmatch(c)
		if f, text, ok = stored(m[1]); !ok {
			return "", false
		}
		a, b, found := findLoose(text, strings.TrimRight(m[2], "，,。 "), false, false)
		if !found {
			return reask(fmt.Sprintf("%s里没找到“%s”，没有改动。也可以直接发整段新的%s。", f.label(), m[2], f.label())), true
		}
		parts = []string{text[:a], text[a:b], text[b:]}
		i = 1
		repl = strings.TrimSpace(m[3])
		if endMark(parts[1]) == "" {
			repl = strings.TrimRight(repl, "。.")
		}
		what = "改成了"
	case reSentenceAdd.MatchString(c) || reSentenceMissing.MatchString(c):
		m := reSentenceAdd.FindStringSubmatch(c)
		if m == nil {
			m = reSentenceMissing.FindStringSubmatch(c)
		}
		f, text, ok = stored(m[1])
		repl, rest = cutOtherRequest(strings.TrimSpace(m[2]))
		if !ok || repl == "" {
			return "", false
		}
		if _, _, dup := findLoose(text, repl, false, true); dup {
			return reask(fmt.Sprintf("%s末尾已经有这句了，没有改动。%s现在是：%s", f.label(), f.label(), display(t.c.season, e, f))), true
		}
		v := strings.TrimSpace(text)
		switch mark := endMark(v); {
		case strings.ContainsAny(mark, "。！!？?；;"):
			if endMark(repl) == "" {
				repl += mark
			}
		case mark != "":
		case strings.ContainsAny(v, "，,。"):
			repl = "，" + repl
		default:
			repl = " " + repl // a spoken text set off by spaces
		}
		parts = []string{v, ""}
		i = 1
		what = "加上了"
	default:
		return "", false
	}
	if i < 0 || i >= len(parts) {
		return reask(fmt.Sprintf("%s没有这一句，没有改动。%s现在是：%s", f.label(), f.label(), display(t.c.season, e, f))), true
	}
	old := parts[i]
	if what == "换成了" && endMark(repl) == "" {
		repl += endMark(old)
	}
	if what == "去掉了" && len(parts) == 1 {
		return reask(fmt.Sprintf("去掉这句后%s就空了，没有改动。想重写就直接发新的%s。", f.label(), f.label())), true
	}
	parts[i] = repl
	v := strings.TrimSpace(strings.Join(parts, ""))
	if what == "去掉了" && i == len(parts)-1 {
		// the sentence before keeps a full stop
		if m := endMark(v); m == "，" || m == "," {
			v = strings.TrimRight(v, "，,") + "。"
		}
	}
	p := textPtr(e, f)
	synopsisSummary := f == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis
	*p = v
	if synopsisSummary && contestbot.RuneLen(v) <= contestbot.MaxSummaryRunes {
		e.Summary = v
	}
	t.touch(e)
	t.undo, t.st.Undo = nil, nil
	head := fmt.Sprintf("好的，已%s“%s”，%s现在是：%s", what, strings.TrimSpace(old), f.label(), display(t.c.season, e, f))
	if what == "加上了" {
		head = fmt.Sprintf("好的，已在%s末尾加上“%s”，%s现在是：%s", f.label(), strings.TrimSpace(strings.TrimLeft(repl, "，")), f.label(), display(t.c.season, e, f))
	} else if what != "去掉了" {
		head = fmt.Sprintf("好的，“%s”已%s“%s”，%s现在是：%s", strings.TrimSpace(old), what, strings.TrimSpace(repl), f.label(), display(t.c.season, e, f))
	}
	if rest != "" {
		// "… 摘要那一栏也不对 摘要就跟简介一样": the next request in the message.
		return head + "\n" + t.formRest(e, rest), true
	}
	return t.afterTextChange(e, f, head, pending, reask), true // s6-o summaryhelp.go
}

// reOtherRequest starts a clause that turns to another field or request:
// "摘要那一栏也不对", "内容摘要就跟简介一样".
var reOtherRequest = regexp.MustCompile(`^(?:另外|还有|对了)?(?:内容)?(?:摘要|简介|片名|时长|联系人|电话)`)

// cutOtherRequest cuts the text to add at the first clause that turns to
// another field: text is what to add, rest the request after it.
func cutOtherRequest(s string) (text, rest string) {
	cls := splitClauses(s)
	for i := 1; i < len(cls); i++ {
		if reOtherRequest.MatchString(compact(cls[i])) {
			return strings.TrimRight(strings.TrimSpace(joinClauses(cls[:i])), "，, "), strings.TrimSpace(joinClauses(cls[i:]))
		}
	}
	return s, ""
}
