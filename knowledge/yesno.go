package knowledge

import (
	"regexp"
	"strings"
)

// s8-c: a yes/no question ("…吗", "…不", "能不能…", "是不是…", "…对吗")
// gets an answer whose first words are the plain verdict (是/不是/可以/
// 不可以/需要/不需要), or "通知没有明确规定" where the notice does not
// settle it, then the short reason with its source (rp88 Q8, Q10, Q12,
// Q20, Q58).

// reYesNoEnd is a yes/no question's end: a particle, or "X不" / "X没".
var reYesNoEnd = regexp.MustCompile(`(?:吗|么|嘛|[^\p{Han}]?[\p{Han}]不|[\p{Han}]没|对吧|是吧|对不|行吧|可以吧)[啊呀呢哈哇]?$`)

// reYesNoAsk is a yes/no question's A-not-A or formal verb.
var reYesNoAsk = regexp.MustCompile(`能不能|可不可以|可以不可以|是不是|要不要|需不需要|用不用|行不行|中不中|算不算|对不对|可否|能否|是否|允不允许|让不让|成不成|必须不|合不合格|符不符合|够不够|得不得`)

// reOpenAsk is a word asking for a value or a choice, which a yes or no
// does not answer: "报几个", "交到哪", "附件4还是附件5".
var reOpenAsk = regexp.MustCompile(`什么|啥|哪|几|多少|多久|多长|怎么|怎样|咋|如何|谁|还是|为何|为什么|何时`)

// reOnlyYesNo is an instruction after the question to answer only yes
// or no: "…吗？只回答是或否" (rp88 Q8, Q10, Q20).
var reOnlyYesNo = regexp.MustCompile(`[，,。.？?！!\s]*(?:请|麻烦)?(?:只|就|直接)?(?:回答|回复|说|答)?(?:是或否|是或不是|是否|能或不能|可以或不可以|行或不行|行不行就行|是不是就行)(?:就行|就好|即可)?[。.！!]*$`)

// dropOnlyYesNo removes an instruction to answer only yes or no.
func dropOnlyYesNo(q string) string {
	if out := reOnlyYesNo.ReplaceAllString(q, ""); out != "" && out != q && strings.ContainsAny(out, "吗么嘛不") {
		return out
	}
	return q
}

// yesNoQuestion reports whether the normalised question q asks only yes
// or no.
func yesNoQuestion(q string) bool {
	q = strings.TrimRight(strings.TrimSpace(q), " .,;:!?~…")
	if q == "" || reOpenAsk.MatchString(q) && !reYesNoAsk.MatchString(q) {
		return false
	}
	if reOpenAsk.MatchString(q) {
		// "能不能告诉我交到哪": the yes/no verb asks for the value.
		return false
	}
	return reYesNoEnd.MatchString(q) || reYesNoAsk.MatchString(q)
}

// verdictLeads are the first words of an answer that already says yes,
// no, or that the notice does not settle it.
var verdictLeads = []string{"是", "不是", "可以", "不可以", "能", "不能", "需要", "不需要", "不用", "要", "不要", "必须", "不必",
	"对", "不对", "有", "没有", "不会", "会", "算", "不算", "允许", "不允许", "不接受", "接受", "通知没有", "通知中没有", "通知未",
	"通知只", "通知写的是", "通知规定", "按通知", "符合", "不符合", "不行", "行", "不得", "请勿", "暂不", "不限", "不能以"}

// quoteLeads open an answer with the notice's words, before any verdict.
var quoteLeads = []string{"通知只", "通知写的是", "通知规定", "按通知"}

// leadsWithVerdict reports whether text opens with a verdict.
func leadsWithVerdict(text string) bool {
	return hasPrefixAny(text, verdictLeads)
}

// The kinds of yes/no question an intent's verdict is written for.
const (
	askCan  = "can"  // 可以/能/行/中…吗: may it be done
	askMust = "must" // 必须/一定要/只能…吗: is it required
	askNeed = "need" // 要/需要/要不要…吗: does it have to be done
)

