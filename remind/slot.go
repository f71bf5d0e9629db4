package remind

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"contestbot"
)

// DefaultOffsets are used when Options.Offsets is empty: a week, three days
// and one day before the deadline, and 09:00 on the last day.
var DefaultOffsets = []string{"7d", "3d", "1d", "09:00"}

// Slot is one planned reminder time. Each (user, slot) is sent at most once.
type Slot struct {
	// Offset is the canonical offset it came from: "7d", "12h" or "09:00".
	Offset string
	// Key identifies the slot in the reminders table: the offset and the
	// deadline it counts from ("7d@2025-10-15T23:59"), so moving the deadline
	// plans fresh reminders.
	Key string
	// Nominal is the instant the offset names; At is when it is due, after
	// moving it out of quiet hours.
	Nominal, At time.Time
}

// offset is one parsed entry of reminders.offsets.
type offset struct {
	canon  string
	before time.Duration // for "Nd" / "Nh"
	clock  int           // for "HH:MM": minutes after midnight; -1 otherwise
}

// parseOffset reads one entry of reminders.offsets:
//
//	"Nd"    N days (N×24 h) before the deadline, 1 ≤ N ≤ 365
//	"Nh"    N hours before the deadline, 1 ≤ N ≤ 8760
//	"HH:MM" that wall-clock time on the deadline's last day
func parseOffset(s string) (offset, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	bad := contestbot.Errorf(contestbot.EINVALID,
		"reminders.offsets: 无法识别 %q，应写成 7d（截止前7天）、12h（截止前12小时）或 09:00（截止当天9点）", s)
	if h, m, ok := strings.Cut(t, ":"); ok {
		hh, err1 := strconv.Atoi(h)
		mm, err2 := strconv.Atoi(m)
		if err1 != nil || err2 != nil || len(m) != 2 || len(h) < 1 || len(h) > 2 || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
			return offset{}, bad
		}
		return offset{canon: fmt.Sprintf("%02d:%02d", hh, mm), clock: hh*60 + mm}, nil
	}
	if len(t) < 2 {
		return offset{}, bad
	}
	n, err := strconv.Atoi(t[:len(t)-1])
	if err != nil || n < 1 || strings.HasPrefix(t, "+") {
		return offset{}, bad
	}
	switch t[len(t)-1] {
	case 'd':
		if n > 365 {
			return offset{}, bad
		}
		return offset{canon: strconv.Itoa(n) + "d", before: time.Duration(n) * 24 * time.Hour, clock: -1}, nil
	case 'h':
		if n > 365*24 {
			return offset{}, bad
		}
		return offset{canon: strconv.Itoa(n) + "h", before: time.Duration(n) * time.Hour, clock: -1}, nil
	}
	return offset{}, bad
}

// quietHours is a daily window, in minutes after local midnight, during
// which nothing is sent. start > end means it wraps past midnight.
type quietHours struct {
	start, end int
}

// parseQuietHours reads "22:00-08:00". The window must leave at least two
// hours a day for sending: an evening slot moves to one hour before it.
func parseQuietHours(s string) (quietHours, error) {
	bad := contestbot.Errorf(contestbot.EINVALID,
		"reminders.quiet_hours: 无法识别 %q，应写成 22:00-08:00 这样的时段，且每天至少留出2小时可发送", s)
	a, b, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return quietHours{}, bad
	}
	start, err1 := parseClock(a)
	end, err2 := parseClock(b)
	if err1 != nil || err2 != nil || start == end {
		return quietHours{}, bad
	}
	q := quietHours{start, end}
	if 24*60-q.length() < 120 {
		return quietHours{}, bad
	}
	return q, nil
}

func parseClock(s string) (int, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, err
	}
	return t.Hour()*60 + t.Minute(), nil
}

// length is the window's length in minutes.
func (q quietHours) length() int {
	if q.start < q.end {
		return q.end - q.start
	}
	return 24*60 - q.start + q.end
}

func (q quietHours) String() string {
	return fmt.Sprintf("%02d:%02d-%02d:%02d", q.start/60, q.start%60, q.end/60, q.end%60)
}

// contains reports whether t falls in quiet hours in loc. The start is quiet,
// the end is not: with 22:00-08:00, 22:00 is quiet and 08:00 is not.
func (q quietHours) contains(t time.Time, loc *time.Location) bool {
	_, _, ok := q.period(t, loc)
	return ok
}

// period returns the quiet period containing t: its first instant and the
// instant it ends.
func (q quietHours) period(t time.Time, loc *time.Location) (start, end time.Time, ok bool) {
	t = t.In(loc)
	y, mo, d := t.Date()
	at := func(dayOffset, minutes int) time.Time {
		return time.Date(y, mo, d+dayOffset, minutes/60, minutes%60, 0, 0, loc)
	}
	if q.start < q.end {
		start, end = at(0, q.start), at(0, q.end)
		return start, end, !t.Before(start) && t.Before(end)
	}
	if s := at(0, q.start); !t.Before(s) {
		return s, at(1, q.end), true
	}
	if e := at(0, q.end); t.Before(e) {
		return at(-1, q.start), e, true
	}
	return time.Time{}, time.Time{}, false
}

// shift moves an instant out of quiet hours to the nearer edge of the quiet
// period: to one hour before it begins (21:00 for 22:00-08:00) when the
// instant is in its first half, to its end (08:00) otherwise. Sending at the
// very edge of 22:00 would race the scheduler's tick into quiet hours, hence
// the hour. A later time at or after the deadline is useless, so then the
// earlier one is taken.
func (q quietHours) shift(t, deadline time.Time, loc *time.Location) time.Time {
	start, end, ok := q.period(t, loc)
	if !ok {
		return t
	}
	earlier := start.Add(-time.Hour)
	if t.Sub(start) < end.Sub(t) || !end.Before(deadline) {
		return earlier
	}
	return end
}

// lastDay is the local date of the last instant before the deadline: a
// deadline at 00:00 on the 16th has the 15th as its last day.
func lastDay(deadline time.Time, loc *time.Location) (int, time.Month, int) {
	return deadline.Add(-time.Nanosecond).In(loc).Date()
}

// slots computes the reminder slots of offsets for deadline, sorted by due
// time. Offsets whose instant is not before the deadline are left out and
// returned in dropped.
func slots(offsets []offset, deadline time.Time, q quietHours, loc *time.Location) (out []Slot, dropped []string) {
	keyBase := deadline.In(loc).Format("2006-01-02T15:04")
	seen := map[string]bool{}
	for _, o := range offsets {
		if seen[o.canon] {
			continue
		}
		seen[o.canon] = true
		var nominal time.Time
		if o.clock >= 0 {
			y, m, d := lastDay(deadline, loc)
			nominal = time.Date(y, m, d, o.clock/60, o.clock%60, 0, 0, loc)
		} else {
			nominal = deadline.Add(-o.before)
		}
		if !nominal.Before(deadline) {
			dropped = append(dropped, o.canon)
			continue
		}
		out = append(out, Slot{
			Offset:  o.canon,
			Key:     o.canon + "@" + keyBase,
			Nominal: nominal,
			At:      q.shift(nominal, deadline, loc),
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, dropped
}
