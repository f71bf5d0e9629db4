package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// This file tells talk addressed to the bot from content. A 片名, 简介 or
// 摘要 is content: it describes a work. A message that greets the bot, asks
// it something, reports what the user will do next ("摘要我一会发你",
// "我接着填昨天那个"), tells the bot what it did ("你还没回答我") or gives it an
// instruction about text ("从“…”开始到“…”结束") is talk, and talk is never
// stored as a value.

var (
	// A yes/no question in everyday and Henan words: "X不X" (中不中, 算不算,
	// 行不行, 是不是), "算Y不算", "能参加不能", "…不咧".
	reAXA     = regexp.MustCompile(`(?:^|[^不])(中|算|行|能|对|好|是|用|要|可以|够|管|成)不(?:中|算|行|能|对|好|是|用|要|可以|够|管|成)`)
	reASplitA = regexp.MustCompile(`(算|能|行|中|可以|用)[^，,。？?]{1,14}不(算|能|行|中|可以|用)(?:[啊呀嘞咧哈]|$|[，,。？?\s])`)

	// Second person with a verb of talking or doing: the user speaks to the bot.
	reYouDo = regexp.MustCompile(`(?:你|您|恁)(?:们)?(?:还|都|又|咋|怎么|刚才|刚|上面|先|再|别|不要|得|要|能|可以|给|把|帮|看|问|说|记|回|答|理|听|发|是不是|倒是)`)
	// The user tells what they will do or did: "摘要我一会发你", "我接着填昨天那个", "等下我重新发".
	reIDo = regexp.MustCompile(`(?:我|俺|咱)(?:们)?(?:还|都)?(?:没有|没|木有|木)(?:写|填|发|弄|说|想好|准备)|(?:我|俺)(?:是)?(?:要|想)(?:再|重新)?(?:报|填|改|问|说)|不是要改|(?:我|俺|咱)(?:们)?(?:一会儿?|等会儿?|等下|待会儿?|马上|稍后|回头|明天|晚点|接着|继续|重新|再|先|刚才|刚)(?:再|就)?(?:发|填|写|弄|报|补|改|说|找|问|传|整)`)
	// Greetings and calls for attention at the start: "你好，…", "在吗".
	reGreetingStart = regexp.MustCompile(`^(?:你好|您好|恁好|哈喽|嗨|hello|hi|在吗|在不在|老师好|请问)`)
	// An instruction about text: "从“…”开始到“…”结束", "…这几个字", "前面那句去掉".
	reTextInstruction = regexp.MustCompile(`从[“"「‘][^”"」’]+[”"」’]开始|到[“"「‘][^”"」’]+[”"」’](?:为止|结束)|这几个字|这些字|那几个字|这句话|那句话|那句|这句|上面那段|刚才那段|上一条|那一条`)
	// Words that talk about the form and its fields rather than about a work.
	reFormTalk = regexp.MustCompile(`(?:简介|摘要|片名|监制|编导|撰稿|摄影|剪辑|联系人|电话|推荐单位|制作单位)(?:我|俺)|(?:问你|问恁|问您|是问|回答我|没回答|回答一下|回我|没回|木回)`)
)

// askedYesNo reports whether s asks a yes/no question in everyday words
// ("用手机拍的算实景拍摄不算", "跟简介一样中不中", "学校里放过算不算公开发表").
func askedYesNo(s string) bool {
	c := compact(s)
	return reAXA.MatchString(c) || reASplitA.MatchString(c)
}

// talkToBot says why s is talk addressed to the bot rather than content
// ("" when it may be content). Long texts are content unless they greet or
// instruct; a story may quote a question.
func talkToBot(s string) string {
	c := compact(contestbot.NormalizeWidth(s))
	n := contestbot.RuneLen(c)
	switch {
	case c == "":
		return ""
	case reTextInstruction.MatchString(c):
		return "instruction"
	case reGreetingStart.MatchString(c) && n <= 60:
		return "greeting"
	}
	if n > 60 {
		return ""
	}
	switch {
	case youAddressed(c): // youobject.go (s12-i): not the 你 of "带你看…"
		return "address"
	case reIDo.MatchString(c):
		return "plan"
	case reFormTalk.MatchString(c):
		return "form"
	case askedYesNo(c):
		return "question"
	case strings.ContainsAny(c, "?？") && n <= 40 && !answersOwnQuestion(s): // s10-i stepask.go: "…怎么办？他说…" is a text
		return "question"
	}
	return ""
}

