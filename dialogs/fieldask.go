package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s5-g4: questions about the form's fields, answered from the field table in
// any mode, sentence by sentence: what a field is for ("监制具体是干什么的"),
// whether two labels are one slot ("编导和导演是一回事吗"), and whether a field
// is stored ("撰稿你记上了吗"). Traditional characters are folded to
// simplified before any reader runs (core.go, knowledge.FoldTraditional),
// so "監製是什麼意思" reads as "监制是什么意思"; it missed before because the
// meaning question outside a form went to the notice, which lists the form.

var (
	// reFieldDuty asks what a field's person or unit does: "监制具体是干什么的",
	// "撰稿负责啥", "监制是做啥的".
	// s7-d: Henan 弄啥 is 干啥 ("监制是弄啥嘞", "监制是管啥哩"; the final
	// 嘞/哩 are folded to 的 first, roleDialect).
	reFieldDuty = regexp.MustCompile(`(?:具体)?(?:是)?(?:干|做|负责|管|弄)(?:什么|啥|哪些|哪块)(?:的|工作)?(?:呀|啊|呢|吗)?$|(?:具体)?(?:是)?(?:干|做|负责|管|弄)(?:什么|啥)的`)
	// reAskBeside is talk beside a question about a field, no value: "俺不懂这个",
	// "我不知道该填谁", "俺问哩是监制" (s7-d, rp76 p76b).
	reAskBeside = regexp.MustCompile(`^(?:我|俺)?(?:也|是|真|就|实在)?(?:不懂|不知道|不明白|不清楚|搞不懂|弄不懂|不太懂|没懂|没看懂|看不懂)(?:这个|那个|这些|这|啥意思|该填谁|该写谁|填谁|写谁|怎么填|咋填|是啥)?(?:啊|呀|哈|的|了|呢)*$|^(?:我|俺)(?:是)?(?:问|说)的是\p{Han}{2,6}$`)
	// reFieldSame asks whether two labels are one: "编导和导演是一回事吗",
	// "编导跟导演是一个吗", "编导就是导演吗", "撰稿和文案一样不".
	reFieldSame = regexp.MustCompile(`^(?:还有|那|另外|再问一下)?(\p{Han}{2,6}?)(?:和|跟|与)(\p{Han}{2,6}?)(?:是|算)?(?:一回事|一码事|一个意思|一个东西|一个|一样|同一个|同一项|一项|一栏|相同|有啥区别|有什么区别|啥区别|什么区别|区别)(?:的)?(?:吗|嘛|么|不|吧|呢|呀|啊)?$|` +
		`^(?:还有|那|另外)?(\p{Han}{2,6}?)(?:就是|是不是|也就是)(\p{Han}{2,6}?)(?:吗|嘛|么|吧|呀|啊)?$`)
	// reFieldStored asks whether a field was stored: "撰稿你记上了吗",
	// "监制记下了没", "撰稿填上没有".
	reFieldStored = regexp.MustCompile(`^(?:等一下|等等|对了|那)?(\p{Han}{2,6}?)(?:你|您|恁)?(?:给我|给俺)?(?:记上|记下|记住|记了|填上|填了|录上|录了|存上|写上|写了|记进去)(?:了)?(?:吗|嘛|么|没有|没|不|没记)$`)
	// reSameAsked marks reFieldSame as asked, not said ("制作单位和推荐单位一样"
	// is a value).
	reSameAsked = regexp.MustCompile(`(?:吗|嘛|么|不|呢)$|区别|是不是|一样不一样|是一回事不`)
	// reRolesOnePerson asks whether one person may hold two roles: "摄影和剪辑
	// 能是一个人吗", "编导跟撰稿可以是同一个人不".
	reRolesOnePerson = regexp.MustCompile(`^(?:那|还有)?(\p{Han}{2,6}?)(?:和|跟|与)(\p{Han}{2,6}?)(?:能|可以|能不能|可不可以)?(?:是|写|填)?(?:同一个人|一个人|一人|同一人)(?:吗|嘛|么|不|呢|吧)?$`)
	// reCreatorsOnePerson asks whether all the 主创 may be one person (s10-a):
	// "主创可以是一个人吗", "主创人员都是一个人行不行". It asks about the
	// roles, not about a work by one person (个人作品).
	reCreatorsOnePerson = regexp.MustCompile(`^(?:那|还有)?(?:主创人员|主创|这几个角色|几个角色|这几项|这几个)(?:都|全)?(?:能|可以|能不能|可不可以)?(?:是|写|填)(?:同一个人|一个人|一人|同一人)(?:吗|嘛|么|不|呢|吧|行不行|行吗|中不中|可以吗)?$`)
	// reWhoFits is a follow-up with a duty question: "填谁合适", "写谁好".
	reWhoFits = regexp.MustCompile(`^(?:那)?(?:一般)?(?:填|写)(?:谁|哪个|什么人|啥人)(?:合适|比较合适|好|呢|啊)?$`)
)

