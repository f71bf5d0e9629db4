package knowledge

import (
	"regexp"
	"strings"
)

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

// reOverIf asks what happens over the limit rather than whether a value
// passes: "超过三分钟的话还能报吗", "要是超了会不会被刷掉", "超过3分钟会直接被刷掉吗".
var reOverIf = regexp.MustCompile(`(?:超过|超出|超了)[^,，。?？]{0,6}(?:的话|会不会|会直接|会被|还能|能不能|怎么办|咋办)|(?:如果|要是|万一|假如)(?:超过|超出|超了)`)

// reSpokenMark is a punctuation mark said aloud between words (voice
// input): "…还能报吗逗号另外…".
var reSpokenMark = regexp.MustCompile(`(\p{Han})(逗号|句号|问号|顿号)(\p{Han}|$)`)

// spokenMarks writes the marks voice input spells out as marks, so that
// the questions of one message are read one by one.
func spokenMarks(q string) string {
	if !strings.Contains(q, "号") {
		return q
	}
	marks := map[string]string{"逗号": "，", "句号": "。", "问号": "？", "顿号": "、"}
	for i := 0; i < 3 && reSpokenMark.MatchString(q); i++ {
		q = reSpokenMark.ReplaceAllStringFunc(q, func(m string) string {
			sm := reSpokenMark.FindStringSubmatch(m)
			return sm[1] + marks[sm[2]] + sm[3]
		})
	}
	return q
}
