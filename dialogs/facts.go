package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// This file reads several facts said in sentences rather than as a form,
// before any form is open: "我院推荐的作品名为《铁轨上的初心》，时长四分零五秒，
// 由我院宣传部制作，通知中提到时长原则上不超过3分钟，不知…是否仍可报送？".
// Each clause is read on its own; what it validly fills is kept as the
// value read ("片名：《铁轨上的初心》"), never as the clause typed, so the
// words around a value (a preface, a question) are never stored. A clause
// that quotes a rule ("原则上不超过3分钟") or hedges a running time
// ("四分钟出头", "三分多") gives no exact value and is not kept.

// reRuleQuote is a clause about a limit or a rule, not about the work.
var reRuleQuote = regexp.MustCompile(`通知|规定|要求|原则上|不超过|不能超过|不得超过|不要超过|超过了?|以内|之内|以下|限制?|上限|最长|最多|至少|不少于`)

// reHedged is a running time said roughly: 四分钟出头, 三分多钟, 大概两分半,
// 两分钟左右. The same words d1's duration reader treats as vague.
var reHedged = regexp.MustCompile(`出头|分多|多分钟|多钟|来分钟|左右|上下|大概|大约|约莫|差不多|将近|接近|不到|快到|估计|好像|可能`)

// reMinutesSaid is a number of minutes or seconds said anywhere in a clause.
var reMinutesSaid = regexp.MustCompile(`[\d一二两三四五六七八九十半]+\s*(?:分|秒|min|s\b)`)

// hedgedDuration reports whether cl gives a running time only roughly.
func hedgedDuration(cl string) bool {
	c := compact(cl)
	return reMinutesSaid.MatchString(c) && reHedged.MatchString(c)
}

// producerOwnUnit resolves 我院/我校/我们学校 in a 制作单位 stored before the
// unit was known, once the unit is set: 我院宣传部 → 郑州嵩岳职业技术学院宣传部.
func producerOwnUnit(e *contestbot.Entry, r *fillResult) {
	if !r.has(slot(contestbot.FieldUnit)) || e.Unit == "" || e.Producer == "" {
		return
	}
	if p := ownUnit(e.Producer, e.Unit); p != e.Producer {
		e.Producer = p
		if !r.has(slot(contestbot.FieldProducer)) {
			r.add(slot(contestbot.FieldProducer))
		}
	}
}

// exactClause reports whether cl can give exact values: it quotes no rule
// and hedges no running time.
func exactClause(cl string) bool {
	return !reRuleQuote.MatchString(compact(cl)) && !hedgedDuration(cl)
}

// readValues is what s validly fills in a blank entry, written back as
// labelled values ("片名：《X》，时长：4分5秒"), and whether it fills
// anything. Nothing changes in the state.
func (t *turn) readValues(s string) (string, bool) {
	e := &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}
	r := t.fillKeepingState(e, s, "")
	if len(r.set) == 0 || len(r.errs) > 0 {
		return "", false
	}
	var out []string
	for _, x := range r.set {
		if x.yesNo() || x.eligibility() || x.freeText() {
			return "", false // facts beside a question are its context
		}
		v := display(t.c.season, e, x)
		if strings.TrimSpace(v) == "" {
			return "", false
		}
		out = append(out, x.label()+"："+v)
	}
	return strings.Join(out, "，"), true
}

// earlyValues is what the clauses of s that are not the question fill, as
// labelled values; "" when they fill nothing.
func (t *turn) earlyValues(s string) string {
	var vs []string
	for _, whole := range splitClauses(s) {
		for _, cl := range questionParts(whole) { // meant.go (d1): "片名：《焦桐》 怎么报名？"
			if isQuestion(cl) || askedYesNo(cl) || !exactClause(cl) {
				continue
			}
			if c := compact(cl); reTypedWrong.MatchString(c) && !reNewValue.MatchString(c) {
				continue // s5-f3 (rp48 q66): "片名写错了一个字 怎么改" says what is wrong, it gives no value
			}
			if i := strings.IndexAny(cl, ":："); i > 0 && labelSlot(cl[:i]) == "" {
				cl = cl[i:] // "另有一事敬请指教：我院推荐的作品名为《…》": a preface, no label
				cl = strings.TrimLeft(cl, ":：")
			}
			if v, ok := t.readValues(strings.TrimRight(cl, "，,。；; ")); ok {
				vs = append(vs, v)
			}
		}
	}
	if st := aiSaid(s); st.used && st.labelled { // s6-m ailabel.go: the one reader of what is said of AI
		// s5-g6 (rp52 p52b): "有几个镜头是AI生成的，片里都打了标注，这种算哪一类啊"
		// says AI used and labelled over two clauses; the checklist later
		// never offers "片中没有使用AI生成的内容".
		vs = append(vs, aiUsedLabelledText)
	}
	return strings.Join(vs, "，")
}

