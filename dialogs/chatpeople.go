package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s9-i (round 24, rp115 p115b, rp117 p117b): people said in chatter at the
// 主创 steps. Before s9-b's shortRoles and the role readers run, a message is
// put in their terms:
//   - a dialect particle after a work verb or a person is the plain form:
//     "也是俺写哩" → "也是俺写的", "剪也是他嘞" → "剪也是他";
//   - a clause giving a role by its verb beside other clauses is the role's
//     word: "孙磊 小孙拍的 剪也是他" → "孙磊 摄影是孙磊 剪也是他", with 小孙/老孙
//     the one person of that surname in the message or the draft;
//   - nouns of the work joined to a role word are the role: "导演跟稿子都是X"
//     → "导演跟撰稿都是X", "稿子和导演都是她" → "撰稿和导演都是她";
//   - 还有 between two full names joins them: "姚佳琪还有孙浩然" → "姚佳琪、孙浩然".

// reDialectAfterVerb is a particle closing a work verb: "写哩", "拍嘞", "剪咧".
// Only at a clause end: "拍哩是赵磊", "一个人弄哩" are the readers' own.
var reDialectAfterVerb = regexp.MustCompile(`(写|拍|剪|导)(?:哩|嘞|咧)([\s，,。；;！!？?]|$)`)

// reDialectAfterPerson is a particle after a pronoun at a clause end: "是他嘞".
var reDialectAfterPerson = regexp.MustCompile(`(他|她|俺|我|咱)(?:哩|嘞|咧)([\s，,。；;！!？?]|$)`)

// reVerbClause is a clause naming a role by its verb only: "小孙拍的",
// "孙磊拍的", "也是俺写的", "都是老孙剪的".
var reVerbClause = regexp.MustCompile(`^(?:也|都|还|就)?(?:是|由)?(\p{Han}{1,4}?)(?:自己|一个人)?(写|拍|剪|导)(?:的|了)+$`)

// verbRoleWords are the roles' words for reVerbClause's verb.
var verbRoleWords = map[string]string{"写": "撰稿", "拍": "摄影", "剪": "剪辑", "导": "编导"}

// reFamiliarSurname is a familiar form of a surname: "小孙", "老孙".
var reFamiliarSurname = regexp.MustCompile(`^(?:小|老)(\p{Han})$`)

// reRoleWorkNoun is a noun of the work used as its role: joined to a role word,
// ("稿子也是他写的" alone is the readers' own, as is "写稿子都是俺").
var reRoleWorkNoun = regexp.MustCompile(`(监制|策划|编导|导演|撰稿|摄影|摄像|剪辑|跟|和|与|、)(稿子|稿件|文稿|镜头)|(?:^|[\s，,。；;])(稿子|稿件|文稿|镜头)((?:跟|和|与|、)(?:监制|策划|编导|导演|撰稿|摄影|摄像|剪辑|导))`)

// workNounRoles are the roles of reRoleWorkNoun's nouns.
var workNounRoles = map[string]string{"稿子": "撰稿", "稿件": "撰稿", "文稿": "撰稿", "镜头": "摄影"}

// reAlsoJoin is 还有 between two parts of a clause.
var reAlsoJoin = regexp.MustCompile(`(\p{Han}{2,4})还有(\p{Han}{2,4})`)

// chatterPeople rewrites s as above; s unchanged when nothing applies.
func chatterPeople(e *contestbot.Entry, s string) string {
	s = reDialectAfterVerb.ReplaceAllString(s, "${1}的${2}")
	s = reDialectAfterPerson.ReplaceAllString(s, "${1}${2}")
	s = reRoleWorkNoun.ReplaceAllStringFunc(s, func(m string) string {
		sm := reRoleWorkNoun.FindStringSubmatch(m)
		if sm[2] != "" {
			return sm[1] + workNounRoles[sm[2]]
		}
		lead := strings.TrimSuffix(m, sm[3]+sm[4])
		return lead + workNounRoles[sm[3]] + sm[4]
	})
	s = reAlsoJoin.ReplaceAllStringFunc(s, func(m string) string {
		sm := reAlsoJoin.FindStringSubmatch(m)
		left, right := "", ""
		for _, n := range []int{3, 2} { // the full name closing the left part
			if r := []rune(sm[1]); len(r) >= n && isRealName(string(r[len(r)-n:])) {
				left = string(r[len(r)-n:])
				break
			}
		}
		for _, n := range []int{3, 2} { // the full name opening the right part
			if r := []rune(sm[2]); len(r) >= n && isRealName(string(r[:n])) {
				right = string(r[:n])
				break
			}
		}
		if left == "" || right == "" {
			return m
		}
		return sm[1] + "、" + sm[2]
	})
	return verbClauses(e, s)
}

// verbClauses rewrites the clauses that name a role by its verb, when the
// message has other clauses (alone, the pending role's readers take it).
func verbClauses(e *contestbot.Entry, s string) string {
	cls := splitClauses(s)
	if len(cls) < 2 {
		return s
	}
	named := namedClauses(cls)
	for _, cl := range cls {
		c := strings.Trim(cl, "，,。；;、 ")
		m := reVerbClause.FindStringSubmatch(compact(c))
		if m == nil {
			continue
		}
		who := m[1]
		if !isRealName(who) && !strings.Contains("我俺他她", who) && !reFamiliarSurname.MatchString(who) {
			continue // "片子拍的": no person
		}
		if nm := reFamiliarSurname.FindStringSubmatch(who); nm != nil {
			who = personBySurname(e, named, nm[1])
			if who == "" {
				continue
			}
		}
		s = strings.Replace(s, c, verbRoleWords[m[2]]+"是"+who, 1)
	}
	return s
}

// personBySurname is the one full name with the surname among those the
// message names, else among the draft's people; "" when none or several.
func personBySurname(e *contestbot.Entry, named []string, surname string) string {
	var found []string
	for _, p := range named {
		if strings.HasPrefix(p, surname) && surnameLen(p) == len([]rune(surname)) && !slices.Contains(found, p) {
			found = append(found, p)
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	if len(found) > 1 {
		return ""
	}
	return draftPersonBySurname(e, surname)
}
