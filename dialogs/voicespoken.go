package dialogs

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s12-g (round 32, rp150 laoli_zhoukou): a teacher typing by voice input says
// the fields' names in her own words (介绍 for the 简介, 那个短的 for the 摘要),
// opens a text with a spoken preamble ("简介就是那个介绍是吧那我说一下…"),
// explains a value after it ("…就是说红颜色的那个红药箱"), corrects a value by
// saying what to drop ("…后面那些话都不要", "…这几个字后面那是我给你解释的"),
// decides at the end of a run-on ("…就写组织部吧"), says the 分类 inside a
// sentence ("是那个动画片就是说动画制作那一类的") and spells names out
// character by character with no space ("陈思雨耳东陈思想的思下雨的雨").
//
// voiceSpoken rewrites such a message into the shape the readers already
// take ("内容简介：…", "片名改成X", "制作单位是X", "分类动画制作"); what it does
// not recognise is returned unchanged. Every rewrite is anchored: a spoken
// label only at the start of the message and only with a connector after it,
// so a text that merely contains 介绍, 短的 or 就是说 is kept as typed.

// spokenTextLabels are the own words for the free texts, longest first. The
// 摘要's "短的" words are the 摘要 only while the 摘要 is asked or the 简介 is
// filled (short is said against the long one); the others always.
var spokenTextLabels = []struct {
	word  string
	f     slot
	short bool
}{
	{"内容简介", slot(contestbot.FieldSynopsis), false},
	{"内容摘要", slot(contestbot.FieldSummary), false},
	{"那个长的", slot(contestbot.FieldSynopsis), false},
	{"长的那个", slot(contestbot.FieldSynopsis), false},
	{"那个短的", slot(contestbot.FieldSummary), true},
	{"短的那个", slot(contestbot.FieldSummary), true},
	{"那短的", slot(contestbot.FieldSummary), true},
	{"简介", slot(contestbot.FieldSynopsis), false},
	{"介绍", slot(contestbot.FieldSynopsis), false},
	{"摘要", slot(contestbot.FieldSummary), false},
	{"短的", slot(contestbot.FieldSummary), true},
}

// reSpokenFillerHead is filler that may open a spoken message: 那个, 嗯, 哎呀,
// 还有, 就是说.
var reSpokenFillerHead = regexp.MustCompile(`^(?:那个|嗯+|哎呀|哎|还有|就是说|那|好|好的)*[，,、\s]*`)

// reTextConnector is one piece of what voice input puts between a free
// text's label and the text: a copula, "就这样写", "是吧", "那我说一下", the
// other name of the same field ("就是那个介绍是吧"), punctuation.
var reTextConnector = regexp.MustCompile(`^(?:就是说|就是|那个(?:简介|介绍|摘要|短的|长的)?是吧|(?:简介|介绍|摘要)是吧|是吧|那我说一下|我说一下|那我说|我来说一下|那我念一下|我念一下|是这样的|这样的|如下|就这样写|这样写|就写成|就写|写成|就用这个|是|那个|[：:，,。\s])`)

// reVoiceTextEdit is the edit verb after a free text's label: the text replaces
// the one stored ("介绍改成…").
var reVoiceTextEdit = regexp.MustCompile(`^(?:就)?(?:改成|改为|换成|重新写成)[：:，,\s]*`)

// reSpokenPreamble is a spoken preamble with no label at a free-text step:
// "那我说一下…".
var reSpokenPreamble = regexp.MustCompile(`^(?:那个|嗯+|好的?)*[，,\s]*(?:那我说一下|我说一下|那我说|我来说一下|那我念一下|我念一下)(?:啊|吧|哈)?[：:，,。\s]*`)

