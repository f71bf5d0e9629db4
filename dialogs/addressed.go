package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// A change addressed to a named field (s7-e, issue #10, round 16).
//
// At any step, a message that names a field and gives its value goes to that
// field, never to the one asked, and the talk around the address is no part
// of the value:
//   - "我写了呀 撰稿郑雨桐" at the 简介 step fills 撰稿;
//   - "简介也要改一下 刚那个是错的 简介是：影片以…" at the 摘要 step replaces the 简介;
//   - "好的，那协议书上的内容摘要就写为：讲述…" stores "讲述…";
//   - "不是不是 那个不是简介 是说撰稿是郑雨桐" fills 撰稿 and takes back the text
//     just stored as the 简介;
//   - "制作单位不写宣传部，写党委组织部，平顶山…党委组织部" stores the positive,
//     most specific value;
//   - "…的初心 嗯 那个协议书上那个内容摘要也用这个就行" after a 简介 sets 摘要 = 同简介.
//
// The address is read only after talk (a person speaking, a complaint, an
// instruction, an interjection, where the field is printed): a 简介 whose
// story holds a label word ("…把荒山改成果园", "…写下简介：") stays verbatim.

// reLeadTalk marks a clause before a label as talk to the bot: a person
// speaking or spoken of (我, 你, 领导说, 刘老师又说), a complaint or a
// correction (错, 不对, 不是, 没记上), an instruction (改, 删, 麻烦), an
// interjection, or where the field is printed (协议书上, 一栏). 我校 and 我院
// open stories, and are no talk.
var reLeadTalk = regexp.MustCompile(`我(?:[^校院]|$)|你|您|咱|俺|刚|错|不对|不是|没记|漏|改|删|去掉|麻烦|劳驾|请|好的|好哒|好嘞|嗯|呀|啊|哦|额|呃|呜|哈|吧|还有|对了|另外|领导|老师|主任|书记|科长|说|开会|协议书|报名表|汇总表|一栏|多了|少了|几个字|^那$|^那个$|^这个$|^然后$`)

// reAddressVerb is what joins a label to its value: "一栏应为", "就写为",
// "也要改一下", "还是叫", "是", "用这个" (s7-m); then an optional colon.
var reAddressVerb = regexp.MustCompile(`^\s*(?:一栏|这一栏|这一项|这项|那一栏|那栏)?\s*(?:也|就|还是|应该|应当|应|要|得|需要|请|直接|那就)*\s*(?:改一下|改下|改成|改为|换成|更正为|写为|写成|写作|写|填为|填成|填|应为|叫做|叫|用|是|为)?\s*(?:一下)?\s*(?:就是|是)?\s*(?:这个|这段|这一段|下面这段|下面的|如下|以下)?\s*`)

// reLabelParticle is a particle and a break right after a label, which
// then introduces its text: "简介哈 ", "简介的话，".
var reLabelParticle = regexp.MustCompile(`^(?:的话|哈|啊|呀|吧|嘛|呢|哦)+[\s，,。：:]+`)

// reDeniedLabel is a field named as wrong: "那个不是简介", "这不是摘要".
var reDeniedLabel = regexp.MustCompile(`(?:不是|并非|不算)(?:内容)?$`)

// reNegatedValue opens a value said in the negative, then the positive:
// "不写宣传部，写党委组织部", "不是许晨阳，是邓一凡".
var reNegatedValue = regexp.MustCompile(`^\s*(?:不写|不填|不是|不要|不用|别写|别填)([^，,。；;！!？?\s]+)[，,；;！!\s]+(?:而是|要写|要填|应该是|改成|改为|写成|就写|写|填|是|要|用)?\s*`)

// rePositiveLead is a verb before a positive value in a later clause.
var rePositiveLead = regexp.MustCompile(`^(?:而是|要写|要填|应该是|改成|改为|写成|就写|写|填|是|要|用)`)

// leadIsTalk reports whether the text before a label is talk: every clause
// short and marked as talk, the whole at most 50 characters. Quoted words
// are masked: "前面多了“那协议书上的内容摘要就写为：”这几个字".
func leadIsTalk(lead string) bool {
	lead = strings.TrimSpace(strings.ReplaceAll(lead, string(maskRune), ""))
	if lead == "" {
		return true
	}
	if utf8.RuneCountInString(lead) > 50 {
		return false
	}
	for _, c := range splitClauses(strings.Join(strings.Fields(lead), "，")) {
		c = strings.TrimSpace(strings.Trim(c, "，,。；;！!？?、…~～ \u201c\u201d\""))
		if c == "" || isFiller(c) {
			continue
		}
		if utf8.RuneCountInString(c) > 24 || !reLeadTalk.MatchString(c) || narrative(c) {
			return false
		}
	}
	return true
}

