package remind

import (
	"strings"
	"testing"
	"time"

	"contestbot"

	"github.com/google/go-cmp/cmp"
)

var shanghai = time.FixedZone("CST", 8*3600)

func at(month time.Month, day, hour, min int) time.Time {
	return time.Date(2025, month, day, hour, min, 0, 0, shanghai)
}

var deadline = time.Date(2025, 10, 15, 23, 59, 59, 0, shanghai)

func TestParseOffset(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string
		before   time.Duration
		clock    int
	}{
		{"Days", "7d", "7d", 7 * 24 * time.Hour, -1},
		{"DaysUpper", " 3D ", "3d", 3 * 24 * time.Hour, -1},
		{"Hours", "36h", "36h", 36 * time.Hour, -1},
		{"Clock", "09:00", "09:00", 0, 9 * 60},
		{"ClockShort", "9:30", "09:30", 0, 9*60 + 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o, err := parseOffset(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if o.canon != tc.want || o.before != tc.before || o.clock != tc.clock {
				t.Fatalf("got %+v", o)
			}
		})
	}
	for _, in := range []string{"", "7", "d", "0d", "-1d", "+1d", "7w", "1.5d", "24:00", "9:5", "09:60", "366d", "abc", "7 d"} {
		t.Run("Err"+in, func(t *testing.T) {
			_, err := parseOffset(in)
			if contestbot.ErrorCode(err) != contestbot.EINVALID {
				t.Fatalf("parseOffset(%q) = %v, want EINVALID", in, err)
			}
			if msg := contestbot.ErrorMessage(err); !strings.Contains(msg, "reminders.offsets") {
				t.Fatalf("message %q does not name reminders.offsets", msg)
			}
		})
	}
}

func TestQuietHours(t *testing.T) {
	q, err := parseQuietHours("22:00-08:00")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		t    time.Time
		want bool
	}{
		{"Evening", at(10, 8, 21, 59), false},
		{"Start", at(10, 8, 22, 0), true},
		{"Midnight", at(10, 9, 0, 0), true},
		{"Early", at(10, 9, 7, 59), true},
		{"End", at(10, 9, 8, 0), false},
		{"Noon", at(10, 9, 12, 0), false},
		{"UTCInput", at(10, 9, 3, 0).UTC(), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := q.contains(tc.t, shanghai); got != tc.want {
				t.Fatalf("contains(%v) = %v", tc.t, got)
			}
		})
	}
	day, err := parseQuietHours("12:00-14:00")
	if err != nil {
		t.Fatal(err)
	}
	if !day.contains(at(10, 9, 13, 0), shanghai) || day.contains(at(10, 9, 23, 0), shanghai) {
		t.Fatal("non-wrapping window misread")
	}
	for _, in := range []string{"", "22:00", "22:00-22:00", "25:00-08:00", "08:00-07:00", "night"} {
		if _, err := parseQuietHours(in); contestbot.ErrorCode(err) != contestbot.EINVALID {
			t.Errorf("parseQuietHours(%q) = %v, want EINVALID", in, err)
		}
	}
}

func TestShift(t *testing.T) {
	q, _ := parseQuietHours("22:00-08:00")
	for _, tc := range []struct {
		name     string
		in       time.Time
		deadline time.Time
		want     time.Time
	}{
		{"Outside", at(10, 8, 15, 0), deadline, at(10, 8, 15, 0)},
		{"LateEveningEarlier", at(10, 8, 23, 59), deadline, at(10, 8, 21, 0)},
		{"AfterMidnightEarlier", at(10, 9, 2, 0), deadline, at(10, 8, 21, 0)},
		{"EarlyMorningLater", at(10, 9, 5, 0), deadline, at(10, 9, 8, 0)},
		{"MidpointLater", at(10, 9, 3, 0), deadline, at(10, 9, 8, 0)},
		{"LaterPastDeadline", at(10, 15, 5, 0), at(10, 15, 7, 0), at(10, 14, 21, 0)},
		{"LaterAtDeadline", at(10, 15, 5, 0), at(10, 15, 8, 0), at(10, 14, 21, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := q.shift(tc.in, tc.deadline, shanghai)
			if !got.Equal(tc.want) {
				t.Fatalf("shift(%v) = %v, want %v", tc.in, got.In(shanghai), tc.want)
			}
			if q.contains(got, shanghai) {
				t.Fatalf("shifted time %v is in quiet hours", got)
			}
		})
	}
}

