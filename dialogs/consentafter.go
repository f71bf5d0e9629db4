package dialogs

import (
	"regexp"
	"strings"
)

// s9-a (issue #10): at the summary after a change the user often says the
// change is done before confirming: "改好了，我又看了一遍，核对无误，确认。",
// "好的，这下都对了，确认". Such a clause says the record is right now; it
// is checked talk before the final 确认 (confirm.go consentLast), even
// when it says 改. A clause that names a field ("片名改对了": the summary
// reads a labelled message as values), gives a value, corrects or asks
// stays no consent, and such a remark is never stored as a title
// (form.go).

// reNowRight says a change is done or the field is right now.
var reNowRight = regexp.MustCompile(`^(?:也|都|现在|这下|这回|已经|我)*(?:改好了|改完了|改过了|改过来了|改对了|没问题了|对了|好了|可以了|正确了|没错了)(?:吧|啊|呀|哈)?$`)

// nowRight reports whether clause cl only says that a change is done or
// that the record is right now.
func nowRight(cl string) bool {
	c := bareNoSymbols(cl)
	if c == "" || strings.ContainsAny(c, "0123456789") || isQuestion(cl) {
		return false
	}
	return reNowRight.MatchString(c)
}

// reOwnLater is the user's own later work on the film, said in passing
// before a final 确认 (rp101 p101a: "好的明白了，我们回头重新导出成mp4，信息
// 都没问题，确认。"): it changes nothing in the record.
var reOwnLater = regexp.MustCompile(`^(?:我们|我|俺们|俺|咱们|咱)(?:回头|等会儿?|一会儿?|待会儿?|马上|稍后|晚点|下午|明天|这就)(?:再|就)?(?:重新)?(?:导出|导|转码|转换|转|剪|压缩|压|渲染|输出)(?:一下|一版|一遍)?(?:成|为)?(?:mp4|MP4|1080p|1080P|4k|4K|高清)?(?:格式|的)?(?:吧|哈|了)?$`)

// ownLaterAside reports whether clause cl is such an aside.
func ownLaterAside(cl string) bool {
	c := bareNoSymbols(cl)
	return c != "" && !isQuestion(cl) && firstNamedField(compact(cl)) == "" && reOwnLater.MatchString(c)
}
