package knowledge

import (
	"fmt"
	"time"
)

// s8-g (rp93 observation): with a configured closing day later than the
// notice's, a deadline answer said "今天是12月7日，距截止还有26687天" and
// never that the notice's own date (its deadline_text) had already passed. The
// answer now says so plainly, and today's date carries its year when it
// is not the notice's year.

// noticePassed reports whether today is after the notice's own deadline.
func (b *Base) noticePassed() bool {
	return !b.notice.at.IsZero() && b.now().After(b.notice.at)
}

// noticePassedNote is "通知写的报送日期（…）已经过了；" when
// config keeps registration open past the notice's passed date, else "".
func (b *Base) noticePassedNote() string {
	if !b.overridden() || !b.noticePassed() || b.now().After(b.facts.Deadline) {
		return ""
	}
	return fmt.Sprintf("通知写的报送日期（%s）已经过了；", closingDay(b.notice.at))
}

// todayText is today as "12月7日", or "2026年12月7日" when the year is not
// the notice deadline's year.
func (b *Base) todayText(now time.Time) string {
	if !b.notice.at.IsZero() && now.Year() != b.notice.at.In(shanghai).Year() {
		return fmt.Sprintf("%d年%d月%d日", now.Year(), int(now.Month()), now.Day())
	}
	return fmt.Sprintf("%d月%d日", int(now.Month()), now.Day())
}
