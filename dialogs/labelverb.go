package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Branch s10-c (round 25): a label, a verb of writing and a name.
// "制作单位填河南应用技术职业学院党委组织部" was stored as
// "技术职业学院党委组织部": the bare 用 that marks a corrected value
// ("用X", "就用X") was found inside the word 应用, and the name was cut
// there. A label followed by 填/写/是/为/就是 gives the whole rest as its
// value; a bare 用 marks a value only where a word can start.

// fixStrongIndex is reFixStrong's first match in s that is a marker, not
// 用 inside a word (应用, 使用, 作用, 信用…): a bare 用 counts at the
// start, after a space or mark, or after an adverb that leads a verb
// (就用, 还用 are markers of their own; 也用, 都用, 先用, 要用, 得用, 再用).
func fixStrongIndex(s string) []int {
	for _, loc := range reFixStrong.FindAllStringIndex(s, -1) {
		if strings.TrimRight(s[loc[0]:loc[1]], ":： ") == "用" && loc[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:loc[0]])
			if isHan(r) && !strings.ContainsRune("也都先要得再就还", r) {
				continue
			}
		}
		return loc
	}
	return nil
}

// reWrittenValue is a verb of writing right after a label: "制作单位填X",
// "联系人写X", "片名就写X", "推荐单位填写为X".
// 写成/填为 and the like are correction markers of their own (reFixStrong),
// which readFix reads with what follows them.
var reWrittenValue = regexp.MustCompile(`^(?:也|都)?(?:填写|填|写)[:：\s]*`)

// reWrittenWrong is what makes the verb a complaint instead: "写错了",
// "填的不对", "写重了", "写反了", "写了两遍".
var reWrittenWrong = regexp.MustCompile(`^(?:的|得)?(?:错|不对|有误|重|反|多|少|漏|了两|成了)`)

// writtenValue reports whether after (the words after a label) is a verb
// of writing and then the value itself, which the form reads as a
// labelled value: "填河南应用技术职业学院党委组织部" is; "写错了，应该是X",
// "填的不对", "写赵振华吧 不是赵振化" (a correction) and a verb with nothing
// after it are not.
func writtenValue(after string) bool {
	loc := reWrittenValue.FindStringIndex(after)
	if loc == nil {
		return false
	}
	rest := strings.TrimSpace(after[loc[1]:])
	if rest == "" || reWrittenWrong.MatchString(rest) || reFixWrong.MatchString(rest) || fixStrongIndex(rest) != nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !strings.ContainsRune("，,。；;？?！!", r)
}

// reWriteClause is a clause that opens with a verb of writing and no
// label: "写河南豫东工业职业学院党委组织部", "就写X吧", "填X".
// s11-f: a hedge may open it ("暂且填写本人：邵志宏", "那先写…").
var reWriteClause = regexp.MustCompile(`^(?:那|那就|就|你就|您就|麻烦)?(?:暂且|暂时|姑且|权且|先|就先)?(?:填写|填上|写上|填|写)(?:成|为)?[:：\s]*`)

// reSelfColon is the typist pointing at themself and then naming
// themself: "本人：邵志宏", "我本人，邵志宏" (s11-f, rp138 kezhang_keqi). The
// name after it is the value.
var reSelfColon = regexp.MustCompile(`^(?:我本人|本人|我自己|我|俺)[:：]\s*`)

// writtenAnswer reads a message that explains and then says what to write
// (s10-k, rp130: "这个是组织部和艺术设计学院一起做的，写河南豫东工业职业学院党委组织部、艺术设计学院"
// stored "组织部和…"): after 写/填 the value is what follows, and the clauses
// before it are talk. It applies only when none of those clauses carries a
// label (a labelled value beside it stays) and the written value says
// nothing is wrong; otherwise msg is returned unchanged.
func writtenAnswer(msg string) string {
	cls := splitClauses(msg)
	if len(cls) < 2 || isQuestion(msg) { // "3分05秒 填上去会不会不让报" asks
		return msg
	}
	for i, cl := range cls {
		if i == 0 {
			continue
		}
		loc := reWriteClause.FindStringIndex(cl)
		if loc == nil {
			continue
		}
		rest := strings.TrimSpace(strings.TrimRight(cl[loc[1]:], "，,。；;！! "))
		rest = strings.TrimSuffix(rest, "吧")
		if m := reSelfColon.FindString(rest); m != "" && isPerson(strings.TrimSpace(rest[len(m):])) {
			rest = strings.TrimSpace(rest[len(m):]) // "本人：邵志宏" is 邵志宏
		}
		if rest == "" || !writtenValue("写"+rest) || reWriteAsk.MatchString(rest) {
			return msg
		}
		for _, before := range cls[:i] {
			if extract(before).labelled || strings.Contains(before, "《") || isQuestion(before) {
				return msg
			}
		}
		return strings.Join(append([]string{rest}, cls[i+1:]...), "，")
	}
	return msg
}

// reWriteAsk is a question said after the verb without a question mark:
// "写全称还是简称", "填上去会不会不让报".
var reWriteAsk = regexp.MustCompile(`还是|会不会|能不能|行不行|可不可以|要不要|是不是|吗|呢|全称|简称`)
