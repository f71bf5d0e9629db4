package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s12-b (round 31, rp148): a character fixed by the word it stands in,
// said in own words: "简介里面有个字错了生态知识宣将的将应该是讲话的讲" was not
// understood ("内容简介里没找到…"), though "把宣将改成宣讲" worked. The message
// names the wrong character after the words it stands in (宣将的将), then the
// right one, alone or inside a word that holds it (讲话的讲). The words before
// 的 are matched against the stored text fields: the shortest run that ends
// there, holds the wrong character and occurs exactly once in a field is
// the place. The message is then rewritten as the edit that already works
// ("内容简介里的宣将改成宣讲", sentencefix.go), which echoes the changed
// sentence. With the field named only it is searched; with none, every text
// field, and a run found in several asks which one. A run found nowhere
// leaves the message to the older readers.

// reCtxCharFix is "…CONTEXT的OLD[字][错了] 应该是 [HOST的]NEW[字]".
var reCtxCharFix = regexp.MustCompile(`的(\p{Han})字?(?:错了|打错了|写错了|不对)?[，,\s]*(?:应该是|应为|该是|要改成|改成|换成|改为|得是)[\s]*(?:(\p{Han}{1,6}?)(?:的|那个|嘞|哩))?(\p{Han})字?(?:才对|吧|啊|哈)?[。！!]*$`)

// ctxCharFix rewrites s as "LABEL里的CTX改成NEW" when it fixes a character
// by its context; ask is a question when the context is in several fields.
func ctxCharFix(e *contestbot.Entry, s string) (out, ask string, ok bool) {
	if e == nil {
		return s, "", false
	}
	n := strings.TrimSpace(contestbot.NormalizeWidth(s))
	if utf8.RuneCountInString(n) > 60 || strings.ContainsAny(n, "?？") {
		return s, "", false
	}
	m := reCtxCharFix.FindStringSubmatchIndex(n)
	if m == nil {
		return s, "", false
	}
	old, _ := utf8.DecodeRuneInString(n[m[2]:m[3]])
	nw, _ := utf8.DecodeRuneInString(n[m[6]:m[7]])
	if old == nw || m[4] >= 0 && !strings.ContainsRune(n[m[4]:m[5]], nw) {
		return s, "", false // "讲话的讲": the host word holds the new character
	}
	pre := []rune(strings.TrimSpace(n[:m[0]]))
	named := firstNamedField(compact(string(pre)))
	type hit struct {
		f   slot
		ctx string
	}
	var hits []hit
	for _, f := range textFixSlots { // ownfix.go
		if named != "" && named != f {
			continue
		}
		p := textPtr(e, f)
		if p == nil || *p == "" || f == slot(contestbot.FieldSummary) && *p == e.Synopsis && named == "" {
			continue // a 摘要 given as 同简介 follows the 简介
		}
		for l := 2; l <= min(len(pre), 12); l++ {
			ctx := string(pre[len(pre)-l:])
			if strings.ContainsAny(ctx, " ，,。；;：:") || !strings.ContainsRune(ctx, old) {
				continue
			}
			if strings.Count(*p, ctx) == 1 {
				hits = append(hits, hit{f, ctx})
				break
			}
		}
	}
	switch len(hits) {
	case 0:
		return s, "", false
	case 1:
		h := hits[0]
		i := strings.LastIndex(h.ctx, string(old))
		fixed := h.ctx[:i] + string(nw) + h.ctx[i+len(string(old)):]
		return h.f.label() + "里的" + h.ctx + "改成" + fixed, "", true
	}
	var names []string
	for _, h := range hits {
		names = append(names, h.f.label())
	}
	return s, fmt.Sprintf("%s里都有“%s”，要改哪一项？例如“%s里的%s改成…”", strings.Join(names, "和"), hits[0].ctx, hits[0].f.label(), hits[0].ctx), true
}