// aiUsedLabelledText is AI used and labelled, as the fill reads it.
const aiUsedLabelledText = "用了AI生成内容，已标注"

// reMadeBy is an organisation said as the maker in a sentence: "由我院宣传部
// 制作", "由校团委拍摄完成". It is the 制作单位.
var reMadeBy = regexp.MustCompile(`(^|[，,。；;！!？?\n]\s*)(?:本片|该片|片子|作品|本作品)?(?:是|系)?由([^，,。；;！!？?\n\s由]{0,30}?` + producerOrgEnd + `)(?:独立|联合|负责|牵头|组织)?(?:制作|拍摄|摄制|出品|完成|创作)(?:完成)?(?:的)?([，,。；;]|$)`)

// reOwnUnitNamed is the unit named in formal words: "我院全称为…", "本校名称是…".
var reOwnUnitNamed = regexp.MustCompile(`(^|[，,。；;！!？?\n]\s*)(?:我院|我校|本校|本院|我单位|本单位|我们学校|我们学院|俺们学校|咱们学校)(?:的)?(?:全称|名称|全名|名字)(?:为|是|叫|即)`)

// reWorkIs opens a clause that says what the work is: "本片为…", "系…".
var reWorkIs = regexp.MustCompile(`^(?:本片|该片|本作品|此片|片子|作品)?(?:系|为|属于|属)`)

// reWorkMadeBy is the work said to be made by an organisation: "片子是学校党总支做的".
var reWorkMadeBy = regexp.MustCompile(`(^|[，,。；;！!？?\n\s]\s*)(?:(?:这个|这|那个|俺们|我们|咱们)?(?:片子|片儿|作品|本片|视频)|这个|这部|这一个|这一部)(?:是|都是|也是)([^，,。；;！!？?\n\s]{0,30}?` + producerOrgEnd + `)(?:自己|独立)?(?:做|拍|制作|拍摄|摄制|出品)(?:的)?([，,。；;\s]|$)`)

// madeByLabel rewrites facts said in formal sentences into labels: "由X制作"
// → "制作单位是X", "片子是X做的" → "制作单位是X", "我院全称为X" → "推荐单位是X".
func madeByLabel(s string) string {
	s = reOwnUnitNamed.ReplaceAllString(s, "${1}推荐单位是")
	s = reWorkMadeBy.ReplaceAllString(s, "${1}制作单位是${2}${3}")
	return reMadeBy.ReplaceAllString(s, "${1}制作单位是${2}${3}")
}

// workIsCategory rewrites a clause naming the category in formal words
// ("本片为实景拍摄", "系视频切片") into "分类是…".
func workIsCategory(season *contestbot.Season, s string) string {
	cls := splitClauses(s)
	changed := false
	for i, cl := range cls {
		body := strings.TrimRight(cl, "，,。；;！! ")
		head := ""
		if j := strings.IndexAny(body, ":："); j > 0 && labelSlot(body[:j]) == "" {
			// "先请贵方记录：本片为实景拍摄": a preface, no label.
			_, size := utf8.DecodeRuneInString(body[j:])
			head, body = body[:j+size], body[j+size:]
		}
		loc := reWorkIs.FindStringIndex(body)
		if loc == nil || loc[1] == 0 {
			continue
		}
		if c, ok := categoryExact(season, body[loc[1]:]); ok {
			cls[i] = head + "分类是" + c + cl[len(head)+len(body):]
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(cls, "")
}
