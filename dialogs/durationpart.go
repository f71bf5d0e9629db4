package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file joins a running time split over two messages: "2分" then "48秒
// 刚没打完" is 2分48秒, not 48秒. Whole minutes alone are kept as the first
// part; a next message that starts with seconds only finishes them.

var (
	// reMinutesOnly is whole minutes typed alone: "2分", "两分钟".
	reMinutesOnly = regexp.MustCompile(`^(?:时长)?[:：]?(\d{1,2}|[一二两三四五六七八九十]{1,3})分(?:钟)?$`)
	// reSecondsLead is seconds at the start of a message: "48秒", "48s".
	reSecondsLead = regexp.MustCompile(`^(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:秒|s)(?:钟)?`)
)

// durationPart is the minutes s gives alone, to keep as a first part.
func durationPart(s string) (string, bool) {
	clean, _ := dropSendChatter(s)
	m := reMinutesOnly.FindStringSubmatch(compact(clean))
	if m == nil {
		return "", false
	}
	return m[1] + "分", true
}

// joinDuration finishes minutes kept from the message before with the
// seconds norm starts with; ok is false when norm starts with no seconds.
func joinDuration(minutes, norm string) (string, bool) {
	c := strings.TrimSpace(norm)
	loc := reSecondsLead.FindStringSubmatchIndex(c)
	if loc == nil {
		return "", false
	}
	joined := minutes + c[loc[2]:loc[3]] + "秒"
	if _, err := contestbot.ParseDuration(joined); err != nil {
		return "", false
	}
	return strings.TrimSpace("时长：" + joined + " " + strings.TrimSpace(c[loc[1]:])), true
}
