package dialogs

import (
	"regexp"
	"strings"
)

// s9-a (issue #10, round 22, rp106 p106b): "摘要你从简介里弄一个" at the 摘要
// step was stored as the 摘要, and "你帮我从简介里摘一段" took the 简介 it
// names as the field to write. A request that tells the bot to take a text
// from the 简介 (or "上面那段") is a request, whatever verb it uses: the
// extract is offered (summaryhelp.go), and the 简介 named as the source is
// not the field asked for.

// reFromSource names where the bot is to take a text from: "从简介里",
// "在上面那段中", "根据简介", "用简介".
const reFromSource = `(?:从|在|用|拿|根据|照着|按照?|就着)(?:上面|前面|刚才|刚刚|上头)?(?:的|发的|那|这)?(?:段|个)?(?:简介|内容简介|那段|这段|那一段|这一段|上面|前面|上头)(?:里面?|里头|中|当中)?(?:的内容|的话|的句子)?`

var (
	// reTakeFrom asks the bot to make a text from a source: "你从简介里弄一个",
	// "帮我从简介里摘一段", "从上面那段里挑几句给我".
	reTakeFrom = regexp.MustCompile(`(?:你|您|帮我|帮俺|给我|替我|帮忙|帮我们)?(?:就|直接|帮我|给我|替我)?` + reFromSource +
		`(?:给我|帮我|替我|给俺)?(?:再)?(?:弄|摘|挑|选|截|取|整|搞|写|出|做|提炼|概括|总结|缩|编|拟|抽|拿)`)
	// reSourceNamed is the source phrase alone, cut before the target is read.
	reSourceNamed = regexp.MustCompile(reFromSource)
	// reToBot addresses the bot or asks its help.
	reToBot = regexp.MustCompile(`你|您|帮我|帮俺|给我|替我|帮忙`)
)

// takesFromText reports whether c, a compacted message, asks the bot to
// make a text out of the 简介 or the text above. A story that tells of
// someone taking from something ("他从老支书手里接过…") names no source
// text, and a long message is a text, not a request.
func takesFromText(c string) bool {
	return len([]rune(c)) <= 30 && reTakeFrom.MatchString(c) && reToBot.MatchString(c)
}

// requestTarget is the field a request to write a text names, with the
// source it takes from ("从简介里") left out: "你帮我从简介里摘一段" names
// no field, "摘要你从简介里弄一个" names the 摘要.
func requestTarget(c string) slot {
	if takesFromText(c) {
		c = strings.Join(reSourceNamed.Split(c, -1), "·")
	}
	return firstNamedField(c)
}
