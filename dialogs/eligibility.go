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
	// reNotNoticed is a negation of knowing, not of publishing: "没想到", "没注意" (d1).
	reNotNoticed = regexp.MustCompile(`(?:没|没有|未)(?:想到|注意到?|留意|发现|意识到|看到|想起)`)
	reNotAI      = regexp.MustCompile(`(?:没|没有|未|不|从没|并未)[^，,。；;]{0,4}(?:用|使用|含|涉及|借助)[^，,。；;]{0,4}(?:ai|人工智能|aigc)|(?:ai|人工智能)[^，,。；;]{0,4}(?:没|没有|未)(?:用|使用)`)
	reUsedAI     = regexp.MustCompile(`(?:ai|人工智能|aigc)(?:配音|生成|画面|制作|合成|绘|画|做)|(?:用了|使用了|借助了?|采用了?)[^，,。；;]{0,4}(?:ai|人工智能|aigc)`)
	reMadeNow    = regexp.MustCompile(`^(?:是|都是|作品是|片子是|也是)?(?:今年|去年底?|最近|新)` + reMonthsSpan + `(?:新)?(?:拍|做|弄|制作|创作|完成|摄制|拍摄|剪)`) // s9-j: "今年三月到六月做的"
	reOwnWork    = regexp.MustCompile(`^(?:是|都是|属于)?(?:学校|单位|学院|我们学校|组织部|党委)(?:的|组织(?:的|拍|做|制作|完成|摄制|拍摄|$)|拍的|做的|出品|牵头|作品)`)       // s10-j: "学校组织部" is an organisation
)

// reAILabelSaid says an AI label was put on the work: "片尾打了“AI生成”字样", "字幕注明了AI配音".
// The AI before 字幕 is a label's words ("片尾字幕写了AI生成"), not a maker:
// "AI做的字幕动效" is AI used, and nothing labelled (s7-j, rp81 p81b).
var reAILabelSaid = regexp.MustCompile(`(?:打了|打上|写了|写上|加了|加上|注明|标了|标明|标上)[^，,。]*ai|ai[^，,。做生制弄配合画]*(?:字样|字幕)`)

// eligibilityClause reads one clause about eligibility, negation first.
func eligibilityClause(c string, p period) (contestbot.Field, bool, bool) {
	c = cnYear(dropPartPosted(c)) // s7-j partposted.go: "预告片发过" says nothing of the work
	w := answerWords(c)
	switch {
	case w == "":
		return "", false, false
	case reNotAI.MatchString(w) || oneOf(unhedged(w), "没有使用", "没使用", "没用", "没有用", "未使用", "不用"): // s10-j eligibilitywords.go: "那就算没用吧"
		return contestbot.FieldAIUsed, false, true
	case reNotPublished.MatchString(w) && !reNotNoticed.MatchString(w): // d1: "没想到发过抖音" is no denial
		return contestbot.FieldUnpublished, true, true
	case containsAny(w, "不是学校的", "不是单位的", "不是个人", "非个人"):
		return contestbot.FieldUnitWork, containsAny(w, "不是个人", "非个人"), true
	case reOwnWork.MatchString(w):
		return contestbot.FieldUnitWork, true, true
	case reCollectiveSelf.MatchString(w) && !reIndividual.MatchString(reCollectiveSelf.ReplaceAllString(w, "")): // s10-j eligibilitywords.go: "我们自己拍自己配的"
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
	if out, ok := t.finishedAnswer(e, s); ok { // s10-c madewhen.go: begun before the period, finished when?
		return out, true
	}
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
		if _, _, ok := eligibilityClause(dialectNegation(c), p); !ok || labelsFormValue(c) {
			return false
		}
	}
	return true
}

// labelsFormValue reports whether s gives a labelled value of a field that
// is no eligibility fact: "分类是AI生成" changes the 分类 (s6-f, round 13),
// whatever it says about AI.
func labelsFormValue(s string) bool {
	ex := extract(s)
	if !ex.labelled {
		return false
	}
	for _, v := range ex.values {
		if !v.slot.eligibility() && !v.slot.yesNo() {
			return true
		}
	}
	return false
}