// dialectNegation rewrites Henan negation for reading yes/no facts only
// (never for a stored value): 木有 → 没有, 木 + verb → 没 + verb.
var reMuNeg = regexp.MustCompile(`(^|[^树林草积枕苗花土红乔灌伐原棺独麻浮楠檀柚松柏杉桃梨果苹栋梁])木(有|发|用|回|拍|做|弄|写|往|在|上)`)

func dialectNegation(s string) string {
	return generalNegation(reMuNeg.ReplaceAllString(s, "${1}没$2")) // negation.go (d1)
}

// reRestAgree is a clause that answers every remaining item at once:
// "都符合", "其他都是", "其他几条都对", "剩下的都没问题"; s10-j: "那就是都符合".
var reRestAgree = regexp.MustCompile(`^(?:是的?|对的?|嗯)?(?:所以|那么?|那就|也就是说)?(?:就是|就|也)?(?:以上|上述|上面|这|那)?(?:(?:这|那)?[几一二三四五六两1-6](?:点|条|项|个))?(?:都|全都|全部|均|其他|其它|其余|别的|剩下|剩余)(?:的|几条|几项|几个|各项|各条)?(?:也)?(?:都|均|全)?(?:符合|是的?|对的?|没问题|满足|可以|ok|没毛病)(?:的|了|哈|啊)?$`)

// restAgree reports whether clause c agrees to every item not otherwise
// answered.
func restAgree(c string) bool {
	return reRestAgree.MatchString(answerWords(c))
}

// reDenial is a repeated denial said to the bot ("不是不是", "不对不对"): it
// denies what the bot said, it answers no question.
var reDenial = regexp.MustCompile(`^(?:不是|不对|错了|没有){2,}$|^(?:不是|不对)(?:啊|呀|哈)?[，,、\s]*(?:不是|不对)`)

func isDenial(c string) bool { return reDenial.MatchString(answerWords(c)) }

// leadIn takes the words before a free text's own label off a message
// ("摘要是：…", "摘要另写一段：…", "问你的。摘要是：…"). The value after the
// colon is returned verbatim; ok is false when there is no such lead-in.
var reLeadIn = regexp.MustCompile(`^(?s)(.{0,40}?)(内容简介|作品简介|简介|内容摘要|摘要|片名|作品名称|题目)([^：:“”《》\n]{0,8}?)[：:]\s*(.+)$`)

// reLeadInMid is what may stand between the label and the colon.
var reLeadInMid = regexp.MustCompile(`^(?:是|为|就是|就用|用|另写|另外写|重新写|写|改成|改为|如下|用这段|就用这段|我写了|这样写|这么写)*(?:一段|一个|一版|一句|一下|个|段|的|吧|哈|呢|啊)*$`)

func leadIn(s string, want slot) (string, bool) {
	m := reLeadIn.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || labelSlot(m[2]) != want {
		return "", false
	}
	// Only talk may stand between the label and the colon: "另写一段", "是", "就用这段".
	if mid := m[3]; mid != "" && !reLeadInMid.MatchString(mid) {
		return "", false
	}
	v := strings.TrimSpace(m[4])
	if v == "" {
		return "", false
	}
	return v, true
}

// reMidLead is a lead-in left once the label was read: "另写一段：…", "是：…".
var reMidLead = regexp.MustCompile(`^(?s)([^：:“”《》\n]{1,8})[：:]\s*(.+)$`)

// freeTextValue takes a lead-in off a 简介, 摘要 or 片名 and keeps the rest
// verbatim, the final 。 included.
func freeTextValue(raw string, want slot) string {
	if want.freeText() {
		raw = dropFraming(raw) // d3 framing.go: "摘要拟为：…", "摘要的话 …", "…烦请改为：…"
	}
	if v, ok := leadIn(raw, want); ok {
		return leadMarksOff(v, want)
	}
	if m := reMidLead.FindStringSubmatch(strings.TrimSpace(raw)); m != nil && reLeadInMid.MatchString(m[1]) {
		return leadMarksOff(strings.TrimSpace(m[2]), want)
	}
	return leadMarksOff(raw, want)
}

