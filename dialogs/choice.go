package dialogs

import (
	"regexp"
	"strconv"
	"strings"

	"contestbot"
)

// This file reads a category decided in the last words of a message, after
// talk about it: "我还没定哩，你咋给记成实景拍摄了。实拍跟AI掺着的，那就选其他吧。",
// "就其他吧", "选第5个". The decision is the last clause; what comes before
// it (a complaint, a thought) decides nothing, as long as it fills no field.
// A decision that asks ("选AI生成还是其他？") is a question, not a choice.

// reDecide is a decision clause: optional lead words, a choosing verb, the
// option (a category name or its number), a particle.
var reDecide = regexp.MustCompile(`^(?:那|那就|那还是|还是|就|干脆|那干脆|那我们|我们|俺们|咱们|俺|咱|我)?(?:就|还是)?(选择|选|填|写|算|归到|归)?(?:第)?([^，,。；;！!？?\s]{1,6}?)(?:个|类|项|号|那个|那类|这个)?(?:吧|呗|哈|了|啊|呀|好了)?$`)

// decidedCategory is the category the last clause of s decides on, and
// whether it does. A number counts only when the category question is
// pending; away from it, the clause needs a choosing verb (选/填…) and the
// category's name.
func decidedCategory(season *contestbot.Season, s string, pending slot) (string, bool) {
	cls := splitClauses(s)
	if len(cls) == 0 {
		return "", false
	}
	last := bareNoSymbols(cls[len(cls)-1])
	if last == "" || isQuestion(cls[len(cls)-1]) || strings.Contains(last, "不") {
		return "", false
	}
	if lead := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(last, "那"), "就"), "还是"); strings.Contains(lead, "还是") {
		return "", false // "选AI生成还是其他": two options, no choice
	}
	m := reDecide.FindStringSubmatch(last)
	if m == nil {
		return "", false
	}
	verb, opt := m[1], m[2]
	atCategory := pending == slot(contestbot.FieldCategory)
	if n, err := strconv.Atoi(opt); err == nil || cnDigit(opt) > 0 {
		if err != nil {
			n = cnDigit(opt)
		}
		if !atCategory || n < 1 || n > len(season.Categories) || !strings.Contains(last, "第") && verb == "" {
			return "", false
		}
		return season.Categories[n-1], true
	}
	c, ok := season.CategoryWord(strings.ToLower(opt))
	if !ok || (!atCategory && verb == "") || (atCategory && verb == "" && len(cls) == 1 && last == opt) {
		return "", false
	}
	return c, true
}

// cnDigit is 一…九 as a number, 0 otherwise.
func cnDigit(s string) int {
	i := strings.Index("一二三四五六七八九", s)
	if i < 0 || len(s) != len("一") {
		return 0
	}
	return i/len("一") + 1
}

// decideCategory takes a category decided at the end of a message whose
// other clauses fill nothing: the category is stored (replacing one stored
// wrongly) and echoed, and the pending question follows. ok is false when
// s decides no category.
func (t *turn) decideCategory(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested {
		return "", false
	}
	c, ok := decidedCategory(t.c.season, s, pending)
	if !ok {
		return "", false
	}
	cls := splitClauses(s)
	if len(cls) > 1 {
		before := strings.Join(cls[:len(cls)-1], "")
		if r := t.tryFill(e, before, ""); len(r.set) > 0 && !(len(r.set) == 1 && r.has(slot(contestbot.FieldCategory))) {
			return "", false // "片名《X》，选其他吧": values beside it are read as usual
		}
	} else if pending == slot(contestbot.FieldCategory) && !strings.ContainsAny(s, "第选") {
		return "", false // "其他吧" alone: the usual reading takes it
	}
	return t.formRest(e, "分类："+c), true
}

// reMadeVerb is how a work was made, said after the category word:
// 实景拍(的), 动画做(的), 实拍剪出来(的).
var reMadeVerb = regexp.MustCompile(`(?:拍摄|拍|摄制|制作|做|弄|生成|剪辑|剪)(?:出来|成)?$`)

// reMadeLead is how a work was made, said before the category word:
// "做的动画", "弄嘞动画" (dialect 的).
var reMadeLead = regexp.MustCompile(`^(?:拍|做|弄|搞|制作)(?:的|嘞|哩|咧|滴)`)

// categoryMade reads a category said with how the work was made: "实景拍"
// → 实景拍摄, "动画做" → 动画制作. t is lower-cased, without 的.
func categoryMade(season *contestbot.Season, t string) (string, bool) {
	if loc := reMadeLead.FindStringIndex(t); loc != nil && loc[1] < len(t) {
		return season.CategoryWord(t[loc[1]:]) // s10-e: "做的动画", "弄嘞动画"
	}
	loc := reMadeVerb.FindStringIndex(t)
	if loc == nil || loc[0] == 0 {
		return "", false
	}
	return season.CategoryWord(t[:loc[0]])
}