// fieldAsk is one question about a field and its answer.
type fieldAsk struct {
	answer string
	field  slot // the field a check-back asked about; "" for the others
	novel  bool // a duty, two labels or a check-back: no older reader answers it
}

// readFieldAsk answers one sentence when it is a question about a field.
func readFieldAsk(season *contestbot.Season, e *contestbot.Entry, sentence string) (fieldAsk, bool) {
	c := strings.Trim(compact(sentence), "？?，,。！!")
	c = roleDialect(c) // s7-d: "管啥哩", "弄啥嘞"
	c = strings.TrimPrefix(c, "我是问")
	c = strings.TrimPrefix(c, "我想问")
	c = strings.TrimPrefix(c, "问一下")
	if m := reFieldSame.FindStringSubmatch(c); m != nil && (strings.ContainsAny(sentence, "?？") || reSameAsked.MatchString(c)) {
		a, b := m[1]+m[3], m[2]+m[4]
		fa, fb := exactLabel(a), exactLabel(b)
		if fa == "" || fb == "" {
			return fieldAsk{}, false
		}
		if fa == fb {
			return fieldAsk{novel: true, answer: "是一回事：报名表上“" + fa.label() + "”是一栏，填同样的人。" + fa.label() + "：" + meaning(fa)}, true
		}
		return fieldAsk{novel: true, answer: "不是同一栏，报名表上分开填：\n" + fa.label() + "：" + meaning(fa) + "\n" + fb.label() + "：" + meaning(fb)}, true
	}
	if m := reRolesOnePerson.FindStringSubmatch(c); m != nil {
		fa, fb := exactLabel(m[1]), exactLabel(m[2])
		if fa != "" && fb != "" && fa.isRole() && fb.isRole() && fa != fb {
			return fieldAsk{novel: true, answer: "可以。主创人员各项分开填，一个人担任几项，就在每一项都写他的名字，例如：" + fa.label() + "赵鹏，" + fb.label() + "赵鹏。通知对此没有限制。"}, true
		}
	}
	if reCreatorsOnePerson.MatchString(c) {
		return fieldAsk{novel: true, answer: "可以。主创人员几项可以是同一个人，就在每一项都写他的名字，例如：编导赵鹏，摄影赵鹏。通知对此没有限制。"}, true
	}
	if m := reFieldStored.FindStringSubmatch(c); m != nil {
		f := exactLabel(m[1])
		if f == "" {
			return fieldAsk{}, false
		}
		if e == nil {
			return fieldAsk{answer: "现在还没有在填的报名表。发“我要报名”开始填。", field: f, novel: true}, true
		}
		if !filled(e, f) {
			return fieldAsk{answer: f.label() + "还没有记录。", field: f, novel: true}, true
		}
		return fieldAsk{answer: "记上了，" + f.label() + "：" + display(season, e, f), field: f, novel: true}, true
	}
	if loc := reFieldDuty.FindStringIndex(c); loc != nil {
		if f := labelSlot(c[:loc[0]]); f != "" && meaning(f) != "" {
			return fieldAsk{answer: fieldMeaning(season, e, f), novel: true}, true
		}
	}
	if f, ok := fieldQuestion(c); ok && meaning(f) != "" && !containsAny(c, "还是", "区别", "不同", "不一样") {
		// The question words end the clause: "时长是什么要求" asks the
		// notice's rule, "分类有什么区别" the options, not what the field is.
		loc := reFieldAsk.FindStringIndex(c)
		if tail := strings.Trim(c[loc[1]:], "啊呀呢吗哈嘞哩的？?。"); tail == "" || reWhoFits.MatchString(tail) || contestbot.RuneLen(tail) <= 2 && strings.ContainsAny(tail, "好适") {
			return fieldAsk{answer: fieldMeaning(season, e, f)}, true
		}
	}
	return fieldAsk{}, false
}

// exactLabel is the slot w names when w is a label word and nothing more
// ("编导", "导演", "撰稿"); "" otherwise.
func exactLabel(w string) slot {
	w = strings.ToLower(strings.TrimSpace(w))
	for _, d := range labelDefs {
		if strings.ToLower(d.word) == w {
			return slot(strings.TrimSuffix(string(d.slot), "!"))
		}
	}
	return ""
}

// filled reports whether e holds a value for f.
func filled(e *contestbot.Entry, f slot) bool {
	if p := creatorPtr(e, f); p != nil {
		return strings.TrimSpace(*p) != ""
	}
	if p := textPtr(e, f); p != nil {
		return strings.TrimSpace(*p) != ""
	}
	return true // a field the draft always shows (display says 未填 itself)
}

