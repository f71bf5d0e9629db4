package knowledge

import "regexp"

// s6-c: a message that only introduces its sender or tells background
// ("您好，我是南阳市第二中等职业学校的支部书记…想先跟您请教几个问题，麻烦您
// 了。", "我们这个片子是今年上半年拍的…片子名字叫《…》") asks nothing the
// notice could answer. Without a question mark or a question word it gets
// no "通知中没有说明", whatever contest words it holds.

// reIntroduces is how people introduce themselves or their work, or say
// they mean to ask later.
var reIntroduces = regexp.MustCompile(`^(?:你好|您好|老师好|哈喽|嗨|hi|hello)|(?:我|俺|咱)(?:们)?(?:是|姓|叫|负责|这边|学校|单位)|想(?:先)?(?:跟您|跟你|向您|向你)?(?:请教|咨询|问)|麻烦(?:您|你)了|谢谢|片子名字叫|片名叫|讲的是`)

// introducesOnly reports whether q (normalised, not a question) reads as
// an introduction or background rather than an enquiry.
func introducesOnly(q string) bool {
	return reIntroduces.MatchString(q)
}

// reAskLater announces questions to come ("想先跟您请教几个问题"), thanks
// ("麻烦您了") or counts people ("我们几个老师"): none asks anything itself.
var reAskLater = regexp.MustCompile(`(?:想(?:先)?(?:跟|向)?(?:您|你)?)?(?:请教|咨询|问)(?:您|你)?(?:一下)?(?:几个|一些|个)问题|麻烦(?:您|你)了|(?:谢谢|感谢)(?:您|你)?了?|(?:我们|咱们|他们|俺们|你们|她们|咱)几(?:个|位)`)
