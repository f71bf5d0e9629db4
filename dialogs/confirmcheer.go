package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s10-f (round 26: rp124 "确认 冲！", rp123 "行 那就动画 确认"): a message at the
// summary that confirms and asks nothing confirms, also when
//   - a cheer follows the confirm word ("确认 冲！", "确认 冲冲冲", "确认，加油💪",
//     "提交 搞定"): said after the confirmation, it changes nothing;
//   - a clause restates a value exactly as the summary shows it ("那就动画" with
//     分类 动画制作 stored; "时长就2分36秒"): read by the form's own parser
//     on a copy, it sets only fields to what they hold already.
// A clause that would change a value ("那就AI生成 确认" with 动画制作 stored), a
// question, or a word the readers do not know keeps it no consent, as before.

// reCheer is a cheer said after confirming.
var reCheer = regexp.MustCompile(`(?i)(?:冲+鸭?|加油+|耶+|yeah|搞定|走起|走你|奥利给|稳了|完美|棒|nice|gogo*|over|done|ok了)[啊呀吧哈了!！~～。.]*$`)

// withoutCheer returns s without cheers after a confirm word, and whether
// any were taken off.
func withoutCheer(s string) (string, bool) {
	c := bareNoSymbols(s)
	cut := false
	for {
		loc := reCheer.FindStringIndex(c)
		if loc == nil || loc[0] == 0 {
			break
		}
		c, cut = strings.TrimRight(c[:loc[0]], " ，,。.!！~～"), true
	}
	if !cut || !reConsentWordEnd.MatchString(c) {
		return s, false
	}
	return c, true
}

// reConsentWordEnd is a confirm word at the end, with its particles.
var reConsentWordEnd = regexp.MustCompile(`(?:` + reConsentWord.String() + `)[啊呀吧哈了啦]*$`)

// consentsOwn reports whether s confirms the summary of e with a cheer
// after the confirm word or a value restated as stored (see above).
func (t *turn) consentsOwn(e *contestbot.Entry, s string) bool {
	if isQuestion(s) || strings.TrimSpace(s) == "" {
		return false
	}
	if c, ok := withoutCheer(s); ok && consents(c) {
		return true
	}
	cls := splitClauses(stripEmoji(contestbot.NormalizeWidth(s)))
	if len(cls) < 2 {
		return false
	}
	var kept []string
	restated := false
	for _, cl := range cls {
		if t.restatesStored(e, cl) {
			restated = true
			continue
		}
		kept = append(kept, cl)
	}
	if !restated || len(kept) == 0 {
		return false
	}
	rest := joinClauses(kept)
	if c, ok := withoutCheer(rest); ok {
		rest = c
	}
	return reConsentWord.MatchString(bareNoSymbols(rest)) && consents(rest)
}

// restatesStored reports whether the clause cl, read by the form on a copy
// of e, sets one or more fields and each to the value e holds already.
func (t *turn) restatesStored(e *contestbot.Entry, cl string) bool {
	c := strings.TrimSpace(reLeadWords.ReplaceAllString(strings.TrimSpace(cl), ""))
	if bareNoSymbols(c) == "" || reConsentWord.MatchString(bareNoSymbols(c)) || isQuestion(c) || correcting(c) {
		return false
	}
	cp := *e
	r := t.fillKeepingState(&cp, c, "")
	if len(r.set) == 0 || len(r.errs) > 0 || len(r.unknown) > 0 {
		return false
	}
	for _, f := range r.set {
		if display(t.c.season, e, f) != display(t.c.season, &cp, f) || !e.Has(t.c.season, f.field()) {
			return false
		}
	}
	return true
}
