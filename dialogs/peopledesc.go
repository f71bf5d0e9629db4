package dialogs

import (
	"regexp"
	"strings"
)

// s8-e: a 主创 answer often says who the person is, in a clause of its
// own beside the name: "那写张卫东吧 俺们副书记 管这一块的", "拍的剪的都是李强
// 俺们学校计算机老师", "王芳 负责宣传的". The clause is a description, not a
// name: an office (副书记), the speaker's school or unit (俺们学校…老师), a
// charge (管这一块的, 负责…, 分管…). peopleDescOff drops such clauses when
// another clause of the message names someone, so every role reader sees
// the names only; a description alone is left to the readers (it may be
// all the user knows, and they ask for the name).

// reDescCharge is a clause telling what a person is in charge of:
// "管这一块的", "负责宣传的", "分管党建工作".
var reDescCharge = regexp.MustCompile(`^(?:他|她|是|也是)?(?:专门|主要|一直)?(?:管|负责|分管|主管|抓|具体管|具体负责)\p{Han}{0,10}$`)

// reDescOwn is a clause about the speaker's people or place: "俺们副书记",
// "俺们学校计算机老师", "我们单位的", "是我们系的老师".
var reDescOwn = regexp.MustCompile(`^(?:他|她)?(?:是|也是)?(?:俺们|我们|咱们|俺|我|咱|我校|本校|学校|单位)(?:学校|单位|学院|系里|院里|系|校|村|党委|办公室|团委)?(?:的|哩|嘞)?\p{Han}{0,8}$`)

// reDescOffice is an office or a job alone: "副书记", "党委副书记",
// "计算机老师", "宣传干事".
var reDescOffice = regexp.MustCompile(`^(?:他|她)?(?:是|也是)?\p{Han}{0,6}(?:书记|副书记|主任|副主任|校长|副校长|院长|副院长|部长|副部长|科长|副科长|处长|老师|教师|干事|负责人|领导|班主任|辅导员)$`)

// descNeverRunes are the verbs of filling the form and of naming: a clause
// holding one tells the bot what to write ("算了写李校长吧"), never who
// someone is.
const descNeverRunes = "写填改换叫姓名啥什么哪谁吗"

// descTail are particles after a description: "管这一块的", "俺们副书记哈".
const descTail = "的哩嘞呀啊哈吧呢嘛"

// isPersonDesc reports whether clause c (spaces off) only describes a
// person: it names no role, holds no full name of its own and reads as an
// office, the speaker's own people or a charge.
func isPersonDesc(c string) bool {
	c = strings.TrimRight(compact(stripEmoji(c)), "。.!！~～")
	w := strings.TrimRight(c, descTail)
	if w == "" || mentionsAnyRole(w) || isQuestion(c) || strings.ContainsAny(w, "0123456789") || strings.ContainsAny(w, descNeverRunes) || strings.Contains(w, "算了") {
		return false
	}
	switch {
	case reDescCharge.MatchString(w):
		return true
	case reDescOwn.MatchString(w):
		// "我们王科长" and "我王子豪" name someone: not a description.
		rest := reDescOwnLead.ReplaceAllString(w, "")
		personal := reDescOfficeTail.MatchString(w) || rePersonNoun.MatchString(w) || strings.HasSuffix(c, "的") && !reOrgEnd.MatchString(w)
		if rest == "" {
			return strings.HasSuffix(c, "的") // "我们单位的"
		}
		if !personal {
			return false
		}
		if lead := w[:len(w)-len(rest)]; reDescPlace.MatchString(lead) {
			// After 学校 or 单位 comes a subject or a department more often
			// than a name: "俺们学校计算机老师" (计 is a rare surname), but
			// "俺们学校王老师", "我们单位王建国" name someone.
			core := []rune(reDescOfficeTail.ReplaceAllString(rest, ""))
			switch {
			case len(core) == 1:
				return !startsWithSurname(string(core))
			case len(core) == 2 || len(core) == 3 && surnameLen(string(core)) == 1 && surnameRank(string(core)) < 100:
				return !isRealName(string(core))
			}
			return true
		}
		return !startsNamed(rest)
	case reDescOffice.MatchString(w):
		core := reDescOfficeTail.ReplaceAllString(strings.TrimPrefix(strings.TrimPrefix(w, "他"), "她"), "")
		core = strings.TrimPrefix(strings.TrimPrefix(core, "也是"), "是")
		return core == "" || !startsNamed(core) && !(len([]rune(core)) == 1 && startsWithSurname(core))
	}
	return false
}

var (
	reDescPlace      = regexp.MustCompile(`(?:学校|单位|学院|系里|院里|系|校|村)(?:的|哩|嘞)?$`)
	reDescOwnLead    = regexp.MustCompile(`^(?:他|她)?(?:是|也是)?(?:俺们|我们|咱们|俺|我|咱|我校|本校|学校|单位)(?:学校|单位|学院|系里|院里|系|校|村)?(?:的|哩|嘞)?`)
	reDescOfficeTail = regexp.MustCompile(`(?:书记|副书记|主任|副主任|校长|副校长|院长|副院长|部长|副部长|科长|副科长|处长|老师|教师|干事|负责人|领导|班主任|辅导员)$`)
)

// startsNamed reports whether s is, or opens with, a full name that is no
// word of an office ("王建国书记", "李强"); "计算机" after 学校 is a subject,
// so only a name the person validator accepts whole, 2–3 runes, counts.
func startsNamed(s string) bool {
	rs := []rune(s)
	for _, n := range []int{3, 2} {
		if len(rs) >= n && isRealName(string(rs[:n])) {
			rest := string(rs[n:])
			if rest == "" || reDescOfficeTail.MatchString(rest) && len([]rune(rest)) <= 3 {
				return true
			}
		}
	}
	return false
}

// reClauseSep splits a message into clauses.
var reClauseSep = regexp.MustCompile(`[\s　，,；;。！!~～]+`)

// namedClause reports whether c ends with a full name, maybe with a title
// or particles after it ("那写张卫东吧", "拍的剪的都是李强", "就是陈晓燕老师呀"),
// or is a list of names.
func namedClause(c string) bool {
	w := strings.TrimRight(compact(stripEmoji(c)), descTail+"。.!！~～")
	w = reDescOfficeTail.ReplaceAllString(w, "")
	w = strings.TrimSuffix(w, "同志")
	rs := []rune(w)
	for _, n := range []int{3, 2, 4} {
		if len(rs) >= n && isRealName(string(rs[len(rs)-n:])) {
			return true
		}
	}
	return false
}

// peopleDescOff drops the clauses of msg that only describe a person when
// another clause names someone (see above). msg is returned unchanged
// otherwise.
func peopleDescOff(msg string) string {
	parts := reClauseSep.Split(strings.TrimSpace(msg), -1)
	if len(parts) < 2 {
		return msg
	}
	var keep []string
	named, dropped := false, false
	for _, p := range parts {
		if p == "" {
			continue
		}
		if isPersonDesc(p) {
			dropped = true
			continue
		}
		if namedClause(p) {
			named = true
		}
		keep = append(keep, p)
	}
	if !dropped || !named || len(keep) == 0 {
		return msg
	}
	return strings.Join(keep, " ")
}
