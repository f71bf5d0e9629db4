package dialogs

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s11-b (round 28, rp134 yanjiusheng_zhujiao): "编导：毛丽娟，去掉“歌词、旁白”"
// read "毛丽娟，去掉歌词、旁白" as the 编导's names and refused it ("“去掉歌词”不像
// 人名"), so the 编导 was lost. A removal after a role's names takes out
// what it names, and the names before it are the role's value; what it names
// but no role holds changes nothing, and the reply says so and shows the
// roles. Alone ("去掉“歌词、旁白”"), the removal takes the names out of the
// role that holds them, and changes nothing when none does.

// reRemovalTail is a removal clause after a role's names: "，去掉“歌词、旁白”",
// " 把王涛去掉", "，删了李四".
var reRemovalTail = regexp.MustCompile(`^(.*?)[，,；;\s]+(?:请|再|并|然后|另外)?(?:把)?` +
	`(?:(?:去掉|删掉|删去|删除|删了|去除|拿掉)[“"「『]?(.+?)[”"」』]?|[“"「『]?(.+?)[”"」』]?(?:去掉|删掉|删去|删除|删了|拿掉))(?:吧|了|哈)?[。.!！]*$`)

// removalTailOff splits a role value into the names before a removal
// clause and the names removed; ok is false when v has no such clause.
func removalTailOff(v string) (names string, gone []string, ok bool) {
	m := reRemovalTail.FindStringSubmatch(strings.TrimSpace(contestbot.NormalizeWidth(v)))
	if m == nil {
		return v, nil, false
	}
	what := m[2] + m[3]
	names = strings.TrimSpace(m[1])
	if names == "" || what == "" {
		return v, nil, false
	}
	for _, p := range reNameSep.Split(what, -1) {
		if p = strings.TrimSpace(p); p != "" {
			gone = append(gone, p)
		}
	}
	return names, gone, len(gone) > 0
}

// heldBy is the roles of e that hold the name n.
func heldBy(e *contestbot.Entry, n string) []slot {
	var out []slot
	for _, r := range roles {
		if p := creatorPtr(e, r); p != nil && slices.Contains(strings.Split(*p, "、"), n) {
			out = append(out, r)
		}
	}
	return out
}

// notStoredNote is the reply's line for a removal of names no role holds:
// what is stored instead. It is empty when every name is held.
func (t *turn) notStoredNote(e *contestbot.Entry, gone []string) string {
	var missing []string
	for _, n := range gone {
		if len(heldBy(e, n)) == 0 {
			missing = append(missing, n)
		}
	}
	if len(missing) == 0 {
		return ""
	}
	return fmt.Sprintf("主创人员里没有“%s”，不用去掉。", strings.Join(missing, "、"))
}

// reDropUnnamed is a removal clause that names no role: "去掉“歌词、旁白”",
// "把王涛去掉吧".
var reDropUnnamed = regexp.MustCompile(`^(?:我是说|请|帮我|再)?(?:把)?(?:(?:去掉|删掉|删去|删除|去除|拿掉)[“"「『]?(.+?)[”"」』]?|[“"「『]?(.+?)[”"」』]?(?:去掉|删掉|删去|删除|删了|拿掉))(?:吧|了|哈)?$`)

