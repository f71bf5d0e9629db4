package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file keeps a value to what the user meant (issue #10, branch d1):
// an estimate of the running time is asked again, never stored as exact.

// vagueAtDuration answers a running time said as an estimate at the 时长
// step ("四分钟出头", "大概两分半"): nothing is stored, and the reply asks
// for the time to the second.
func (t *turn) vagueAtDuration(s string, pending slot, reask func(string) string) (string, bool) {
	if pending != slot(contestbot.FieldDuration) || !vagueDuration(s) {
		return "", false
	}
	return reask(vagueDurationLine(s)), true
}

// vagueDurationLine says why an estimate was not recorded and where to
// find the exact time.
func vagueDurationLine(s string) string {
	return "时长“" + clip(strings.TrimSpace(s), 12) + "”是个约数，报名表要写准确时长，没有记录。请看一下视频属性里的“长度”，写到秒，例如2分48秒。"
}

// reEstimate is a running time with the hedge around it and a 时长 label
// before it: "时长是三分多钟", "大概两分半", "四分钟出头".
var reEstimate = regexp.MustCompile(`(?:(?:时长|片长)(?:是|有)?)?(?:应该是|应该|可能是|可能|估摸着?|大概|大约|约莫|约|差不多|将近|接近|快|估计|不超过)?(?:[0-9]+|[一二两三四五六七八九十]+)(?:分钟|分)(?:[0-9]+|[一二三四五六七八九十]+)?(?:秒钟|秒|半钟|半)?(?:多钟|钟多|多|钟)?(?:左右|出头|上下|的样子|不到|以内|之内|以下|以上)?`) // s10-e: "5分钟以内吧 应该是四分半左右"

// dropEstimate takes a running time said as an estimate out of a message
// typed with no form open ("片子三分多钟 实拍的"): rest is the message
// without it, est the estimate ("" when there is none).
func dropEstimate(s string) (rest, est string) {
	n := contestbot.NormalizeWidth(s)
	for _, loc := range reEstimate.FindAllStringIndex(n, -1) {
		m := n[loc[0]:loc[1]]
		if !contestbot.IsVagueDuration(m) {
			continue
		}
		rest = strings.TrimSpace(strings.TrimSpace(n[:loc[0]]) + " " + strings.TrimSpace(n[loc[1]:]))
		return strings.Trim(rest, "，,。 "), m
	}
	return s, ""
}

// idleEstimate starts a form from values typed with no form open beside a
// running time said as an estimate ("片子三分多钟 实拍的"): the other values
// are kept, the estimate is not, and the reply says so. The 时长 step asks
// for the exact time when the form reaches it.
func (t *turn) idleEstimate(s string) (string, bool) {
	if isQuestion(s) {
		return "", false
	}
	rest, est := dropEstimate(s)
	if est == "" || rest == "" || !t.fillsBlank(rest) || !t.onlyFormValues(rest) {
		return "", false
	}
	out := t.register(rest)
	return vagueDurationLine(est) + "\n\n" + out, true
}

// reWantRegister is a wish to register said in any everyday words: a verb
// of wanting right before one of registering ("想报个名", "要报一个",
// "准备参加这个比赛", "打算报个视频比赛").
var reWantRegister = regexp.MustCompile(`(?:想|要|准备|打算|得|来|也想|也要)(?:给(?:学校|单位)?)?(?:报个名|报一下名|报名|报一个|报个|报一下|报上|报送|参赛|参加(?:这个|一下|咱这个)?(?:比赛|大赛|活动))|(?:我|俺|咱)(?:们)?(?:现在|今天|这就|马上)?(?:就|先)?(?:报名|报个名)(?:吧|呗)`)

// reHowToDo asks how to go about it: "咋弄", "怎么报", "咋填". Beside a wish
// to register it is part of the wish: the form shows how.
var reHowToDo = regexp.MustCompile(`^(?:那)?(?:咋|怎么|怎样|如何)(?:弄|报|填|整|搞|办|操作)(?:啊|呀|呢|嘞)?[?？]*$`)

// wantsToRegister reports whether s says the user wants to register, also
// as a question ("想报个视频比赛中不中"); a question about the rules
// ("能报几个", "还能报吗") is not such a wish.
func wantsToRegister(s string) bool {
	if asksInSentences(s) { // askrules.go: "…准备报送两部作品，想确认一下：…？" asks, it does not register
		return false
	}
	c := compact(s)
	if !reWantRegister.MatchString(c) || containsAny(c, "最多", "几个", "几部", "能报吗", "可以报吗", "能不能报", "可不可以报", "还能报", "截止", "什么时候", "哪天", "怎么命名", "要求") {
		return false
	}
	if !isQuestion(s) {
		return true
	}
	// Asked as a question, it is a wish only when the question is the wish
	// itself ("想报个视频比赛中不中"), not another one beside it ("我们要报名
	// 一个片子…这个分类该选实景拍摄还是AI生成？").
	for _, cl := range splitClauses(s) {
		c := compact(cl)
		if !isQuestion(cl) && !askedYesNo(cl) || reHowToDo.MatchString(c) {
			continue
		}
		// The question must be about the wish: may we, or how ("想报个视频比赛中不中",
		// "俺现在就报名吧 咋弄"), not what else ("想参加这个比赛需要什么材料").
		if !reWantRegister.MatchString(c) || !reMayOrHow.MatchString(c) {
			return false
		}
	}
	return true
}

// reMayOrHow ends a question about the wish itself: may we, or how.
var reMayOrHow = regexp.MustCompile(`(?:中不中|行不行|可以不|可以吗|行吗|中吗|好吗|成吗|中不|行不|中不|咋弄|怎么弄|咋报|怎么报|咋填|怎么填|咋整|怎么搞)(?:啊|呀|呢|嘞|咧)?[?？]*$`)

// reGreetHead is a greeting before the values of a message: "你好",
// "老师好，", "您好 ".
var reGreetHead = regexp.MustCompile(`^(?:你好|您好|恁好|老师好|老师你好|老师您好|哈喽|嗨|在吗)[啊呀，,。！!~～\s]*`)

// withValuesBefore adds the values said before the registration phrase
// ("我们是洛阳职业技术学院的，想报个名") to rest, what intentRest kept after
// it, so the form starts with both.
func (t *turn) withValuesBefore(s, rest string) string {
	loc := reRegisterVerb.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return rest
	}
	head := openingHead(s[:loc[0]]) // s9-b openvalues.go: the same head as wishValues reads
	if head == "" {
		return rest
	}
	if m := reFromUnit.FindStringSubmatch(head); m != nil && isOrg(m[1]) && !reDeptEnd.MatchString(m[1]) {
		head = "推荐单位是" + m[1] // "我们是洛阳职业技术学院的"
	} else if school, _ := introParts(head); school != "" && isOrg(school) { // s6-j intro.go: "我是…学校教务处的程晓燕"; s8-g: not "俺们学校是中职" (a kind of school)
		head = "推荐单位是" + introBody(head, school) // s11-a: "我是…学院党委组织部的李文静" gives the body as typed
	}
	head = leadInLabels(head, "")
	if !t.fillsBlank(head) && t.opensWithValues(head) { // s9-b openvalues.go: "您好，开封市文化旅游学校，报名"
		return strings.Trim(head+"，"+rest, "，")
	}
	if !t.fillsBlank(head) || !t.onlyFormValues(head) {
		t.stated = t.statedClauses(head) // s5-g3 stated.go: "那我们就选动画制作吧，AI的部分片尾已经标注了。我要报名"
		return rest
	}
	return strings.Trim(head+"，"+rest, "，")
}

