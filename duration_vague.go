package contestbot

import (
	"regexp"
	"strings"
)

// A running time said with a hedge ("四分钟出头", "大概两分半", "两分钟左右",
// "快三分钟") is an estimate, not the value the forms need: the 报名表, the
// 汇总表 and the 版权确认协议书 print the exact time. A hedge on a value
// given to the second ("大概2分50秒吧", "两分四十秒左右") is only a habit of
// speech, and that value is kept.

var (
	// reHedge is a word that makes a running time an estimate.
	// s10-e (rp125): a bound right after a time ("5分钟以内") and a guess
	// right before one ("应该是四分半", "可能三分钟") are estimates too; the
	// words elsewhere in a message ("以下是信息", "应该没问题") are not.
	reHedge = regexp.MustCompile(`大概|大约|约莫|约|差不多|左右|出头|不到|上下|样子|估计|好像|将近|接近|快|来分钟|分来|来钟|多|` +
		`(?:分钟|分|钟|秒)(?:以内|之内|以下)|(?:应该是|应该|可能是|可能|估摸着?|不超过)\s*[0-9一二两三四五六七八九十]`)
	// reToTheSecond is a running time given to the second: "2分50秒",
	// "两分四十秒", "150秒", "2:50", "2'50\"", "2min50s", "2.50".
	reToTheSecond = regexp.MustCompile(`(?i)[0-9一二两三四五六七八九十]\s*(?:秒|s\b|sec|"|″|”|'')|\d:\d{2}|\d\.\d{2}(?:$|[^\d分m])|\d+\s*(?:min|m)\s*\d+`)
)

// IsVagueDuration reports whether s states a running time as an estimate:
// it carries a hedge word and does not give the time to the second.
func IsVagueDuration(s string) bool {
	t := strings.ToLower(NormalizeWidth(strings.TrimSpace(s)))
	if reVague.MatchString(t) {
		return true // "三分多钟", "2分多"
	}
	return reHedge.MatchString(t) && !reToTheSecond.MatchString(t)
}
