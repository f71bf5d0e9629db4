package knowledge

import (
	"strings"
	"time"
)

// noticeDeadline is the deadline as the notice states it (the facts
// file's deadline and deadline_text).
//
// Config may set another deadline (contest.deadline): the day
// registration here closes, which reminders, the form and the status
// line count down to. Answers never put that day into the notice's mouth:
// {deadline_text} and {deadline_date} are always the notice's, and
// {deadline_note} (also opening {deadline_status}) adds "本次报名截止：…。"
// when the configured day differs.
type noticeDeadline struct {
	at   time.Time
	text string // the facts file's deadline_text ("…年…月…日前")
}

// overridden reports whether config closes registration on another day
// than the notice states.
func (b *Base) overridden() bool {
	return closingDay(b.facts.Deadline) != closingDay(b.notice.at)
}

// deadlineNote is "本次报名截止：2099年12月31日。" when config closes
// registration on another day than the notice's, else "".
func (b *Base) deadlineNote() string {
	if !b.overridden() {
		return ""
	}
	return b.noticePassedNote() + "本次报名截止：" + closingDay(b.facts.Deadline) + "。" // deadlinepast.go (s8-g)
}

// closingDay is a deadline's last day, with the time of day when it is
// not the end of the day: "2099年12月31日", "2099年12月31日18:00".
func closingDay(t time.Time) string {
	return strings.TrimSuffix(deadlineText(t), "前")
}
