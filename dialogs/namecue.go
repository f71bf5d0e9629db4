package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// This file reads a name said the way people write it at a role or contact
// step: with an office before it and a title after it ("宣传部刘思齐同志" →
// 刘思齐), with a remark that it is the user ("赵明远，即本人", "赵明远 就是我",
// "联系人就是俺 张建国"), or as a pronoun for the person named just before
// ("就他一个人", "也是他"). A story, a question or a phone label ("办公电话…")
// is never read as a name.

var (
	// reCueSelfTail is a remark after the name that it is the user: "，即本人".
	reCueSelfTail = regexp.MustCompile(`[，,、\s]*(?:即|就是|也就是|便是|是|为)?(?:我本人|本人|我|俺)(?:本人)?(?:啊|呀|哈|吧|的)?$`)
	// reCueSelfLead is a remark before the name that it is the user:
	// "联系人就是俺 张建国", "就是我，张建国", "是本人 张建国", "我叫张建国".
	reCueSelfLead = regexp.MustCompile(`^(?:联系人|负责人|监制|策划|编导|导演|撰稿|摄影|剪辑|制作)?(?:即|就|也)?(?:由|是|为)?(?:我本人|本人|俺们|俺|我)(?:叫|名叫|是)?[，,:：\s]*`)
	// reCueDutyTail is a duty said after the name: "赵明远担任", "赵明远负责".
	reCueDutyTail = regexp.MustCompile(`(?:来)?(?:担任|负责)$`)
	// reCueHonorific is a title after a name: "刘思齐同志", "刘思齐老师".
	reCueHonorific = regexp.MustCompile(`(?:同志|老师|先生|女士|书记|主任|部长|校长|院长|科长|处长|干事)$`)
	// reCueOfficeEnd ends an office said before a name: "宣传部", "党委", "办公室".
	reCueOfficeEnd = regexp.MustCompile(`(?:部|委|处|室|办|科|院|系|校|中心|支部|总支|组)$`)
	// reCueHimAgain is a pronoun for the person named just before: "就他一个人",
	// "也是他", "还是她", "同一个人".
	reCueHimAgain = regexp.MustCompile(`^(?:就|也|还|都)?(?:是)?(?:他|她)(?:一个人|一人|本人|自己)?(?:吧|呀|啊|的)?$|^(?:就|也|还)?(?:是)?(?:同一个人|同一人|他一个|她一个)(?:吧|呀|啊)?$`)
	// reCuePhoneOnly is what is left of a phone said with its label alone:
	// "办公电话", "手机号是", "座机：".
	reCuePhoneOnly = regexp.MustCompile(`^(?:我的|我|俺|办公|单位|家庭|个人|联系|固定|办公室)?(?:电话|手机号?|座机|号码|联系方式)(?:号码|号)?(?:是|为)?[:：]?$`)
	// reCueLabelLeft is a phone label at the end with its number gone.
	reCueLabelLeft = regexp.MustCompile(`[，,\s]+(?:办公|单位|联系|固定)?(?:电话|手机号?|座机)(?:号码|号)?(?:是|为)?[:：]?$`)
	// reCueMany joins several people: "我和刘洋", "张三、李四".
	reCueMany = regexp.MustCompile(`和|与|跟|及|、|还有|以及`)
	// reCuePhoneLabel is a phone label: "办公电话", "手机", "座机".
	reCuePhoneLabel = regexp.MustCompile(`电话|手机|座机|号码|微信`)
)

