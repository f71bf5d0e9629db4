package dialogs

import "regexp"

// s7-n: "你说啥", "你刚说啥", "啥意思" at a form step (round 18, rp85 p85a).
// They ask the bot to say its question again: no question about the
// contest ("这个问题我回答不了") and no value. The current question is
// repeated, and the words are never kept as the start of a value the next
// message goes on (p85a: "你说啥" then "学校党委组织部" was stored as
// "你说啥学校党委组织部").

// reSayAgain is a message that only asks to hear the question again (read bare).
var reSayAgain = regexp.MustCompile(`^(?:啊|嗯|额|呃|哎|诶|唉|啥|那|老师)?(?:` +
	`(?:你|您)?(?:刚才|刚刚|刚|方才)?(?:说|讲|发|写)(?:的)?(?:是)?(?:啥|什么|嘛|个啥|撒|啥呢|的啥)|` +
	`(?:这|这个|这是|这句|那|那是|你这|你这是)?(?:是)?(?:啥|什么|几个)意思|` +
	`(?:没|没有)(?:看懂|听懂|看明白|听明白|明白|弄懂|懂)(?:你说的|你的意思|你说的啥|啥意思)?|` +
	`(?:看不懂|听不懂|不懂|不明白|整不明白|搞不懂)(?:你说的|你的意思)?|` +
	`(?:再说|再讲|再问|再发|重说|重新说)(?:一遍|一次|一下)|重复一下|啥|什么` +
	`)(?:呀|啊|呢|嘞|哩|来着|了|哈|咧)*$`)

// asksSayAgain reports whether s only asks to hear the question again.
func asksSayAgain(s string) bool {
	return reSayAgain.MatchString(bare(s))
}
