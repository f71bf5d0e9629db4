package dialogs

import (
	"regexp"
	"strings"
)

// s7-k (rp81 p81a #6): a field asked and answered in one message,
// "片子叫啥 叫黄河岸边的老党员", "学校名是啥？是三门峡市中等专业学校", is the
// answer: the field's words with the value, not a question about the field.

// reSelfAnswered is a field's words, a question word, and the answer after
// its own copula.
var reSelfAnswered = regexp.MustCompile(`^(.{1,10}?)(叫|是)(?:啥|什么|个啥|哪个|哪位|谁)(?:名字?|来着|呢|啊)?[？?，,。.、 ]+(?:叫|是|就叫|就是)\s*(\S.*)$`)

// selfAnswered rewrites such a message as the labelled value ("片子叫：黄河
// 岸边的老党员"); any other message is returned as it is. The words before
// the question must be a field's label, and the answer no question.
func selfAnswered(s string) string {
	m := reSelfAnswered.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || isQuestion(m[3]) {
		return s
	}
	w := m[1] + m[2] + "：" + m[3]
	hits := findLabels(newText(w))
	if len(hits) == 0 || hits[0].start != 0 || !hits[0].colon && hits[0].end != len([]rune(m[1]+m[2])) {
		w = m[1] + "：" + m[3]
		hits = findLabels(newText(w))
		if len(hits) == 0 || hits[0].start != 0 {
			return s
		}
	}
	return w
}