// spokenTextLead reads a free text opened by its label in own words and a
// spoken preamble. f is the field, text the text as typed after the
// preamble, edit that it replaces a text already there ("介绍改成…"). Only
// the start of s is read; text must be 8 characters or more and no
// question.
func spokenTextLead(s string, pending slot, synopsisFilled bool) (f slot, text string, edit, ok bool) {
	s = strings.TrimSpace(s)
	head := reSpokenFillerHead.FindString(s)
	for _, l := range spokenTextLabels {
		rest := s[len(head):]
		if strings.HasPrefix(s, l.word) { // "那个长的": the filler is the label's own
			rest = s
		} else if !strings.HasPrefix(rest, l.word) {
			continue
		}
		if l.short && pending != slot(contestbot.FieldSummary) && !synopsisFilled {
			return "", "", false, false
		}
		after := rest[len(l.word):]
		if m := reVoiceTextEdit.FindString(after); m != "" {
			text = strings.TrimSpace(after[len(m):])
			edit = true
		} else {
			n, last := 0, ""
			for {
				m := reTextConnector.FindString(after[n:])
				if m == "" {
					break
				}
				n += len(m)
				if strings.TrimSpace(m) != "" {
					last = m
				}
			}
			if last == "那个" { // "简介是那个年代的故事": 那个 is the text's own
				n -= len("那个")
			}
			if n == 0 || strings.TrimSpace(after[:n]) == "" && l.word != "简介" && l.word != "摘要" && l.word != "内容简介" && l.word != "内容摘要" {
				return "", "", false, false // 介绍了…, 短的…: no connector, the text's own words
			}
			text = strings.TrimSpace(after[n:])
		}
		if utf8.RuneCountInString(text) < 8 || isQuestion(text) || firstNamedField(compact(text)) != "" && !edit {
			return "", "", false, false
		}
		return l.f, text, edit, true
	}
	if pending.freeText() {
		if m := reSpokenPreamble.FindString(s); m != "" {
			text = strings.TrimSpace(s[len(m):])
			if utf8.RuneCountInString(text) >= 8 && !isQuestion(text) {
				return pending, text, false, true
			}
		}
	}
	return "", "", false, false
}

// reExplainedTitle is a 片名 with an explanation after it:
// "片名叫那个乡村医生的红药箱就是说红颜色的那个红药箱". Groups: the lead, the
// title.
var reExplainedTitle = regexp.MustCompile(`^(片名|作品名称|作品名|名字)(叫|是|就是|就叫)(?:那个)?(\p{Han}[^，,。？?！!\s]{1,29}?)就是说(.+)$`)

// reCountedValue is a value confirmed by its count of characters, with what
// came after it taken back: "不对不对片名就是乡村医生的红药箱这几个字后面那是我给你
// 解释的". Groups: the label, the value.
var reCountedValue = regexp.MustCompile(`^(?:不对|不是|错了|你记错了|记错了|[，,。\s])*(片名|制作单位|推荐单位|联系人)(?:就是|应该是|是|叫|就叫|写)([^，,。？?！!\s]{2,30}?)(?:这|就这)(?:几|[0-9一二两三四五六七八九十]+)个字`)

// reDropRest says the words after a value are no part of it: "后面那些话都不要",
// "后面那是我给你解释的", "后边的都删了".
var reDropRest = regexp.MustCompile(`^[，,。\s]*(?:就行|就可以)?[，,。\s]*(?:后面|后边|其他|别的|剩下)(?:那些|那个|的)?(?:话|字|那是)?(?:都|也都|全)?(?:不要|不用|删了|删掉|去掉|不用写|别写|是我给你解释的|是解释|是我解释的)[了的吧啊]*[，,。\s]*`)

// reWrongThenValue is a field said wrong again and its value: "制作单位又写错了
// 就写X". Groups: the label, the value and what follows.
var reWrongThenValue = regexp.MustCompile(`^(制作单位|推荐单位|片名|联系人)(?:又|还是|也)?(?:写错了|记错了|弄错了|错了|不对)[，,。\s]*(?:应该|就|给我)?(?:写成|改成|写|填|是)(.+)$`)

