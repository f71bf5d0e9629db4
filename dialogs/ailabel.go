package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// What was said of the work's AI content decides the checklist's AI item,
// wherever it was said in this entry: a label said at the 分类 step ("AI那两段
// 已经打了字幕标注了", s5-f4 p47b), a 简介 that declares it ("用AI生成画面还原…
// （片中已标注）", s5-g6 p52b), a remark beside a question ("不过里面旁白是用AI配的
// 音，这个算哪一类？", s6-m p65a) or beside other values ("动画 不过配音用的AI配音
// 片尾标了", s6-m p66b). aiSaid reads a message, and aiFromSaid records what it
// read, so the eligibility checklist never offers "片中没有使用AI生成的内容" once AI
// was said to be used.

// aiStatement is what one message says of the work's AI content.
type aiStatement struct {
	used     bool // AI content used, not denied: "用了AI配音", "旁白是用AI配的音"
	labelled bool // that content labelled: "片尾标了", "已在片尾标注"
	aiNamed  bool // the label clause itself names AI: "AI那两段已经打了字幕标注了"
}

var (
	// reAIUse is AI named as used in the work, beyond reUsedAI: "用AI配的音",
	// "配音用的AI配音", "拿AI做的".
	reAIUse = regexp.MustCompile(`(?:用|使用|借助|采用|拿)(?:的|了)?(?:ai|人工智能|aigc)|(?:ai|人工智能|aigc)(?:配的音|配的|做的|生成的|画的|合成的)`)
	// reLabelDone says a label was put on: "已在片尾标注", "片尾标了", "打了字幕".
	reLabelDone = regexp.MustCompile(`(?:已|已经)[^，,。；;]{0,6}(?:标注|标明|注明|标出|标识)|(?:标注|标明|注明|标识|标)(?:了|过)|(?:打了|打上了?|加了|加上了?)[^，,。；;]{0,10}(?:标注|标识|字样|字幕|说明)`)
	// reSomeCount is 几 meaning "some", not "how many": "有几个镜头", "几段配音".
	reSomeCount = regexp.MustCompile(`有?几(?:个|段|处|条|帧|幕)`)
	// reNotAINamed denies AI in other words: "不是AI生成的", "不算AI", "并非AI制作".
	reNotAINamed = regexp.MustCompile(`(?:不是|不算|并非|非|没有|没|无|不含|不涉及)[^，,。；;]{0,3}(?:ai|人工智能|aigc)`)
	// reLabelDenied denies or doubts the label: "还没标注", "没打字幕".
	reLabelDenied = regexp.MustCompile(`(?:没|没有|未|还没|尚未|不)[^，,。；;]{0,4}(?:标|注明|打)`)
)

// aiSaid reads the statement clauses of s, never its questions ("用了AI会不会
// 影响评奖" asks), for AI used and labelled.
func aiSaid(s string) aiStatement {
	var st aiStatement
	labelled := false
	for _, cl := range splitClauses(s) {
		if q := reSomeCount.ReplaceAllString(cl, "一些"); isQuestion(q) || askedYesNo(q) { // "有几个镜头是AI生成的" tells
			continue
		}
		lw := strings.ToLower(cl)
		if neg := strings.NewReplacer("不过", "", "不管", "", "不少", "").Replace(lw); reNotAI.MatchString(neg) || reNotAINamed.MatchString(neg) {
			continue // "不过配音用的AI配音" is no denial
		}
		if reUsedAI.MatchString(lw) || reAIUse.MatchString(lw) || reAILabelSaid.MatchString(lw) && !strings.Contains(lw, "没") {
			st.used = true
		}
		if (reLabelDone.MatchString(lw) || reTextLabelled.MatchString(lw) || reAILabelSaid.MatchString(lw)) && !reLabelDenied.MatchString(lw) {
			labelled = true
			if strings.Contains(lw, "ai") || strings.Contains(lw, "人工智能") {
				st.aiNamed = true
			}
		}
	}
	st.labelled = labelled
	return st
}

