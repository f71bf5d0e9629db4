package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-d (round 32, rp153 #7): at the summary "推荐单位是写学院还是写学院党委啊"
// was read as values: the 推荐单位 became "学院党委" and the 制作单位 was
// garbled. A field label in front of a choice ("推荐单位是写A还是写B", "制作单位
// 那一栏填A还是B呢") hid the question from altAsked, which reads a choice
// that opens the clause. A message shaped as a question — a choice
// offered (…还是…啊/呢/吗, 写A还是写B), 是不是 before what is asked, 要不要 —
// is a question at every step, the summary included: it is answered and
// changes nothing.

// reLabelAltAsk is a choice asked about a field: the label, an optional
// column word and modal, a verb, then two options.
var reLabelAltAsk = regexp.MustCompile(`^(?:那个|这个|那|就|请问|问一下|问下)?` +
	`(?:推荐单位|制作单位|片名|作品名称|联系人|联系电话|电话|时长|分类|类别|监制|策划|编导|导演|撰稿|摄影|剪辑|制作|内容简介|简介|内容摘要|摘要|乙方|甲方|作者|单位)` +
	`(?:名称|名字|全称)?(?:那一栏|这一栏|那栏|这栏|一栏|那里|这里|那儿|这儿|那块|这块|上|里)?` +
	`(?:到底|究竟)?(?:是|就|应该|该|得|要|需要)?(?:是)?(?:写|填|算|选|用|按|报|写成|填成)` +
	`([^，,。；;！!\s]{1,16})还是(?:写|填|算|选|用|按|报|写成|填成)?([^，,。；;！!\s]{1,16})` +
	`(?:啊|呀|呢|哩|嘞|哈|吗|么|嘛)?$`)

// reIsItAsk is 是不是 before what is asked: "是不是得写全称", "推荐单位是不是写
// 学院党委", or closing the clause ("写学院党委 是不是").
var reIsItAsk = regexp.MustCompile(`是不是(?:要|得|该|应该|应当|写|填|可以|能|算|就|只|必须|需要|还|都|有|没|不)|是不是(?:啊|呀|呢|哈|嘛)?$`)

// labelAltAsked reports whether the clause s asks which of two a field
// takes (reLabelAltAsk).
func labelAltAsked(s string) bool {
	w := strings.ReplaceAll(strings.TrimRight(strings.TrimSpace(contestbot.NormalizeWidth(s)), "?？。.~～ "), " ", "")
	m := reLabelAltAsk.FindStringSubmatch(w)
	return m != nil && !strings.HasSuffix(m[2], "吧") && !strings.HasPrefix(m[1], "了") // "分类算了还是实景拍摄" chose
}

// reChoiceEnd closes a clause that asks: a question mark or a particle.
var reChoiceEnd = regexp.MustCompile(`(?:[?？]|啊|呀|呢|吗|么|嘛|哈)[?？。.~～ ]*$`)

// openAltAsked reports whether the clause c offers a choice and ends as a
// question ("是写全称还是简称呢"); "算了还是实景拍摄" chose one.
func openAltAsked(c string) bool {
	w := contestbot.NormalizeWidth(c)
	return altAsked(w) && reChoiceEnd.MatchString(w) && !strings.HasPrefix(strings.TrimLeft(w, "那就 "), "算了")
}

// isItAsked reports whether the clause s asks "是不是…" (reIsItAsk).
// "不是不是" denies twice and asks nothing.
func isItAsked(s string) bool {
	w := strings.TrimRight(strings.TrimSpace(contestbot.NormalizeWidth(s)), "?？。.~～ ")
	for _, loc := range reIsItAsk.FindAllStringIndex(w, -1) {
		if !strings.HasSuffix(w[:loc[0]], "不") {
			return true
		}
	}
	return false
}

// choiceOnly reports whether every clause of s asks a choice or 是不是
// (labelAltAsked, altAsked, isItAsked) or is a particle or a remark that
// carries no value: the message is a question and nothing else.
func choiceOnly(s string) bool {
	asked := false
	for _, cl := range splitClauses(s) {
		c := strings.TrimSpace(cl)
		if c == "" || isChatter(compact(c)) {
			continue
		}
		if labelAltAsked(c) || openAltAsked(c) || isItAsked(c) {
			asked = true
			continue
		}
		return false
	}
	return asked
}

// choiceAsk answers a message that only asks a choice, at any step of the
// form and at the summary: the answer, and the pending question again (or,
// at the summary, that nothing is submitted yet). Nothing is stored.
func (t *turn) choiceAsk(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || !choiceOnly(s) {
		return "", false
	}
	a, _ := t.answerHowFill(e, s, false) // "推荐单位写A还是B": the field's rule, and what the notice leaves open
	if a == "" {
		a = t.ask(s, true)
	}
	if a == "" {
		if f := firstNamedField(compact(s)); f != "" {
			a = fieldMeaning(t.c.season, e, f)
		}
	}
	if a == "" {
		return "", false
	}
	a += "\n（这句是问题，没有改动已填的内容。）"
	if t.atSummary(t.st.Pending) {
		return a + "\n\n" + notYetSubmitted, true
	}
	return t.withPending(a), true
}
