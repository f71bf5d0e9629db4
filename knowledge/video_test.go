package knowledge

import (
	"testing"

	"contestbot/checks"
)

// TestContainerSaid: pasted tool output is read for what it says (round 12,
// rp54: ffprobe's "mov,mp4,m4a,3gp,3g2,mj2" and MediaInfo's "MPEG-4" were
// judged MOV and MPEG on a valid MP4).
func TestContainerSaid(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"input #0, mov,mp4,m4a,3gp,3g2,mj2, from '像素里的初心.mp4':", "mp4"},
		{"format : mpeg-4 format profile : base media", "mp4"},
		{"major_brand : isom mov,mp4,m4a,3gp,3g2,mj2", "mp4"},
		{"1080p mov 8m", "quicktime"},
		{"导出的是mov格式", "quicktime"},
		{"mp4格式行吗", "mp4"},
		{"mpg文件可以吗", "mpeg"},
		{"码率多少合适", ""},
	} {
		if got, _ := containerSaid(tc.q); got != tc.want {
			t.Errorf("containerSaid(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestToolOutputWords: ffprobe's lines give a duration and no file size.
func TestToolOutputWords(t *testing.T) {
	for _, q := range []string{
		"input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'xs.mp4':\n  duration: 00:02:48.00, bitrate: 15200 kb/s",
		normalize("Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'xs.mp4':\n  Duration: 00:02:48.00, bitrate: 15200 kb/s\n这个视频符合要求吗"),
	} {
		w := parseVideoWords(q, checks.DefaultSpec())
		if w.f.DurationSeconds != 168 || w.sizeBytes != 0 || w.f.Container != "mp4" {
			t.Errorf("%q: duration %v, size %d, container %q; want 168, 0, mp4", q, w.f.DurationSeconds, w.sizeBytes, w.f.Container)
		}
	}
}
