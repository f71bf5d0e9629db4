package dialogs

import (
	"regexp"
	"strings"
)

// s10-a: the 主创 told as sentences about who did what (round 25). The role
// prose reader (roleprose.go) reads the sentences; this file holds what it
// and the plain answer to a role step share:
//   - a count said after the people is no part of a name: "刘洋一个人弄的",
//     "刘洋跟赵亮两个人", "赵鹏孙浩两个", "他们俩";
//   - a sentence-final particle after a name is no part of it: "陈思雨了"
//     (answering "编导是谁？"), "李娜吧", "王芳呀";
//   - 他/她/他们 in a role clause stands for the people of the clause before
//     ("摄影是刘洋，剪辑也是他");
//   - a clause that names a person and then the work done ("是我拍的",
//     "刘洋剪的") names the role by its verb.

// peopleCountWords is a count said after people, for a regexp: "一个人",
// "两个", "俩", "三个人", "他们俩", "两位", "几位".
const peopleCountWords = `(?:他们|她们|他|她)?(?:[一二两三四五六几](?:个人|个|位|人|名)|俩人|仨人|俩|仨)(?:同学|老师|学生)?`

var (
	// reCountTail is a count, and the work or a particle after it, at the
	// end of an answer: "赵鹏孙浩两个", "刘洋一个人弄的", "他们俩".
	reCountTail = regexp.MustCompile(`[\s，,]*` + peopleCountWords + `(?:拍|写|剪|做|弄|搞|负责|完成)?(?:的|了)?(?:吧|哈|呀|啊|啦)?$`)
	// reNameParticle is a sentence-final particle after a name: "陈思雨了",
	// "李娜吧", "王芳哈", "赵亮呀", "孙浩啦", also doubled ("了哈").
	reNameParticle = regexp.MustCompile(`[\s，,。！!~～]*(?:了|啦|吧|哈|呀|啊|哦|喽|嘛)+[。！!~～]*$`)
	// rePronounPeople is a pronoun for people said before: "他", "她们",
	// "他们俩", "他俩".
	rePronounPeople = regexp.MustCompile(`^(?:也是|都是|还是|就是|是)?(他|她)(们)?(?:俩|两个|两个人|两人|俩人)?(?:一个人|自己)?$`)
	// reDoerVerb is a person, then the work done: "是我拍的", "刘洋剪的",
	// "我和王佳琪一起写的".
	reDoerVerb = regexp.MustCompile(`^(?:也|都|还|就)?(?:是|由)?(\p{Han}{1,9}?)(?:一起|一块儿|一块|共同|自己|亲自|` + peopleCountWords + `)?(?:拍|剪|写|导)(?:的|了)+$`)
	// reVerbEnd is what may follow a role verb said last: "拍的".
	reVerbEnd = regexp.MustCompile(`^(?:的|了)+$`)
)

// pronounPeople reports the people p stands for when it is a pronoun: 他/她
// for the one person of prev, 他们/她们/他俩 for two or more. prev holding
// 我, 无 or nobody stands for nobody.
func pronounPeople(p string, prev []string) ([]string, bool) {
	m := rePronounPeople.FindStringSubmatch(p)
	if m == nil || len(prev) == 0 {
		return nil, false
	}
	for _, n := range prev {
		if n == "我" || n == "无" || !isRealName(n) {
			return nil, false
		}
	}
	plural := m[2] != "" || strings.Contains(p, "俩") || strings.Contains(p, "两")
	if plural != (len(prev) > 1) {
		return nil, false
	}
	return append([]string(nil), prev...), true
}

// doerVerbClause reports whether clause c is a person (or people) and then
// the work done, every person a name, a self word or a pronoun: "是我拍的",
// "我和王佳琪一起写的", "刘洋剪的". "实景拍的", "我们学校拍的" are not.
func doerVerbClause(c string) bool {
	m := reDoerVerb.FindStringSubmatch(c)
	if m == nil {
		return false
	}
	for _, p := range reProseNameSplit.Split(m[1], -1) {
		if p == "" {
			continue
		}
		if !(reProseSelf.MatchString(p) || rePronounPeople.MatchString(p) || isRealName(p)) {
			return false
		}
	}
	return true
}

// nameTailOff takes a sentence-final particle and a count after the names of
// a role answer off ("陈思雨了" → 陈思雨, "赵鹏孙浩两个" → 赵鹏孙浩), when
// what is left holds only names; s is returned unchanged otherwise. A
// question ("陈思雨吧？") keeps its particle: only a statement is read.
func nameTailOff(s string) string {
	t := strings.TrimSpace(s)
	if t == "" || strings.ContainsAny(t, "?？") {
		return s
	}
	w := t
	for range 2 {
		w = strings.TrimSpace(reNameParticle.ReplaceAllString(w, ""))
		w = strings.TrimSpace(reCountTail.ReplaceAllString(w, ""))
	}
	if w == t || w == "" {
		return s
	}
	if !plainNames(w) {
		return s
	}
	var out []string
	for _, p := range reProseNameSplit.Split(strings.ReplaceAll(w, " ", "、"), -1) {
		if p == "" {
			continue
		}
		if cut, ok := runTogetherNames(p); ok && !isRealName(p) {
			out = append(out, cut...) // "赵鹏孙浩两个" → 赵鹏、孙浩
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "、")
}

// plainNames reports whether s is one or more names joined by 、/和/跟/spaces,
// or names run together that the surname table cuts ("赵鹏孙浩").
func plainNames(s string) bool {
	parts := reProseNameSplit.Split(strings.ReplaceAll(s, " ", "、"), -1)
	n := 0
	for _, p := range parts {
		if p == "" {
			continue
		}
		n++
		if isRealName(p) {
			continue
		}
		if _, ok := runTogetherNames(p); ok {
			continue
		}
		return false
	}
	return n > 0
}

// rolesOnlyJoined joins a clause that holds only role words to the clause
// after it, as voice input splits "摄影 剪辑 都是刘洋一个人弄的"; the other
// clauses are kept as they are.
func rolesOnlyJoined(cls []string) []string {
	var out []string
	carry := ""
	for _, cl := range cls {
		c := strings.Trim(compact(cl), "，,。；;、 ")
		if onlyRoleWords(c) {
			carry += c
			continue
		}
		if carry != "" {
			cl = carry + strings.TrimSpace(cl)
			carry = ""
		}
		out = append(out, cl)
	}
	if carry != "" {
		out = append(out, carry)
	}
	return out
}

// onlyRoleWords reports whether c is role words and nothing else ("摄影",
// "剪辑", "摄影剪辑", "导演跟撰稿").
func onlyRoleWords(c string) bool {
	if c == "" {
		return false
	}
	for i := 0; i < len(c); {
		matched := false
		for _, w := range proseRoleWords {
			if !w.verb && strings.HasPrefix(c[i:], w.w) {
				i += len(w.w)
				matched = true
				break
			}
		}
		if !matched {
			for _, j := range []string{"和", "跟", "与", "、", "及"} {
				if i > 0 && strings.HasPrefix(c[i:], j) {
					i += len(j)
					matched = true
					break
				}
			}
		}
		if !matched {
			return false
		}
	}
	return true
}