// leadMarksOff takes the colon or comma left at the start of a text by the
// words that introduced it (s6-i, rp65 p65b: "简介换成这个：…" stored "：…"). No
// 简介 or 摘要 starts with one; a title may ("：" is kept there).
func leadMarksOff(v string, want slot) string {
	if !want.freeText() {
		return v
	}
	return strings.TrimLeft(v, "：:，,、；; \t\u3000")
}

// talkOnly reports whether s holds no value for the form beside its talk:
// no label, or labels whose values are themselves talk ("摘要我一会发你。…？").
func talkOnly(s string) bool {
	ex := extract(s)
	if !ex.labelled {
		return true
	}
	for _, v := range ex.values {
		if !v.slot.freeText() || freeTextProblem(v.raw) == "" {
			return false
		}
	}
	return true
}

// reTalkStart starts a sentence that turns to the bot: "另外麻烦请问一下，…".
var reTalkStart = regexp.MustCompile(`^(?:另外|对了|顺便|还有个事|还有|再问|请问|问一下|想问|麻烦问|麻烦请问|我想问)`)

// splitTrailingTalk cuts sentences that turn to the bot off the end of a
// free text ("…展现职教党员的初心坚守。另外麻烦请问一下，乙方写学院还是作者？"):
// content is the text before them, verbatim; talk is "" when there are none.
func splitTrailingTalk(s string) (content, talk string) {
	var sents []string
	start := 0
	rs := []rune(s)
	for i, r := range rs {
		if strings.ContainsRune("。！!？?\n", r) {
			sents = append(sents, string(rs[start:i+1]))
			start = i + 1
		}
	}
	if start < len(rs) {
		sents = append(sents, string(rs[start:]))
	}
	cut := len(sents)
	for cut > 1 {
		x := strings.TrimSpace(sents[cut-1])
		c := compact(x)
		asksUs := isQuestion(x) && contestbot.RuneLen(c) <= 40 && containsAny(c, "报名", "表", "协议", "乙方", "甲方", "盖章", "截止", "邮箱", "原件", "字数", "多少字", "要写", "要填", "写什么", "填什么", "交", "寄", "送到", "发到", "算不算", "行不行", "可以吗", "行吗")
		tb := talkToBot(x)
		if !(reTalkStart.MatchString(c) || tb != "" && tb != "question" || asksUs) {
			break
		}
		cut--
	}
	if cut == len(sents) {
		return s, ""
	}
	content = strings.TrimSpace(strings.Join(sents[:cut], ""))
	if contestbot.RuneLen(content) < 5 {
		return s, ""
	}
	return content, strings.TrimSpace(strings.Join(sents[cut:], ""))
}

// reAskStart marks where a message turns to asking: "另外想请问一下，…".
var reAskStart = regexp.MustCompile(`(?:^|[，,。；;！!…\s])(?:另外|对了|顺便)?(?:麻烦)?(?:想)?(?:请问|问一下|问下|想问|顺便问)`)

// splitAsk splits a message into its values and its question: from the
// words that turn to asking ("请问一下"), or else the sentences that ask.
// Either part is "" when the message has no such split.
func splitAsk(s string) (values, question string) {
	if loc := reAskStart.FindStringIndex(s); loc != nil && loc[0] > 0 {
		end := loc[0]
		if r, size := utf8.DecodeRuneInString(s[end:]); strings.ContainsRune("。！!", r) {
			end += size // the sentence keeps its full stop
		}
		return strings.TrimSpace(s[:end]), strings.TrimSpace(strings.TrimLeft(s[loc[0]:], "，,。；;！!… "))
	}
	var vs, qs []string
	start := 0
	rs := []rune(s)
	for i, r := range rs {
		if strings.ContainsRune("。！!？?\n", r) || i == len(rs)-1 {
			sent := string(rs[start : i+1])
			start = i + 1
			if isQuestion(sent) || askedYesNo(sent) {
				qs = append(qs, sent)
			} else {
				vs = append(vs, sent)
			}
		}
	}
	if len(vs) == 0 && len(qs) == 1 {
		return splitAskClause(qs[0]) // s5-g2
	}
	if len(vs) == 0 || len(qs) == 0 {
		return "", ""
	}
	return strings.TrimSpace(strings.Join(vs, "")), strings.TrimSpace(strings.Join(qs, ""))
}

