package dialogs

import (
	"strings"

	"contestbot"
)

// s8-j (round 20, rp96 p96a): before registering, "视频超过3分钟一点点行不行？我们
// 有个片子3分10秒" noted 时长：3分10秒 for the form. The pasted 报名表 then said
// 2分48秒: the form took 2分48秒 but kept warning that 3分10秒 was over the
// limit. A value noted before the form opened is a guess at the work; what
// the user gives when the form opens replaces it silently.

// earlyNotGiven is early (the values noted before the form opened, labelled,
// comma-joined) without the values whose field rest also fills.
func (t *turn) earlyNotGiven(early, rest string) string {
	if strings.TrimSpace(rest) == "" || strings.TrimSpace(early) == "" {
		return early
	}
	given := t.fillKeepingState(&contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}, rest, "")
	if len(given.set) == 0 {
		return early
	}
	var keep []string
	for _, part := range splitClauses(early) {
		part = strings.TrimRight(part, "，,")
		r := t.fillKeepingState(&contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}, part, "")
		dup := false
		for _, x := range r.set {
			dup = dup || given.has(x)
		}
		if !dup {
			keep = append(keep, part)
		}
	}
	return strings.Join(keep, "，")
}
