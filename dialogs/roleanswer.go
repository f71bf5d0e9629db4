package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file reads an answer to one 主创 role (监制/编导/撰稿/摄影/剪辑 asked)
// that is no plain name: "那就写我们党总支书记 刘建国" is 刘建国, "刘老师就是
// 刘志刚呀" is 刘志刚, "剪辑同上" is the 摄影's names, and a question
// ("版权协议书原件送到哪") is answered and the role asked again. Such an
// answer is never the 内容简介, and no role is skipped unless the user says
// so ("都没有", "其余无", "跳过").

var (
	// reRoleLeadIn is talk before the name: "那就写", "就填", "嗯 写".
	reRoleLeadIn = regexp.MustCompile(`^(?:那就|那|就|嗯|好的|好|行|这个|这项|这里|这一项)*(?:写上|填上|填写|写|填|记上|记)?`)
	// reRoleTail is talk after the name: "呀", "吧", "就行".
	reRoleTail = regexp.MustCompile(`(?:就行|就可以|即可|吧|呀|啊|哈|嘛|哦|了|的)+$`)
	// reRoleIs links a reference and the name: "刘老师就是刘志刚", "他叫刘志刚".
	reRoleIs = regexp.MustCompile(`(?:就是|其实是|应该是|是|叫做|叫|名叫|全名)`)
	// reRoleNot says the name is not meant: "不是刘志刚", "别写刘志刚".
	reRoleNot = regexp.MustCompile(`不是|不写|不填|别写|别填|不用|不要|没有|不对`)
	// reTitleOnly is an office or title with no name: "我们书记", "学院的副院长".
	reTitleOnly = regexp.MustCompile(`^(?:那就写|就写|写|填|是)?(?:我们|俺们|咱们|我校|学校|学院|系里|院里|单位)?(?:的)?(?:党总支|党支部|党委|团委|宣传部|办公室|系|院|校)?(?:的)?(?:副)?(` +
		`书记|主任|部长|校长|院长|科长|处长|老师|领导|班主任|辅导员|干事)(?:吧|呀|啊)?$`)
	// reSameAbove is "同上" and its spoken forms at a role step.
	reSameAbove = regexp.MustCompile(`^(?:也是|还是|都是)?(?:同上|同上面|和上面一样|跟上面一样|与上面相同|和上面相同|和上一个一样|跟上一个一样|同上一个|一样|也一样|还是一样|一样的|相同)(?:的)?$`)
)

// roleLeadName is the name in an answer to a 主创 role said with a lead-in or
// title ("那就写我们党总支书记 刘建国" → 刘建国); ok is false when s is
// already a plain list of names, a question, a negation, or holds no name.
func roleLeadName(s string) (string, bool) {
	c := compact(s)
	if c == "" || contestbot.RuneLen(c) > 30 || isQuestion(s) || reRoleNot.MatchString(c) || extract(s).labelled {
		return "", false
	}
	c = strings.Trim(c, "，,。.；;、 ")
	if n, ok := namesOf(c); ok && (n == c || n == reNameSplit.ReplaceAllString(c, "、")) || fitsNames(s) && reNameSplit.MatchString(c) {
		return "", false // a plain name or list: read as usual
	}
	c = reRoleTail.ReplaceAllString(c, "")
	c = reRoleLeadIn.ReplaceAllString(c, "")
	if c == "" {
		return "", false
	}
	if n, ok := namesOf(c); ok {
		return n, true
	}
	// "刘老师就是刘志刚", "他叫刘志刚": the name after the last link word.
	if locs := reRoleIs.FindAllStringIndex(c, -1); len(locs) > 0 {
		after := c[locs[len(locs)-1][1]:]
		if n, ok := namesOf(after); ok && n != "我" {
			return n, true
		}
	}
	// "那就写我们党总支书记 刘建国": the words split by a space, the name last.
	if f := strings.Fields(contestbot.NormalizeWidth(s)); len(f) > 1 {
		last := reRoleTail.ReplaceAllString(strings.Trim(f[len(f)-1], "，,。.；;、 "), "")
		if n, ok := namesOf(last); ok && n != "我" && startsWithSurname(n) {
			return n, true
		}
	}
	return "", false
}

// sameAsRoleAbove is the names of the role asked just before pending when s
// says 同上 at a role step ("剪辑 同上" → the 摄影's names; none when that role
// is empty); ok is false at the first role or for any other message.
func sameAsRoleAbove(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.isRole() {
		return "", false
	}
	c := strings.Trim(compact(s), "，,。.；;、 ")
	c = strings.TrimPrefix(c, roleShort[pending]) // "剪辑同上"
	for _, d := range roleWordDefs {
		if d.role == pending {
			for _, w := range d.words {
				c = strings.TrimPrefix(c, w)
			}
		}
	}
	c = strings.TrimLeft(c, ":：")
	if r, ok := sameAsNamedRole(c); ok && r != pending { // "和导演一样", "同编导"
		if v := *creatorPtr(e, r); v != "" {
			return v, true
		}
		return "", false // that role is not filled yet: read as usual
	}
	if !reSameAbove.MatchString(c) {
		return "", false
	}
	for i, r := range roles {
		if r != pending {
			continue
		}
		if i == 0 {
			return "", false
		}
		v := *creatorPtr(e, roles[i-1])
		if v == "" {
			return "无", true
		}
		return v, true
	}
	return "", false
}

