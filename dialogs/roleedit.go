package dialogs

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// Edits of one 主创 role that keep the rest of its names: "摄影加一个王五",
// "编导再加上李娜、王芳", "撰稿去掉", "摄影里删掉王五", "去掉剪辑". Replacing a
// role ("编导改成李娜") is an ordinary labelled value.
const roleWords = `(监制\(策划\)|监制|策划|出品人|编导\(导演\)|编导|导演|撰稿|编剧|文案|脚本|摄影|摄像|剪辑\(制作\)|剪辑|后期制作|后期)`

var (
	reRoleAdd = regexp.MustCompile(`^` + roleEditLead + `(?:请|帮我)?(?:把|给|在)?` + roleWords +
		`(?:里|中|那里|那儿|那边|那块|那栏|那|这里|这儿|这边|一栏|这一项|这栏|这一栏|人员)?(?:面)?(?:再|还|也|另外)?(?:要)?(?:加上|加一个|加个|加|增加一个|增加|添加一个|添加|补上|补充|补一个|多一个|多加一个|还有|再有)(?:一个人|一位|一个|个)?[：:\s]*(.+)$`)
	reRoleDrop = regexp.MustCompile(`^(?:请|帮我)?(?:把)?` + roleWords +
		`(?:里|中|一栏|这一项|这栏|这一栏|人员)?(?:面)?(?:的)?(.*?)(?:去掉|删掉|删除|删了|去除|拿掉|不要了|清空|空着|不填了|不填|也没有|没有)(?:吧|了)?$`)
	reDropRole      = regexp.MustCompile(`^(?:请|帮我)?(?:去掉|删掉|删除|删了|去除|拿掉|清空)` + roleWords + `(?:里|中|一栏|这一项|这栏)?(?:面)?(?:的)?(.*)$`)
	reRoleDropNames = regexp.MustCompile(`^(?:请|帮我)?(?:把|在|从)?` + roleWords + `(?:里|中|一栏|这一项|这栏|这一栏|人员)?(?:面)?(?:的)?(?:去掉|删掉|删除|删了|去除|拿掉|减去|减掉)(.+)$`)
	reClauses       = regexp.MustCompile(`[，,；;。\n]+`)
)

// s6-a (round 12, rp54): the second of two changes in one message opens
// with a connective and points at the role with 那 ("…，还有剪辑那加上李帅
// 他也剪了一部分"); the connective and the reason after the names are no
// part of the edit.
const roleEditLead = `(?:还有|另外|然后|再就是|再有|对了|还)?[，,\s]*`

// reNamesReason is a reason said after the names added to a role, opening
// with a pronoun or 也/都: " 他也剪了一部分", "，她俩也拍了".
var reNamesReason = regexp.MustCompile(`[\s，,]+(?:他|她|他们|她们|他俩|她俩|俩人|这人|这位|那位|也|都)\p{Han}*[。.!！~～]*$`)

func roleOf(word string) slot {
	w := strings.ToLower(word)
	for _, d := range labelDefs {
		if d.word == w && d.slot.isRole() {
			return d.slot
		}
	}
	return ""
}

// roleEdits applies the role edits among the clauses of msg to e and
// returns the clauses left for the ordinary reading.
func (t *turn) roleEdits(e *contestbot.Entry, msg string, r *fillResult) string {
	if !strings.ContainsAny(msg, "加删去掉清空补还多除拿没空填") {
		return msg
	}
	// The clauses left keep their own punctuation: a 简介 in the same
	// message is stored as typed.
	var rest strings.Builder
	edited, last := false, false
	start := 0
	seps := append(reClauses.FindAllStringIndex(msg, -1), []int{len(msg), len(msg)})
	for _, sep := range seps {
		c := msg[start:sep[0]]
		piece := msg[start:sep[1]]
		start = sep[1]
		w := strings.TrimSpace(contestbot.NormalizeWidth(c))
		w = strings.TrimRight(w, "!！~～")
		if w == "" {
			continue
		}
		if t.roleEdit(e, w, r) || t.dropUnnamed(e, w, r) { // s11-b roledrop.go: "去掉“歌词、旁白”"
			edited, last = true, true
			continue
		}
		if last && reNoneAgain.MatchString(w) {
			continue // s10-e: "摄影我刚才说了没有，填“无”即可": the same none, said again
		}
		last = false
		rest.WriteString(piece)
	}
	if !edited {
		return msg
	}
	return strings.TrimSpace(rest.String())
}

