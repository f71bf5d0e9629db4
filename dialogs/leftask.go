package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-b (round 22, rp107 p107b): "还差哪几项？" and "剩下的是啥你列一下" in a
// form got the welcome-back text, or a contest answer. A request to list
// what is left is a progress question (progress.go): the items left are
// listed and the pending question asked again.

// reListLeft asks for the items not filled yet: "剩下的是啥你列一下",
// "还有啥没填", "还有哪些没填的", "没填的有哪些", "还差啥".
var reListLeft = regexp.MustCompile(`^(?:那|那个|嗯|好的?|我想问|请问|问一下)?(?:` +
	`(?:剩下|剩余|余下|还剩下?|还差|还缺|还有)(?:的)?(?:是|有|都是|还有)?(?:啥|什么|哪些|哪几项|哪几个|哪几样|哪项|哪个)(?:项|项目|内容|东西)?(?:没填|没有填|要填|得填|需要填|没写|未填)?(?:的)?|` +
	`(?:没填|没有填|还没填|未填|要填|还要填)(?:的)?(?:是|有|还有)?(?:啥|什么|哪些|哪几项|哪几个|哪项)(?:项)?` +
	`)(?:呀|啊|呢|哈|嘛|哦|了)*(?:你|您|恁)?(?:给我|帮我)?(?:列一下|列出来|列个单|列一列|说一下|说说|讲一下|告诉我|发一下|看看)?(?:呗|吧|啊|呀|哈)*$`)

// asksWhatLeft reports whether s asks how much of the form is left or
// which items: reProgressAsk's questions and reListLeft's requests.
func asksWhatLeft(s string) bool {
	c := strings.TrimRight(compact(s), "?？!！。.~～")
	return c != "" && (reProgressAsk.MatchString(c) || reListLeft.MatchString(c))
}

// leftAsked answers asksWhatLeft at a form step with the items left
// (progress.go); ok is false for any other message.
func (t *turn) leftAsked(e *contestbot.Entry, s string) (string, bool) {
	if !asksWhatLeft(s) {
		return "", false
	}
	return t.progressAsk(e, s)
}
