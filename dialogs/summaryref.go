package dialogs

import (
	"contestbot"
)

// Branch s9-f (issue #10, round 23, rp113): "同简介" is never the stored 摘要.
// The form stores the 简介's text for it; this is the one place that makes
// sure whatever path set the 摘要: a reference left in it becomes the 简介's
// text when that fits the limit, else nothing (the 摘要 is asked again).
func summaryReference(e *contestbot.Entry) {
	if e == nil || e.Summary == "" || e.Summary == e.Synopsis {
		return
	}
	if !matchesAny(e.Summary, sameAsSynopsis) && !meansSameAsSynopsis(e.Summary) {
		return
	}
	if e.Synopsis != "" && contestbot.RuneLen(e.Synopsis) <= contestbot.MaxSummaryRunes {
		e.Summary = e.Synopsis
	} else {
		e.Summary = ""
	}
}