// reSaidEarlier is a remark that the value was given already, said between
// a role and its none word: "摄影我刚才说了没有", "摄影前面说过了没有".
var reSaidEarlier = regexp.MustCompile(`^(?:我|俺|我们|俺们)?(?:刚才|刚刚|前面|上面|之前|早就|早)?(?:都|也|已经|就)?(?:说|讲|提|写|回答)(?:了|过)(?:了)?(?:呀|啊|嘛|的)?$`)

// reNoneAgain is "write 无" said after a role was emptied: "填“无”即可",
// "写无就行".
var reNoneAgain = regexp.MustCompile(`^(?:就|直接)?(?:填|写|记)(?:成|为|上)?[“"「『]?(?:无|没有)[”"」』]?(?:即可|就行|就好|就可以了?|吧|哈)?[。.]*$`)

// roleEdit applies one clause when it edits a role, and reports whether it
// did (an invalid name is explained in r.errs and counts as handled).
func (t *turn) roleEdit(e *contestbot.Entry, c string, r *fillResult) bool {
	var role slot
	var names string
	add := false
	switch {
	case reRoleAdd.MatchString(c):
		m := reRoleAdd.FindStringSubmatch(c)
		role, names, add = roleOf(m[1]), m[2], true
	case reDropRole.MatchString(c):
		m := reDropRole.FindStringSubmatch(c)
		role, names = roleOf(m[1]), m[2]
	case reRoleDropNames.MatchString(c):
		m := reRoleDropNames.FindStringSubmatch(c)
		role, names = roleOf(m[1]), m[2]
	case reRoleDrop.MatchString(c):
		m := reRoleDrop.FindStringSubmatch(c)
		role, names = roleOf(m[1]), m[2]
	default:
		return false
	}
	if role == "" {
		return false
	}
	if add {
		names = reNamesReason.ReplaceAllString(names, "") // s6-a: "加上李帅 他也剪了一部分"
	}
	names = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(names), "的"))
	if reSaidEarlier.MatchString(names) {
		names = "" // s10-e: "摄影我刚才说了没有" empties the role; "我刚才说了" is no name
	}
	list := contestbot.JoinNames(reParen.ReplaceAllString(names, ""))
	if names != "" && (!fitsNames(names) || notAName(names) || list == "") {
		if add {
			r.errs = append(r.errs, fmt.Sprintf("%s请写人名，几个人用顿号隔开，例如：%s加一个王五", roleLabels[role], roleLabels[role]))
			return true
		}
		return false // "摄影没有问题": not an edit
	}
	p := creatorPtr(e, role)
	var cur []string
	if *p != "" {
		cur = strings.Split(*p, "、")
	}
	switch {
	case add:
		if list == "" {
			return false
		}
		for _, n := range strings.Split(list, "、") {
			if !slices.Contains(cur, n) {
				cur = append(cur, n)
			}
		}
	case list == "":
		cur = nil
	default:
		for _, n := range strings.Split(list, "、") {
			i := slices.Index(cur, n)
			if i < 0 {
				r.errs = append(r.errs, fmt.Sprintf("%s里没有%s（现在是：%s）。", roleLabels[role], n, orDefault(*p, "无")))
				return true
			}
			cur = slices.Delete(cur, i, i+1)
		}
	}
	*p = strings.Join(cur, "、")
	t.st.markRole(role)
	r.add(role)
	if len(t.st.Roles) == len(roles) {
		e.CreatorsDone = true
	}
	return true
}