// reSameAsRole is "the same as another role": "和导演一样", "同编导",
// "跟摄影是一个人", "也是导演那个人". The role word is group 1.
var reSameAsRole = regexp.MustCompile(`^(?:也|还)?(?:是)?(?:同|和|跟|与|就是|也是)(.{2,4}?)(?:的)?(?:一样|相同|同一人|同一个人|是一个人|是同一个人|那个人|那位|那个)?(?:的)?$`)

// sameAsNamedRole is the role c says it equals: "和导演一样" → 编导.
func sameAsNamedRole(c string) (slot, bool) {
	m := reSameAsRole.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	for _, d := range roleWordDefs {
		for _, w := range d.words {
			if m[1] == w {
				return d.role, true
			}
		}
	}
	return "", false
}

// roleAnswer reads a message at a 主创 role step that is no list of names:
// the name said with a lead-in is rewritten as the name; 同上 is the role
// before; a question is answered and the role asked again (done true). s is
// returned unchanged for anything else.
func (t *turn) roleAnswer(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, string, bool) {
	if !pending.isRole() || t.st.Mode == modeEdit && pending == "" {
		return s, "", false
	}
	if storedNameFixOf(e, s) != nil { // rolerelation.go (e3): "啥文老师 是刘红霞", read by fill
		return s, "", false
	}
	if n, ok := selfRoleAnswer(e, s, pending); ok { // rolerelation.go (e3): "导演是我，常秀芝，我自己，…我张罗的"
		return n, "", false
	}
	if n, ok := relationRoleName(s); ok { // rolerelation.go (e3): "刘红霞 俺学校语文老师", "俺侄子田磊拍哩"
		return n, "", false
	}
	if n, ok := t.titleIsContact(e, s); ok { // selftitle.go: "我们科长" said by the 科长
		return n, "", false
	}
	if v, ok := cuedRoleAnswer(e, s, pending); ok { // g2: "宣传部刘思齐同志", "就他一个人"
		return v, "", false
	}
	if title, ok := titleNoName(s); ok && !mentionsRole(s) { // g2: "宣传部的同志": an office and a title, no name
		return s, reask("请写这位" + title + "的姓名，例如：刘建国；" + roleLabels[pending] + "没有请回复“无”。"), true
	}
	if v, ok := sameAsRoleAbove(e, s, pending); ok {
		return v, "", false
	}
	if ex := extract(s); storyAtRole(s) && !ex.firstColon && !rolesList(ex) {
		// A story typed at a role step ("本片时长虽短，却讲述了…"): the 简介
		// is asked later; nothing is stored and the role is asked again.
		return s, reask("这段像是内容简介，先没有记，主创人员填完后会问简介。\n" + roleLabels[pending] + "没有请回复“无”，主创人员都没有请回复“都没有”。"), true
	}
	if _, ok := creatorsSentence(rewritePersonRole(s)); ok || extract(s).labelled {
		return s, "", false
	}
	if _, same := sameForAll(s); same || matchesAny(s, allNoneWords) || saysNone(s) {
		return s, "", false
	}
	if n, ok := roleLeadName(s); ok {
		return n, "", false
	}
	if m := reTitleOnly.FindStringSubmatch(strings.Trim(compact(s), "，,。.；;、 ")); m != nil {
		// "我们书记": an office with no name.
		return s, reask("请写这位" + m[1] + "的姓名，例如：刘建国；" + roleLabels[pending] + "没有请回复“无”。"), true
	}
	c := compact(s)
	if v, _ := t.answerThenAsk(e, s, pending); v != "" {
		return s, "", false // "都是我，可以吗": the answer is kept and the question answered
	}
	if isQuestion(s) || contestbot.RuneLen(c) <= 30 && reAskWords.MatchString(c) && !fitsNames(s) {
		a := t.midFormAnswer(s, pending)
		if a == "" {
			a = t.ask(s, true)
		}
		if a == "" {
			a = "这个问题通知里没有写，可以问大赛联系人。"
		}
		return s, reask(a), true
	}
	return s, "", false
}

// storyAtRole reports whether s tells what a work is about ("讲述矿山一线党员
// 的坚守"): a sentence with a story word and no name list, phone or title.
func storyAtRole(s string) bool {
	c := compact(s)
	if contestbot.RuneLen(c) < 8 || fitsNames(s) || !reStoryWords.MatchString(c) || reTitle.MatchString(s) {
		return false
	}
	_, _, phone := findPhone(s)
	return !phone
}

// closeRoles ends the roles after a list of (nearly) all of them when every
// role is answered; a role not named is asked next (s7-d). A role named with a value that could not be read
// ("编导是刘老师，稿子也是他写的" → "不像人名") stays open and is asked next;
// done is false then.
func (t *turn) closeRoles(e *contestbot.Entry, values []assignment, r *fillResult) (done bool) {
	done = true
	for _, x := range roles {
		failed := false
		for _, v := range values {
			if v.slot == x && v.raw != "" && !r.has(x) {
				failed = true
			}
		}
		if failed && !t.st.roleDone(x) {
			done = false
			continue
		}
		if !t.st.roleDone(x) {
			// s7-d: a role the list did not name is asked, never taken as
			// 无 (rp74 p74a: 监制 and 剪辑 shown as 无, never asked).
			done = false
			continue
		}
		t.st.markRole(x)
	}
	return done
}
