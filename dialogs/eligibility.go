package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// The notice's eligibility facts (单位作品, made since the season's start year, 未公开发表, AI and its
// label) are asked in one message that one "是" answers. A reply may instead
// state some of them in its own words ("是学校的 今年弄的 没往网上发过 也没用
// AI"); what it states is taken, negation included, and only what is still
// open is asked again.

// eligibilitySlots are the eligibility questions, in asking order.
var eligibilitySlots = []slot{slot(contestbot.FieldUnitWork), slot(contestbot.FieldMadeInPeriod), slot(contestbot.FieldUnpublished),
	slot(contestbot.FieldAIUsed), slot(contestbot.FieldAILabelled)}

func (s slot) eligibility() bool {
	for _, x := range eligibilitySlots {
		if x == s {
			return true
		}
	}
	return false
}

// openEligibility lists the eligibility questions e still needs.
func openEligibility(season *contestbot.Season, e *contestbot.Entry) []slot {
	var out []slot
	for _, s := range eligibilitySlots {
		if !e.Has(season, s.field()) {
			out = append(out, s)
		}
	}
	// AI labelled is asked with AI used when AI might be used.
	return out
}

// statement is how each fact reads when it holds, for the combined question.
func statement(season *contestbot.Season, e *contestbot.Entry, s slot) string {
	switch contestbot.Field(s) {
	case contestbot.FieldUnitWork:
		return "是学校（单位）组织完成的作品，不是个人作品"
	case contestbot.FieldMadeInPeriod:
		return "是" + season.WorksSinceText + "完成的"
	case contestbot.FieldUnpublished:
		return "还没有在任何平台（抖音、视频号、B站、公众号等）公开发表过"
	case contestbot.FieldAIUsed:
		return "片中没有使用AI生成的内容（画面、配音、音乐等）"
	case contestbot.FieldAILabelled:
		return "片中AI生成的内容已经明确标注"
	}
	return ""
}

// eligibilityQuestion asks every open eligibility fact in one message.
func eligibilityQuestion(season *contestbot.Season, e *contestbot.Entry) string {
	open := openEligibility(season, e)
	if len(open) == 1 {
		return ""
	}
	var b strings.Builder
	b.WriteString("通知对作品还有几点要求，请确认：\n")
	for i, s := range open {
		fmt.Fprintf(&b, "%d. %s\n", i+1, statement(season, e, s))
	}
	b.WriteString("都符合请回复“是”；有不符合的直接说，例如“用了AI配音，已标注”。")
	return b.String()
}

var (
	// Negation before publishing: "没往网上发过", "从没在公众号发布".
	reNotPublished = regexp.MustCompile(`(?:没|没有|未|从没|从未|不曾|并未|还没|尚未)[^，,。；;]{0,8}(?:发|发表|发布|公开|上传|播|推送)`)
	reNotAI        = regexp.MustCompile(`(?:没|没有|未|不|从没|并未)[^，,。；;]{0,4}(?:用|使用|含|涉及|借助)[^，,。；;]{0,4}(?:ai|人工智能|aigc)|(?:ai|人工智能)[^，,。；;]{0,4}(?:没|没有|未)(?:用|使用)`)
	reUsedAI       = regexp.MustCompile(`(?:ai|人工智能|aigc)(?:配音|生成|画面|制作|合成|绘|做)|(?:用了|使用了|借助了?|采用了?)[^，,。；;]{0,4}(?:ai|人工智能|aigc)`)
	reMadeNow      = regexp.MustCompile(`^(?:是|都是|作品是|片子是|也是)?(?:今年|去年底?|最近|新)(?:新)?(?:拍|做|弄|制作|创作|完成|摄制|拍摄|剪)`)
	reOwnWork      = regexp.MustCompile(`^(?:是|都是|属于)?(?:学校|单位|学院|我们学校|组织部|党委)(?:的|组织|拍的|做的|出品|牵头|作品)`)
)

// reAILabelSaid says an AI label was put on the work: "片尾打了“AI生成”字样", "字幕注明了AI配音".
var reAILabelSaid = regexp.MustCompile(`(?:打了|打上|写了|写上|加了|加上|注明|标了|标明|标上)[^，,。]*ai|ai[^，,。]*(?:字样|字幕)`)

// eligibilityClause reads one clause about eligibility, negation first.
func eligibilityClause(c string, p period) (contestbot.Field, bool, bool) {
	w := answerWords(c)
	switch {
	case w == "":
		return "", false, false
	case reNotAI.MatchString(w) || oneOf(w, "没有使用", "没使用", "没用", "没有用", "未使用", "不用"):
		return contestbot.FieldAIUsed, false, true
	case reNotPublished.MatchString(w):
		return contestbot.FieldUnpublished, true, true
	case containsAny(w, "不是学校的", "不是单位的", "不是个人", "非个人"):
		return contestbot.FieldUnitWork, containsAny(w, "不是个人", "非个人"), true
	case reOwnWork.MatchString(w):
		return contestbot.FieldUnitWork, true, true
	case reMadeNow.MatchString(w):
		if strings.Contains(w, "去年") {
			v, _ := yesNoKeywords(contestbot.FieldMadeInPeriod, w, p)
			return contestbot.FieldMadeInPeriod, v, true
		}
		return contestbot.FieldMadeInPeriod, true, true
	case reUsedAI.MatchString(w) && !containsAny(w, "标注"):
		return contestbot.FieldAIUsed, true, true
	}
	return eligibilityPhrase(c, p)
}

