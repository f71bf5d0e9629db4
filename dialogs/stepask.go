package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
	"contestbot/knowledge"
)

// s10-i (round 27, rp128 wubi_ganshi, rp132 #77): a question typed at a
// free-text step (简介, 摘要) or at the 片名 step was stored as the value:
// "汇总表我己经填了 签字是分管领导签还是书记签" (a choice about a rule, no
// "？") became the 摘要, "版权协议原件交哪" the 片名. The clause reader of
// notstory.go (asksInClause) now reads a choice without a particle and 谁/
// 几份; at the 片名 step, where a title may itself ask ("谁是最可爱的人",
// "初心在哪里"), a short message that asks is a question only when the
// notice answers it: the knowledge base finds a fact about the contest.

// ruleChoice reports whether a short clause (compacted) asks which of two
// a rule wants, without a particle: "签字是分管领导签还是书记签",
// "横屏还是竖屏", "寄过去还是送过去". A story's 还是 ("他还是坚持下来",
// "无论是课堂还是车间") is no choice: the side before 还是 must say 是, or
// both sides end alike, and no 无论/不管 opens the clause.
func ruleChoice(c string) bool {
	if contestbot.RuneLen(c) > 18 || reChoiceOpen.MatchString(c) || reStoryWords.MatchString(c) {
		return false
	}
	i := strings.Index(c, "还是")
	if i <= 0 {
		return false
	}
	a, b := []rune(c[:i]), []rune(c[i+len("还是"):])
	if len(a) == 0 || len(b) == 0 || !isHan(a[len(a)-1]) || !isHan(b[0]) {
		return false
	}
	if strings.HasSuffix(string(a), "也") || strings.HasSuffix(string(a), "都") || strings.HasSuffix(string(a), "他") || strings.HasSuffix(string(a), "她") {
		return false // "他还是…", "我们也还是…": still, not or
	}
	return strings.Contains(string(a), "是") || a[len(a)-1] == b[len(b)-1]
}

// reChoiceOpen opens a clause whose 还是 lists, never asks: "无论是…还是…".
var reChoiceOpen = regexp.MustCompile(`^(?:无论|不论|不管|不仅|既|或|还是)`)

// asksRule reports whether s, a short message or clause, asks the bot: a
// clause that asks (asksInClause) or a question by isQuestion.
func asksRule(s string) bool {
	c := compact(s)
	if c == "" || contestbot.RuneLen(c) > 40 {
		return false
	}
	if isQuestion(s) {
		return true
	}
	for _, cl := range splitClauses(s) {
		if asksInClause(cl) {
			return true
		}
	}
	return false
}

// reCorrelative is a question word said twice in one clause, the
// correlative "wherever…, there…" of a title or a motto: "哪里有困难哪里就有
// 党员", "谁英雄谁好汉". It asks nothing.
var reCorrelative = regexp.MustCompile(`哪里|哪儿|谁`)

// correlative reports whether one clause of c repeats such a word.
func correlative(c string) bool {
	if strings.ContainsAny(c, "?？") {
		return false
	}
	seen := map[string]bool{}
	for _, w := range reCorrelative.FindAllString(c, -1) {
		if seen[w] {
			return true
		}
		seen[w] = true
	}
	return false
}

// titleAsks reports whether s, sent at the 片名 step, is a question about
// the contest and no title: short, unlabelled, unquoted, asking, and
// answered by the notice (a fact, a video rule or a feature of the bot).
// "谁是最可爱的人" and "哪里有困难哪里就有党员" stay titles: the notice
// answers neither, and the second asks nothing.
func (t *turn) titleAsks(s string, pending slot) bool {
	if pending != slot(contestbot.FieldTitle) || t.nested || t.c.deps.Knowledge == nil {
		return false
	}
	c := compact(s)
	if n := contestbot.RuneLen(c); n == 0 || n > 24 || strings.ContainsAny(s, "《》“”\"「」") || extract(s).labelled || correlative(c) {
		return false
	}
	if containsAny(c, "为什么", "为啥", "干嘛", "这个", "这项", "这一项", "这栏", "片名", "题目", "名字") {
		return false // about the step itself ("为什么要填这个"): read by the form's own answers
	}
	if !asksRule(s) && !strings.HasSuffix(c, "哪") {
		return false
	}
	opts := t.st.Options // a clarifying answer's options are not offered here
	k := t.answer(s)
	t.st.Options = opts
	switch k.Kind {
	case knowledge.KindFact, knowledge.KindVideo, knowledge.KindFeature:
		return true
	}
	return false
}

// answersOwnQuestion reports whether every question mark in s closes a
// question the next sentence answers: "洪水来了怎么办？他说党员就要站在最前面。"
// is a text's rhetorical question, no question to the bot.
func answersOwnQuestion(s string) bool {
	cls := splitClauses(strings.NewReplacer("?", "？").Replace(s)) // splitClauses cuts at the full-width mark
	asked := false
	for i, cl := range cls {
		if !strings.ContainsAny(contestbot.NormalizeWidth(cl), "?") {
			continue
		}
		if !answeredNext(cls, i) {
			return false
		}
		asked = true
	}
	return asked
}
