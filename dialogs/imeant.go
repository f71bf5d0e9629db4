package dialogs

import (
	"regexp"
	"strings"
)

// s8-j (round 20, rp94 p94a): "蛤? 我是說製作單位 信陽市商業中等專業學校黨委辦公室"
// at the 制作单位 step got the paragraph on sending the paper forms again: the
// puzzled "蛤?" made the message a question. A puzzled word and "我是说" (I
// mean) before a labelled value only introduce it: the value is read.

// reMeantLead is a puzzled word and/or "我是说" before what the user means:
// "蛤? 我是说", "啊？我的意思是", "我说的是".
var reMeantLead = regexp.MustCompile(`^(?:(?:蛤|啊|哈|咦|呃|额|嗯|啥|什么|甚麼|什麼)+[?？!！。，,~～\s]*)?(?:我是说|我是說|我说的是|我說的是|我的意思是|我是讲|我是講|我是想说|我是想說)[，,:：\s]*`)

// meantValue is s without such a lead when what follows is a labelled
// value and asks nothing; s otherwise.
func meantValue(s string) string {
	t := strings.TrimSpace(s)
	loc := reMeantLead.FindStringIndex(t)
	if loc == nil || loc[1] == 0 {
		return s
	}
	rest := strings.TrimSpace(t[loc[1]:])
	if rest == "" || isQuestion(rest) || !extract(rest).labelled {
		return s
	}
	return rest
}