var (
	yesNoMustWords = []string{"必须", "一定要", "一定得", "非得", "只能", "非要", "强制", "硬性"}
	// reCanAsk asks whether something may be done; 能 in 智能, 功能 and
	// 中 in 中职 are no such word.
	reCanAsk  = regexp.MustCompile(`可以|可否|能否|允许|(?:^|[^智功性技才体可])能|行(?:不行|吗|嘛|么|不|吧)|中(?:不中|吗|嘛|不|吧)|成(?:不成|吗|不)|让不让`)
	needWords = []string{"需要", "需不需要", "要不要", "用不用", "得不得", "要"}
	// reYesNoAnotA is an A-not-A verb, whose 不 negates nothing.
	reYesNoAnotA = regexp.MustCompile(`能不能|可不可以|可以不可以|是不是|要不要|需不需要|用不用|行不行|中不中|算不算|对不对|允不允许|让不让|成不成|得不得|合不合格|符不符合|够不够|[\p{Han}]不[啊呀呢哈]?$|要求`)
)

// yesNoKind returns which verdict of an intent the yes/no question q
// asks for, or "" when it is no plain question of that kind: a negated
// action ("可以不标注吗") or a question of being ("是不是…") is answered
// by no stored verdict.
func yesNoKind(q string) string {
	q = strings.TrimRight(strings.TrimSpace(q), " .,;:!?~…")
	if !yesNoQuestion(q) {
		return ""
	}
	bare := reYesNoAnotA.ReplaceAllString(q, "")
	if strings.ContainsAny(bare, "不没别") || containsAny(q, undoWords) || strings.Contains(q, "是不是") || strings.Contains(q, "算") {
		return ""
	}
	switch {
	case containsAny(q, yesNoMustWords):
		return askMust
	case reCanAsk.MatchString(q):
		return askCan
	case containsAny(q, needWords):
		return askNeed
	}
	return ""
}

// undoWords undo an action ("水印可以去掉吗"): a verdict on doing it
// would say the opposite.
var undoWords = []string{"去掉", "去除", "删掉", "删除", "拿掉", "取消", "关掉", "撤掉", "撤回", "换掉", "免"}

// reConclusion is a parameter check's conclusion.
var reConclusion = regexp.MustCompile(`结论：([^。；]*)`)

// verdictLead returns the plain verdict that opens the answer a of kind
// kind to the yes/no question q, or "" when a already opens with one or
// no verdict is known.
func (b *Base) verdictLead(q string, a Answer) string {
	if a.Kind == KindNotInNotice {
		if v := b.intentVerdict(q, a); v != "" { // s8-o: the notice's rule answers it
			return v
		}
		// "通知写的是…" quotes the rule but says no verdict yet.
		if hasPrefixAny(a.Text, quoteLeads) || !leadsWithVerdict(a.Text) {
			return "通知没有明确规定。"
		}
		return ""
	}
	if leadsWithVerdict(a.Text) {
		return ""
	}
	switch a.Kind {
	case KindVideo:
		m := reConclusion.FindStringSubmatch(a.Text)
		switch {
		case m == nil:
		case strings.Contains(m[1], "不符合"):
			return "不可以。"
		case strings.HasPrefix(m[1], "符合"):
			return "可以。"
		case strings.HasPrefix(m[1], "已说的几项符合"):
			return "已说的几项可以。"
		}
	case KindFact:
		if strings.HasPrefix(a.Text, dateVerdictLead) { // when the work was made, judged
			switch {
			case strings.Contains(a.Text, "通知没有说明"): // s9-g (rp113 N20): a hedged date gets no plain verdict first
				return ""
			case strings.Contains(a.Text, "不在") || strings.Contains(a.Text, "已不能报送"):
				return "不可以。"
			case strings.Contains(a.Text, "时间上符合要求"):
				return "时间上可以。"
			}
			return ""
		}
		return b.intentVerdict(q, a) // s8-o sameevent.go
	}
	return ""
}
