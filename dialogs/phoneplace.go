package dialogs

import (
	"regexp"
	"strings"
)

// s9-b (round 22, rp106 p106a): "电话错了 最后是8" was refused ("联系电话只
// 能包含数字"), and "倒数第二位是5" at a 主创 step was read as a name.
// phonePlaceSaid rewrites the everyday ways of saying a digit's place into
// the form digitfix.go reads ("电话最后一位是8"), so the fix is made, echoed
// and validated as any phone is.

var (
	// rePhoneWrongLead is the phone named as wrong before the place:
	// "电话错了 ", "手机号不对，", "电话刚才输错了 ".
	// rePhoneFixLead is a sigh and "刚才" before a phone said to be wrong:
	// "哎。。。刚才电话号码写错了". s11-h: the speaker may be said in
	// rePhoneWrongLead too: "电话我打错了 ", "我电话写错了 " (rp143).
	rePhoneFixLead   = regexp.MustCompile(`^(?:(?:哎|唉|哎呀|哎哟|哦|噢|啊|嗯|诶|呃)+[。.，,!！…~～\s]*)?(?:刚才|刚刚|之前|前面|上面)?(?:那个|的)?`)
	rePhoneWrongLead = regexp.MustCompile(`^(?:我的?|我们的?)?(联系电话|电话号码|电话|手机号码|手机号|手机|号码)(?:我|我们)?(?:刚才|刚刚|好像|有一位|有个数)?(?:写错了|打错了|输错了|填错了|弄错了|错了|不对)(?:了)?[，,。!！\s]*(?:是|就是)?`)
	// reLastBare is the last digit said without 位: "最后是8", "末尾是8",
	// "最后那个是8", "最后那位改成8".
	reLastBare = regexp.MustCompile(`^((?:联系电话|电话号码|电话|手机号码|手机号|手机|号码)?(?:的)?)(?:最后那一?个数?字?|最后那一?位|最后一个数?字?|最后|末尾|结尾)(是|为|改成|改为|换成|应该是)`)
	// reDigitOnly is one digit and nothing but particles after it, maybe
	// with the old digit: "8", "5不是8", "8哈".
	reDigitOnly = regexp.MustCompile(`^\s*[0-9零〇一二三四五六七八九幺两](?:[，,\s]*(?:而)?不是\s*[0-9零〇一二三四五六七八九幺两])?[。.!！~～啊呀哈吧]*$`)
	// rePlaceOnly is a digit by its exact place with nothing else: "倒数第二位
	// 是5", "第四位是3不是8". Only a phone has digits by place, so it names
	// the phone at any step.
	rePlaceOnly = regexp.MustCompile(`^(?:倒数第|第)(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:位|个数字|个数)(?:写错了|打错了|错了|不对)?[，,\s]*(?:应该|应当)?(?:是|为|改成|改为|换成)\s*[0-9零〇一二三四五六七八九幺两](?:[，,\s]*(?:而)?不是\s*[0-9零〇一二三四五六七八九幺两])?[。.!！~～啊呀哈吧]*$`)
)

// phonePlaceSaid is s with the phone's digit place said in the form
// digitfix.go reads; s unchanged when it says no such place.
func phonePlaceSaid(s string) string {
	s = strings.TrimSpace(s)
	if m := rePhoneFixLead.FindStringIndex(s); m != nil && m[1] > 0 && rePhoneWrongLead.MatchString(s[m[1]:]) {
		s = s[m[1]:] // s10-d: "哎。。。刚才电话号码写错了。。。后两位是65" (rp123)
	}
	if m := rePhoneWrongLead.FindStringSubmatch(s); m != nil {
		rest := strings.TrimSpace(s[len(m[0]):])
		if strings.HasPrefix(rest, "尾号") || strings.HasPrefix(rest, "后") || strings.HasPrefix(rest, "最后") || strings.HasPrefix(rest, "末") ||
			strings.HasPrefix(rest, "倒数第") || strings.HasPrefix(rest, "第") {
			s = m[1] + rest // "电话错了 最后是8" → "电话最后是8"
		}
	}
	if m := reLastBare.FindStringSubmatch(s); m != nil && reDigitOnly.MatchString(s[len(m[0]):]) {
		s = m[1] + "最后一位" + m[2] + s[len(m[0]):]
	}
	if rePlaceOnly.MatchString(s) {
		s = "电话" + s
	}
	return s
}