// splitAskClause splits one sentence whose last clauses ask, after values
// set off by a comma: "联系人冯佳，电话0371-63351234，带分机号可以吗？" →
// the values, and "带分机号可以吗？". The longest head that asks nothing is
// the values.
func splitAskClause(s string) (values, question string) {
	rs := []rune(s)
	for i := len(rs) - 1; i > 0; i-- {
		if !strings.ContainsRune("，,；;", rs[i]) {
			continue
		}
		head, tail := strings.TrimSpace(string(rs[:i])), strings.TrimSpace(string(rs[i+1:]))
		if head == "" || tail == "" || isQuestion(head) || askedYesNo(head) {
			continue
		}
		if isQuestion(tail) || askedYesNo(tail) {
			return head, tail
		}
		return "", ""
	}
	return "", ""
}

// Spoken filler. Voice input and everyday typing wrap a value in words
// that carry nothing: interjections (嗯, 呃), discourse words (那个, 就是说,
// 然后) and openers (好的好的, 我说一下, 简介是这样的). They come off the
// edges of a value and from between a label and its value, never from
// inside the body of a free text; a value that is only filler is no value.
var (
	// reInterjection is a run of interjections: always filler at an edge.
	// 嗯, 呃 are never part of a value; 啊, 哈 may start one (哈尔滨) and
	// count only when set off.
	reInterjectionHead = regexp.MustCompile(`^(?:[嗯呃额唔]+|[啊哦噢诶欸哎呀嘛哈]+[，,。、；;…~～!！\s])[，,。、；;…~～!！\s]*`)
	reInterjectionTail = regexp.MustCompile(`[，,、\s]*[嗯呃额]+[，,。…~～!！\s]*$`)
	// reFillerWordHead is a run of discourse words or openers ("那个就是说").
	// Before a separator it
	// is filler wherever it stands; glued to the value it is filler only for
	// fields whose values never start with it (names, units, numbers).
	reFillerWordHead = regexp.MustCompile(`^(?:好的好的|好的|好嘞|那个|这个|就是说|就是|然后呢|然后|那么|那我现在|我现在|我说一下|我说下|说一下|我跟你说|跟你说|是这样的|是这样|这样的|这样|对了|另外|还有)+`)
	// reFreeTextOpener opens a 简介 or 摘要 in speech: "简介是这样的", "摘要的话如下".
	reFreeTextOpener = regexp.MustCompile(`^(?:(?:内容|作品)?(?:简介|摘要|介绍)(?:的话|呢)?)?(?:是这样的|是这样写的|是这么写的|我这样写的|这样写|如下|是这样|我?重新发一下|我?重新发|重发一下|重发|再发一遍|再发一下|重新写一下|重新写|我?另外再?(?:说|写|发|讲|念)(?:一个|一段|一下|个)?|我(?:说|念|讲)(?:一下|一段))[：:，,。\s]*`)
	// reFreeTextFiller is dictation filler that opens a free text glued to
	// it ("就是说影片讲述…"): never words of a 简介 (s5-f1). 那个, 这个 and
	// 就是 may be ("那个年代", "就是这样一位老师"), and stay.
	reFreeTextFiller = regexp.MustCompile(`^(?:那个|这个)?(?:就是说|然后呢|我跟你说|跟你说|我说一下|我说下)[，,。、\s]*`)
)

