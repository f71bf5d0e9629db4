package knowledge

import "testing"

// s11-k: round 34 (rp146) and the round-30 contacts' own questions
// (rp142–rp145). Each class has questions that must be read the new way
// and near-misses that must not.

// TestS11kLatinWordDigit (rp146): a digit that ends a Latin word (mp4,
// h264, h265, 4k) never starts the number of a duration written after it
// in Chinese numerals: "mp4 两分半" is 2分30秒, not 42分30秒.
func TestS11kLatinWordDigit(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "俺们视频1920x1080 码率20M mp4 两分半 横屏 中不中", kind: KindVideo, want: []string{"时长2分30秒", "符合通知要求"}, not: []string{"42分", "超过"}},
		{q: "1080p mp4两分半 码率20兆 行不行", kind: KindVideo, want: []string{"时长2分30秒"}, not: []string{"42分"}},
		{q: "h264 三分钟 1080p 码率20M 可以不", kind: KindVideo, want: []string{"时长3分"}, not: []string{"2643"}},
		{q: "编码h265两分钟 1080p 码率30兆 中不中", kind: KindVideo, want: []string{"时长2分"}, not: []string{"2652"}},
		{q: "4k两分半 码率40兆 mp4 能报吗", kind: KindVideo, want: []string{"时长2分30秒"}},
		// Rejects: digits that are not part of a Latin word still read as
		// written; a plain Arabic duration after mp4 is not changed.
		{q: "mp4 2分半 1080p 码率20m 中不中", kind: KindVideo, want: []string{"时长2分30秒"}},
		{q: "视频四分钟 mp4 1080p 码率20M 行吗", kind: KindVideo, want: []string{"时长4分"}},
		{q: "时长十二分钟 1080p 码率20M", kind: KindVideo, want: []string{"时长12分"}},
	})
	if got := arabicDurations("mp4两分半"); got != "mp4 2分半" {
		t.Errorf("arabicDurations(mp4两分半) = %q", got)
	}
	if got := arabicDurations("时长两分半"); got != "时长2分半" {
		t.Errorf("arabicDurations(时长两分半) = %q", got)
	}
}
