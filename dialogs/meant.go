package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file keeps a value to what the user meant (issue #10, branch d1):
// an estimate of the running time is asked again, never stored as exact.

// vagueAtDuration answers a running time said as an estimate at the 时长
// step ("四分钟出头", "大概两分半"): nothing is stored, and the reply asks
// for the time to the second.
func (t *turn) vagueAtDuration(s string, pending slot, reask func(string) string) (string, bool) {
	if pending != slot(contestbot.FieldDuration) || !vagueDuration(s) {
		return "", false
	}
	return reask(vagueDurationLine(s)), true
}

// vagueDurationLine says why an estimate was not recorded and where to
// find the exact time.
func vagueDurationLine(s string) string {
	return "时长“" + clip(strings.TrimSpace(s), 12) + "”是个约数，报名表要写准确时长，没有记录。请看一下视频属性里的“长度”，写到秒，例如2分48秒。"
}

// reEstimate is a running time with the hedge around it and a 时长 label
// before it: "时长是三分多钟", "大概两分半", "四分钟出头".
var reEstimate = regexp.MustCompile(`(?:(?:时长|片长)(?:是|有)?)?(?:大概|大约|约莫|约|差不多|将近|接近|快|估计)?(?:[0-9]+|[一二两三四五六七八九十]+)(?:分钟|分)(?:[0-9]+|[一二三四五六七八九十]+)?(?:秒钟|秒|半钟|半)?(?:多钟|钟多|多|钟)?(?:左右|出头|上下|的样子|不到)?`)

// dropEstimate takes a running time said as an estimate out of a message
// typed with no form open ("片子三分多钟 实拍的"): rest is the message
// without it, est the estimate ("" when there is none).
func dropEstimate(s string) (rest, est string) {
	n := contestbot.NormalizeWidth(s)
	for _, loc := range reEstimate.FindAllStringIndex(n, -1) {
		m := n[loc[0]:loc[1]]
		if !contestbot.IsVagueDuration(m) {
			continue
		}
		rest = strings.TrimSpace(n[:loc[0]] + " " + n[loc[1]:])
		return strings.Trim(rest, "，,。 "), m
	}
	return s, ""
}

// idleEstimate starts a form from values typed with no form open beside a
// running time said as an estimate ("片子三分多钟 实拍的"): the other values
// are kept, the estimate is not, and the reply says so. The 时长 step asks
// for the exact time when the form reaches it.
func (t *turn) idleEstimate(s string) (string, bool) {
	if isQuestion(s) {
		return "", false
	}
	rest, est := dropEstimate(s)
	if est == "" || rest == "" || !t.fillsBlank(rest) || !t.onlyFormValues(rest) {
		return "", false
	}
	out := t.register(rest)
	return vagueDurationLine(est) + "\n\n" + out, true
}
