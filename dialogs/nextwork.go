package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// reNextWorkHead opens a message that announces the user's next work by its
// number or as "one more", before its values: "还有第二个，叫…", "第二个叫《…》",
// "第二个片子是…", "另外还有一部，片名…". An edit of a submitted work names
// it and says change (改/换/不对); an announcement carries the new title.
var reNextWorkHead = regexp.MustCompile(`^(?:好的?|那|嗯|对了|然后|接着)?[\s，,。]*(?:还有|另外还有|另外|再有)?(第[二两三四五六七八九十2-9]|一)(?:个|部)(?:作品|片子|视频)?(?:的)?(?:[\s，,。：:]*)(?:呢|吧)?[\s，,。：:]*`)

// reNextWorkTitle is the new work's title said right after the head:
// "叫一张红色工单", "名字叫…", "片名《…》", "《…》".
var reNextWorkTitle = regexp.MustCompile(`^(?:片名|名字|题目|名称)?(?:是|叫做|叫|为)?[\s：:]*《|^(?:片名|名字|题目|名称)?(?:叫做|叫)[\s：:]*[^\s，,。；;]|^(?:片名|名字|题目)(?:是|为)?[\s：:]*[^\s，,。；;]`)

// announcesNextWork reports whether s announces a work after the ones the
// user has (n listed), with its title: "还有第二个，叫一张红色工单，时长2分15秒".
// "第一个的时长改成…" or "第二个时长不对" (n ≥ 2) name a work that exists.
func announcesNextWork(s string, n int) bool {
	s = strings.TrimSpace(s)
	m := reNextWorkHead.FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	head := s[:m[1]]
	if num := s[m[2]:m[3]]; num == "一" {
		if !strings.Contains(head, "还有") && !strings.Contains(head, "另外") && !strings.Contains(head, "再有") {
			return false // "一个叫…" alone is no announcement
		}
	} else if atoiCN(strings.TrimPrefix(num, "第")) <= n {
		return false // names a work the user has
	}
	rest := ownerLeadOff(s[m[1]:])                                                                                  // s7-b: "第二个 张明远老师的 电力线上的先锋"
	if !reNextWorkTitle.MatchString(rest) && !((announced(head) || s[m[2]:m[3]] != "一") && plainTitleFirst(rest)) { // s6-g: "第二个：穿越百年的对话，…" past the user's works
		return false
	}
	c := compact(rest)
	return !containsAny(c, editVerbs...) && !containsAny(c, "不对", "错了", "写错", "删", "撤") && !isQuestion(s)
}

// announcesNextValues reports whether s announces the work after the
// user's n works by its number, with values but no title (s7-b, issue #10
// round 15): "第二个 2分10秒，动画制作，单位联系人电话跟上一个一样", "第二个片子是动画，
// 时长2分10秒". The number must be n+1: "第二个时长不对" with two works
// names one that exists.
func (t *turn) announcesNextValues(s string, n int) bool {
	s = strings.TrimSpace(s)
	m := reNextWorkHead.FindStringSubmatchIndex(s)
	if m == nil || s[m[2]:m[3]] == "一" || atoiCN(strings.TrimPrefix(s[m[2]:m[3]], "第")) != n+1 || isQuestion(s) {
		return false
	}
	rest := reAlsoHead.ReplaceAllString(ownerLeadOff(s[m[1]:]), "")
	c := compact(rest)
	if c == "" || containsAny(c, editVerbs...) || containsAny(c, "不对", "错了", "写错", "删", "撤") {
		return false
	}
	cls := splitClauses(rest)
	for i, cl := range cls {
		cl = strings.Trim(cl, "，,。；;：: ")
		if _, ok := findDuration(cl); ok || categoryWord(t.c.season, cl) != "" || extract(cl).labelled {
			return true
		}
		if i == 0 && plainTitleFirst(cl) {
			return false // a title first: announcesNextWork reads it
		}
	}
	return false
}

// nextValuesRest is what an announcement read by announcesNextValues
// carries: "第二个片子是动画，时长2分10秒" → "动画，时长2分10秒".
func nextValuesRest(s string) string {
	s = strings.TrimSpace(s)
	m := reNextWorkHead.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	rest := reAlsoHead.ReplaceAllString(ownerLeadOff(s[m[1]:]), "")
	return strings.TrimSpace(reOrdinalBeforeLike.ReplaceAllString(rest, "$1"))
}