// addressed reads a message that names a field after talk and gives its
// value. It returns the message rewritten as that labelled value alone
// ("撰稿是郑雨桐", "内容简介：影片以…"), the field the message says the text
// stored last was not ("那个不是简介"), and ok false when s is no such
// message or needs no rewriting.
func (t *turn) addressed(e *contestbot.Entry, s string) (out string, denied slot, ok bool) {
	s = strings.TrimSpace(s)
	tx := newText(s)
	hits := findLabels(tx)
	for _, h := range hits {
		lead := string(tx.mask[:h.start])
		if reDeniedLabel.MatchString(strings.TrimSpace(lead)) {
			denied = h.slot
			continue
		}
		if !leadIsTalk(lead) {
			return "", "", false
		}
		after := string(tx.orig[h.end:])
		verb := reAddressVerb.FindString(after)
		val := after[len(verb):]
		colon := strings.HasPrefix(val, ":") || strings.HasPrefix(val, "：")
		val = strings.TrimSpace(strings.TrimLeft(val, ":："))
		if h.slot.freeText() {
			// A free text runs to the end: it is addressed only with a
			// colon ("简介是：…", "摘要应为：…"), or after talk with a
			// particle and a break ("我说一下简介哈 本片…"); "简介改成 …" is
			// textedit.go's.
			if m := reLabelParticle.FindString(after); m != "" && strings.TrimSpace(lead) != "" {
				verb, val, colon = m, strings.TrimSpace(after[len(m):]), true
			}
			if !colon || utf8.RuneCountInString(val) < 8 {
				continue
			}
			if strings.TrimSpace(lead) == "" && strings.TrimSpace(verb) == "" {
				return "", "", false // "简介：…" is read as it is
			}
			return labelLine(h.slot, val), denied, true
		}
		if v, ok := t.negatedValue(e, h.slot, string(tx.orig[h.start:h.end]), after); ok {
			return v, denied, true
		}
		if reWrongAfterLabel.MatchString(after) {
			return "", "", false // "片名打错了一个字", "制作单位还是错的应该是…": correction readers have it
		}
		cand, dropped := talkChunksOff(string(tx.orig[h.start:]))
		if strings.TrimSpace(lead) == "" && dropped == "" {
			return "", "", false // nothing to take off: read as it is
		}
		if storyGoesOn(cand) {
			return "", "", false // "…说：片名就叫初心吧。影片讲述他的故事": a story quoting a label
		}
		if reValueInTalk.MatchString(dropped) {
			return "", "", false // "片名要换 换成 …", "… 咋改": the value or a question is in the talk
		}
		tr := t.tryFill(e, cand, "")
		if len(tr.errs) > 0 || !(tr.has(h.slot) || h.slot == slotCreators && hasRole(tr.set)) {
			continue
		}
		return cand, denied, true
	}
	return "", "", false
}

// labelLine is a free text labelled for the form: "内容简介：…", with an
// instruction after it on its own line ("…。 摘要跟简介一样就行" →
// "内容摘要：同简介").
func labelLine(s slot, text string) string {
	text = chatLinesOff(text) // s7-m chatlines.go: "…\n【转发】李思远：这个好"
	if body, ok := sameSummaryTail(text); ok && s == slot(contestbot.FieldSynopsis) {
		out := s.label() + "：" + body
		if contestbot.RuneLen(body) <= contestbot.MaxSummaryRunes {
			out += "\n" + slot(contestbot.FieldSummary).label() + "：同简介"
		}
		return out
	}
	return s.label() + "：" + text
}

// talkChunksOff keeps the labelled value and drops the talk after it, set
// off by spaces: "撰稿是郑雨桐 你刚没记上" → "撰稿是郑雨桐". Chunks that give a
// labelled value of their own stay: "主创 监制赵立新 编导撰稿李梦瑶 摄影无".
func talkChunksOff(s string) (kept, dropped string) {
	chunks := strings.Fields(s)
	if len(chunks) < 2 {
		return strings.TrimSpace(s), ""
	}
	keep := chunks[:1]
	var drop []string
	for _, c := range chunks[1:] {
		if extract(c).labelled {
			keep = append(keep, c)
		} else {
			drop = append(drop, c)
		}
	}
	return strings.Join(keep, " "), strings.Join(drop, " ")
}

