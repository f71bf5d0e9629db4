package dialogs

import (
	"regexp"
	"strings"
)

// s9-a (issue #10): at the summary after a change the user often says the
// change is done before confirming: "改好了，我又看了一遍，核对无误，确认。",
// "好的，片名改对了，确认。". Such a clause says the record is right now; it
// is checked talk before the final 确认 (confirm.go consentLast), even
// when it says 改 or names the field just changed. A clause that gives a
// value, corrects, or asks stays no consent.

// reNowRight says a change is done or the field is right now.
var reNowRight = regexp.MustCompile(`^(?:也|都|现在|这下|这回|已经|我)*(?:改好了|改完了|改过了|改过来了|改对了|没问题了|对了|好了|可以了|正确了|没错了)(?:吧|啊|呀|哈)?$`)

// nowRight reports whether clause cl only says that a change is done or
// that a field (named or not) is right now.
func nowRight(cl string) bool {
	c := bareNoSymbols(cl)
	if c == "" || strings.ContainsAny(c, "0123456789") || isQuestion(cl) {
		return false
	}
	for _, d := range labelDefs {
		if !d.weak && strings.HasPrefix(c, d.word) {
			c = c[len(d.word):]
			break
		}
	}
	return reNowRight.MatchString(c)
}
