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

// s7-k (rp81 p81a #24): a field said to have become the wrong value, with
// the right one after, "推荐单位咋成俺学校了 写全名 三门峡市中等专业学校", is a
// correction of that field, not a question about it.

// reBecameWrong is a field's words, "how did it become", the wrong value,
// and the rest of the message.
var reBecameWrong = regexp.MustCompile(`^(.{1,8}?)(?:咋|怎么|为啥|为什么|怎么又|咋又)(?:成了|成|变成了?|写成了?|记成了?|弄成了?|是)(.{1,30}?)(?:了|啦|呢|哩)?[？?！!，,。 ]+(.+)$`)

// reFixLead is what comes before the right value: "写全名", "应该是".
var reFixLead = regexp.MustCompile(`^(?:(?:要|得|应该|应)?(?:写|填)(?:全名|全称|名字|完整的?)[，,：: ]*|应该是|应该写|应该填|要写|写成|改成|改为|就是|是|写|填)+`)

// becameWrong rewrites such a message as the labelled right value ("推荐单位：
// 三门峡市中等专业学校"); any other message is returned as it is.
func becameWrong(s string) string {
	m := reBecameWrong.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return s
	}
	f := exactLabel(m[1])
	v := strings.TrimSpace(reFixLead.ReplaceAllString(strings.TrimSpace(m[3]), ""))
	if f == "" || v == "" || isQuestion(v) || v == strings.TrimSpace(m[2]) {
		return s
	}
	return f.label() + "：" + v
}