// storyGoesOn reports whether a sentence without a label follows the
// value: the message is a story, not an address.
func storyGoesOn(s string) bool {
	i := strings.IndexAny(s, "。！？!?")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	rest := strings.TrimSpace(strings.TrimLeft(s[i+n:], "。！？!? "))
	return rest != "" && !extract(rest).labelled
}

// reWrongAfterLabel says the field's value is wrong instead of giving it:
// "片名打错了一个字", "制作单位还是错的应该是…".
var reWrongAfterLabel = regexp.MustCompile(`^\s*(?:一栏|这一栏|这项)?\s*(?:也|还是|又|都|好像)?\s*(?:打|写|填|输|弄|搞|记)?(?:错|不对|有误|有问题)`)

// reValueInTalk is talk after an address that carries the value itself or
// asks how: "换成 …", "应该是 …", "咋改".
var reValueInTalk = regexp.MustCompile(`改成|改为|换成|换为|应该是|应为|写成|咋|怎么|如何|怎样`)

// negatedValue reads a value said in the negative first: "制作单位不写宣传部，
// 写党委组织部，平顶山工业职业技术学院党委组织部" → "制作单位：平顶山工业职业技术学院
// 党委组织部". The first clause after the negated one that is a value of
// the field is the value; a later organisation name that holds it is more
// specific and wins. Clauses about other fields stay: "…，联系人王芳".
func (t *turn) negatedValue(e *contestbot.Entry, s slot, label, after string) (string, bool) {
	loc := reNegatedValue.FindStringIndex(after)
	if loc == nil {
		return "", false
	}
	cls := splitClauses(after[loc[0]:])
	if len(cls) < 2 {
		return "", false
	}
	best := ""
	var others []string
	for _, c := range cls[1:] {
		c = strings.TrimSpace(strings.TrimRight(c, "，,。；;！!"))
		if c == "" {
			continue
		}
		v := strings.TrimSpace(rePositiveLead.ReplaceAllString(strings.TrimPrefix(c, label), ""))
		positive := false
		if v != "" && !extract(v).labelled && (best == "" || isOrg(v) && strings.Contains(v, best) && v != best) {
			tr := t.tryFill(e, label+"："+v, "")
			positive = len(tr.errs) == 0 && tr.has(s)
		}
		switch {
		case positive:
			best = v
		case best != "" && strings.Contains(best, v):
			// "写党委组织部，平顶山…党委组织部" said short again
		default:
			others = append(others, c)
		}
	}
	if best == "" {
		return "", false
	}
	return strings.Join(append([]string{label + "：" + best}, others...), "，"), true
}

// reSummaryTail is a last clause that speaks of the 摘要 ("嗯 那个协议书上那个
// 内容摘要也用这个就行", "摘要跟简介一样就行").
//
// s7-m: "版权协议上那个一百字的摘要就用这个，别再让我另写了" — the agreement named
// short, the 摘要 by its length, and a plea not to write another after it.
var reSummaryTail = regexp.MustCompile(`[\s，,。.！!；;]+((?:[嗯呃额]+[\s，,]*)?(?:那个\s*)?(?:(?:版权)?(?:确认)?协议书?(?:上|里)?(?:的|那个|那)?\s*)?(?:(?:一百|100|一百来)字(?:以内|左右)?的?)?(?:内容)?摘要[^，,。；;\s]{0,14})(?:[，,]\s*(?:别|不用|不要|省得|免得|不必)(?:再)?(?:让我|叫我|要我)?(?:另|重新|再)?(?:写|发|弄|摘)[^，,。；;]{0,6})?[。.！!~～\s]*$`)

// reSameThis says the 摘要 takes this text: "也用这个就行", "用这段", "一样".
var reSameThis = regexp.MustCompile(`^(?:(?:内容)?摘要)?(?:的话|呢)?(?:也|就|还是|直接)*(?:用这个|用这段|用这一段|用上面的?|用这|一样|相同|照这个)(?:就行了?|就可以了?|就中|即可|就好|吧|哈|了)*$`)

