package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file normalises and checks the values of the name fields: it strips
// what people wrap around a value ("就写我周文涛吧", "全称哈：…", "真名王建军哈，
// 老王是外号"), resolves references (我 → the contact, 我们学校 → the unit), and
// tells a plausible organisation or person from a sentence. It never rewrites
// a value beyond taking the wrapper off.

var (
	// Leading wrappers: "老师说推荐单位写全称", "就写", "麻烦您写成", "全称哈：".
	// s6-i: the formal 烦请/恳请/敬请 too ("制作单位烦请写全称“…”").
	reLeadWrap = regexp.MustCompile(`^(?:(?:老师|领导|他|她)说)?(?:那)?(?:就|烦请|恳请|敬请|请|麻烦您?|麻烦|帮我|您)?(?:要)?(?:写成|写为|填成|填为|记成|记为|写|填|记|用|改成|改为)?(?:真名|全称|全名|正式名称|正式名)(?:是|叫|为)?(?:哈|吧|啊|呀)?[:：\s,，]*|` +
		`^(?:那)?(?:就|烦请|恳请|敬请|请|麻烦您?|麻烦)?(?:写成|写为|填成|填为|记成|记为|就写|就填|写|填)[:：\s]*|` +
		`^(?:也|都|还|一起)(?:改成|改为|换成|写成|写)[:：\s]*`)
	// "我们就是周口职业技术学院", "俺们学校是…": the speaker before the value;
	// s12-i: with a place word, "俺这是…", "我们这儿是…", "这边是…".
	reWeAre = regexp.MustCompile(`^(?:(?:我们|俺们|咱们|我|俺)(?:学校|单位)?(?:这边|这里|这儿|这)?|这边|这里)(?:就|也)?(?:是|叫)`)
	// "请写成“…”": the quoted value is meant.
	reWriteAs = regexp.MustCompile(`(?:写成|写为|填成|填为|写作|记成|记为|改成|改为|^(?:就|直接)?填|^(?:就|直接)?写)[:：\s]*[“"「『]([^”"」』]+)[”"」』]`)
	// Descriptions around a name: "都是马俊杰老师一个人负责的", "郭梦瑶和韩雪两位老师".
	rePersonLead  = regexp.MustCompile(`^(?:都是|全是|均为|均是|也是|都由|由|是)`)
	rePersonTail  = regexp.MustCompile(`(?:(?:两|几|三|四)位)?(?:老师|同志|同学)?(?:们)?(?:一个人|一人|自己)?(?:负责的?|来做|做的|拍的|剪的|写的|完成的?)$`)
	rePeopleTitle = regexp.MustCompile(`(?:(?:两|几|三|四|五)位(?:老师|同志|同学)(?:们)?|(?:两|几|三|四|五)个(?:人|老师|同学)|(?:俩|仨|两|三|二)人|(?:他们|她们)?(?:俩|仨))$`)
	// Trailing wrappers: "吧", "就中", "就行", "哈", "谢谢".
	reTailWrap = regexp.MustCompile(`(?:[，,。\s]*(?:谢谢您?|麻烦您了|麻烦了|辛苦了|辛苦您了|ok|OK|👌))+[。.!！]*$|(?:就中|就行了?|就可以了?|就好|即可|吧|哈|啊|呀|呗|嘞|咧|哦)+$`)
	// A nickname remark after a real name: "真名王建军哈，老王是外号".
	reNickRemark = regexp.MustCompile(`[，,、\s]*[\p{Han}]{1,4}(?:是|为)?(?:外号|昵称|小名|绰号|网名|简称)(?:哈|啊|吧)?$`)
	// "不是许晨阳，是邓一凡剪的": the second name is meant.
	reNotButIs = regexp.MustCompile(`^不是[^，,、\s]{1,8}[，,、\s]*(?:而)?是(.+?)(?:剪的|拍的|写的|做的|导的|负责的|弄的)?$`)
	// "我", "俺", "本人" before a name: "俺 张卫红", "我周文涛", "就是我，马骏".
	reSelfPrefix = regexp.MustCompile(`^(?:那|联系人)?(?:就是|就写|写|是|就)?(?:我本人|我自己|我|俺|本人)(?:呀|啊|哈|吧|嘛)?[\s,，、:：]*(?:叫|是)?`)
	// A person's title after a full name: "李晓雯老师" → 李晓雯.
	reNameTitle = regexp.MustCompile(`^(\p{Han}{2,4}?)(?:老师|书记|主任|部长|处长|科长|院长|校长|同志|教授)$`)
	// An organisation ends like one.
	reOrgEnd = regexp.MustCompile(`(?:学院|学校|大学|中学|小学|技校|职专|职高|中专|中职|高中|初中|幼儿园|医院|协会|联合会|基地|报社|电视台|委员会|党委|党总支|总支|支部|党支部|组织部|宣传部|统战部|人事处|部|处|办公室|办|室|中心|公司|集团|工作室|研究院|研究所|分院|系|科|馆|局|厅|站|台|社|团委|团|会|院|校|所|队|组)$`)
)