// unfill takes spoken filler off the edges of a value for slot s. Names,
// units, numbers and categories lose filler words glued to them too
// ("那个郑州市第七中学"); a title or a free text loses them only before a
// separator ("然后，…"), so "那年夏天" and a 简介 starting with 然后 stay.
func unfill(v string, s slot) string {
	v = strings.TrimSpace(v)
	glued := !s.freeText() && s != slot(contestbot.FieldTitle)
	for i := 0; i < 6; i++ {
		w := reInterjectionHead.ReplaceAllString(v, "")
		if loc := reFillerWordHead.FindStringIndex(w); loc != nil {
			after := strings.TrimLeft(w[loc[1]:], " ")
			r, _ := utf8.DecodeRuneInString(after)
			if after != w[loc[1]:] || strings.ContainsRune("，,。、；;…~～!！:：", r) || glued {
				w = strings.TrimLeft(after, "，,。、；;…~～!！ ")
			}
		}
		if s.freeText() {
			w = reAgreeHead.ReplaceAllString(w, "")    // freetextask.go: "中 简介是这样 嗯 …"
			w = reCourtesyLead.ReplaceAllString(w, "") // freetextask.go: "烦请录入：…"
			w = reFreeTextOpener.ReplaceAllString(w, "")
			w = resendLeadOff(w)                         // s10-d ownfix.go: "怎么只有一半 后面的没了 重发一下：…"
			w = reFreeTextFiller.ReplaceAllString(w, "") // s5-f1
			w = writingLeadOff(w)                        // s6-f valuetalk.go: "…我另外写一个短一点的吧：…"
			w = copulaLeadOff(w)                         // s7-e addressed.go: "就是郸城县职业中专…"
			w = chatLinesOff(w)                          // s7-m chatlines.go: "李思远：影片讲述…"
			w = ownLabelTailOff(w)                       // s7-m chatlines.go: "… 简介不要表情哈"
		} else {
			w = reInterjectionTail.ReplaceAllString(w, "")
		}
		w = strings.TrimSpace(w)
		if w == v {
			break
		}
		v = w
	}
	v = dictationOff(v, s) // s8-h dictation.go: "车间里的红色引擎 然后", "刘一鸣 然后那个"
	if s.freeText() {
		// Only a trailing interjection set off by a separator: the body stays.
		if loc := regexp.MustCompile(`[，,\s]+[嗯呃额]+[。，,\s]*$`).FindStringIndex(v); loc != nil {
			v = strings.TrimSpace(v[:loc[0]])
		}
		// s5-f1: dictation ends on 嗯 glued to the last word ("…的故事嗯"); no
		// written sentence does.
		if loc := regexp.MustCompile(`[^嗯呃][嗯呃]+$`).FindStringIndex(v); loc != nil {
			v = v[:loc[0]+len(string([]rune(v[loc[0]:])[0]))]
		}
	}
	return v
}

// onlyFiller reports whether s carries nothing but spoken filler.
func onlyFiller(s string) bool {
	return strings.TrimSpace(s) != "" && unfill(s, slot(contestbot.FieldUnit)) == "" || isFiller(s) && strings.TrimSpace(s) != ""
}

// reSelfFix marks a correction inside one message: "13812345678不对是
// 13812345687", "片名叫A 不对 叫B", "两分半 哦不 两分四十", "电话138… 打错了
// 139…". What follows replaces the value before it.
var reSelfFix = regexp.MustCompile(`[，,。.\s]*(?:不对不对|不对|哦不对|哦不是|哦不|噢不|喔不|啊不|呃不|不不|打错了|说错了|写错了|输错了|发错了|搞错了|弄错了|错了)[，,。.!！\s]*(?:应该是|应该|应为|改成|改为|重新说|重说|是|叫)?[：:\s]*`)

// lastWins resolves corrections inside one message so that the last value
// wins, for any field with a parser: a phone number, a duration, or a
// labelled value. pending is the question asked; at a free-text step a
// message without labels is the text itself and is left alone.
func lastWins(s string, pending slot) string {
	for i := 0; i < 3; i++ {
		out, ok := lastWinsOnce(s, pending)
		if !ok {
			break
		}
		s = out
	}
	return s
}