// cuedName is the one name in s said with an office, a title or a remark
// that it is the user; self is true when s says the name is the user's.
// ok is false for a story, a question, a phone, or no such cue.
func cuedName(s string) (name string, self, ok bool) {
	// A phone label left behind once its number was taken: "张建国 手机".
	s = reCueLabelLeft.ReplaceAllString(strings.TrimSpace(s), "")
	c := strings.Trim(compact(s), "，,。.；;、 ")
	if c == "" || contestbot.RuneLen(c) > 24 || isQuestion(s) || reCuePhoneLabel.MatchString(c) || reRoleNot.MatchString(c) {
		return "", false, false
	}
	if _, _, phone := findPhone(s); phone {
		return "", false, false
	}
	// Keep a space as a separator for "联系人就是俺 张建国".
	w := strings.Trim(strings.Join(strings.Fields(contestbot.NormalizeWidth(s)), " "), "，,。.；;、 ")
	body := w
	if m := reCueSelfTail.FindStringIndex(body); m != nil && m[0] > 0 {
		body, self = strings.TrimSpace(body[:m[0]]), true
	} else if m := reCueSelfLead.FindStringIndex(body); m != nil && m[1] > 0 && m[1] < len(body) && reCueSelfLead.FindString(body) != "" && strings.ContainsAny(reCueSelfLead.FindString(body), "我俺本") {
		body, self = strings.TrimSpace(body[m[1]:]), true
	}
	if strings.HasPrefix(body, "、") {
		return "", false, false // "是我、刘洋": a list of two
	}
	body = strings.Trim(strings.ReplaceAll(body, " ", ""), "，,、:：")
	body = reCueDutyTail.ReplaceAllString(body, "")
	if reCueMany.MatchString(body) {
		return "", false, false // "撰稿是我和刘洋", "张三、李四"
	}
	if n, ok := officeTitledName(body); ok {
		return n, self, true
	}
	if self {
		if n, ok := namesOf(body); ok && n != "我" && contestbot.RuneLen(n) >= 2 && !strings.Contains(n, "、") && startsWithSurname(n) { // s5-f4: "都是我" names no 都
			return n, true, true
		}
	}
	return "", false, false
}

// officeTitledName is the name in "宣传部刘思齐同志", "刘思齐同志" or
// "党委办公室王强": an office before and/or a title after a 2–4 character
// name that starts with a surname. ok is false when there is neither.
func officeTitledName(s string) (string, bool) {
	cued := false
	if strings.ContainsAny(s, "，,、；;:：") {
		return "", false
	}
	if t := reCueHonorific.FindString(s); t != "" && utf8.RuneCountInString(s)-utf8.RuneCountInString(t) >= 2 {
		s, cued = strings.TrimSuffix(s, t), true
	}
	rs := []rune(s)
	// The name is the tail after the last office word, if any.
	for i := len(rs) - 2; i >= 2; i-- {
		tail := string(rs[i:])
		if !reCueOfficeEnd.MatchString(string(rs[:i])) || strings.ContainsAny(tail, "的之部委处室办科院系校组") {
			continue
		}
		if n := len(rs) - i; n >= 2 && n <= 4 && startsWithSurname(tail) {
			if p, ok := personOf(tail); ok && p == tail {
				return tail, true
			}
		}
	}
	if cued && len(rs) >= 2 && len(rs) <= 4 && startsWithSurname(s) && !strings.ContainsAny(s, "的之部委处室办科院系校组") {
		if p, ok := personOf(s); ok && p == s {
			return s, true
		}
	}
	return "", false
}

// himAgain is the person named just before pending when s is a pronoun for
// them ("就他一个人", "也是他"): the nearest role above that has a name, the
// last of its names. ok is false for anything else or when none is named.
func himAgain(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.isRole() || !reCueHimAgain.MatchString(strings.Trim(compact(s), "，,。.；;、 ")) {
		return "", false
	}
	at := -1
	for i, r := range roles {
		if r == pending {
			at = i
		}
	}
	for i := at - 1; i >= 0; i-- {
		v := *creatorPtr(e, roles[i])
		if v == "" || v == "无" {
			continue
		}
		names := reNameSplit.Split(v, -1)
		return names[len(names)-1], true
	}
	return "", false
}

// cuedRoleAnswer is the name s gives at a role step said with a cue (see
// cuedName, himAgain); ok is false when s has none.
func cuedRoleAnswer(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if !pending.isRole() {
		return "", false
	}
	if p, rest, ok := findPhone(s); ok && reCuePhoneOnly.MatchString(strings.Trim(compact(rest), "，,。.；;、 ")) {
		return "联系电话：" + p, true // "办公电话0371…": the phone only, no name
	}
	if mentionsRole(s) || startsWithRole(s) {
		return "", false // "监制是我们校长李建国" at another role: read with its label
	}
	if n, ok := himAgain(e, s, pending); ok {
		return n, true
	}
	if n, _, ok := cuedName(s); ok {
		return n, true
	}
	return "", false
}

