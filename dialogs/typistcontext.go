package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-d (round 32, rp154 q79): "个人能报吗 俺是老师" at the 片名 step was
// answered and "俺是老师" was stored as the 片名. A message that begins with a
// question is a question; a clause after it that introduces the typist —
// who they are ("俺是老师", "我是学生", "我是班主任"), or where they work ("我是
// 办公室的", "我是宣传部的") — is context for the question, never a value of
// the pending step. Such clauses are taken off before the message is read.

// reTypistRole introduces the typist by a role or an office, and nothing
// else: no name, no value.
var reTypistRole = regexp.MustCompile(`^(?:我|俺|本人|咱|我们|俺们|咱们)(?:就|也|只)?(?:是|系)(?:个|一个|一名|一位|名)?` +
	`(?:(?:\p{Han}{0,8}?)(?:老师|教师|学生|同学|辅导员|班主任|班长|干事|职工|员工|工作人员|负责人|宣传委员|组织委员|支书|助教|实习生|老教师|新老师|普通老师|代课老师)` +
	`|\p{Han}{0,10}?(?:办公室|办|部|处|室|科|委|中心|组|系|院|校)的(?:人|老师)?)` +
	`(?:哈|啊|呀|嘛|哦|啦|呢)?$`)

// typistRoleClause reports whether the clause cl only introduces the typist.
func typistRoleClause(cl string) bool {
	c := strings.TrimRight(strings.TrimSpace(contestbot.NormalizeWidth(cl)), "，,。.!！~～ ")
	return reTypistRole.MatchString(strings.ReplaceAll(c, " ", ""))
}

// typistContextOff is s without the clauses after a leading question that
// introduce the typist; ok is false when there are none.
func typistContextOff(s string) (string, bool) {
	cls := splitClauses(s)
	if len(cls) < 2 || !(isQuestion(cls[0]) || askedYesNo(cls[0])) {
		return s, false
	}
	keep := cls[:1]
	dropped := false
	for _, cl := range cls[1:] {
		if typistRoleClause(cl) {
			dropped = true
			continue
		}
		keep = append(keep, cl)
	}
	if !dropped {
		return s, false
	}
	return joinClauses(keep), true
}