func lastWinsOnce(s string, pending slot) (string, bool) {
	locs := reSelfFix.FindAllStringIndex(s, -1)
	soft := len(locs)
	locs = append(locs, reChangedMind.FindAllStringIndex(s, -1)...) // s7-a changedmind.go: "算了写…", "还是写…"
	for i, loc := range locs {
		before, after := strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[1]:])
		if before == "" || after == "" || strings.Count(before, "《") != strings.Count(before, "》") {
			continue
		}
		exB := extract(before)
		if pending.freeText() && !exB.labelled {
			return "", false // a 简介 may say 不对 in its body
		}
		target := pending
		if exB.labelled && len(exB.values) > 0 {
			target = exB.values[len(exB.values)-1].slot
		}
		after, more := laterSplit(target, after) // s7-a changedmind.go: "…李建华 编导赵军": the labels after the value stay
		if i >= soft && !softFixFits(target, before, after) {
			continue // s7-a: "王强 算了 我先问问领导" takes nothing back
		}
		after = laterValue(target, after, i >= soft) + more // s7-a: "还是写…", "写李校长吧 李建华" → 李建华
		freeLabel := false
		for _, v := range exB.values {
			if v.slot.freeText() {
				freeLabel = true
			}
		}
		if freeLabel {
			continue
		}
		// A phone number corrected by another.
		if _, _, ok := findPhone(after); ok {
			if _, rest, ok := findPhone(before); ok {
				return strings.TrimSpace(rest + " " + after), true
			}
		}
		// A duration corrected by another.
		if d, ok := findDuration(firstClause(after)); ok && d > 0 {
			n := contestbot.NormalizeWidth(before)
			if locs := reDuration.FindAllStringIndex(n, -1); locs != nil {
				l := locs[len(locs)-1]
				rs := []rune(before)
				a, b := utf8.RuneCountInString(n[:l[0]]), utf8.RuneCountInString(n[:l[1]])
				head := strings.TrimSpace(string(rs[:a]))
				tail := strings.TrimSpace(string(rs[b:]))
				if tail == "" || onlyFiller(tail) {
					return strings.TrimSpace(head + " " + after), true
				}
			}
		}
		// A labelled value corrected by a plain one ("片名叫A 不对 叫B").
		if exB.labelled && len(exB.values) > 0 && !extract(strings.TrimSuffix(after, more)).labelled {
			last := exB.values[len(exB.values)-1]
			raw := strings.TrimSpace(last.raw)
			if raw != "" && strings.HasSuffix(strings.TrimRight(before, "，,。. "), raw) {
				head := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(before, "，,。. "), raw), " ")
				return head + after, true
			}
		}
		// A plain answer corrected by another ("张伟 不对 李伟") at a step
		// that is not free text.
		if !exB.labelled && pending != "" && !pending.freeText() && !isQuestion(before) && !hasComplaint(compact(before)) &&
			contestbot.RuneLen(before) <= 20 && contestbot.RuneLen(firstClause(after)) <= 30 {
			return after, true
		}
	}
	return "", false
}

