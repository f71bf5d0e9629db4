package dialogs

import (
	"regexp"
	"strings"
)

// s9-b (round 22, rp106 p106a): "李红 稿也是她写的" at the 编导 step filled
// only the 编导; "稿子也是她写的" worked. A role said by one character of its
// work, with 也/都/还 (稿→撰稿, 剪→剪辑, 拍→摄影, 导→编导), is written with the
// role's word before the pronoun and name readers run, so one name gets
// every role the message gives it.

// reShortRole is a clause giving a role by one character of its work:
// "稿也是她写的", "剪也是他", "拍都是张三拍的", "导还是她".
var reShortRole = regexp.MustCompile(`^(稿|剪|拍|导)(也|都|还)(?:是|由)?(\p{Han}{1,4}?)(?:自己|一个人)?(?:写|剪|拍|导|弄|做)?(?:的|了|哈|啊|呀)*$`)

// shortRoleWords are the roles' words for reShortRole's first group.
var shortRoleWords = map[string]string{"稿": "撰稿", "剪": "剪辑", "拍": "摄影", "导": "编导"}

// shortRoles rewrites the clauses of s that give a role by one character
// ("稿也是她写的" → "撰稿也是她"); s unchanged when none does.
func shortRoles(s string) string {
	cls := splitClauses(s)
	named := "" // "李红 稿也是她写的": 她 is 李红, the last name said alone
	if ns := namedClauses(cls); len(ns) > 0 {
		named = ns[len(ns)-1]
	}
	for _, cl := range cls {
		c := strings.Trim(cl, "，,。；;、 ")
		m := reShortRole.FindStringSubmatch(compact(c))
		if m == nil {
			continue
		}
		who := m[3]
		if (who == "他" || who == "她") && named != "" {
			who = named
		}
		s = strings.Replace(s, c, shortRoleWords[m[1]]+m[2]+"是"+who, 1)
	}
	return s
}