// reLeadChatter is an interjection before a value: "嗯嗯 ", "好滴 ", "哦哦，".
var reLeadChatter = regexp.MustCompile(`^(?:嗯+|哦+|噢+|好的|好滴|好嘞|好|行|那行|对的?|是的)[\s,，、。!！~～]+`)

// reOrgParticle is a spoken particle after an organisation's name: 的, and
// Henan 哩/嘞/滴.
var reOrgParticle = regexp.MustCompile(`(?:的|哩|嘞|滴|呢|哈|啊|呀)$`)

// reSelfTail is "in person" after a name, with its title: "孙丽娜老师本人",
// "周文博自己". The name is the person; 本人 alone stays the user.
var reSelfTail = regexp.MustCompile(`^(\p{Han}{2,4}?(?:老师|同学|同志|书记|主任|部长)?)(?:本人|自己|他本人|她本人|他自己|她自己|亲自)(?:担任|负责|来的?|做的?)?$`)

// reOneOnly is "just this one person": "就孙志强一个", "只有孙志强一人".
var reOneOnly = regexp.MustCompile(`^(?:就|只有|只|就是)(\p{Han}{2,4}?)(?:一个人|一个|一人|自己)$`)

// unwrap takes conversational wrappers off a name-like value.
func unwrap(v string) string {
	v = strings.TrimSpace(stripEmoji(v))
	if m := reWriteAs.FindStringSubmatch(v); m != nil {
		return strings.TrimSpace(m[1])
	}
	for i := 0; i < 3; i++ {
		old := v
		if m := reNotButIs.FindStringSubmatch(v); m != nil {
			v = m[1]
		}
		v = reLeadChatter.ReplaceAllString(v, "") // "嗯嗯 是我们学校党委办公室做的"
		v = reNickRemark.ReplaceAllString(v, "")
		v = strings.TrimSpace(reTailWrap.ReplaceAllString(v, ""))
		if w := strings.TrimSpace(reLeadWrap.ReplaceAllString(v, "")); w != "" {
			v = w
		}
		v = decidedLeadOff(v) // s9-b namedesc.go: "那就刘国庆 我们书记"
		if w := strings.TrimSpace(reWeAre.ReplaceAllString(v, "")); w != "" && contestbot.RuneLen(w) >= 2 {
			v = w
		}
		v = strings.Trim(v, " ，,。.:：")
		if w := reOrgParticle.ReplaceAllString(v, ""); w != v && reOrgEnd.MatchString(w) {
			v = w // d1: "鹤壁市中等职业技术学校哩", "郑州铁路职业技术学院的"
		}
		if v == old {
			break
		}
	}
	return v
}

// isOrg reports whether v reads as an organisation name (or several, joined
// by 、): 郑州职业技术学院, 河南交通职业技术学院党委组织部、郑州光影文化传媒有限公司.
func isOrg(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || isQuestion(v) || hasComplaint(v) || sentenceNotOrg(v) { // s9-d besideorg.go
		return false
	}
	for _, p := range strings.Split(v, "、") {
		p = strings.TrimSpace(p)
		if contestbot.RuneLen(p) < 3 || !reOrgEnd.MatchString(p) || strings.ContainsAny(p, "，,。；;！!？? ") {
			return false
		}
	}
	return true
}

