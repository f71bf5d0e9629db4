package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Roles answered with a relation or a remark beside the name.
//
// A 主创 answer often says who the person is to the speaker: "刘红霞 俺学校语文老师"
// (the remark's 语文老师 is no 文老师), "俺侄子田磊拍哩" (a kinsman and the verb
// of the role), "我同事王芳剪的". The name is the person; the relation and the
// verb are talk.

// reRelation is who a person is to the speaker: "俺学校语文老师", "我侄子",
// "我们单位的同事", "学校的数学老师".
var reRelation = regexp.MustCompile(`(?:俺|我|俺们|我们|咱|咱们|恁|你)?(?:家|学校|单位|学院|系里|院里|校|班|村|家里)?(?:的|哩|嘞)?` +
	`(?:\p{Han}{0,3}(?:老师|教师|同事|同学|学生|领导|书记|主任|校长|干事)|` +
	`侄子|侄女|外甥|外甥女|儿子|闺女|女儿|孩子|妮儿|妮|孙子|孙女|兄弟|弟弟|哥哥|姐姐|妹妹|表弟|表哥|表妹|表姐|媳妇|爱人|老婆|对象|亲戚|徒弟|朋友|邻居|老乡)`)

// reRoleVerbTail is the role's verb after the name: "拍哩", "剪的", "写嘞".
var reRoleVerbTail = regexp.MustCompile(`(?:给|帮忙|帮俺|帮我)?(?:拍|拍摄|剪|剪辑|写|撰写|导|编|弄|做|制作|策划|张罗|管)(?:哩|的|嘞|了|滴|呢)?$`)

// reSpeakerLead opens a remark about the speaker's relation: "俺", "我们".
var reSpeakerLead = regexp.MustCompile(`^(?:俺|我|俺们|我们|咱|咱们|是俺|是我|是我们|是俺们|是)`)

// relationRoleName is the name in a role answer that also says the person's
// relation or the role's verb; ok is false when s says no such thing.
func relationRoleName(s string) (string, bool) {
	c := strings.TrimSpace(s)
	if c == "" || isQuestion(c) || reRoleNot.MatchString(compact(c)) {
		return "", false
	}
	// "刘红霞 俺学校语文老师", "刘红霞，是我们学校的老师"
	if f := strings.FieldsFunc(c, func(r rune) bool { return strings.ContainsRune(" \t\u3000，,、。；;", r) }); len(f) == 2 {
		name, rest := f[0], f[1]
		if isRelationRemark(rest) && nameLike(name) {
			return name, true
		}
		if isRelationRemark(f[0]) && nameLike(stripVerb(f[1])) { // "俺侄子 田磊拍哩"
			return stripVerb(f[1]), true
		}
	}
	// "俺侄子田磊拍哩", "我同事王芳剪的"
	c = compact(c)
	if !reSpeakerLead.MatchString(c) {
		return "", false
	}
	loc := reRelation.FindStringIndex(c)
	if loc == nil || loc[0] != 0 {
		return "", false
	}
	name := stripVerb(c[loc[1]:])
	if name != c[loc[1]:] || nameLike(name) {
		if nameLike(name) {
			return name, true
		}
	}
	return "", false
}

