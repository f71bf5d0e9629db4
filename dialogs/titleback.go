package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s11-b (round 28, rp135 gaikou_laoshi): after the title was changed, "算了
// 还是叫黄河滩上的党员突击队 突出党员" was answered as a question about the
// themes. Going back on a change ("算了", "还是") and naming the film again
// (叫, or 用/写 a name close to the stored one) is a change of the 片名: the
// message is read as "片名改成X", and a short remark after the name ("突出
// 党员") is talk.

// reTitleBack is "(算了)还是叫X (remark)", "算了叫X吧", "还是用《X》".
var reTitleBack = regexp.MustCompile(`^(?:算了|哎|唉|嗯|那|那就|要不|要不然|不行)*[，,\s]*(?:还是|就还是|那就|就)?` +
	`(叫|用|写)(?:成|作|做)?[:：\s]*[《“"「]?([^《》“”"「」，,。；;\s]{2,30}?)[》”"」]?(?:吧|好了|好|了|哈|啊)*` +
	`(?:[\s，,。]+(.{0,12}))?$`)

// titleBack rewrites a going back on the title as "片名改成X"; s unchanged
// when it is none.
func titleBack(season *contestbot.Season, e *contestbot.Entry, s string) string {
	t := strings.TrimSpace(contestbot.NormalizeWidth(s))
	// isQuestion reads 还是 as a choice; here only a mark or a final
	// particle asks ("还是叫什么好呢？").
	if e == nil || e.Title == "" || strings.ContainsAny(t, "?？") || reAskEnd.MatchString(t) || containsAny(t, "什么", "啥", "哪个") {
		return s
	}
	if !strings.HasPrefix(t, "算了") && !strings.Contains(t, "还是") {
		return s // a change taken back says so
	}
	m := reTitleBack.FindStringSubmatch(t)
	if m == nil {
		return s
	}
	verb, v, remark := m[1], m[2], strings.TrimSpace(m[3])
	if firstNamedField(v) != "" || verb != "叫" && isOrg(v) || isPerson(v) && startsWithSurname(v) && contestbot.RuneLen(v) <= 3 {
		return s // "还是写河南农业职业学院": another field's value
	}
	if _, ok := findDuration(v); ok {
		return s
	}
	if _, ok := categoryExact(season, v); ok {
		return s
	}
	if verb != "叫" && (!sharesPair(v, e.Title) || isOrg(v)) {
		return s // "还是用X" names the film only when X is close to it
	}
	if remark != "" && (isQuestion(remark) || extract(remark).labelled) {
		return s
	}
	return "片名改成" + v
}

// reAskEnd is a final question particle.
var reAskEnd = regexp.MustCompile(`(?:吗|呢|么|嘛|不)[。.!！]*$`)

// sharesPair reports whether a and b have two characters in a row in common.
func sharesPair(a, b string) bool {
	ra := []rune(a)
	for i := 0; i+1 < len(ra); i++ {
		if strings.Contains(b, string(ra[i:i+2])) {
			return true
		}
	}
	return false
}