// isPerson reports whether v reads as one person's name: 2–4 Han characters,
// a surname with a title (王老师), or a name with · (买买提·艾力).
func isPerson(v string) bool {
	return isPersonForm(v) && !containsAny(v, "啥", "什么", "怎么", "没有", "是谁", "不知道", "外号", "真名", "办公室", "这里", "那里", "这块", "这个", "那个") && !rePoliteTalk.MatchString(v) &&
		!reNotNameWord.MatchString(v) &&
		!(rePersonName.MatchString(v) && contestbot.RuneLen(v) >= 3 && reOrgEnd.MatchString(v) && !startsWithSurname(v)) &&
		!strings.HasSuffix(v, "大学") && !strings.HasSuffix(v, "学院") && !strings.HasSuffix(v, "学校")
}

// selfName resolves 我/本人/俺 to the contact when v refers to the user;
// "我王子豪" gives 王子豪. ok is false when v names the user but no name is
// known.
func selfName(v, contact string) (string, bool) {
	w := strings.TrimSpace(v)
	switch w {
	case "我", "俺", "本人", "我自己", "是我", "就是我", "我本人", "俺自己":
		if contact == "" {
			return "", false
		}
		return contact, true
	}
	if m := reSelfAnd.FindStringSubmatch(w); m != nil && contact != "" {
		// "我和刘洋": the contact and the other person.
		return contact + "、" + m[1], true
	}
	if strings.HasPrefix(w, "我们") || strings.HasPrefix(w, "俺们") || strings.HasPrefix(w, "咱们") {
		return v, true // "我们书记" is no 我
	}
	if loc := reSelfPrefix.FindStringIndex(w); loc != nil && loc[1] > 0 {
		rest := strings.TrimSpace(w[loc[1]:])
		if isPersonForm(rest) && plausiblePerson(rest) { // d3: "本人担任" has no name after 本人
			return rest, true
		}
	}
	return v, true
}

// reSelfAnd is 我 and someone else: "我和刘洋", "俺跟张伟".
var reSelfAnd = regexp.MustCompile(`^(?:是|就是)?(?:我|俺|本人)(?:和|跟|与|同|、)(\p{Han}{2,4})$`)

// reOurPrefix is "我们/俺们" before a name or title: "我们王建国书记".
var reOurPrefix = regexp.MustCompile(`^(?:我们|俺们|咱们|我校|本校|学校)(?:的)?`)

// rePersonNoun ends a description of a person rather than a name:
// "俺们信息中心的小伙", "我们书记", "办公室的同事".
var rePersonNoun = regexp.MustCompile(`(?:书记|副书记|主任|副主任|校长|副校长|院长|部长|科长|处长|老师|领导|同事|小伙子?|小伙儿|姑娘|同学|学生|干事|负责人|师傅|大姐|小哥)(?:吧|哈|啊|呀)?$`)

// describesPerson reports whether part only describes someone: a title or
// a description ending in a person noun, with no name in it.
func describesPerson(p string) bool {
	p = strings.TrimSpace(p)
	if !rePersonNoun.MatchString(p) {
		return false
	}
	w := reOurPrefix.ReplaceAllString(p, "")
	w = strings.TrimRight(w, "吧哈啊呀")
	if m := reNameTitle.FindStringSubmatch(w); m != nil && startsWithSurname(m[1]) && !strings.ContainsAny(m[1], "的们部处办室科院系校组队") {
		return false // "王建国书记" names someone
	}
	if core := reTitleEnd.ReplaceAllString(w, ""); core != "" && core != w && contestbot.RuneLen(core) == 1 && startsWithSurname(core) {
		return false // "李老师"
	}
	return true
}

// rePoliteTalk is politeness or talk beside names: "麻烦您改一下", "谢谢".
var rePoliteTalk = regexp.MustCompile(`^(?:麻烦|谢谢|辛苦|劳驾|请您|帮我|帮忙)|改一下|不对|错了|[改换]过来|^(?:哈哈|嘿嘿|呵呵|哈|嗯嗯)+$|^不是(?:两|几|三)个人$|^(?:不是|不对|没有|不)$`)