// aiFromSaid records in e what this message said of AI, the one place that
// decides the AI item from the user's words outside the checklist itself:
//   - a message at any step but a free-text one: AI said to be used is
//     recorded, and a label counts when the AI it labels was said (now or
//     before) or is named with it;
//   - a label this message recorded by another reader (the 分类 step's
//     "已经打了字幕标注了") is AI used (s5-f4);
//   - a 简介 or 摘要 stored by this message counts only when it states both
//     use and label, and never turns back a fact already answered: a story
//     about AI is no declaration (s5-g6).
//
// The AI category already implies use (Entry.Has), so it is left alone there.
func aiFromSaid(season *contestbot.Season, e *contestbot.Entry, msg string, pending slot, r *fillResult) {
	if season.IsAICategory(e.Category) {
		return
	}
	var st aiStatement
	if !pending.freeText() && !r.has(slot(contestbot.FieldSynopsis)) && !r.has(slot(contestbot.FieldSummary)) {
		st = aiSaid(msg)
	}
	var text string
	for _, f := range []contestbot.Field{contestbot.FieldSynopsis, contestbot.FieldSummary} {
		if r.has(slot(f)) {
			text += "\n" + *textPtr(e, slot(f))
		}
	}
	if ts := aiSaid(text); text != "" && ts.used && ts.labelled && e.AIUsed == nil {
		st.used, st.labelled = true, true
	}
	if r.has(slot(contestbot.FieldAILabelled)) && e.AILabelled != nil && *e.AILabelled {
		st.used = true
	}
	used := st.used || st.labelled && st.aiNamed
	wasUsed := e.AIUsed != nil && *e.AIUsed
	if used && !wasUsed {
		e.AIUsed = contestbot.Bool(true)
		r.add(slot(contestbot.FieldAIUsed))
	}
	if st.labelled && (used || wasUsed) && (e.AILabelled == nil || !*e.AILabelled) {
		e.AILabelled = contestbot.Bool(true)
		r.add(slot(contestbot.FieldAILabelled))
	}
	if i, j := slices.Index(r.set, slot(contestbot.FieldAIUsed)), slices.Index(r.set, slot(contestbot.FieldAILabelled)); i >= 0 && j >= 0 && j < i {
		// echoed before its label: "使用了AI生成内容，已标注"
		r.set = slices.Delete(r.set, i, i+1)
		r.set = slices.Insert(r.set, j, slot(contestbot.FieldAIUsed))
	}
}

// reTextLabelled says, inside a 简介 or 摘要, that the AI content is
// labelled: "（片中已标注）", "已明确标注", "标注了".
var reTextLabelled = regexp.MustCompile(`(?:已|已经)(?:明确)?(?:标注|标明|注明|标出)|(?:标注|标明|注明)了|打了[^，。；]{0,10}(?:标注|标识|字样)`)

// aiLabelClause reports whether one clause says a label naming AI was put
// on the work: "片子里标了AI生成", "片尾注明了AI生成", "画面上打了AI生成的字样".
// s12-e (round 32, rp153): "前三个都是 片头有两个老镜头是AI生成的 片子里标了AI
// 生成" recorded the AI use and asked "已经标注了吗" again: the numbered
// reader took the last clause for AI used only. A denial ("没标AI生成"), a
// question ("要标AI生成吗") or a wish ("得标上AI生成") is no label.
func aiLabelClause(cl string) bool {
	lw := strings.ToLower(compact(cl))
	if !reAILabelSaid.MatchString(lw) || reLabelDenied.MatchString(lw) || isQuestion(cl) || askedYesNo(cl) {
		return false
	}
	return !containsAny(lw, "要标", "得标", "需要标", "应该标", "该标", "准备标", "打算标", "会标", "再标")
}
