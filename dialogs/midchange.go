package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-f (issue #10, round 19, rp91 p91b): a change of another field after
// the answer to the step, in the same message: "3分钟整。对了分类我刚才说的
// 视频切片不对，我们这个算其他吧，改成其他", "3分钟整，分类改成其他". The answer
// was stored and the change lost (or answered with the five categories).
// The change is rewritten as a plain labelled value ("分类：其他"), which the
// form reads beside the answer like any other labelled value.

var (
	// reChangeTo gives the new value: "改成其他", "换成王丽娟", "算其他吧", "应该是…".
	reChangeTo = regexp.MustCompile(`(?:改成|改为|换成|换为|应该是|应为|算是|算|就是|是)([^，,。；;！!？?\s]{1,20}?)(?:吧|了|啊|呀|哈|就行|就好|就中)*[。.!！~～]*$`)
	// reChangeWrong says the value of the named field is wrong.
	reChangeWrong = regexp.MustCompile(`不对|错了|有误|写错|说错|弄错|记错|改成|改为|换成|换为`)
	// reNotSaid is a restatement, "时长不是两分五十", read elsewhere (reRestate).
	reNotSaid = regexp.MustCompile(`^[^，,。]{1,6}不是`)
	// reMidChangeTalk opens a clause without meaning: "对了", "另外", "还有".
	reMidChangeTalk = regexp.MustCompile(`^(?:对了|另外|还有|哦对|噢对|哎|诶|那个|然后)+`)
)

// changeAfterAnswer rewrites a change of a named short-value field that
// follows other words in s into "label：value". s is unchanged when there
// is no such change, when the change opens the message (the usual reading
// has it), or when the new value cannot be told.
func changeAfterAnswer(s string) string {
	cls := splitClauses(s)
	if len(cls) < 2 {
		return s
	}
	for i := 1; i < len(cls); i++ {
		head := strings.TrimRight(reMidChangeTalk.ReplaceAllString(compact(cls[i]), ""), "，,。.!！~～ ")
		f, label := openingLabel(head)
		if f == "" || f.freeText() || f.isRole() || !reChangeWrong.MatchString(strings.TrimPrefix(head, label)) {
			continue
		}
		if reChangeWrong.MatchString(compact(joinClauses(cls[:i]))) || reNotSaid.MatchString(head) {
			// "单位写错了应该是X，片名也改成Y": the message is changes
			// from the start; "时长不是A，是B" is read as a restatement.
			return s
		}
		// The new value: in this clause after a change verb, or in the
		// clauses after it, the last one that gives one.
		value, end := "", i
		if m := reChangeTo.FindStringSubmatch(strings.TrimPrefix(head, label)); m != nil && containsAny(head, "改成", "改为", "换成", "换为", "应该是", "应为") {
			value = m[1]
		}
		for j := i + 1; j < len(cls); j++ {
			c := strings.TrimRight(reMidChangeTalk.ReplaceAllString(compact(cls[j]), ""), "，,。.!！~～ ")
			c = strings.TrimPrefix(strings.TrimPrefix(c, "我们这个"), "这个")
			m := reChangeTo.FindStringSubmatch(c)
			if m == nil || extract(cls[j]).labelled || contestbot.RuneLen(c) > 20 {
				break
			}
			value, end = m[1], j
		}
		if f2, _ := openingLabel(value); value == "" || f2 != "" {
			return s
		}
		out := append(append([]string{}, cls[:i]...), label+"："+value)
		out = append(out, cls[end+1:]...)
		return joinClauses(out)
	}
	return s
}

// openingLabel is the field a compacted clause opens with, and the label word.
func openingLabel(c string) (slot, string) {
	best := ""
	var f slot
	for _, d := range labelDefs {
		w := strings.ToLower(d.word)
		if d.weak || strings.HasPrefix(d.word, "是否") || !strings.HasPrefix(c, w) || len(w) <= len(best) {
			continue
		}
		best, f = w, d.slot
	}
	if strings.HasSuffix(string(f), "!") {
		return "", ""
	}
	return f, best
}