// reSelfRef is the user pointing at themself: "我", "都是我", "就我一个人".
var reSelfRef = regexp.MustCompile(`^(?:就|是|都是|也是|就是)?(?:我|俺|本人)(?:自己)?(?:一个人|一人|一个)?$`)

// dropDescriptions keeps the names of a list and drops the parts that only
// describe someone ("王磊 俺们信息中心的小伙" → 王磊, "我们书记吧 孙志强" →
// 孙志强), when at least one part is a name.
func dropDescriptions(parts []string) []string {
	var keep []string
	for i, p := range parts {
		if describesPerson(p) || rePoliteTalk.MatchString(strings.TrimSpace(p)) {
			continue
		}
		if reSelfRef.MatchString(strings.TrimSpace(p)) && i+1 < len(parts) && isPerson(strings.TrimSpace(parts[i+1])) {
			continue // "都是我 陈雨萱", "就我一个人 陈雨萱": 我 is the name that follows
		}
		keep = append(keep, p)
	}
	if len(keep) == 0 {
		return parts
	}
	return keep
}

// personValue cleans a person's name: wrappers off, 我 resolved, a title
// after a full name dropped ("李晓雯老师" → 李晓雯).
func personValue(v, contact string) (string, bool) {
	v = nicknameOff(unwrap(v)) // selftitle.go: "小李李明" → 李明
	if m := reSelfTail.FindStringSubmatch(v); m != nil && startsWithSurname(m[1]) {
		v = m[1] // s10-e: "孙丽娜老师本人" → 孙丽娜 (老师 goes below)
	}
	if w := reCueDutyTail.ReplaceAllString(v, ""); w != "" && w != v {
		v = strings.TrimSpace(rePersonLead.ReplaceAllString(w, "")) // d3: "由本人担任", "何建国同志担任"
	}
	if m := reOneOnly.FindStringSubmatch(v); m != nil && startsWithSurname(m[1]) {
		v = m[1]
	}
	if w := reOurPrefix.ReplaceAllString(v, ""); w != v {
		// "我们王建国书记" → 王建国书记 (the title goes below).
		if m := reNameTitle.FindStringSubmatch(w); m != nil && startsWithSurname(m[1]) {
			v = w
		}
	}
	v, ok := selfName(v, contact)
	if !ok {
		return "", false
	}
	if !isPersonForm(v) {
		w := rePersonLead.ReplaceAllString(v, "")
		w = rePeopleTitle.ReplaceAllString(w, "")
		w = rePersonTail.ReplaceAllString(w, "")
		if w2, ok := selfName(w, contact); ok {
			w = w2
		}
		if isPersonForm(w) {
			v = w
		} else if n := trailingName(w); n != "" {
			v = n // "我们分管校领导孙志刚书记" → 孙志刚
		}
	}
	if m := reNameTitle.FindStringSubmatch(v); m != nil && contestbot.RuneLen(m[1]) >= 2 && startsWithSurname(m[1]) {
		v = m[1]
	}
	return v, true
}

// ownUnit resolves 我们学校/本校/学校 at the start of an organisation name to
// the unit: "我们学校党委组织部" → 郑州大学党委组织部.
func ownUnit(v, unit string) string {
	if o, ok := ownOffice(v, unit); ok { // s12-f ownoffice.go: "我部" is the typist's office, never the school + 部
		if o != "" {
			return o
		}
		return v
	}
	if unit == "" {
		return v
	}
	unit = schoolName(unit)
	o := ownUnitName(v, unit)
	if o != v && o == unit+"组织部" {
		return unit + "党委组织部" // s10-j: a school's 组织部 is its 党委组织部, the office the notice is sent to
	}
	return o
}

// schoolName is the school a 推荐单位 names: the unit itself, or the school
// of a party organ typed as the unit (s11-a: "X学院党委" is kept as typed, and
// "我们学校宣传部" or a bare "宣传部" is X学院宣传部, not X学院党委宣传部).
func schoolName(unit string) string {
	if school, ok := contestbot.SchoolOfBody(unit); ok {
		return school
	}
	return unit
}

