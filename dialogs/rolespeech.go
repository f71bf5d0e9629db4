package dialogs

import (
	"regexp"
	"strings"
)

// This file reads the spoken shapes of a 主创 list said in one breath, in
// dialect and without punctuation ("那就是俺们李卫东书记 他策划哩 导演跟写稿子都是俺
// 拍哩是赵磊跟孙浩俩年轻老师 剪辑是赵磊一个人弄哩"): Henan 哩 for 的, a verb
// before the names ("拍的是赵磊"), and a name said first whose role a "他…的"
// clause gives next. creators.go creatorsSentence uses them.

// roleDialect writes Henan 哩/嘞/咧 as 的 in a 主创 sentence: "拍哩是" →
// "拍的是", "一起写嘞" → "一起写的" (s5-g4: 嘞, 咧).
func roleDialect(s string) string {
	return reRoleDialect.Replace(s)
}

var reRoleDialect = strings.NewReplacer("哩", "的", "嘞", "的", "咧", "的")

// verbFirstRoles are role verbs said before the names: "拍的是赵磊".
var verbFirstRoles = []struct {
	re   *regexp.Regexp
	role string
}{
	{regexp.MustCompile(`^(?:负责)?(?:拍摄|拍|摄像)(?:的|了)?(?:是|都是|由)`), "摄影是"},
	{regexp.MustCompile(`^(?:负责)?(?:剪辑|剪|剪接)(?:的|了)?(?:是|都是|由)`), "剪辑是"},
	{regexp.MustCompile(`^(?:负责)?(?:写稿子|写稿|写|撰写)(?:的|了)?(?:是|都是|由)`), "撰稿是"},
	{regexp.MustCompile(`^(?:负责)?(?:导|执导)(?:的|了)?(?:是|都是|由)`), "编导是"},
}

// objectFirstRoles are roles said by their work, then who did it (s6-g,
// rp61 p61b): "稿子我自己写的" → "撰稿是我", "镜头都是赵磊拍的" → "摄影是赵磊";
// and a role nobody had said as "没有摄影" → "摄影无".
var objectFirstRoles = []struct {
	re   *regexp.Regexp
	role string
}{
	{regexp.MustCompile(`^(?:稿子|稿件|文稿|脚本|解说词|文案|台词|稿)(?:是|都是|也是|由)?(\p{Han}{1,4}?)(?:自己|亲自|一个人)?(?:写|撰写|执笔)(?:的|了)?$`), "撰稿是"},
	{regexp.MustCompile(`^(?:镜头|画面|素材)(?:是|都是|也是|由)?(\p{Han}{1,4}?)(?:自己|亲自|一个人)?(?:拍|拍摄)(?:的|了)?$`), "摄影是"},
	{regexp.MustCompile(`^(?:没有|没|无|不需要|用不着)(摄影|摄像|监制|策划|撰稿|编导|导演|剪辑)(?:人员|的人)?$`), "none"},
}

// verbFirstRole rewrites a clause that puts the verb first ("拍的是赵磊跟孙浩")
// with the role's word ("摄影是赵磊跟孙浩"); other clauses are unchanged.
func verbFirstRole(c string) string {
	if r, ok := objectFirstRole(c); ok { // s6-g
		return r
	}
	for _, v := range verbFirstRoles {
		if loc := v.re.FindStringIndex(c); loc != nil && loc[1] < len(c) {
			return v.role + c[loc[1]:]
		}
	}
	return c
}

// rePronounRole is a clause giving the role of the person just named:
// "他策划的", "她也是写稿的", "他负责拍".
var rePronounRole = regexp.MustCompile(`^(?:他|她)(?:也)?(?:是)?(?:负责)?(策划|监制|导|执导|导演|编导|写稿子|写稿|写|撰稿|撰写|拍摄|拍|摄像|摄影|剪辑|剪)(?:的|了)?$`)

// pronounRole is the role a "他…的" clause gives; ok false for any other.
func pronounRole(c string) (slot, bool) {
	m := rePronounRole.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	switch m[1] {
	case "策划", "监制":
		return slotSupervisor, true
	case "导", "执导", "导演", "编导":
		return slotDirector, true
	case "写稿子", "写稿", "写", "撰稿", "撰写":
		return slotWriter, true
	case "拍摄", "拍", "摄像", "摄影":
		return slotCamera, true
	}
	return slotEditor, true
}

// reBareNameLead is talk before a name said alone: "那就是", "就是".
var reBareNameLead = regexp.MustCompile(`^(?:那就是|那就写|就是|那是|是|那)`)

// bareNameClause is the person a clause names with no role ("那就是俺们李卫东
// 书记" → 李卫东); ok is false for anything else.
func bareNameClause(c string) (string, bool) {
	w := reBareNameLead.ReplaceAllString(c, "")
	if w == "" || w == c && !strings.HasPrefix(w, "我们") && !strings.HasPrefix(w, "俺们") && !strings.HasPrefix(w, "咱们") {
		return "", false
	}
	for _, p := range []string{"我们", "俺们", "咱们"} {
		w = strings.TrimPrefix(w, p)
	}
	n, ok := personValue(w, "")
	if !ok || strings.Contains(n, "的") || reOfficeWords.MatchString(n) || !rePersonName.MatchString(n) || !startsWithSurname(n) || len([]rune(n)) > 4 {
		return "", false
	}
	return n, true
}

// objectRoles rewrites the clauses of s that give a role by its work or
// say nobody had it ("稿子我自己写的" → "撰稿是我", "没有摄影" → "摄影无") at a
// 主创 step, so the list reads with the labelled clauses beside them (s6-g).
func objectRoles(s string, pending slot) string {
	if !pending.isRole() && pending != slotCreators || pending.freeText() {
		return s
	}
	cls := splitClauses(s)
	changed := false
	for i, cl := range cls {
		c := strings.Trim(compact(cl), "，,。；;、 ")
		if r, ok := objectFirstRole(c); ok {
			cls[i] = r + strings.TrimLeft(cl, strings.TrimRight(cl, "，,。；;、 "))
			changed = true
		}
	}
	if !changed {
		return s
	}
	return joinSpoken(cls) // s7-d: the spaces between clauses are kept
}

// joinSpoken joins clauses cut by splitClauses, with a space where the cut
// was a space (no punctuation ends the clause): "稿子是我写的 拍是我跟李想…"
// keeps its clauses for the readers after (s7-d roleprose.go).
func joinSpoken(cls []string) string {
	var b strings.Builder
	for i, cl := range cls {
		if i > 0 && !strings.ContainsAny(string([]rune(cls[i-1])[len([]rune(cls[i-1]))-1:]), "，,。；;！!？?\n\t、：:") {
			b.WriteString(" ")
		}
		b.WriteString(cl)
	}
	return b.String()
}

// objectFirstRole rewrites a clause that gives a role by its work
// ("稿子我自己写的" → "撰稿是我") or says nobody had it ("没有摄影" →
// "摄影无"); a pronoun (稿子也是他写的) is left to pronounRole.
func objectFirstRole(c string) (string, bool) {
	for _, v := range objectFirstRoles {
		m := v.re.FindStringSubmatch(c)
		if m == nil || oneOf(strings.TrimPrefix(m[1], "也是"), "他", "她", "他们", "她们") {
			continue
		}
		if v.role == "none" {
			return m[1] + "无", true
		}
		return v.role + m[1], true
	}
	return c, false
}