// announced reports whether the head of an announcement says "one more":
// 还有第三个, 另外一部.
func announced(head string) bool {
	return containsAny(head, "还有", "另外", "再有")
}

// plainTitleFirst reports whether the first clause of rest reads as a bare
// title ("指尖上的入党誓词，AI生成的…"): short text that is no question, no
// label, no duration, description or organisation.
func plainTitleFirst(rest string) bool {
	cls := splitClauses(rest)
	if len(cls) == 0 {
		return false
	}
	c := strings.Trim(cls[0], "，,。；;：: ")
	c = reAlsoHead.ReplaceAllString(c, "") // s7-b: "第二个，是黄河岸边的守望"
	n := contestbot.RuneLen(c)
	if n < 2 || n > 25 || isQuestion(c) || arrivalTalk(c) || extract(c).labelled || containsAny(c, "问题", "事", "改", "一样") || !isHanOnly(compact(c)) {
		return false
	}
	if _, ok := findDuration(c); ok {
		return false
	}
	// "AI生成的", "实拍的", "团委做的": a description, no title.
	return !strings.HasSuffix(c, "的") && !isOrg(c)
}

// nextWorkRest is s without its announcing head: "还有第二个，叫X，时长…" →
// "片名X，时长…", so the form reads the title as one.
func nextWorkRest(s string) string {
	s = strings.TrimSpace(s)
	m := reNextWorkHead.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	rest := reAlsoHead.ReplaceAllString(ownerLeadOff(s[m[1]:]), "")                                                  // s7-b: "张明远老师的 …", "是黄河岸边的守望"
	if (announced(s[:m[1]]) || s[m[2]:m[3]] != "一") && !reNextWorkTitle.MatchString(rest) && plainTitleFirst(rest) { // s6-g: "第二个：X，…"
		rest = "片名：" + rest // "还有第三个，指尖上的入党誓词，AI生成的，1分48秒"
	}
	if loc := regexp.MustCompile(`^(?:名字|题目|名称)?(?:叫做|叫)[\s：:]*`).FindStringIndex(rest); loc != nil && !strings.HasPrefix(rest[loc[1]:], "《") {
		rest = "片名：" + rest[loc[1]:]
	}
	// "…，第二个其他的跟第一个一样": the number before the reference is the
	// work being announced, no value.
	rest = reOrdinalBeforeLike.ReplaceAllString(rest, "$1")
	return strings.TrimSpace(rest)
}

var reOrdinalBeforeLike = regexp.MustCompile(`第[二两三四五六七八九十2-9](?:个|部)(?:作品|片子)?(?:的)?((?:其他|其它|其余|别的|剩下))`)

// reLikeWork points at one of the user's works as the value: "跟第一个一样",
// "同第一个", "和上一个作品相同", "照第一个片子".
var reLikeWork = regexp.MustCompile(`(?:跟|和|与|同|照|按)(第[一二两三四五六七八九十1-9]|上一|上|前一|前面那)(?:个|部)(?:作品|片子|视频)?(?:的)?(?:一样|相同|一致|来|写)?`)

// reLikeWorkRoles says the creators are the same too: "人员也都一样",
// "主创也一样", "主创人员跟第一个片子一样".
var reLikeWorkRoles = regexp.MustCompile(`(?:主创人员|主创|人员|人|创作人员|创作团队)(?:也|都|也都|全|全都)?(?:跟|和|同)?(?:第[一二两三四五六七八九十1-9]个|上一个|上个)?(?:作品|片子)?(?:的)?(?:一样|相同|一致)|(?:跟|和|同)(?:第[一二两三四五六七八九十1-9]个|上一个|上个)(?:作品|片子)?(?:的)?(?:人|人员|主创)`)