// dropUnnamed applies a removal clause c that names no role: the names it
// gives come out of the roles that hold them. ok is false when c is no such
// clause, or when what it names is not people (a text's words are
// removetext.go's). Names no role holds change nothing and are said.
func (t *turn) dropUnnamed(e *contestbot.Entry, c string, r *fillResult) bool {
	m := reDropUnnamed.FindStringSubmatch(c)
	if m == nil {
		return false
	}
	var gone []string
	for _, p := range reNameSep.Split(m[1]+m[2], -1) {
		if p = strings.TrimSpace(p); p != "" {
			gone = append(gone, p)
		}
	}
	if len(gone) == 0 {
		return false
	}
	held := false
	for _, n := range gone {
		if !(reWrittenWorkWhole.MatchString(n) || isPerson(n) && plausiblePerson(n)) {
			return false // "去掉冒号", "去掉这句话": not people
		}
		for _, f := range []slot{slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary), slot(contestbot.FieldTitle)} {
			if p := textPtr(e, f); p != nil && strings.Contains(*p, n) {
				return false // the words of a text: removetext.go
			}
		}
		if len(heldBy(e, n)) > 0 {
			held = true
		}
	}
	if !held {
		r.errs = append(r.errs, t.notStoredNote(e, gone)+"现在的"+strings.TrimSpace(creatorsLine(e, t.st.roleDone)))
		return true
	}
	for _, n := range gone {
		for _, role := range heldBy(e, n) {
			p := creatorPtr(e, role)
			*p = strings.Join(slices.DeleteFunc(strings.Split(*p, "、"), func(x string) bool { return x == n }), "、")
			t.st.markRole(role)
			r.add(role)
		}
	}
	return true
}

// s11-b (round 28, rp135 gaikou_laoshi): "摄影把王涛去掉吧 他就帮着扛了下设备
// 只留韩磊" at the 简介 step was stored as the 简介. A change of a role said
// with 把 and spaces for commas is a role edit: the names before the verb
// come out, a remark after it is talk, and "只留X" says what stays. At a
// free-text step a message that opens with such an edit is the edit, as a
// question there is a question (the text steps refuse both).

// reRoleDropSpoken is "<role>(里)把X去掉(吧) <remark> (只留Y)".
var reRoleDropSpoken = regexp.MustCompile(`^(?:请|帮我)?(?:把)?` + roleWords +
	`(?:里|中|那里|那儿|这里|一栏|这一栏|里面)?(?:的)?(?:把|将)(\p{Han}{2,4}(?:[、和跟]\p{Han}{2,4})*)(?:去掉|删掉|删了|删除|去除|拿掉)(?:吧|了|哈|啊)*` +
	`(?:[\s，,。；;!！]+(.*))?$`)

// reKeepOnly is "只留Y": the names that stay in the role.
var reKeepOnly = regexp.MustCompile(`(?:只留|只剩|就留|只保留|保留|留下)(?:下)?[:：\s]*(\p{Han}{2,4}(?:[、和跟]\p{Han}{2,4})*)(?:一个人|一个|吧|了|就行|就可以)*[。.!！]*$`)

// roleDropSpoken applies such an edit when s is one; ok is false otherwise.
// A name not in the role, or a kept name that is not what remains, changes
// nothing and is said.
func (t *turn) roleDropSpoken(e *contestbot.Entry, s string, r *fillResult) bool {
	m := reRoleDropSpoken.FindStringSubmatch(strings.TrimSpace(contestbot.NormalizeWidth(s)))
	if m == nil {
		return false
	}
	role := roleOf(m[1])
	if role == "" {
		return false
	}
	p := creatorPtr(e, role)
	cur := strings.Split(*p, "、")
	if *p == "" {
		cur = nil
	}
	for _, n := range strings.Split(contestbot.JoinNames(m[2]), "、") {
		i := slices.Index(cur, n)
		if i < 0 {
			r.errs = append(r.errs, fmt.Sprintf("%s里没有%s（现在是：%s）。", roleLabels[role], n, orDefault(*p, "无")))
			return true
		}
		cur = slices.Delete(cur, i, i+1)
	}
	if k := reKeepOnly.FindStringSubmatch(m[3]); k != nil {
		keep := strings.Split(contestbot.JoinNames(k[1]), "、")
		if !slices.Equal(keep, cur) {
			if !allPeople(strings.Join(keep, "、")) {
				return false
			}
			cur = keep // "只留韩磊" is what the role is
		}
	}
	*p = strings.Join(cur, "、")
	t.st.markRole(role)
	r.add(role)
	return true
}