// reFromUnit is a contact saying where they are from: "我们是洛阳职业技术
// 学院的", "俺是新乡职教中心的", "我这边是…".
var reFromUnit = regexp.MustCompile(`^(?:我们|俺们|咱们|我|俺|咱)(?:这边|这儿|这里)?(?:是|来自|在)([^，,。！!？?\s的]{4,30})(?:的)?$`)

// reDeptEnd ends a department, not a school: the 推荐单位 is the school.
var reDeptEnd = regexp.MustCompile(`(?:部|处|室|办|科|委|团委|支部|系)$`)

// reRegisterVerb is where the wish to register starts in a message.
var reRegisterVerb = regexp.MustCompile(`(?:想|要|准备|打算)?(?:报个名|报一下名|报名|报一个|报个|报一下|参赛|参加(?:这个|一下)?(?:比赛|大赛|活动))`)

// reWishTail is the start of a wish left at the end of the part before the
// registration phrase: "…的，想", "…我们也想", "…所以".
var reWishTail = regexp.MustCompile(`[，,\s]*(?:所以|因此|那|我们|俺们|咱们|我|俺)?(?:也|就|现在|今天)?(?:想|要|准备|打算|得)?(?:给(?:学校|单位)?)?$`)

// questionParts splits a clause that asks something at its spaces, so a
// value typed before the question in the same clause ("片名：《焦桐》 怎么
// 报名？", "我们片子叫《初心》 时长有要求吗") is read on its own; a clause
// that asks nothing is one part.
func questionParts(cl string) []string {
	if !isQuestion(cl) && !askedYesNo(cl) {
		return []string{cl}
	}
	return splitOutside(cl, false, func(rs []rune, i int) bool { return rs[i] == ' ' || rs[i] == '\u3000' })
}

// reLeadDenial is a bare denial before a corrected value: "不是不是 片名就是
// …", "不对，联系人是…".
var reLeadDenial = regexp.MustCompile(`^(?:不是|不对|错了|弄错了|搞错了)(?:啊|呀|哈)?(?:[，,、\s]*(?:不是|不对|错了)(?:啊|呀|哈)?)*[，,。！!\s]+`)

// dropLeadDenial takes a bare denial off a message whose rest names the
// field it corrects, so the denial is never read as the pending answer.
func dropLeadDenial(s string) string {
	loc := reLeadDenial.FindStringIndex(strings.TrimSpace(s))
	if loc == nil {
		return s
	}
	rest := strings.TrimSpace(strings.TrimSpace(s)[loc[1]:])
	if ex := extract(rest); !ex.labelled || ex.firstLabel != 0 {
		return s
	}
	return rest
}