// likeWorkText rewrites "跟第一个一样" said at a step of a later work into the
// values that work holds, labelled, so the form stores and echoes them:
// at the category step "跟第一个一样 人员也都一样" → "分类：实景拍摄，监制…".
// The fields are those named in s, else the pending one; the roles when s
// says the people are the same. s is returned unchanged when it points at
// no earlier work of the user or the work has no such value.
func (t *turn) likeWorkText(e *contestbot.Entry, s string, pending slot) string {
	if pending != slot(contestbot.FieldCategory) && pending != slot(contestbot.FieldCreators) && !pending.isRole() && !t.peopleLikeOnly(s) {
		return s // the category and creator steps; elsewhere likeothers.go reads it
	}
	if v, ok := t.likeWorkRoles(e, s); ok { // s7-b: "监制跟上一个一样，编导是周红梅，摄影无"
		return v
	}
	m := reLikeWork.FindStringSubmatch(s)
	roles := false
	if loc := reLikeWorkRoles.FindStringIndex(s); loc != nil && !strings.HasSuffix(s[:loc[0]], "联系") {
		roles = true // "人员也都一样", never "联系人都跟第一个一样"
	}
	if m == nil && !roles {
		return s
	}
	if isQuestion(s) || containsAny(compact(s), "不一样", "不同", "不相同") || contestbot.RuneLen(s) > 40 {
		return s
	}
	prev := t.earlierWork(e, m)
	if prev == nil {
		return s
	}
	var parts []string
	named := false
	for _, d := range labelDefs {
		if !strings.Contains(s, d.word) || strings.HasSuffix(string(d.slot), "!") || strings.HasPrefix(d.word, "是否") {
			continue
		}
		switch {
		case d.slot == slot(contestbot.FieldCategory):
			named = true
		case d.slot.isRole() || d.slot == slot(contestbot.FieldCreators) || d.word == "人员":
		default:
			return s // "联系人都跟第一个一样": another field, read by the form
		}
	}
	if (named || pending == slot(contestbot.FieldCategory)) && m != nil && prev.Category != "" {
		parts = append(parts, "分类："+prev.Category)
	}
	if roles || pending.isRole() || pending == slot(contestbot.FieldCreators) {
		if prev.CreatorsDone || prev.Creators != (contestbot.Creators{}) {
			parts = append(parts, rolesText(withRoleChanges(t.ownRolesOver(e, prev), s))) // s8-e peoplewords.go: "人跟上一个一样 就编导换成王丽娟"; s10-b copykeep.go: roles set for this work stay
		}
	}
	if len(parts) == 0 {
		return s
	}
	return strings.Join(parts, "，")
}

// likeWorkRoles rewrites only the clauses that say a named role is as in
// an earlier work, when other clauses give other roles their own values
// (rp70 #41): "监制跟上一个一样，编导撰稿剪辑都是周红梅，摄影无" → "监制王建国，
// 编导撰稿剪辑都是周红梅，摄影无". ok is false when no clause does so, or
// the message is only the reference (likeWorkText copies the whole crew).
func (t *turn) likeWorkRoles(e *contestbot.Entry, s string) (string, bool) {
	cls := splitClauses(s)
	if len(cls) < 2 || isQuestion(s) {
		return "", false
	}
	changed := false
	for i, cl := range cls {
		m := reLikeWork.FindStringSubmatch(cl)
		if m == nil || containsAny(compact(cl), "不一样", "不同", "不相同") {
			continue
		}
		prev := t.earlierWork(e, m)
		if prev == nil {
			return "", false
		}
		var parts []string
		for _, r := range rolesNamedIn(cl[:strings.Index(cl, m[0])]) {
			parts = append(parts, roleText(prev, r))
		}
		if len(parts) == 0 {
			return "", false // "单位跟上一个一样": another field, read as before
		}
		cls[i] = strings.Join(parts, "，")
		changed = true
	}
	if !changed {
		return "", false
	}
	return strings.Join(cls, "，"), true
}

