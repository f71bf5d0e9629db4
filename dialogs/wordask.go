package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s7-b (issue #10, round 15, rp72 msg 19): a request to change part of a
// stored 简介 or 摘要 is never the text. "简介里豫西那个改一下" asks what the
// words become and stores nothing; the answer ("豫南", "改成豫南") then
// replaces them. "简介里豫西那个改一下 是豫南" says both at once, and "把豫西改成
// 豫南" with no field replaces the words in the text that holds them. The
// replacing itself is wordFix (textfix.go); the new words are kept as typed.

// wordAsk is a change of words in a stored text waiting for the new words.
type wordAsk struct {
	Field slot   `json:"field"`
	Old   string `json:"old"`
}

var (
	// reWordFixSaid is the words, a change verb, then the new words after
	// 是: "简介里豫西那个改一下 是豫南", "摘要里三十年那里得改 应该是二十年".
	// The groups are those of reWordFix (field, sentence, old, new).
	reWordFixSaid = regexp.MustCompile(`^(?:请|麻烦|帮我)?(?:你|您)?(?:把|将)?(?:内容)?(简介|摘要)(?:里|中|里面|里头|里边)(?:的)?()(?:那个|这个)?[“"「‘']?(.+?)[”"」’']?(?:那个|这个|那里|这里|那块|这块|那儿|这儿)?(?:得|要|需要|帮我)?(?:改一下|改下|改改|改一改|改)[，,。；;\s]+(?:是|应该是|改成|换成|写成)[：:，,\s]*[“"「‘']?([^，,。；;\s“”"「」‘’']{1,20})[”"」’']?`)
	// reWordFixAsk asks for a change and gives no new words: "简介里豫西那个
	// 改一下", "把简介第二句改改", "简介有个字错了", "摘要里那个年份不对".
	reWordFixAsk = regexp.MustCompile(`^(?:请|麻烦|帮我)?(?:你|您)?(?:把|将)?(?:内容)?(简介|摘要)(?:里|中|里面|里头|里边)?(?:的)?(?:(` + sentencePos + `)(?:话)?(?:里|中|里面|里头)?(?:的)?)?(?:那个|这个)?[“"「‘']?(.*?)[”"」’']?(?:那个|这个|那句|这句|那里|这里|那块|这块|那儿|这儿|有个字|有几个字|有一处|有个地方|有地方)?(?:得|要|需要|再|帮我)?(?:改一下|改下|改改|改一改|修改一下|写错了|打错了|弄错了|错了|不对|有误|有错字|有个错字)(?:吧|呗|啊|哈|了)?[。.!！]*$`)
	// reBareWordFix is "把A改成B" naming no field.
	reBareWordFix = regexp.MustCompile(`^(?:请|麻烦|帮我)?(?:你|您)?(?:把|将)[“"「‘']?([^，,。；;]{1,20}?)[”"」’']?(?:改成|改为|换成|换为|写成)[“"「‘']?([^，,。；;]{1,20}?)[”"」’']?(?:吧|了|就行|就对了)?[。.!！]*$`)
	// reNewWordsLead is what stands before the new words in the answer.
	reNewWordsLead = regexp.MustCompile(`^(?:改成|改为|换成|写成|应该是|应是|是|就)[：:\s]*`)
)

// wordFixSaid reads "简介里X那个改一下 是Y" at the start of s: m holds the
// groups of reWordFix, rest what the message says after it.
func wordFixSaid(s string) (m []string, rest string) {
	s = strings.TrimSpace(s)
	loc := reWordFixSaid.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil, ""
	}
	m = make([]string, 5)
	for i := range m {
		if loc[2*i] >= 0 {
			m[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	for _, w := range []string{"就对了", "就行", "吧", "了"} {
		m[4] = strings.TrimSuffix(m[4], w)
	}
	return m, strings.TrimSpace(strings.TrimLeft(s[loc[1]:], "，,。；;！!.\t "))
}

// wordFixThenRest changes the words as wordFix does and reads what the
// message says after the change: "简介里豫西那个改一下 是豫南 “哦不对是豫南”这几个字不要".
func (t *turn) wordFixThenRest(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	m, rest := wordFixSaid(s)
	if m == nil || rest == "" || m[4] == "" {
		return "", false
	}
	out, ok := t.wordFix(e, fmt.Sprintf("%s里“%s”改成“%s”", m[1], strings.TrimSpace(m[3]), m[4]), pending, reask)
	if !ok {
		return "", false
	}
	if isFiller(rest) || onlyFiller(rest) {
		return out, true
	}
	head := strings.SplitN(out, "\n\n", 2)[0]
	return head + "\n" + t.formRest(e, rest), true
}

// wordFixAsk answers a request to change words of a stored text that gives
// no new words: it asks for them (or, when no words are named, shows the
// text and how to say the change), and stores nothing.
func (t *turn) wordFixAsk(e *contestbot.Entry, s string, reask func(string) string) (string, bool) {
	s = strings.TrimSpace(s)
	m := reWordFixAsk.FindStringSubmatch(s)
	if m == nil || contestbot.RuneLen(s) > 60 {
		return "", false
	}
	f := slot(contestbot.FieldSynopsis)
	if m[1] == "摘要" {
		f = slot(contestbot.FieldSummary)
	}
	old := strings.Trim(m[3], "，,。 ")
	if contestbot.RuneLen(old) > 20 {
		return "", false
	}
	p := textPtr(e, f)
	if p == nil || *p == "" {
		return reask(fmt.Sprintf("还没有%s，没有可改的。请直接发%s的内容。", f.label(), f.label())), true
	}
	how := fmt.Sprintf("请发“把A改成B”，或直接发改好的整段%s。", f.label())
	if _, _, found := findLoose(*p, old, false, false); old == "" || m[2] != "" || !found {
		// "简介有个字错了", "简介写得不对": the words are not named, or not
		// there as said: the text is shown and the change asked for.
		return reask(fmt.Sprintf("%s现在是：%s\n要改哪几个字？%s", f.label(), display(t.c.season, e, f), how)), true
	}
	t.st.WordAsk = &wordAsk{Field: f, Old: old}
	return fmt.Sprintf("%s里的“%s”要改成什么？直接发改后的字就行；也可以直接发改好的整段%s。", f.label(), old, f.label()), true
}

// wordAskAnswer takes the new words asked for by wordFixAsk: a short answer
// that is no question and names no field. Any other message forgets the
// question and is read as usual.
func (t *turn) wordAskAnswer(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	wa := t.st.WordAsk
	t.st.WordAsk = nil
	if wa == nil {
		return "", false
	}
	if p := textPtr(e, wa.Field); p != nil && contestbot.RuneLen(s) > 20 && !isQuestion(s) && !extract(s).labelled && revises(strings.TrimSpace(s), *p) {
		// The whole text sent again, changed: it is the field asked about.
		return t.formRest(e, wa.Field.label()+"："+strings.TrimSpace(s)), true
	}
	if reBareWordFix.MatchString(strings.TrimSpace(s)) {
		return "", false // "把豫西改成豫南": bareWordFix reads it whole
	}
	v := strings.TrimSpace(reNewWordsLead.ReplaceAllString(strings.TrimSpace(s), ""))
	v = strings.Trim(v, "“”\"「」‘’'。.!！ ")
	v = strings.TrimSuffix(strings.TrimSuffix(v, "吧"), "就行")
	if v == "" || contestbot.RuneLen(v) > 20 || isQuestion(s) || extract(s).labelled || firstNamedField(compact(s)) != "" || v == wa.Old {
		return "", false
	}
	return t.wordFix(e, fmt.Sprintf("%s里“%s”改成“%s”", textWord(wa.Field), wa.Old, v), pending, reask)
}

// bareWordFix applies "把A改成B" naming no field to the 简介 or 摘要 that
// holds A. ok is false when A names a field or is in neither text.
func (t *turn) bareWordFix(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	m := reBareWordFix.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || firstNamedField(compact(m[1])) != "" || labelSlot(m[1]) != "" {
		return "", false
	}
	for _, f := range []slot{slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)} {
		if p := textPtr(e, f); p != nil && *p != "" {
			if _, _, ok := findLoose(*p, m[1], false, false); ok {
				return t.wordFix(e, fmt.Sprintf("%s里“%s”改成“%s”", textWord(f), m[1], m[2]), pending, reask)
			}
		}
	}
	return "", false
}

// textWord is the short word wordFix reads for a text field.
func textWord(f slot) string {
	if f == slot(contestbot.FieldSummary) {
		return "摘要"
	}
	return "简介"
}