// eligibility reads an answer to the combined eligibility question. ok is
// false when the message says nothing about eligibility (a question, a
// correction of another field), so the form reads it as usual.
func (t *turn) eligibility(e *contestbot.Entry, s string) (string, bool) {
	open := openEligibility(t.c.season, e)
	if len(open) < 2 {
		return "", false
	}
	if out, ok := t.numberedEligibility(e, s, open); ok { // shortanswer.go: "123都是"
		return out, true
	}
	return t.eligibilityFacts(e, s, open, true)
}

// onlyEligibility reports whether every clause of s states an eligibility
// fact ("是学校的 今年弄的 没往网上发过 也没用AI"), so that s is those facts
// whatever question is pending, never a 简介 or a name.
func onlyEligibility(s string, p period) bool {
	cls := splitClauses(s)
	if len(cls) < 2 {
		return false
	}
	for _, c := range cls {
		if _, _, ok := eligibilityClause(dialectNegation(c), p); !ok {
			return false
		}
	}
	return true
}

// eligibilityFacts stores what s states about eligibility; a bare "是"
// answers every open fact when plainYes.
func (t *turn) eligibilityFacts(e *contestbot.Entry, s string, open []slot, plainYes bool) (string, bool) {
	p := t.period()
	var set []slot
	mark := func(f contestbot.Field, v bool) {
		setBool(e, f, v)
		set = append(set, slot(f))
	}
	if w := answerWords(s); plainYes && isYes(s) && !isQuestion(s) && contestbot.RuneLen(w) <= 8 && !containsAny(w, "ai", "用", "标注", "发", "个人") {
		// One "是" answers every open fact as stated.
		for _, x := range open {
			switch contestbot.Field(x) {
			case contestbot.FieldAIUsed:
				mark(contestbot.FieldAIUsed, false)
			default:
				mark(x.field(), true)
			}
		}
	} else {
		rest := false
		for i, cl := range splitClauses(dialectNegation(s)) {
			if i == 0 && isYes(cl) && contestbot.RuneLen(answerWords(cl)) <= 3 {
				rest = true // "是的，片头片尾都打了…": yes to the items not otherwise stated
				continue
			}
			if reAILabelSaid.MatchString(strings.ToLower(cl)) && !strings.Contains(cl, "没") {
				// "片头片尾都打了“本片含AI生成内容”的字样": used and labelled.
				if !inSlots(set, slot(contestbot.FieldAIUsed)) {
					mark(contestbot.FieldAIUsed, true)
				}
				mark(contestbot.FieldAILabelled, true)
				continue
			}
			switch {
			case isDenial(cl) || isQuestion(cl) || askedYesNo(cl):
				// "不是不是" denies what the bot said; "算公开发表不算" asks.
				continue
			case restAgree(cl):
				rest = true // "都符合", "其他都是"
				continue
			}
			if f, v, ok := eligibilityClause(cl, p); ok && !inSlots(set, slot(f)) {
				// The first statement of a fact wins: "网上木有发过 就开会放了一回"
				// says unpublished, the screening is its context.
				mark(f, v)
			}
		}
		if rest && plainYes {
			for _, x := range open {
				if inSlots(set, x) || inSlots(set, slot(contestbot.FieldAIUsed)) && x == slot(contestbot.FieldAILabelled) && e.AIUsed != nil && !*e.AIUsed {
					continue
				}
				if contestbot.Field(x) == contestbot.FieldAIUsed {
					mark(contestbot.FieldAIUsed, false)
				} else {
					mark(x.field(), true)
				}
			}
		}
		if len(set) == 0 {
			return "", false
		}
	}
	t.touch(e)
	r := &fillResult{}
	for _, x := range set {
		r.add(x)
	}
	head := ack(t.c.season, e, r)
	if ok, reason := e.Eligible(t.c.season); !ok {
		t.st.Pending = ineligibleField(e)
		return strings.TrimSpace(head + "\n\n" + refusal(t.c.season, e, reason)), true
	}
	t.st.Pending = t.next(e)
	return strings.TrimSpace(head + "\n\n" + t.question(e, t.st.Pending)), true
}

func inSlots(ss []slot, x slot) bool {
	for _, s := range ss {
		if s == x {
			return true
		}
	}
	return false
}