// rolesNamedIn are the roles whose label words stand in s, in form order.
func rolesNamedIn(s string) []slot {
	var out []slot
	for _, r := range roles {
		for _, d := range labelDefs {
			if slot(strings.TrimSuffix(string(d.slot), "!")) == r && strings.Contains(s, d.word) {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// earlierWork is the work "第一个"/"上一个" (m from reLikeWork) points at,
// other than e.
func (t *turn) earlierWork(e *contestbot.Entry, m []string) *contestbot.Entry {
	es := t.listed()
	if m != nil && strings.HasPrefix(m[1], "第") {
		n := atoiCN(strings.TrimPrefix(m[1], "第"))
		if n >= 1 && n <= len(es) && es[n-1] != e {
			return es[n-1]
		}
		return nil
	}
	for i := len(t.entries) - 1; i >= 0; i-- {
		if x := t.entries[i]; x != e && x.Status == contestbot.StatusComplete {
			return x
		}
	}
	return nil
}

// rolesText is the creators of e as the form reads them: "监制张三，编导李四、王五，撰稿无，…".
func rolesText(e *contestbot.Entry) string {
	var b []string
	for _, r := range roles {
		b = append(b, roleText(e, r))
	}
	return strings.Join(b, "，")
}

// roleText is one role of e as the form reads it: "监制张三", "摄影无".
func roleText(e *contestbot.Entry, r slot) string {
	v := ""
	if p := creatorPtr(e, r); p != nil {
		v = *p
	}
	if v == "" {
		v = "无"
	}
	return strings.TrimSuffix(strings.SplitN(roleLabels[r], "(", 2)[0], "（") + v
}

// fullerOrg keeps the whole name of an organisation said twice in one
// message, short then whole: "这个是电气工程学院做的，平顶山工业职业技术学院电气工程学院"
// → "这个是平顶山工业职业技术学院电气工程学院做的". A clause that is only an
// organisation whose name ends with one said in the clause before replaces
// it there; the short name is never stored in its place.
// reMarkedValue opens a clause that says "this is the value": 就写…, 写上….
var reMarkedValue = regexp.MustCompile(`^(?:那就|那)?(?:就写|写上|写成|就填|填上)`)

// reOwnBefore is a possessive right before a part of a name: "我们宣传部".
var reOwnBefore = regexp.MustCompile(`(?:我们|咱们|俺们|我校|本校|我院|本院)(?:的)?$`)

func fullerOrg(s string) string {
	cls := splitClauses(s)
	if len(cls) < 2 {
		return s
	}
	changed := false
	for j := 1; j < len(cls); j++ {
		if reMarkedValue.MatchString(strings.TrimSpace(cls[j])) {
			continue // "…，就写X，你刚才记的是啥": the value is marked; the reader takes it as said
		}
		w := contestbot.NormalizeTitle(trimNamePrefix(unwrap(strings.TrimRight(cls[j], "，,。；;！! \t\n"))))
		if !isOrg(w) || contestbot.RuneLen(w) > 40 {
			continue
		}
		prev := cls[j-1]
		if strings.Contains(prev, w) {
			continue
		}
		rs := []rune(w)
		for k := 1; k+3 <= len(rs); k++ { // the longest proper suffix said before
			x := string(rs[k:])
			if isOrg(x) && strings.Contains(prev, x) {
				// s5-f3 (rp45): "我们宣传部做的，新乡…学院党委宣传部": the
				// possessive before the part goes with it, or 我们 later
				// becomes the school's name a second time.
				at := strings.Index(prev, x)
				cls[j-1] = reOwnBefore.ReplaceAllString(prev[:at], "") + w + prev[at+len(x):]
				cls[j] = ""
				changed = true
				break
			}
		}
	}
	if !changed {
		return s
	}
	return strings.TrimRight(strings.Join(cls, ""), "，,")
}

// peopleLikeOnly reports whether s says only that the people of this work
// are as on an earlier one ("其他人都跟第一个一样的呀", "主创跟上一个一样"), so at
// any step of a later work it copies the roles still open (s10-b).
func (t *turn) peopleLikeOnly(s string) bool {
	c := compact(s)
	loc := reLikeWorkRoles.FindStringIndex(c)
	if loc == nil || strings.HasSuffix(c[:loc[0]], "联系") || isQuestion(s) || contestbot.RuneLen(c) > 20 {
		return false
	}
	rest := c[:loc[0]] + c[loc[1]:]
	rest = reLikeWork.ReplaceAllString(rest, "")
	return regexp.MustCompile(`^(?:其他|其它|其余|别的|剩下|的|都|也|全|就|是|呀|啊|吧|嘛|哈|呢|了|哦|[，,。!！~～])*$`).MatchString(rest)
}