// eligibilityFacts stores what s states about eligibility; a bare "是"
// answers every open fact when plainYes.
func (t *turn) eligibilityFacts(e *contestbot.Entry, s string, open []slot, plainYes bool) (string, bool) {
	p := t.period()
	var set []slot
	askFinished := false
	mark := func(f contestbot.Field, v bool) {
		if askFinished && f == contestbot.FieldMadeInPeriod {
			return
		}
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
		if asksWhetherCounts(s) { // e1: factask.go, "…发过一张拍摄花絮照片 这算发表吗" asks, stores nothing
			return "", false
		}
		rest := false
		s = dialectNegation(s)
		if m := reItemsExcept.FindStringSubmatchIndex(s); m != nil && len(open) > 0 {
			// "除了AI那条 其他都是": the exception does not hold, the others do.
			except := itemsByTopic(s[m[2]:m[3]], open)
			if len(except) > 0 {
				for _, x := range except {
					mark(holds(x, false))
				}
				for _, x := range open {
					if !inSlots(except, x) && !(contestbot.Field(x) == contestbot.FieldAILabelled && !inSlots(except, slot(contestbot.FieldAIUsed))) {
						mark(holds(x, true))
					}
				}
				s = s[:m[0]] + "，" + s[m[1]:]
			}
		}
		// s10-c madewhen.go: dates read with their phase ("2024年12月开拍的，
		// 2025年3月才剪完") decide the period before any clause alone does.
		byExcept := len(set) // s11-f: a date read below is no reason to drop a leading yes
		madeVal, madePhase := madeWhen(s, p)
		switch {
		case madePhase == madeWhenSet && inSlots(open, slot(contestbot.FieldMadeInPeriod)):
			mark(contestbot.FieldMadeInPeriod, madeVal)
		case madePhase == madeWhenAsk:
			askFinished = true // the period is asked, never agreed to by "都符合"
		}
		cls := splitClauses(factClauses(s))
		for i := 0; i < len(cls); i++ {
			cl := cls[i]
			if items, agree, ok := itemsNamed(cl, open); ok {
				// "前三条都是", "第四条不是"
				for _, x := range items {
					if f, v := holds(x, agree); !inSlots(set, slot(f)) {
						mark(f, v)
					}
				}
				if more := itemsRest(cl); more != "" {
					// "一二三都是用了AI配音已标注": the rest is read on its own.
					cls = append(cls[:i+1], append([]string{more}, cls[i+1:]...)...)
				}
				continue
			}
			if lw := strings.ToLower(answerWords(cl)); reUsedAI.MatchString(lw) && containsAny(lw, "已标注", "已经标注", "标注了", "已标", "标了", "已注明", "注明了") && !containsAny(lw, "没", "未", "不") {
				// "用了AI配音已标注": used and labelled in one clause.
				if !inSlots(set, slot(contestbot.FieldAIUsed)) {
					mark(contestbot.FieldAIUsed, true)
				}
				if !inSlots(set, slot(contestbot.FieldAILabelled)) {
					mark(contestbot.FieldAILabelled, true)
				}
				continue
			}
			if w := answerWords(cl); reLabelClause.MatchString(w) && !containsAny(w, "没", "未", "不") && (e.AIUsed != nil && *e.AIUsed || reUsedAI.MatchString(strings.ToLower(s)) || strings.Contains(strings.ToLower(w), "ai")) {
				// "都是 就是用了AI配音 已经标了": the AI named is labelled.
				if !inSlots(set, slot(contestbot.FieldAILabelled)) {
					mark(contestbot.FieldAILabelled, true)
				}
				continue
			}
			if i == 0 && isYes(cl) && (contestbot.RuneLen(answerWords(cl)) <= 3 || repeatedYes(cl)) && byExcept == 0 { // s9-j eligibilityown.go: "是的是的 今年…"
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
			} else if ok && statesLater(s) && !(f == contestbot.FieldMadeInPeriod && madePhase != madeWhenNone) { // s9-d besidefacts.go: "…AI画哩背景后来…重新弄了现在片子里没有AI哩东西了"
				setBool(e, f, v)
			}
		}
		if saysPublished(s) && inSlots(open, slot(contestbot.FieldUnpublished)) {
			// "…未在网络平台发布，但曾在县电视台播出…请登记为已公开发表": the user's
			// own word that it is published wins over a partial denial before
			// it; the safe record, never a broadcast work stored as unpublished.
			if inSlots(set, slot(contestbot.FieldUnpublished)) {
				setBool(e, contestbot.FieldUnpublished, false)
			} else {
				mark(contestbot.FieldUnpublished, false)
			}
		}
		if rest && plainYes {
			for _, x := range open {
				if inSlots(set, x) || inSlots(set, slot(contestbot.FieldAIUsed)) && x == slot(contestbot.FieldAILabelled) && e.AIUsed != nil && !*e.AIUsed {
					continue
				}
				if x == slot(contestbot.FieldAILabelled) && inSlots(open, slot(contestbot.FieldAIUsed)) && e.AIUsed != nil && *e.AIUsed {
					continue // s11-f: the list agreed to named no AI, so "是" says nothing of a label ("是 今年拍的 用了AI配音")
				}
				if contestbot.Field(x) == contestbot.FieldAIUsed {
					mark(contestbot.FieldAIUsed, false)
				} else {
					mark(x.field(), true)
				}
			}
		}
		if len(set) == 0 && !askFinished {
			return "", false
		}
	}
	t.touch(e)
	r := &fillResult{}
	for _, x := range set {
		r.add(x)
	}
	labelImpliesUse(t.c.season, e, r) // s7-j partposted.go
	durationBesideFacts(e, s, r)      // s7-j declaredtime.go
	head := ack(t.c.season, e, r)
	if a := t.trailingCountsAnswer(s); a != "" { // s11-f: "…没用AI生成 这个不算AI吧" is answered too
		head = a + "\n\n" + head
	}
	if n := partPostedNote(t.c.season, e, s); n != "" { // s7-j
		head += "\n" + n
	}
	if ok, reason := e.Eligible(t.c.season); !ok {
		if out, ok := t.individualAskedBack(e, head); ok { // s10-j eligibilitywords.go: asked once before blocking
			return out, true
		}
		t.st.Pending = ineligibleField(e)
		return strings.TrimSpace(head + "\n\n" + refusal(t.c.season, e, reason)), true
	}
	if askFinished && !e.Has(t.c.season, contestbot.FieldMadeInPeriod) {
		t.st.Pending = slot(contestbot.FieldMadeInPeriod) // s10-c madewhen.go: begun before the period, finished when?
		t.st.AskFinished = true
		return strings.TrimSpace(head + "\n\n" + t.finishedAsk()), true
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

// Items of the combined question named by number or by topic: "前三条都是",
// "一二三都是", "第1、2、3条符合", "第四条不是", "除了AI那条 其他都是".
var (
	reItemsFirst   = regexp.MustCompile(`^(?:前面?|头)([1-9一二两三四五])(?:条|项|个|点|样)?`)
	reItemsNamed   = regexp.MustCompile(`^(?:第)?((?:[1-9一二三四五六](?:[、,，.和跟及与\-~到至]|\s)*){1,6})(?:条|项|点|个)?`)
	reItemsVerdict = regexp.MustCompile(`^(?:都|全|全都|也|就)?(?:是的|是|符合|满足|对|没问题|可以|成立|属实|行|中)|^(?:都|全|全都|也)?(?:不是|不符合|不满足|不对|不成立|不行)`)
	reItemsExcept  = regexp.MustCompile(`除了?([^，,。；;]{1,14}?)(?:那一?条|那一?项|这一?条|那个|这个)?(?:以外|之外|外)?[，,、\s]*(?:其他|其它|其余|剩下的?|别的|另外的?)(?:几条|几项|的)?(?:都|全|全都)?(?:是|符合|满足|对|没问题|可以|成立|属实)`)
	reLabelClause  = regexp.MustCompile(`^(?:也|都|我们)?(?:已经|已|都)?(?:在[^，,。；;不没未]{1,6})?(?:标注|标明|注明|标|标上|打了标|加了标注|做了标注)(?:了|过了|好了|过|上了|上)|(?:标注|标明|注明|标)(?:了|过了|好了|上了)$`)
)

// itemsNamed are the open items a clause names by number ("前三条", "一二三",
// "1、3") and what it says of them: agree (true) that they hold as stated.
// countsAll reports whether a lone number before a counter and 都/全 counts
// the items rather than naming one: "四条都符合", "四个都对", "三项全是"
// (round 12, rp54: "四条都符合 是" answered item 4 only). It is a count
// when it is at least the number of items asked; "第四条" and a digit
// ("4都是") name one.
func countsAll(w, head, rest string, nums []int, open int) bool {
	if len(nums) != 1 || strings.HasPrefix(w, "第") || strings.ContainsAny(head, "123456789") || !strings.ContainsAny(head, "条项点个") {
		return false
	}
	return nums[0] >= open && (strings.HasPrefix(rest, "都") || strings.HasPrefix(rest, "全"))
}

func itemsNamed(c string, open []slot) (items []slot, agree, ok bool) {
	w := answerWords(c)
	var nums []int
	var rest string
	if m := reItemsFirst.FindStringSubmatch(w); m != nil {
		for i := 1; i <= atoiCN(m[1]); i++ {
			nums = append(nums, i)
		}
		rest = w[len(m[0]):]
	} else if m := reItemsNamed.FindStringSubmatch(w); m != nil && m[1] != "" {
		seq := []rune(m[1])
		for i, r := range seq {
			n := atoiCN(string(r))
			if n == 0 {
				continue
			}
			if i > 1 && strings.ContainsRune("-~到至", seq[i-1]) && len(nums) > 0 {
				for k := nums[len(nums)-1] + 1; k < n; k++ {
					nums = append(nums, k)
				}
			}
			nums = append(nums, n)
		}
		rest = w[len(m[0]):]
		counted := countsAll(w, m[0], rest, nums, len(open))
		if len(nums) < 2 && !strings.HasPrefix(w, "第") && !strings.ContainsAny(m[0], "条项点") && !counted {
			return nil, false, false // a lone digit is no item reference ("1" picks a category)
		}
		if counted {
			nums = nums[:0] // s6-a: "四条都符合": the count of the items asked, every one
			for i := 1; i <= len(open); i++ {
				nums = append(nums, i)
			}
		}
	}
	if len(nums) == 0 {
		return nil, false, false
	}
	v := reItemsVerdict.FindString(rest)
	if v == "" {
		return nil, false, false
	}
	for _, n := range nums {
		if n >= 1 && n <= len(open) {
			items = append(items, open[n-1])
		}
	}
	return items, !containsAny(v, "不"), len(items) > 0
}

// itemsByTopic are the open items a phrase names by its topic ("AI那条",
// "发表那条", "第四条").
func itemsByTopic(x string, open []slot) []slot {
	w := answerWords(x)
	if items, _, ok := itemsNamed(w+"是", open); ok {
		return items
	}
	var out []slot
	for _, s := range open {
		var hit bool
		switch contestbot.Field(s) {
		case contestbot.FieldUnitWork:
			hit = containsAny(w, "单位", "个人", "学校")
		case contestbot.FieldMadeInPeriod:
			hit = containsAny(w, "时间", "年", "以来", "什么时候")
		case contestbot.FieldUnpublished:
			hit = containsAny(w, "发表", "公开", "发过", "平台", "发布")
		case contestbot.FieldAIUsed:
			hit = containsAny(w, "ai", "人工智能") && !containsAny(w, "标注")
		case contestbot.FieldAILabelled:
			hit = containsAny(w, "标注")
		}
		if hit {
			out = append(out, s)
		}
	}
	return out
}

// holds sets item x of the combined question: agree means it holds as
// stated ("片中没有使用AI生成的内容" agreed is no AI).
func holds(x slot, agree bool) (contestbot.Field, bool) {
	if contestbot.Field(x) == contestbot.FieldAIUsed {
		return contestbot.FieldAIUsed, !agree
	}
	return x.field(), agree
}

// reFactStart is where a new eligibility fact starts inside a clause typed
// without punctuation (voice input): "是学校的作品今年做的没有公开发表过".
// s9-d: 没有ai is one fact start, so "片子里没有AI" is never cut at 没|有ai.
var reFactStart = regexp.MustCompile(`(?:是)?(?:今年|去年|前年|二零[一二三四五六七八九零〇]{2}年|20\d\d年)|(?:也|都|还|并|从来)?(?:没有|没|未|从没|从未|不曾)(?:在|往|用|使用|发|公开|上|标|ai)|(?:配音|画面|片尾|片头|字幕|片子里|片中|片里)?(?:用了|使用了|有ai|含有|已经标|已标)|第[一二三四五六1-6](?:条|项|点)|前[一二三四五1-5](?:条|项|点)`)

// factClauses cuts a long clause typed without punctuation where a new
// fact starts, so each fact is read; punctuated text is left alone.
func factClauses(s string) string {
	var out []string
	// A space always parts two facts here ("都是 AI的地方都标了").
	s = regexp.MustCompile(`\s+`).ReplaceAllString(strings.TrimSpace(s), "，")
	for _, cl := range splitClauses(s) {
		if contestbot.RuneLen(cl) < 8 {
			out = append(out, cl)
			continue
		}
		low := strings.ToLower(cl)
		locs := reFactStart.FindAllStringIndex(low, -1)
		last := 0
		var parts []string
		for _, l := range locs {
			if l[0] > last {
				parts = append(parts, cl[last:l[0]])
				last = l[0]
			}
		}
		parts = append(parts, cl[last:])
		out = append(out, strings.Join(parts, "，"))
	}
	return joinClauses(out)
}

// itemsRest is what follows an item reference and its verdict in a
// clause ("一二三都是用了AI配音已标注" → "用了AI配音已标注").
func itemsRest(cl string) string {
	w := answerWords(cl)
	var rest string
	if m := reItemsFirst.FindString(w); m != "" {
		rest = w[len(m):]
	} else if m := reItemsNamed.FindString(w); m != "" {
		rest = w[len(m):]
	} else {
		return ""
	}
	v := reItemsVerdict.FindString(rest)
	rest = strings.TrimLeft(rest[len(v):], "的了啊呀，, ")
	if contestbot.RuneLen(rest) < 2 {
		return ""
	}
	return rest
}

// reCNYear is a year said in Chinese digits: "二零二五年".
var reCNYear = regexp.MustCompile(`[一二三四五六七八九零〇]{4}年`)

// cnYear writes a year said in Chinese digits in Arabic ones.
func cnYear(s string) string {
	return reCNYear.ReplaceAllStringFunc(s, func(y string) string {
		digits := map[rune]rune{'零': '0', '〇': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9'}
		var b strings.Builder
		for _, r := range strings.TrimSuffix(y, "年") {
			b.WriteRune(digits[r])
		}
		return b.String() + "年"
	})
}

// rePublishedSaid is the user saying the work is published: "已公开发表",
// "登记为已公开发表", "更正为已发表", "算公开发表过了"; rePublishedNo is the
// 未公开发表 item answered no: "未公开发表一项改为：否".
var (
	rePublishedSaid = regexp.MustCompile(`(?:^|[^未没不非])(?:已经|已|登记为|更正为|改为|改成|记为|算作|属于)[“"]?(?:公开)?发表(?:过)?`)
	reDeniedBefore  = regexp.MustCompile(`(?:不是|并非|不算|没有|没)\s*$`)
	rePublishedNo   = regexp.MustCompile(`未公开发表[^，,。；;]{0,6}(?:改为|改成|应为|应该是|是|选)[：:\s]*(?:否|不是|没有|no)`)
)

// saysPublished reports whether s states that the work has been published.
// A question ("算已公开发表吗") states nothing.
func saysPublished(s string) bool {
	for _, cl := range splitClauses(s) {
		if cl = dropPartPosted(cl); isQuestion(cl) || askedYesNo(cl) { // s7-j partposted.go
			continue
		}
		if rePublishedNo.MatchString(cl) {
			return true
		}
		if m := rePublishedSaid.FindStringIndex(cl); m != nil && !containsAny(cl[:m[0]], "如果", "若", "要是", "假如") &&
			!reDeniedBefore.MatchString(cl[:m[0]+len(string([]rune(cl[m[0]:])[0]))]) {
			return true
		}
	}
	return false
}

// reDateSaid is a year or a month said in a clause.
var reDateSaid = regexp.MustCompile(`\d{2,4}年|今年|去年|前年|[0-9一二三四五六七八九十]{1,2}月`)

// trailingCountsAnswer answers a closing "does it count" question said
// beside the facts without a question mark (s11-f, rp140: "是，9月做完的。就是
// 拿AE做的 没用AI生成 这个不算AI吧"): the last clause asks with 算 and ends
// in 吧. The question is asked with the clauses that tell its case, never
// with the facts already stored ("9月做完的" would be judged as a date).
// "" when there is no such question or the notice has no answer.
func (t *turn) trailingCountsAnswer(s string) string {
	cls := splitClauses(factClauses(s))
	if len(cls) < 2 || t.c.deps.Knowledge == nil {
		return ""
	}
	last := compact(cls[len(cls)-1])
	if !strings.HasSuffix(last, "吧") || !strings.Contains(last, "算") || strings.Contains(last, "算了") || !containsAny(last, "这", "那") || isQuestion(cls[len(cls)-1]) {
		return ""
	}
	if _, _, ok := eligibilityClause(cls[len(cls)-1], t.period()); ok {
		return "" // "那就算没用吧" answers (s10-j)
	}
	var q []string
	for _, cl := range cls[:len(cls)-1] {
		if isYes(cl) || restAgree(cl) {
			continue
		}
		if _, _, ok := eligibilityClause(cl, t.period()); ok {
			continue
		}
		if reDateSaid.MatchString(cl) {
			continue // "9月做完的": a date said as a fact
		}
		q = append(q, cl)
	}
	q = append(q, strings.TrimSuffix(last, "吧")+"吗")
	return t.ask(joinClauses(q), true)
}
