package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s7-j (round 17, rp81 p81a): "是 都对着哩 没用那啥AI 对了片子时间俺刚才手机上看了一下
// 是2分58秒 不是三分钟". An exact running time said beside the checklist answer
// is the 时长, whatever was stored before; the time after 不是 is the one it
// replaces. A vague time ("三分来钟") is never taken.

// reNotTime is the denied time of a correction: "不是三分钟", "不是2分58".
var reNotTime = regexp.MustCompile(`(?:不是|并非|而不是)[^，,。；;\s]{0,12}$`)

// timeBesideFacts returns the one exact running time that s states and does
// not deny, in seconds.
func timeBesideFacts(s string) (int, bool) {
	found := 0
	for _, cl := range splitClauses(s) {
		for _, w := range strings.Fields(cl) {
			n := contestbot.NormalizeWidth(w)
			ds := findDurations(n)
			if len(ds) != 1 || contestbot.IsVagueDuration(w) || isQuestion(w) {
				continue
			}
			at := strings.Index(n, ds[0])
			if reNotTime.MatchString(n[:at]) {
				continue // "不是2分58": the value replaced
			}
			d, err := contestbot.ParseDuration(ds[0])
			if err != nil || d <= 0 || found != 0 && found != d {
				if found != 0 && found != d {
					return 0, false // two different times: not ours to choose
				}
				continue
			}
			found = d
		}
	}
	return found, found > 0
}

// durationBesideFacts records such a time in e and in r.
func durationBesideFacts(e *contestbot.Entry, s string, r *fillResult) {
	if d, ok := timeBesideFacts(s); ok && d != e.DurationSeconds {
		e.DurationSeconds = d
		r.add(slot(contestbot.FieldDuration))
	}
}