// reDecidedUnit is the decision at the end of a run-on about a unit:
// "…就写组织部吧". Groups: the value.
var reDecidedUnit = regexp.MustCompile(`[，,。\s]*(?:那|那就|就|还是)(?:写|填)(?:成)?([^，,。？?！!\s]{2,30}?)(?:吧|就行|就行了|就可以了|就好)[。！!\s]*$`)

// reUnitRunOnLead is a 制作单位 or 推荐单位 label with its copula at the start.
var reUnitRunOnLead = regexp.MustCompile(`^(制作单位|推荐单位)(?:就是|是|写|填)?`)

// valueCut cuts s at the phrase that drops what follows the value
// (reDropRest) and returns the value and the rest after the phrase.
func valueCut(s string) (value, rest string, ok bool) {
	for i := range s {
		if i == 0 {
			continue
		}
		if m := reDropRest.FindString(s[i:]); m != "" && strings.TrimSpace(m) != "" {
			return s[:i], s[i+len(m):], true
		}
	}
	return "", "", false
}

// voiceValueFix rewrites the corrections, explanations and decisions of
// spoken values (see above); unit is the 推荐单位, for "我们学校…".
func voiceValueFix(s string, pending slot, unit string) string {
	s = strings.TrimSpace(s)
	if isQuestion(s) {
		return s
	}
	if m := reCountedValue.FindStringSubmatch(s); m != nil && isLabelValue(m[1], m[2], unit) {
		return m[1] + "改成" + m[2]
	}
	if m := reWrongThenValue.FindStringSubmatch(s); m != nil {
		if v, rest, ok := valueCut(m[2]); ok && isLabelValue(m[1], v, unit) {
			return strings.TrimSpace(m[1] + "改成" + v + " " + rest)
		}
		if (m[1] == "制作单位" || m[1] == "推荐单位") && isLabelValue(m[1], m[2], unit) {
			return m[1] + "改成" + m[2]
		}
	}
	if m := reExplainedTitle.FindStringSubmatch(s); m != nil && extract(m[4]).firstLabel < 0 && !isQuestion(m[4]) {
		return "片名" + m[2] + m[3]
	}
	if m := reUnitRunOnLead.FindString(s); m != "" || pending == slot(contestbot.FieldProducer) {
		body := s[len(m):]
		if d := reDecidedUnit.FindStringSubmatchIndex(body); d != nil {
			x := body[d[2]:d[3]]
			label := strings.TrimSpace(m)
			if label == "" {
				label = "制作单位"
			} else if reUnitRunOnLead.FindStringSubmatch(s)[1] != "" {
				label = reUnitRunOnLead.FindStringSubmatch(s)[1]
			}
			before := body[:d[0]]
			// The earliest run ending in X that is an organisation: the
			// decision names a unit said in full before it.
			if i := strings.Index(before, x); i > 0 {
				if cand := before[:i+len(x)]; isOrg(ownUnit(cand, unit)) {
					x = cand
				}
			}
			if isOrg(ownUnit(x, unit)) || isOrg(ownUnit("我们学校"+x, unit)) {
				return label + "是" + x
			}
		}
	}
	return s
}

// isLabelValue reports whether v is a value of the field the label names:
// an organisation for a unit, a person for the contact, any short text for
// the 片名.
func isLabelValue(label, v, unit string) bool {
	if v == "" || isQuestion(v) {
		return false
	}
	switch label {
	case "制作单位", "推荐单位":
		return isOrg(ownUnit(v, unit))
	case "联系人":
		return isPerson(v)
	}
	return utf8.RuneCountInString(v) <= 30
}

// reCategoryKind is a category said as a kind inside a sentence: "是那个动画片
// 就是说动画制作那一类的". Group 1 is filled in with the season's categories.
const categoryKindPattern = `(?:[，,\s]*是)?(?:那个)?(?:\p{Han}{0,6}?(?:就是说|就是|也就是))?(%s)(?:那一类|那类|这一类|这类|一类)的?`