// fieldTalk reads s as questions about the form's fields. It returns the
// answers, and the sentences that are something else (values, chatter);
// ok is false unless the message asks about a field in a way the older
// readers do not (a duty, two labels, a check-back) or every question in it
// is about a field.
func fieldTalk(season *contestbot.Season, e *contestbot.Entry, s string) (asks []fieldAsk, rest string, ok bool) {
	var keep []string
	questions := 0
	for _, sen := range splitSentences(s) {
		if a, ok := readFieldAsk(season, e, sen); ok && clauseAsks(season, e, sen) < 2 { // s7-d: "监制是弄啥嘞 俺不懂这个 编导又是啥意思" asks two
			asks = append(asks, a)
			continue
		}
		// "我是问监制具体是干什么的，填谁合适": the clauses of one question.
		var clauseKeep []string
		for _, cl := range splitClauses(sen) {
			if a, ok := readFieldAsk(season, e, cl); ok {
				asks = append(asks, a)
				continue
			}
			if len(asks) > 0 && reWhoFits.MatchString(strings.Trim(compact(cl), "？?")) {
				continue // answered by the field's meaning
			}
			if reAskBeside.MatchString(roleDialect(strings.Trim(compact(cl), "？?，,。"))) {
				continue // s7-d: "俺不懂这个" beside "监制是弄啥嘞"
			}
			clauseKeep = append(clauseKeep, cl)
		}
		if r := joinClauses(clauseKeep); r != "" {
			if isQuestion(r) || askedYesNo(r) {
				questions++
			}
			keep = append(keep, r)
		}
	}
	if len(asks) == 0 || questions > 0 {
		return nil, "", false
	}
	return asks, strings.TrimSpace(strings.Join(keep, "，")), true
}

// sharedTailOnce says the sentences that end every answer once, after the
// last one: "监制是啥 编导是啥" gets each role's meaning, then the form's
// 主创 line and the example once (s7-d).
func sharedTailOnce(answers []string) []string {
	if len(answers) < 2 {
		return answers
	}
	tail := answers[0]
	for _, a := range answers[1:] {
		for !strings.HasSuffix(a, tail) {
			i := strings.Index(tail, "。")
			if i < 0 {
				return answers
			}
			tail = tail[i+len("。"):]
		}
	}
	if tail == "" {
		return answers
	}
	out := make([]string, len(answers))
	for i, a := range answers {
		out[i] = a
		if i < len(answers)-1 && len(a) > len(tail) {
			out[i] = strings.TrimSuffix(a, tail)
		}
	}
	return out
}

// clauseAsks is how many clauses of sen ask about a field.
func clauseAsks(season *contestbot.Season, e *contestbot.Entry, sen string) int {
	n := 0
	for _, cl := range splitClauses(sen) {
		if _, ok := readFieldAsk(season, e, cl); ok {
			n++
		}
	}
	return n
}

// splitSentences cuts s after sentence-ending punctuation (。？！ and line
// breaks), outside quotes.
func splitSentences(s string) []string {
	return splitOutside(s, true, func(rs []rune, i int) bool {
		return strings.ContainsRune("。？?！!\n", rs[i])
	})
}

// answerFieldTalk answers the field questions of s, reading the rest of the
// message as values when a form is open (fill). ok is false when s is not
// such a question.
func (t *turn) answerFieldTalk(e *contestbot.Entry, s string, fill func(rest string) string) (string, bool) {
	asks, rest, ok := fieldTalk(t.c.season, e, s)
	if !ok {
		return "", false
	}
	if fill != nil && !slices.ContainsFunc(asks, func(a fieldAsk) bool { return a.novel }) {
		return "", false // in a form, interpret answers "X是啥意思" as before
	}
	if fill == nil && (extract(rest).labelled || registerIntent(rest) || wantsToRegister(rest)) {
		return "", false // no form open: values or a wish to register go their usual way
	}
	var out []string
	for _, a := range asks {
		if a.field != "" && rest != "" && fill != nil {
			if ex := extract(rest); ex.labelled && len(ex.values) > 0 && labelSlot(rest) == a.field {
				continue // "撰稿你记上了吗？撰稿是郑淑芬、李雪": the value answers it
			}
		}
		out = append(out, a.answer)
	}
	ans := strings.Join(sharedTailOnce(out), "\n")
	if rest != "" && !isChatter(compact(rest)) && fill != nil {
		r := fill(rest)
		if ans == "" {
			return r, true
		}
		return ans + "\n\n" + r, true
	}
	return ans, true
}
