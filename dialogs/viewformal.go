package dialogs

import "regexp"

// reViewDraftFormal asks, in formal or longer words, to see what has been
// recorded (s6-i, rp66 p66a #8: "烦请将目前已登记之内容完整列出，以便敝人核对"):
// a word for the recorded record and a verb to list or send it, in either
// order. It carries no change verb (the caller checks).
var reViewDraftFormal = regexp.MustCompile(
	`(?:目前|现在|已经?|所|刚才|已)(?:登记|填写?|录入|记录|记下|收录)(?:了|好)?(?:的|之)?(?:内容|信息|资料|各项|项目)?[^，,。；;]{0,8}(?:完整|全部|逐项|一一)?(?:列出|列一下|列给我|列明|列示|发给我|发我|给我看|展示|显示|出示|告知|看一下|核对)|` +
		`(?:列出|列一下|列给我|展示|显示|发给我|发我)[^，,。；;]{0,6}(?:目前|现在|已经?|所|刚才)(?:登记|填写?|录入|记录|记下)(?:了|好)?(?:的|之)?(?:内容|信息|资料)`)

// asksToViewFormal reports whether c (compacted) asks to see the draft in
// the formal shapes above.
func asksToViewFormal(c string) bool {
	return reViewDraftFormal.MatchString(c) && !containsAny(c, changeVerbs...)
}