// firstClause is s up to its first clause separator.
func firstClause(s string) string {
	if i := strings.IndexAny(s, "，,。；;\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// leadInRule turns a spoken lead-in into the field's label, so the parser
// and its validator see "推荐单位是…" for "我们学校叫…".
type leadInRule struct {
	re    *regexp.Regexp
	label string
}

// Lead-ins are built from shared parts: who speaks (我们, 俺们, 我这边),
// a pointer (那个, 这个), the thing (学校, 片子, 电话), what of it (名字,
// 全称, 号码), a topic marker (的话, 呢), a hedge (大概, 一共) and the verb
// (是, 叫). Only at the start of a clause.
var leadInRules = func() []leadInRule {
	const (
		who   = `(?:我们|俺们|咱们|我|俺|咱|我这边|我这儿|俺这边|我们这边)?(?:的)?`
		ptr   = `(?:有个|有一个|有一部|那个|这个|那|这|这部|那部)?`
		topic = `(?:的话|呢|嘛)?[，,\s]*`
		hedge = `(?:大概|大约|差不多|应该|一共|总共|总长|正好|刚好|就|有)?`
		// keptHedge is hedge kept in the rewrite: "大概两分半" stays an estimate (d1).
		keptHedge = `((?:大概|大约|差不多)?)(?:应该|一共|总共|总长|正好|刚好|就|有)?`
	)
	mk := func(thing, label string) leadInRule {
		return leadInRule{regexp.MustCompile(`(^|[，,。；;！!？?\n]\s*)` + thing), "${1}" + label}
	}
	return []leadInRule{
		// The verb (是, 叫) is kept: "片子名字写错了，应该是…" stays a correction.
		mk(who+ptr+`(?:学校|学院|单位)(?:的)?(?:名字|名称|全称)?`+topic+`(叫做|叫|是)`, "推荐单位${2}"),
		mk(who+ptr+`(?:片子|片儿|作品|视频|短视频|片)(?:的)?(?:名字|名称|题目|标题)`+topic+hedge+`((?:叫做|叫|是)?)`, "片名${2}"),
		mk(who+ptr+`(?:片子|片儿|作品|视频|短视频)`+topic+`(叫做|叫)`, "片名${2}"),
		mk(who+ptr+`(?:片子|片儿|作品|视频)?(?:时长|片长|长度)`+topic+keptHedge+`((?:是)?)`, "时长${3}${2}"),
		mk(`(?:我们|俺们|咱们|我|俺|咱|我这边|我这儿|俺这边|我们这边)(?:的)?(?:联系)?(?:电话|手机|手机号)(?:号码)?`+topic+`((?:是|为)?)`, "联系电话${2}"),
		// "党委办公室做的": an organisation that made the work is the 制作单位.
		mk(`([^，,。；;！!？?\n\s]{1,30}?(?:部|处|室|办|委员会|团委|党委|中心|学院|学校|大学|公司|工作室))(?:牵头|组织|带头)?(?:做的|拍的|制作的|摄制的|拍摄的|出品的|出品)([，,。；;]|$)`, "制作单位是${2}${3}"), // s7-e: "…牵头拍的"
		// g2: "制作是学院党委办公室": 制作 followed by an organisation is the 制作单位 (a name stays the 剪辑(制作) role).
		mk(`制作(?:方)?(?:是|为|:|：)?\s*([^单人者，,。；;！!？?\n\s:：][^，,。；;！!？?\n\s]{0,29}?`+producerOrgEnd+`)([，,。；;]|$)`, "制作单位是${2}${3}"),
		// "俺们那片子正好三分钟": a running time said of the work.
		mk(who+ptr+`(?:片子|片儿|作品|视频|短视频)`+topic+keptHedge+`(?:有|是)?([\d一二两三四五六七八九十]+(?:分|秒|min|:|：))`, "时长是${2}${3}"),
	}
}()

// leadInLabels rewrites spoken lead-ins into labels outside any free text:
// "我们学校叫…", "片子名字是…", "时长的话大概是…", "我这边电话…". At a
// free-text step a message that does not start with a label is the text
// itself and is left alone; a labelled free text keeps its body.
func leadInLabels(s string, pending slot) string {
	ex := extract(s)
	if pending.freeText() && (!ex.labelled || ex.firstLabel > 0) {
		return s
	}
	head, body := s, ""
	if ex.labelled {
		t := newText(s)
		for _, h := range findLabels(t) {
			if h.slot.freeText() {
				head, body = string(t.orig[:h.start]), string(t.orig[h.start:])
				break
			}
		}
	}
	head = madeByLabel(head) // facts.go: "由我院宣传部制作"
	for _, r := range leadInRules {
		head = r.re.ReplaceAllString(head, r.label)
	}
	return head + body
}

// reIntentHead is the spoken opening of a message before its values: 好的,
// 嗯, 吧 left by a registration phrase cut off.
var reIntentHead = regexp.MustCompile(`^[吧啊呀哈嘛呗了，,。.!！\s]+`)

// reAlreadySaid is a clause telling the bot it was told already: "刚才不是
// 说了吗", "说过了". It carries no value and asks nothing the notice answers.
var reAlreadySaid = regexp.MustCompile(`^(?:刚才|刚刚|刚|前面|上面|之前|我|俺|我们)?(?:不是|都|已经|早)?(?:说过了|说了吗|说过|说了|发过了|发了吗|发过|讲过了|告诉过你|告诉你了)(?:啊|呀|吗|的|嘛)?[?？!！。，,\s]*$`)

// dropAlreadySaid takes "说过了" clauses off a message that carries
// something else.
func dropAlreadySaid(s string) string {
	cls := splitClauses(s)
	var keep []string
	for _, cl := range cls {
		if !reAlreadySaid.MatchString(compact(cl)) {
			keep = append(keep, cl)
		}
	}
	if len(keep) == 0 || len(keep) == len(cls) {
		return s
	}
	return joinClauses(keep)
}
