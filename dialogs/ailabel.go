package dialogs

import (
	"slices"

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