// categoryInRunOn rewrites a category said as a kind ("…就是说动画制作那一类的")
// as "分类X", and a menu number said with the name it stands for ("2动画制作…")
// as the name; both must agree.
func categoryInRunOn(s string, cats []string, pending slot) string {
	if len(cats) == 0 {
		return s
	}
	quoted := make([]string, len(cats))
	for i, c := range cats {
		quoted[i] = regexp.QuoteMeta(c)
	}
	alt := strings.Join(quoted, "|")
	if pending == slot(contestbot.FieldCategory) {
		re := regexp.MustCompile(`^\s*([0-9])[.、．\s]*(` + alt + `)`)
		if m := re.FindStringSubmatchIndex(s); m != nil {
			n, _ := strconv.Atoi(s[m[2]:m[3]])
			if n >= 1 && n <= len(cats) && cats[n-1] == s[m[4]:m[5]] {
				rest := strings.TrimSpace(s[m[1]:])
				rest = reVoiceAlreadySaid.ReplaceAllString(rest, "")
				rest = strings.TrimLeft(rest, "，,。 ")
				if rest == "" {
					return cats[n-1]
				}
				return "分类" + cats[n-1] + "。" + rest
			}
		}
	}
	re := regexp.MustCompile(strings.Replace(categoryKindPattern, "%s", alt, 1))
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil || loc[0] == 0 || strings.Contains(s[:loc[0]], "分类") {
		return s
	}
	// Only after another value said before it (the 时长), never a question.
	if isQuestion(s) {
		return s
	}
	return strings.TrimRight(s[:loc[0]], "，,。 ") + " 分类" + s[loc[2]:loc[3]] + s[loc[1]:]
}

// reVoiceAlreadySaid is a complaint that a value was given already: "我刚才不是说了吗".
var reVoiceAlreadySaid = regexp.MustCompile(`^(?:我)?(?:刚才|之前|前面|上面)(?:不是)?(?:已经)?(?:说了|说过了|说过)(?:吗|嘛|啊|呀)?[，,。？?！!\s]*`)

// spelledNames removes the characters explained after a name with no space
// between: "编导是陈思雨耳东陈思想的思下雨的雨撰稿…" → "编导是陈思雨撰稿…" (s11-i
// charexplain.go reads them when spaces set them off). An explanation is a
// word with the character in it, 的, and the character ("思想的思"), or for the
// surname two parts and the surname ("耳东陈", "木子李") right after the name.
// Only after a role's or the contact's label or 是, or at a person step.
func spelledNames(s string, pending slot) string {
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if !isHan(rs[i]) || !nameStart(rs, i, pending) {
			continue
		}
		for _, n := range []int{3, 2} {
			if i+n > len(rs) {
				continue
			}
			name := rs[i : i+n]
			if !allHan(string(name)) || strings.ContainsAny(string(name), labelGrammar) {
				continue
			}
			j, count := i+n, 0
			for j < len(rs) {
				k := explainedAt(rs, j, name, count == 0)
				if k == 0 {
					break
				}
				j += k
				count++
			}
			if count == 0 || count == 1 && surnameAt(rs, i+n, name) {
				continue // a surname said by its parts alone is no proof: "河南省漯河…"
			}
			out := append(append([]rune{}, rs[:i+n]...), rs[j:]...)
			return spelledNames(string(out), pending)
		}
	}
	return s
}