// sameSummaryTail takes an instruction that the 摘要 is the same off the end
// of a 简介: "…展现基层党员扎根职教服务乡村振兴的初心 嗯 那个协议书上那个内容摘要也用
// 这个就行" → the 简介 alone, ok true.
func sameSummaryTail(text string) (string, bool) {
	m := reSummaryTail.FindStringSubmatchIndex(text)
	if m == nil {
		return text, false
	}
	clause := text[m[2]:m[3]]
	c := compact(clause)
	c = strings.TrimLeft(c, "嗯呃额")
	c = strings.TrimPrefix(c, "那个")
	if i := strings.Index(c, "摘要"); i >= 0 {
		c = c[i:]
	}
	if !endsSameAsSynopsis(clause) && !reSameThis.MatchString(c) {
		return text, false
	}
	body := strings.TrimRight(text[:m[2]], " \t\u3000，,；;") // the 简介's own 。 stays
	if utf8.RuneCountInString(body) < 8 {
		return text, false
	}
	return body, true
}

// addressedField rewrites a message addressed to a named field (see
// addressed) and takes back the text stored last when the message says it
// was not that field. note is what to say about the taking back.
func (t *turn) addressedField(e *contestbot.Entry, s string, pending slot) (string, string) {
	if body, ok := sameSummaryTail(s); ok && !extract(body).labelled && (pending == slot(contestbot.FieldSynopsis) || e.Synopsis == "" && !pending.freeText() && narrative(body)) {
		// "…的初心 嗯 那个协议书上那个内容摘要也用这个就行": the 简介, and
		// the 摘要 the same, also when the story comes at another step.
		return labelLine(slot(contestbot.FieldSynopsis), s), ""
	}
	if body, ok := sameSummaryTail(s); ok && pending == slot(contestbot.FieldSynopsis) && labelSlotOf(body) == slot(contestbot.FieldSynopsis) {
		// s7-m: "简介你记一下：…。版权协议上那个一百字的摘要就用这个": the
		// labelled 简介 is read as it is, without the instruction.
		if _, text, ok := strings.Cut(body, "："); ok && contestbot.RuneLen(strings.TrimSpace(text)) <= contestbot.MaxSummaryRunes {
			body += "\n" + slot(contestbot.FieldSummary).label() + "：同简介"
		}
		return body, ""
	}
	if !pending.freeText() && !t.atSummary(pending) {
		// Elsewhere the form reads labels as they are; only a value
		// said in the negative first is read here.
		if out, ok := t.negatedAddress(e, s); ok {
			return out, ""
		}
		return s, ""
	}
	out, denied, ok := t.addressed(e, s)
	if !ok {
		return s, ""
	}
	note := ""
	if u := t.st.Undo; denied != "" && u != nil && u.Slot == denied {
		if p := textPtr(e, u.Slot); p != nil && u.Slot.freeText() {
			*p = u.Old
			t.touch(e)
			t.st.Undo = nil
			note = "抱歉，是我理解错了。刚才记在" + u.Slot.label() + "里的内容已经撤回。"
		}
	}
	return out, note
}

// atSummary reports whether the summary is shown for confirming.
func (t *turn) atSummary(pending slot) bool {
	return pending == slot(contestbot.FieldCopyright) || t.st.Mode == modeEdit && pending == ""
}

// negatedAddress reads "制作单位不写宣传部，写…" at any step: a labelled
// value said in the negative first, after talk or none.
func (t *turn) negatedAddress(e *contestbot.Entry, s string) (string, bool) {
	s = strings.TrimSpace(s)
	tx := newText(s)
	for _, h := range findLabels(tx) {
		if !leadIsTalk(string(tx.mask[:h.start])) {
			return "", false
		}
		if h.slot.freeText() {
			continue
		}
		if v, ok := t.negatedValue(e, h.slot, string(tx.orig[h.start:h.end]), string(tx.orig[h.end:])); ok {
			return v, true
		}
	}
	return "", false
}

// reCopulaLead is 就是 glued to the start of a dictated 简介 or 摘要, before
// a name or a place ("就是郸城县职业中专农机专业教师…"); before a pronoun, a
// demonstrative or a conjunction it is the story's own ("就是这样一位老师",
// "就是他", "就是因为…").
var reCopulaLead = regexp.MustCompile(`^就是([^这那他她它我你咱俺们因为在要说不没也都的了，,。、\s])`)

// copulaLeadOff takes a spoken 就是 off the start of a free text.
func copulaLeadOff(v string) string {
	if m := reCopulaLead.FindStringSubmatchIndex(v); m != nil && utf8.RuneCountInString(v) >= 12 {
		return v[m[2]:]
	}
	return v
}

// labelSlotOf is the field of the one free-text label a message opens with
// (s7-m), "" when it opens with none.
func labelSlotOf(s string) slot {
	hits := findLabels(newText(s))
	if len(hits) == 0 || hits[0].start > 0 || !hits[0].slot.freeText() {
		return ""
	}
	return hits[0].slot
}
