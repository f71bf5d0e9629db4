package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s7-k (rp81 p81a #6): a field asked and answered in one message,
// "片子叫啥 叫黄河岸边的老党员", "学校名是啥？是三门峡市中等专业学校", is the
// answer: the field's words with the value, not a question about the field.

// reSelfAnswered is a field's words, a question word, and the answer after
// its own copula.
var reSelfAnswered = regexp.MustCompile(`^(.{1,10}?)(叫|是)(?:啥|什么|个啥|哪个|哪位|谁)(?:名字?|来着|呢|啊)?[？?，,。.、 ]+(?:叫|是|就叫|就是)\s*(\S.*)$`)

// selfAnswered rewrites such a message as the labelled value ("片子叫：黄河
// 岸边的老党员"); any other message is returned as it is. The words before
// the question must be a field's label, and the answer no question.
func selfAnswered(s string) string {
	m := reSelfAnswered.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || isQuestion(m[3]) {
		return s
	}
	w := m[1] + m[2] + "：" + m[3]
	hits := findLabels(newText(w))
	if len(hits) == 0 || hits[0].start != 0 || !hits[0].colon && hits[0].end != len([]rune(m[1]+m[2])) {
		w = m[1] + "：" + m[3]
		hits = findLabels(newText(w))
		if len(hits) == 0 || hits[0].start != 0 {
			return s
		}
	}
	return w
}

// s7-k (rp81 p81a #24): a field said to have become the wrong value, with
// the right one after, "推荐单位咋成俺学校了 写全名 三门峡市中等专业学校", is a
// correction of that field, not a question about it.

// reBecameWrong is a field's words, "how did it become", the wrong value,
// and the rest of the message.
var reBecameWrong = regexp.MustCompile(`^(.{1,8}?)(?:咋|怎么|为啥|为什么|怎么又|咋又)(?:成了|成|变成了?|写成了?|记成了?|弄成了?|是)(.{1,30}?)(?:了|啦|呢|哩)?[？?！!，,。 ]+(.+)$`)

// reThisThat points at a value without saying it.
var reThisThat = regexp.MustCompile(`^(?:这|那)(?:样|个|些|么个|种)?(?:样子)?$`)

// reFixLead is what comes before the right value: "写全名", "应该是".
var reFixLead = regexp.MustCompile(`^(?:(?:要|得|应该|应)?(?:写|填)(?:全名|全称|名字|完整的?)[，,：: ]*|应该是|应该写|应该填|要写|写成|改成|改为|就是|是|写|填)+`)

// becameWrong rewrites such a message as the labelled right value ("推荐单位：
// 三门峡市中等专业学校"); any other message is returned as it is.
// A free text, a value pointed at ("咋成这了") or one its field's validator
// refuses is left to the complaint readers.
func becameWrong(e *contestbot.Entry, s string) string {
	m := reBecameWrong.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || reThisThat.MatchString(m[2]) {
		return s
	}
	f := exactLabel(m[1])
	v := strings.TrimSpace(reFixLead.ReplaceAllString(strings.TrimSpace(m[3]), ""))
	if f == "" || f.freeText() || v == "" || isQuestion(v) || v == strings.TrimSpace(m[2]) || implausible(e, f, v) != "" {
		return s
	}
	return f.label() + "：" + v
}

// s7-k (rp79 p79a): what someone else asked for, "领导说监制写张书记 张国栋"; the
// people who said it are no part of the value.
const reportedLead = `(?:领导|校长|书记|主任|部长|院长|老师|上面|他们|她们|他|她)(?:说|讲|让|要求|交代|安排)(?:了)?`

// reNotWritten drops a person from the forms: "不写我了", "不要写张书记",
// "别填他". Said beside the person meant instead, it carries nothing more.
var reNotWritten = regexp.MustCompile(`^(?:就|那就)?(?:不|别|不要|不用|甭|不能)(?:再)?(?:写|填|用|署)(?:成)?([\p{Han}·]{1,5}?)(?:的名字?)?(?:了|啦|吧)?$`)

// reNotFit refuses a value said for a role: "小陈不行", "王书记不合适".
var reNotFit = regexp.MustCompile(`^([\p{Han}·]{1,5}?)(?:不行|不对|不可以|不中|不合适)(?:啊|呀|吧)?$`)

// leadRoleWord is the role a clause opens with and the rest of the clause:
// "编导不能写小陈" → 编导, "不能写小陈"; no role and c itself otherwise.
func leadRoleWord(c string) (slot, string) {
	for _, d := range roleWordDefs {
		for _, w := range d.words {
			if rest, ok := strings.CutPrefix(c, w); ok && rest != "" {
				return d.role, rest
			}
		}
	}
	return "", c
}

// reNameLead is an instruction before the name meant: "写名字", "写全名".
var reNameLead = regexp.MustCompile(`^(?:(?:要|得|就)?(?:写|填)(?:名字|全名|真名|本名|大名)?(?:是|为|吧)?[：: ]*)?`)

// notWrittenInstead reads "写名字 张国栋 不要写张书记" at any step (rp79 p79a:
// it went to the 内容简介): a person dropped from the forms and a name said
// beside it. The roles (or the contact) holding the person dropped are
// rewritten as labelled values with the name instead; any other message is
// returned as it is.
func notWrittenInstead(e *contestbot.Entry, s string) string {
	var dropped, name string
	var role slot
	for _, cl := range splitClauses(s) {
		c := strings.Trim(compact(cl), "，,。；;！! ")
		if c == "" || isChatter(c) {
			continue
		}
		if dropped == "" {
			r, rest := leadRoleWord(c) // s12-m: "编导不能写小陈。。。写陈静" names the role
			if m := reNotWritten.FindStringSubmatch(rest); m != nil {
				dropped, role = m[1], r
				continue
			}
			if m := reNotFit.FindStringSubmatch(rest); m != nil && r != "" {
				dropped, role = m[1], r // s12-m: "编导小陈不行 写陈静"
				continue
			}
		}
		n := reNameLead.ReplaceAllString(c, "")
		if n == "" {
			continue // "写名字": the instruction alone
		}
		if isRealName(n) && name == "" {
			name = n
			continue
		}
		return s
	}
	if dropped == "" || name == "" || dropped == name {
		return s
	}
	if role != "" { // s12-m: the role named gets the name, in place of the one dropped or whole
		names := []string{name}
		if p := creatorPtr(e, role); p != nil && slices.Contains(strings.Split(*p, "、"), dropped) {
			names = strings.Split(*p, "、")
			names[slices.Index(names, dropped)] = name
		}
		return role.label() + "：" + strings.Join(names, "、")
	}
	var out []string
	for _, r := range roles {
		if p := creatorPtr(e, r); p != nil {
			if names := strings.Split(*p, "、"); slices.Contains(names, dropped) {
				names[slices.Index(names, dropped)] = name
				out = append(out, r.label()+"："+strings.Join(names, "、"))
			}
		}
	}
	if e.Contact == dropped {
		out = append(out, slot(contestbot.FieldContact).label()+"："+name)
	}
	if len(out) == 0 {
		return s
	}
	return strings.Join(out, "；")
}

// reTitledThenName is a surname with a title and the full name after it:
// "张书记 张国栋", "王校长，王振华".
var reTitledThenName = regexp.MustCompile(`(\p{Han}(?:副书记|书记|副校长|校长|副主任|主任|副部长|部长|副院长|院长|科长|处长|老师|同志))[ ，,、]+([\p{Han}·]{2,4})`)

// titledThenName keeps the full name of "张书记 张国栋" (rp79 p79a: the title
// was stored), when the full name has the title's surname; a clause that only
// drops someone else from the forms ("不写我了") goes with it.
func titledThenName(s string) string {
	m := reTitledThenName.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	titled, name := s[m[2]:m[3]], s[m[4]:m[5]]
	if !isRealName(name) || !strings.HasPrefix(name, surnameOf(titled)) || contestbot.RuneLen(s) > 40 {
		return s
	}
	// Only a person's field named before it: a 简介 keeps every word.
	named := false
	for _, h := range findLabels(newText(s[:m[0]])) {
		named = named || h.slot.isRole() || h.slot == slot(contestbot.FieldContact)
	}
	if !named {
		return s
	}
	out := s[:m[0]] + name + s[m[1]:]
	var keep []string
	for _, cl := range splitClauses(out) {
		if mm := reNotWritten.FindStringSubmatch(compact(cl)); mm != nil && mm[1] != name {
			continue
		}
		if cl = strings.Trim(cl, "，,。；; "); cl != "" {
			keep = append(keep, cl)
		}
	}
	return strings.Join(keep, "，")
}

// reLabelTalkColon is a free text's label, a few words about it and a colon:
// "摘要我们准备好了：…", "简介如下：…" (rp82: it was refused).
var reLabelTalkColon = regexp.MustCompile(`^(内容摘要|摘要|内容简介|简介)([^：:，,。！!？?\n]{1,12})[：:]\s*(\S[\s\S]*)$`)

// labelTalkColon rewrites such a message as the labelled text; the text is
// kept as typed.
func labelTalkColon(s string) string {
	m := reLabelTalkColon.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || contestbot.RuneLen(m[3]) < 8 || len(findLabels(newText(m[2]))) > 0 {
		return s
	}
	return m[1] + "：" + m[3]
}
