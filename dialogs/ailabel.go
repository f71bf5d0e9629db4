package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// labelImpliesAIUsed records AI as used when the message said its AI
// content is labelled ("AI那两段片子里已经打了字幕标注了", said at the 分类
// step): only used AI content can be labelled, so the eligibility question
// never asks to confirm "片中没有使用AI生成的内容" after it (s5-f4, p47b).
// The AI category already implies it (Entry.Has), so it is left alone there.
func labelImpliesAIUsed(season *contestbot.Season, e *contestbot.Entry, r *fillResult) {
	if !r.has(slot(contestbot.FieldAILabelled)) || e.AILabelled == nil || !*e.AILabelled || season.IsAICategory(e.Category) {
		return
	}
	if e.AIUsed == nil || !*e.AIUsed {
		e.AIUsed = contestbot.Bool(true)
		if !r.has(slot(contestbot.FieldAIUsed)) {
			// echoed before its label: "使用了AI生成内容，已标注"
			i := slices.Index(r.set, slot(contestbot.FieldAILabelled))
			r.set = slices.Insert(r.set, i, slot(contestbot.FieldAIUsed))
		}
	}
}

// reTextLabelled says, inside a 简介 or 摘要, that the AI content is
// labelled: "（片中已标注）", "已明确标注", "标注了".
var reTextLabelled = regexp.MustCompile(`(?:已|已经)(?:明确)?(?:标注|标明|注明|标出)|(?:标注|标明|注明)了|打了[^，。；]{0,10}(?:标注|标识|字样)`)

// textImpliesAI records AI as used and labelled when the 简介 or 摘要 just
// stored says both of the film itself ("用AI生成画面还原…（片中已标注）"), so
// the eligibility checklist never offers "片中没有使用AI生成的内容" after it
// (s5-g6, p52b). Only a statement of both counts: a story about AI is no
// declaration. A fact already answered is left as it is.
func textImpliesAI(season *contestbot.Season, e *contestbot.Entry, r *fillResult) {
	if e.AIUsed != nil || season.IsAICategory(e.Category) {
		return
	}
	var text string
	for _, f := range []contestbot.Field{contestbot.FieldSynopsis, contestbot.FieldSummary} {
		if r.has(slot(f)) {
			text += " " + *textPtr(e, slot(f))
		}
	}
	lw := strings.ToLower(text)
	if text == "" || !reUsedAI.MatchString(lw) || reNotAI.MatchString(lw) || !reTextLabelled.MatchString(lw) {
		return
	}
	e.AIUsed, e.AILabelled = contestbot.Bool(true), contestbot.Bool(true)
	r.add(slot(contestbot.FieldAIUsed))
	r.add(slot(contestbot.FieldAILabelled))
}