// ownUnitName is v with the user's own school written as unit.

func ownUnitName(v, unit string) string {
	if unit != "" && strings.HasPrefix(v, unit) {
		return v // s12-d: already the unit's own body ("学院党委团委" with the unit 学院党委): never given the unit again
	}
	if p, ok := pronounBody(v, unit); ok { // g2: "俺学校党委组织部", "咱学院团委"
		return p
	}
	for _, p := range []string{"我们学校的", "我们学校", "咱们学校", "俺们学校", "我们学院的", "我们学院", "咱们学院", "俺们学院", "我校", "本校", "我院", "本院", "学校", "学院"} {
		if strings.HasPrefix(v, p) && contestbot.RuneLen(v) > contestbot.RuneLen(p) {
			rest := strings.TrimPrefix(v, p)
			if strings.HasPrefix(rest, unit) {
				return rest // s7-e: "学校洛阳市第一职业高级中学党委办公室" names the school already
			}
			if reOrgEnd.MatchString(rest) {
				return unit + rest
			}
		}
	}
	return v
}

// freeTextProblem says why a message cannot be a 简介 or 摘要 ("" when it
// can): it is a question, a complaint, a command or an instruction to the bot.
func freeTextProblem(s string) string {
	c := compact(s)
	switch {
	case hasComplaint(c):
		return "complaint"
	case reRequest.MatchString(c) && contestbot.RuneLen(c) <= 25:
		return "request"
	case reLeave.MatchString(c) && contestbot.RuneLen(c) <= 25:
		return "leave"
	case isQuestion(s) && (strings.HasSuffix(c, "?") || strings.HasSuffix(c, "吗") || strings.HasSuffix(c, "呢")) && contestbot.RuneLen(c) <= 40:
		return "question"
	}
	if askedYesNo(s) && contestbot.RuneLen(c) <= 40 {
		return "question" // "跟简介一样中不中"
	}
	if p := talkToBot(s); p != "" {
		return p
	}
	if ex := extract(s); ex.labelled && ex.firstLabel <= 6 && correcting(s) && len(ex.values) > 0 && !ex.values[0].slot.freeText() {
		return "correction"
	}
	if m := reNotField.FindStringSubmatch(c); m != nil && labelSlot(m[1]) != "" {
		return "complaint" // "刚才那段不是内容简介，是主创人员名单"
	}
	if reLabelChange.MatchString(c) || strings.HasPrefix(c, "不对") || strings.HasPrefix(c, "都不对") {
		return "correction"
	}
	if textEditTalk(s) { // textfix.go: "里那个2023年写错了 应该是2024年"
		return "edit"
	}
	if reAskInside.MatchString(c) && contestbot.RuneLen(c) <= 40 {
		return "question" // freetextask.go: "等一下 先问一下 这个视频交啥格式的"
	}
	if reVideoParamTalk.MatchString(c) && contestbot.RuneLen(c) <= 25 {
		return "question" // "1080P 码率8M 竖屏 行不行": video parameters, no story
	}
	if reTextToCome.MatchString(c) && contestbot.RuneLen(c) <= 40 {
		return "plan" // "啊8M不行 绝了 回头让子豪重新导一下 简介在这：": the text comes next
	}
	if reEligibilityTalk.MatchString(c) && contestbot.RuneLen(c) <= 60 {
		return "answer" // "前三条都对 就是第四条不对 旁白是用AI配的音": the eligibility items
	}
	if rolesShaped(s) { // creators.go: a list of roles is no text
		return "roles"
	}
	if onlyNames(s) { // d3 realname.go: "孙浩然、鹿佳怡、还有" is no text
		return "names"
	}
	if k := textTalk(s); k == "remark" || k == "complaint" { // s5-g1 notstory.go: "分机号没记上啊…", "这也不是简介"
		return k // a question is no 简介/摘要, but a title may be one ("初心是什么"): storyProblem
	}
	return ""
}