func TestSlots(t *testing.T) {
	q, _ := parseQuietHours("22:00-08:00")
	parse := func(ss ...string) []offset {
		var out []offset
		for _, s := range ss {
			o, err := parseOffset(s)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, o)
		}
		return out
	}
	type row struct {
		Offset, Key string
		At          time.Time
	}
	rows := func(ss []Slot) []row {
		var out []row
		for _, s := range ss {
			out = append(out, row{s.Offset, s.Key, s.At.In(shanghai)})
		}
		return out
	}
	t.Run("Default", func(t *testing.T) {
		got, dropped := slots(parse(DefaultOffsets...), deadline, q, shanghai)
		want := []row{
			{"7d", "7d@2025-10-15T23:59", at(10, 8, 21, 0)},
			{"3d", "3d@2025-10-15T23:59", at(10, 12, 21, 0)},
			{"1d", "1d@2025-10-15T23:59", at(10, 14, 21, 0)},
			{"09:00", "09:00@2025-10-15T23:59", at(10, 15, 9, 0)},
		}
		if diff := cmp.Diff(want, rows(got)); diff != "" || dropped != nil {
			t.Fatalf("slots (-want +got):\n%s dropped %v", diff, dropped)
		}
	})
	t.Run("SortedDedupedDropped", func(t *testing.T) {
		noon := time.Date(2025, 10, 15, 12, 0, 0, 0, shanghai)
		got, dropped := slots(parse("09:00", "2h", "2H", "18:00", "1d"), noon, q, shanghai)
		want := []row{
			{"1d", "1d@2025-10-15T12:00", at(10, 14, 12, 0)},
			{"09:00", "09:00@2025-10-15T12:00", at(10, 15, 9, 0)},
			{"2h", "2h@2025-10-15T12:00", at(10, 15, 10, 0)},
		}
		if diff := cmp.Diff(want, rows(got)); diff != "" {
			t.Fatalf("slots (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]string{"18:00"}, dropped); diff != "" {
			t.Fatalf("dropped: %s", diff)
		}
	})
	t.Run("MidnightDeadline", func(t *testing.T) {
		mid := time.Date(2025, 10, 16, 0, 0, 0, 0, shanghai)
		got, _ := slots(parse("09:00"), mid, q, shanghai)
		if len(got) != 1 || !got[0].At.Equal(at(10, 15, 9, 0)) {
			t.Fatalf("got %+v, want 09:00 on the 15th (the last day)", rows(got))
		}
	})
}

func TestDue(t *testing.T) {
	s, err := New(nil, nil, Options{Deadline: deadline})
	if err != nil {
		t.Fatal(err)
	}
	var never time.Time
	for _, tc := range []struct {
		name      string
		now, last time.Time
		want      string
		missed    []string
	}{
		{"BeforeFirst", at(10, 8, 20, 0), never, "", nil},
		{"FirstSlot", at(10, 8, 21, 0), at(10, 8, 20, 50), "7d", nil},
		{"Handled", at(10, 8, 21, 10), at(10, 8, 21, 0), "", nil},
		{"Quiet", at(10, 8, 22, 30), at(10, 8, 20, 50), "", nil},
		{"CatchUpMorning", at(10, 9, 8, 0), at(10, 8, 20, 50), "7d", nil},
		{"CatchUpAfterTwo", at(10, 13, 10, 0), at(10, 8, 20, 0), "3d", []string{"7d"}},
		{"FirstEverPass", at(10, 12, 21, 0), never, "3d", []string{"7d"}},
		{"LastSlot", at(10, 15, 9, 0), at(10, 15, 8, 50), "09:00", nil},
		{"AfterDeadline", at(10, 16, 9, 0), at(10, 15, 8, 50), "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, missed, ok := s.due(tc.now, tc.last)
			got := ""
			if ok {
				got = d.Offset
			}
			var gotMissed []string
			for _, m := range missed {
				gotMissed = append(gotMissed, m.Offset)
			}
			if got != tc.want || !cmp.Equal(gotMissed, tc.missed) {
				t.Fatalf("due = %q missed %v, want %q %v", got, gotMissed, tc.want, tc.missed)
			}
		})
	}
}

func TestNewErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
		key  string
	}{
		{"NoDeadline", Options{}, "contest.deadline"},
		{"BadOffset", Options{Deadline: deadline, Offsets: []string{"7d", "soon"}}, "reminders.offsets"},
		{"BadQuiet", Options{Deadline: deadline, QuietHours: "night"}, "reminders.quiet_hours"},
		{"BadZone", Options{Deadline: deadline, Timezone: "Mars/Olympus"}, "reminders.timezone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(nil, nil, tc.opts)
			if contestbot.ErrorCode(err) != contestbot.EINVALID || !strings.Contains(contestbot.ErrorMessage(err), tc.key) {
				t.Fatalf("New = %v, want EINVALID naming %s", err, tc.key)
			}
		})
	}
}
