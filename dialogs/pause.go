package dialogs

import (
	"regexp"
	"strings"
)

// s5-k3: a message may open by asking for a moment ("等一下 时长是填分钟还是
// 秒", "稍等，这里的制作单位和推荐单位有啥区别"). The pause is neither the
// pending value nor a question: it is dropped, so the rest is read alone
// (never stored as a name, never answered with "这个问题我回答不了").

// reLeadPause is a pause before the rest of a message.
var reLeadPause = regexp.MustCompile(`^(?:先|请|麻烦)?(?:` + pauseWords + `)(?:哈|啊|呀|哦|吧)?[，,。！!～~\s]+`)

// pauseWords ask for a moment; hold.go (s6-d) reads them alone too.
const pauseWords = `等一下|等一等|等下|等等|稍等一下|稍等片刻|稍等|等一会儿?|等会儿?|慢着|慢点`

// dropLeadPause takes a leading pause off s when something follows it.
func dropLeadPause(s string) string {
	t := strings.TrimSpace(s)
	loc := reLeadPause.FindStringIndex(t)
	if loc == nil || strings.TrimSpace(t[loc[1]:]) == "" || reAskOpen.MatchString(strings.TrimSpace(t[loc[1]:])) {
		// A pause before 问一下 is read whole: that opener already marks
		// the question (notvalue.go).
		return s
	}
	if readHold(s) == holdPause {
		return s // s11-b waits.go: "等会 开会" is a pause with its reason, read whole by hold
	}
	return strings.TrimSpace(t[loc[1]:])
}