// reVideoParamTalk names a film's technical parameters, what a short text
// about the story never does.
var reVideoParamTalk = regexp.MustCompile(`(?i)码率|分辨率|帧率|1080p|720p|4k|\d+\s*m(?:bps)?\b|竖屏|横屏|mp4|mov格式`)

// reTextToCome ends talk that promises the text next: "简介在这：", "摘要如下".
var reTextToCome = regexp.MustCompile(`(?:简介|摘要|内容)?(?:在这|在这里|在下面|如下|是这样的?|发你|给你)[：:。.～~]*$`)

// reEligibilityTalk answers the eligibility items by number, never a text.
var reEligibilityTalk = regexp.MustCompile(`^(?:嗯|是|对)?[，,\s]*(?:前[二两三]条|第[一二三四1-4]条|四条|这几条|几条)(?:都|也)?(?:对|符合|没问题|是|不对|不符合)`)

// onlyPeople keeps the people of a contact answer and drops an office named
// beside them ("刘洋，办公室" → 刘洋).
func onlyPeople(v string) string {
	parts := reNameSep.Split(strings.TrimSpace(v), -1)
	if len(parts) < 2 {
		return v
	}
	var keep []string
	dropped := false
	for _, p := range parts {
		switch {
		case p == "":
		case containsAny(p, "办公室", "电话", "手机") || (reOrgEnd.MatchString(p) && !startsWithSurname(p)):
			dropped = true
		case isPersonForm(p):
			keep = append(keep, p)
		default:
			keep = append(keep, p)
		}
	}
	if !dropped || len(keep) == 0 {
		return v
	}
	return strings.Join(keep, "、")
}

// clip shortens long text for an echo: the first n characters and "…".
func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

// trailingName finds a name at the end of a description ("分管校领导孙志刚
// 书记" → 孙志刚): a title is dropped, then the last three (or two) Han
// characters that start with a surname.
func trailingName(v string) string {
	if strings.ContainsAny(v, "，,、;；：: ") {
		return "" // several parts: not one description of one person
	}
	v = reTitleEnd.ReplaceAllString(v, "")
	rs := []rune(v)
	for _, n := range []int{3, 2} {
		if len(rs) > n {
			w := string(rs[len(rs)-n:])
			before := string(rs[:len(rs)-n])
			if rePersonName.MatchString(w) && startsWithSurname(w) && reDescribesPerson.MatchString(before) && !reOfficeTitleEnd.MatchString(w) { // s7-d: "宣传部干事" names no 干事
				return w
			}
		}
	}
	return ""
}

// reDescribesPerson ends a description before a name: 分管校领导, 我本人, 是;
// s7-d: an office or owner, "党委宣传部", "信息工程系", "我们" (roleprose.go).
var reDescribesPerson = regexp.MustCompile(`(?:领导|老师|书记|校长|院长|主任|部长|本人|我|俺|是|的|由|同志|同学|教师|干事|宣传部|组织部|办公室|[校系委科室组处]|们|中心|专业)$`)

var reTitleEnd = regexp.MustCompile(`(?:老师|书记|副书记|主任|副主任|部长|处长|科长|院长|校长|同志|教授)$`)

// reLabelChange is a field named with a change verb anywhere in a message
// ("主创人员请改成：…", "监制改成孙志刚"): a correction, not a 简介.
var reLabelChange = func() *regexp.Regexp {
	var ws []string
	for _, d := range labelDefs {
		if !d.weak && !strings.HasPrefix(d.word, "是否") {
			ws = append(ws, regexp.QuoteMeta(strings.ToLower(d.word)))
		}
	}
	return regexp.MustCompile(`(?:` + strings.Join(ws, "|") + `)(?:麻烦|请|帮我|帮忙)?(?:改成|改为|换成|更正为|请改成)`)
}()

// reNotNameWord is a word no personal name holds: talk particles and verbs
// ("说过了", "实景拍") and the categories' words ("实景", "动画").
var reNotNameWord = regexp.MustCompile(`[了吗呢吧啊呀嘛哈]|本人|自己|负责|说过|说了|拍的|做的|弄的|拍摄|实景|实拍|动画|动漫|卡通|切片|纪实|其他|其它`)