// mentionsRole reports whether s names a 主创 role after its start, or two
// roles ("监制就是我们书记吧 孙志强 导演我 剪辑刘洋"): a list read as usual.
func mentionsRole(s string) bool {
	c := compact(s)
	seen := 0
	for _, d := range roleWordDefs {
		for _, w := range d.words {
			i := strings.Index(c, w)
			if i > 0 {
				return true
			}
			if i == 0 {
				seen++
				break
			}
		}
	}
	return seen > 1
}

// startsWithRole reports whether s opens with a 主创 role's word, as a
// label for the name after it ("监制是我们校长李建国").
func startsWithRole(s string) bool {
	c := compact(s)
	for _, d := range roleWordDefs {
		for _, w := range d.words {
			if strings.HasPrefix(c, w) {
				return true
			}
		}
	}
	return false
}

// reCueOnlyOne is a remark after a name that the role has no one else:
// "陈志刚 就他一个人", "陈志刚一个人".
var reCueOnlyOne = regexp.MustCompile(`[，,\s]*(?:就|只有|仅|也就)?(?:他|她)?(?:一个人|一个|一人)(?:吧|呀|啊|的)?$`)

// cuedRoleValue is the name in a value given for role s (labelled or not)
// said with a cue: "宣传部刘思齐同志", "赵明远，即本人", "陈志刚 就他一个人",
// or a pronoun for the person above ("也是他"). ok is false otherwise.
func cuedRoleValue(e *contestbot.Entry, v string, s slot) (string, bool) {
	if !s.isRole() || reCueMany.MatchString(v) {
		return "", false
	}
	if n, ok := himAgain(e, v, s); ok {
		return n, true
	}
	if m := reCueOnlyOne.FindStringIndex(v); m != nil && m[0] > 0 {
		head := strings.TrimSpace(v[:m[0]])
		if n, _, ok := cuedName(head); ok {
			return n, true
		}
		if n, ok := namesOf(compact(head)); ok && n == compact(head) && startsWithSurname(n) {
			return n, true
		}
	}
	if n, _, ok := cuedName(v); ok {
		return n, true
	}
	return "", false
}

// rePhoneLabelLeft is what a phone label leaves once its number and the
// word 电话 were read: "办公", "办公室", "单位座机".
var rePhoneLabelLeft = regexp.MustCompile(`^(?:办公|办公室|单位|家庭|家里|个人|固定|宅)(?:电话|座机|手机)?$`)

// phoneLabelLeft reports whether v is only the rest of a phone label
// ("办公电话0371…" → "办公"), never a name.
func phoneLabelLeft(v string) bool {
	return rePhoneLabelLeft.MatchString(strings.Trim(compact(v), "，,。.；;、 :："))
}

// reCueTitleNoName is an office and a title with no name: "宣传部的同志",
// "他是我们宣传部的干事", "组织部的老师".
var reCueTitleNoName = regexp.MustCompile(`^(?:他|她)?(?:就是|也是|是)?(?:我们|俺们|咱们|我校|学校|学院|俺|咱)?(?:的)?\p{Han}{0,8}?(?:部|委|处|室|办|科|院|系|校|中心|支部|总支)(?:的)(?:副)?(同志|老师|干事|书记|主任|部长|科长|处长|院长|校长|领导|同事)(?:吧|呀|啊)?$`)

// titleNoName is the title in s when s names an office and a title but no
// person ("宣传部的同志" → 同志); ok is false when a name is there.
func titleNoName(s string) (string, bool) {
	c := strings.Trim(compact(s), "，,。.；;、 ")
	m := reCueTitleNoName.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	if _, _, ok := cuedName(s); ok {
		return "", false
	}
	return m[1], true
}
