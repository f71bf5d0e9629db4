package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-k (issue 12, round 25 / rp98 Q8): an example inside a question is no
// answer. "请问视频文件应该怎么命名？比如我们学校叫河南某某职业技术学院，片名是《微光》"
// asks how to name the file; the school and the title after 比如 illustrate
// the question and must not replace the 推荐单位 and 片名 already entered.
// A message that asks and gives values introduced by 比如/例如/假如/要是/
// 假设 is answered as a question and stores nothing from that part.

// reExampleMarker opens an illustrating clause: 比如, 例如, 譬如, 比方说,
// 打个比方, 举个例子, 假如, 假设, 要是, 假若.
var reExampleMarker = regexp.MustCompile(`比如说?|例如|譬如|比方说|打个比方|举个例子|举例来说|假如|假设|假若|要是`)

// reExampleValue is a value-like word inside the illustrating part: a
// name or title given (叫/是/《), a duration, a resolution or a bitrate.
var reExampleValue = regexp.MustCompile(`叫|是[^否不]|《|名为|名字|\d+\s*(?:分|秒|[pPkK]|[mM]|兆)|[一二三四五六七八九十两]分`)

// exampleClause returns the illustrating part of s (from its marker to the
// end of that sentence) when s asks a question and illustrates it with
// values; "" otherwise.
func exampleClause(s string) string {
	w := contestbot.NormalizeWidth(s)
	loc := reExampleMarker.FindStringIndex(w)
	if loc == nil {
		return ""
	}
	before, part := w[:loc[0]], w[loc[0]:]
	if i := strings.IndexAny(part, "。!?！？\n"); i > 0 {
		part = part[:i]
	}
	if !reExampleValue.MatchString(part[len(w[loc[0]:loc[1]]):]) {
		return ""
	}
	// The message must ask: a question before the example, or the whole
	// message read as one ("比如片名叫《微光》，文件名怎么写").
	if !isQuestion(w) && !isQuestion(strings.TrimSpace(before)) && !reWhatAsk.MatchString(compact(w)) &&
		!containsAny(w, "怎么", "咋", "如何", "怎样", "哪个", "哪些", "什么", "能不能", "可不可以", "行不行", "中不中") {
		return ""
	}
	return part
}

// exampleAsk answers, in a form, a question that illustrates itself with
// values: the answer, then the pending question; nothing is stored.
func (t *turn) exampleAsk(e *contestbot.Entry, s string) (string, bool) {
	if t.nested || exampleClause(s) == "" {
		return "", false
	}
	if v, q := splitValueAsk(s); v != "" && q != "" && extract(v).labelled && !reExampleMarker.MatchString(v) {
		return "", false // s7-g: "摄影是赵鹏、孙一帆。另外…比如…": the value beside the question is kept (bothacts.go)
	}
	if a := t.ask(s, true); a != "" {
		return t.withPending(a), true
	}
	return "", false
}