// isRelationRemark reports whether s, whole, is a relation said by the
// speaker: "俺学校语文老师", "我侄子", "是我们学校的老师".
func isRelationRemark(s string) bool {
	s = strings.TrimRight(compact(s), "哩嘞的呀啊")
	if !reSpeakerLead.MatchString(s) {
		return false
	}
	s = strings.TrimPrefix(s, "是")
	loc := reRelation.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

func stripVerb(s string) string {
	return reRoleVerbTail.ReplaceAllString(s, "")
}

// nameLike is a 2–4 character personal name (never a title like 文老师).
func nameLike(s string) bool {
	return rePersonName.MatchString(s) && startsWithSurname(s) && plausiblePerson(s) && !strings.HasSuffix(s, "老师")
}

// uniqueNames drops a name said twice in one role: "常秀芝、常秀芝" → 常秀芝.
func uniqueNames(v string) string {
	if v == "" {
		return v
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range strings.Split(v, "、") {
		if k := strings.TrimSpace(n); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return strings.Join(out, "、")
}

// reStoredNameFix names a stored role value and the name meant instead:
// "啥文老师 是刘红霞", "文老师应该是刘红霞", "不是文老师，是刘红霞".
var reStoredNameFix = regexp.MustCompile(`^(?:啥|什么|咋|哪来的|哪个|不是)?(\p{Han}{2,4}?)(?:啊|呀)?[\s，,]*(?:是|应该是|就是|其实是|叫|改成|改为|写成|换成)(\p{Han}{2,4})(?:吧|啊|呀|嘞|哩)?$`)

// storedNameFix replaces a name stored in a role by the name the contact
// means, in the role that holds it (not the role being asked); ok is false
// when no stored role value is named.
func (t *turn) storedNameFix(e *contestbot.Entry, msg string, r *fillResult) bool {
	m := storedNameFixOf(e, msg)
	if m == nil {
		return false
	}
	fixed := false
	for _, role := range roles {
		p := creatorPtr(e, role)
		if p == nil || *p == "" {
			continue
		}
		names := strings.Split(*p, "、")
		hit := false
		for i, n := range names {
			if n == m[1] {
				names[i], hit = m[2], true
			}
		}
		if hit {
			*p = uniqueNames(strings.Join(names, "、"))
			r.add(role)
			fixed = true
		}
	}
	return fixed
}

// storedNameFixOf is the old and new name of a fix of a stored role value,
// or nil.
func storedNameFixOf(e *contestbot.Entry, msg string) []string {
	m := reStoredNameFix.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(msg), "。.!！~～"))
	if m == nil || m[1] == m[2] || !nameLike(m[2]) {
		return nil
	}
	for _, role := range roles {
		if p := creatorPtr(e, role); p != nil {
			for _, n := range strings.Split(*p, "、") {
				if n == m[1] {
					return m
				}
			}
		}
	}
	return nil
}

// roleSayings are the words a contact uses for each 主创 role.
var roleSayings = map[slot][]string{
	slotSupervisor: {"监制", "策划"},
	slotDirector:   {"编导", "导演"},
	slotWriter:     {"撰稿", "稿子", "文稿"},
	slotCamera:     {"摄影", "拍摄", "摄像"},
	slotEditor:     {"剪辑", "后期", "制作"},
}

// reSelfClaim is a clause that gives the role to the speaker: "导演是我",
// "我自己", "就是我", "编导俺".
var reSelfClaim = regexp.MustCompile(`^(?:就是|是|都是|也是|(\p{Han}{2})(?:就是|是|也是|都是)?)?(?:我|俺|本人)(?:自己|本人)?(?:呀|啊|吧|哈)?$`)

// selfRoleAnswer reads an answer at a role step that gives the role to the
// contact among remarks: "编导就是导演对吧，导演是我，常秀芝，我自己，这个片子从头到尾都是
// 我张罗的" is the contact, never a question about 个人作品. ok is false when
// no clause claims the pending role for the speaker, the contact is not
// known, or another person is named.
func selfRoleAnswer(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if e.Contact == "" || !nameLike(e.Contact) {
		return "", false
	}
	claimed := false
	for _, cl := range splitClauses(s) {
		c := strings.Trim(compact(cl), "，,。.！!？?")
		if m := reSelfClaim.FindStringSubmatch(c); m != nil {
			if strings.HasPrefix(c, "都是") {
				return "", false // s5-f4: "都是我" is every role left (sameForAll), not this one only
			}
			if m[1] != "" && !oneOf(m[1], roleSayings[pending]...) {
				return "", false // "监制是我" at the 编导 step: another role
			}
			claimed = true
			continue
		}
		if nameLike(c) && c != e.Contact {
			return "", false // another person named: read as usual
		}
		for r, words := range roleSayings {
			if r != pending && containsAny(c, words...) {
				return "", false // "撰稿我和刘晓燕": other roles, read as a list
			}
		}
		if containsAny(c, "和", "跟", "、") {
			return "", false // "我和马丽娜": more than the speaker
		}
	}
	if !claimed {
		return "", false
	}
	return e.Contact, true
}
