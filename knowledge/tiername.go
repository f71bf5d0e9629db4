package knowledge

import (
	"regexp"
	"strconv"

	"contestbot"
)

// s8-k (round 25, rp98 Q6/Q27/Q28): a size named by its tier ("1080P",
// "4K") says nothing of the orientation; the answer names the tier and
// says both orientations are accepted, never "1920×1080（1080P 横屏）".

// reSizedOrientation is a checks message's size with an assumed
// orientation: "1920×1080（1080P 横屏）"; groups 1 and 2 the size, 3 the tier.
var reSizedOrientation = regexp.MustCompile(`(\d+)×(\d+)（(\S+?) 横屏）`)

// unassumed rewrites the resolution rule's message when the words named
// the tier only.
func (w wordsFacts) unassumed(rule, msg string) string {
	if !w.tierNamed || rule != contestbot.RuleResolution {
		return msg
	}
	return reSizedOrientation.ReplaceAllString(msg, "${3}（${1}×${2}或${2}×${1}，横竖屏皆可）")
}

// tierWord names a frame size by its tier: 1920×1080 is "1080P", 3840×2160
// is "4K".
func tierWord(w, h int) string {
	short := min(w, h)
	switch {
	case short >= 2160:
		return "4K"
	case short >= 1440:
		return "2K"
	}
	return strconv.Itoa(short) + "P"
}