// nameStart reports whether a name may start at rs[i]: after a role's or
// the contact's label, after 是, or at the start at a person step.
func nameStart(rs []rune, i int, pending slot) bool {
	if i == 0 {
		return pending.isRole() || pending == slot(contestbot.FieldContact)
	}
	before := string(rs[:i])
	for _, w := range []string{"是", "监制", "策划", "编导", "导演", "撰稿", "摄影", "剪辑", "制作", "联系人", "叫"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// explainedAt is the length of an explanation of one of name's characters
// at rs[j], or 0.
func explainedAt(rs []rune, j int, name []rune, first bool) int {
	has := func(r rune) bool {
		for _, c := range name {
			if c == r {
				return true
			}
		}
		return false
	}
	// 思想的思, 凯旋的凯, 下雨的雨: a word holding the character, 的, it.
	for k := 2; k <= 4 && j+k+1 < len(rs); k++ {
		if rs[j+k] != '的' {
			continue
		}
		c := rs[j+k+1]
		word := rs[j : j+k]
		if !has(c) || !allHan(string(word)) {
			continue
		}
		for _, w := range word {
			if w == c {
				return k + 2
			}
		}
	}
	// 耳东陈, 木子李: two parts and the surname, right after the name.
	if first && surnameAt(rs, j, name) {
		return 3
	}
	return 0
}

// surnameAt reports whether rs[j:j+3] says name's surname by two parts:
// 耳东陈, 木子李 (no grammar word among them).
func surnameAt(rs []rune, j int, name []rune) bool {
	return j+3 <= len(rs) && rs[j+2] == name[0] && allHan(string(rs[j:j+2])) && rs[j] != name[0] && rs[j+1] != name[0] &&
		!strings.ContainsAny(string(rs[j:j+2]), labelGrammar)
}

// voiceSpoken rewrites a spoken message read in a form (see the top of this
// file); e is the work being filled.
func (t *turn) voiceSpoken(e *contestbot.Entry, s string) string {
	if e == nil || strings.ContainsAny(s, "“”\"《》") {
		return s
	}
	pending := t.st.Pending
	if f, text, edit, ok := spokenTextLead(s, pending, e.Synopsis != ""); ok {
		if f != pending || edit {
			t.st.TextOpen = ""
			t.st.Part = nil
		}
		if edit {
			return f.label() + "改成" + text
		}
		return f.label() + "：" + text
	}
	s = spokenFieldNames(s, e.Synopsis != "")
	if f, v, ok := spokenCut(e, s); ok { // "简介那里不对开头那句X是我说的话不要写进去后面从Y开始往后也都不要"
		return f.label() + "改成" + v
	}
	if pending.freeText() {
		return s
	}
	s = voiceValueFix(s, pending, e.Unit)
	s = categoryInRunOn(s, t.c.season.Categories, pending)
	s = spelledNames(s, pending)
	// A bare unit at the 制作单位 step, or with the 制作单位 still empty
	// after it was refused, other than the 推荐单位 itself.
	bareUnit := false
	switch pending.field() {
	case contestbot.FieldProducer:
		bareUnit = true
	case contestbot.FieldDuration, contestbot.FieldCategory, contestbot.FieldPhone: // no organisation is one of these
		bareUnit = e.Unit != "" && strings.TrimSpace(s) != e.Unit
	}
	// The unit must be written out from the school's name on ("职业技术学校团委"
	// is left to the readers that complete it).
	v := strings.TrimSpace(s)
	if bareUnit && e.Producer == "" && e.Unit != "" && strings.HasPrefix(v, schoolName(e.Unit)) && v != schoolName(e.Unit) && isOrg(v) && !isQuestion(v) && !extract(v).labelled {
		return "制作单位是" + v // a bare unit at its step is the value, not a question about who may enter
	}
	return s
}

// reSpokenFieldAt is a free text's own name before a place in it, in a
// request about its words: "介绍开头的…", "那个短的开头…", "介绍那里不对".
var reSpokenFieldAt = regexp.MustCompile(`(^|[，,。\s]|还有|另外|然后|哎呀|哎)((?:那个)?(?:介绍|短的|长的)(?:那个)?)((?:里面|里头|那里|那块|这里|里)?(?:的)?(?:开头|前面|前头|最前面|后面|最后|结尾|末尾|不对))`)

// reNextRemoval is where a second request starts after a removal verb:
// "…去掉还有那个短的开头…也去掉".
var reNextRemoval = regexp.MustCompile(`(去掉|删掉|删了|不要了|不要)(还有|另外|然后|再把)`)

// spokenFieldNames writes the own names of the free texts as their labels
// in a request about words in them (介绍 → 简介, 那个短的 → 摘要, 那个长的
// → 简介), and cuts two removals said in one breath into two sentences, so
// the removal readers (removetext.go) see each with its field. short says
// 短的 may name the 摘要 (the 简介 is filled).
func spokenFieldNames(s string, short bool) string {
	if !reRemoveVerbAnywhere.MatchString(s) {
		return s
	}
	s = reSpokenFieldAt.ReplaceAllStringFunc(s, func(m string) string {
		g := reSpokenFieldAt.FindStringSubmatch(m)
		switch {
		case strings.Contains(g[2], "介绍"), strings.Contains(g[2], "长的"):
			return g[1] + "简介" + g[3]
		case strings.Contains(g[2], "短的") && short:
			return g[1] + "摘要" + g[3]
		}
		return m
	})
	return reNextRemoval.ReplaceAllString(s, "$1。$2")
}

// reRemoveVerbAnywhere is a removal verb anywhere in a message.
var reRemoveVerbAnywhere = regexp.MustCompile(`去掉|删掉|删了|删去|不要写进去|都不要|不要了`)

// reSecondRemoval opens a second removal request after a first:
// "还有摘要开头X这两个字也去掉" (removetext.go keeps it for the next round).
var reSecondRemoval = regexp.MustCompile(`^(?:还有|另外|然后|再把|也把|同样)`)

// reCutOpening names words at the start of a free text that are no part of
// it: "开头那句简介就是那个介绍是吧那我说一下是我说的话不要写进去". Group 1 is the
// words, said without quotes.
var reCutOpening = regexp.MustCompile(`开头(?:那句话|那句|那段|那几个字|那些字|的)?[：:，,\s]*(\p{Han}[^，,。？?]{1,59}?)(?:这句|那句)?(?:是我说的话|是我说的|是我的话|是说给你的)?(?:不要写进去|不用写进去|不要|去掉|删掉|删了)`)

// reCutTailFrom names where a free text's unwanted tail starts: "后面从那短的就这
// 样写开始往后也都不要". Group 1 is the words the tail starts with.
var reCutTailFrom = regexp.MustCompile(`从(\p{Han}[^，,。？?]{1,39}?)(?:开始|起)(?:往后|以后|后面|后边)?(?:的)?(?:也)?(?:都|全)?(?:不要|删掉|去掉|删了)`)

// spokenCut reads a request to cut a free text at words said loosely, with
// no quotes (s12-g): the opening words named after 开头, and everything from
// the words after 从…开始往后. The field is named before the request
// (spokenFieldNames has put 介绍 as 简介). It returns the field and the text
// that is left; ok is false unless every part named was found.
func spokenCut(e *contestbot.Entry, s string) (f slot, v string, ok bool) {
	if e == nil || strings.ContainsAny(s, "“”\"") {
		return "", "", false
	}
	open := reCutOpening.FindStringSubmatchIndex(s)
	from := reCutTailFrom.FindStringSubmatchIndex(s)
	if open == nil && from == nil {
		return "", "", false
	}
	start := len(s)
	if open != nil {
		start = open[0]
	}
	if from != nil && from[0] < start {
		start = from[0]
	}
	f = firstNamedField(compact(s[:start]))
	if !f.freeText() {
		return "", "", false
	}
	p := textPtr(e, f)
	if p == nil || *p == "" {
		return "", "", false
	}
	v = *p
	if from != nil {
		i, _, found := findLoose(v, s[from[2]:from[3]], false, false)
		if !found || i == 0 {
			return "", "", false
		}
		v = strings.TrimRight(v[:i], "，,、；; ")
	}
	if open != nil {
		_, j, found := findLoose(v, s[open[2]:open[3]], true, false)
		if !found {
			return "", "", false
		}
		v = strings.TrimLeft(v[j:], "，,、；;：: ")
	}
	if utf8.RuneCountInString(v) < 8 || v == *p {
		return "", "", false
	}
	return f, v, true
}
