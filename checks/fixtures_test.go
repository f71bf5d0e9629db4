package checks

import (
	"encoding/binary"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// The committed fixtures in testdata/fixtures are real ffmpeg output with
// every mdat payload removed ("elided"): the box headers, ftyp and moov are
// intact, so a fixture is a few KB. expandFixture puts the payloads back
// as zeros in a sparse file, which gives a file of the original size and
// layout. TestRegenFixtures (-regen) rebuilds them with ffmpeg.

var regen = flag.Bool("regen", false, "regenerate testdata/fixtures with ffmpeg")

// fixtureSpec is how one fixture is made and what checking it must find.
type fixtureSpec struct {
	name string
	// ffmpeg arguments after -y; the output path is appended.
	args []string
	// remux: a second ffmpeg pass "-i first -c copy <remux> out" (ffmpeg
	// 5.1 writes the rotate tag only when copying).
	remux []string
	// whole: commit only the first this many bytes, not elided (not MP4).
	whole int

	statuses   string // container duration resolution bitrate filename codec
	container  string
	width      int
	height     int
	coded      [2]int
	rotation   []int // accepted values
	codec      string
	fragmented bool
	faststart  bool
	audio      bool
	video      bool
	duration   float64 // seconds, ±0.1; 0: not checked
	minMbps    float64 // video bitrate range; 0: not checked
	maxMbps    float64
}

func x264(rate string) []string {
	return []string{"-c:v", "libx264", "-preset", "ultrafast", "-b:v", rate, "-minrate", rate,
		"-maxrate", rate, "-bufsize", rate, "-x264-params", "nal-hrd=cbr"}
}

func lavfi(size string) []string {
	return []string{"-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=25:duration=1"}
}

var withAudio = []string{"-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "aac", "-b:a", "64k"}

func join(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var fixtureSpecs = []fixtureSpec{
	{name: "1080p.mp4", args: join(lavfi("1920x1080"), withAudio, x264("20M"), []string{"-movflags", "+faststart"}),
		statuses: "pppppp", container: "mp4", width: 1920, height: 1080, coded: [2]int{1920, 1080}, rotation: []int{0},
		codec: "h264", faststart: true, audio: true, video: true, duration: 1, minMbps: 15, maxMbps: 30},
	{name: "portrait.mp4", args: join(lavfi("1080x1920"), x264("20M"), []string{"-movflags", "+faststart"}),
		statuses: "pppppp", container: "mp4", width: 1080, height: 1920, coded: [2]int{1080, 1920}, rotation: []int{0},
		codec: "h264", faststart: true, video: true, duration: 1, minMbps: 15, maxMbps: 30},
	{name: "4k.mp4", args: join(lavfi("3840x2160"), x264("50M"), []string{"-movflags", "+faststart"}),
		statuses: "pppppp", container: "mp4", width: 3840, height: 2160, coded: [2]int{3840, 2160}, rotation: []int{0},
		codec: "h264", faststart: true, video: true, duration: 1, minMbps: 40, maxMbps: 95},
	{name: "720p.mp4", args: join(lavfi("1280x720"), x264("5M"), []string{"-movflags", "+faststart"}),
		statuses: "ppfspp", container: "mp4", width: 1280, height: 720, coded: [2]int{1280, 720}, rotation: []int{0},
		codec: "h264", faststart: true, video: true, duration: 1, minMbps: 3, maxMbps: 8},
	{name: "low.mp4", args: join(lavfi("1920x1080"), x264("5M"), []string{"-movflags", "+faststart"}),
		statuses: "pppfpp", container: "mp4", width: 1920, height: 1080, coded: [2]int{1920, 1080}, rotation: []int{0},
		codec: "h264", faststart: true, video: true, duration: 1, minMbps: 3, maxMbps: 8},
	{name: "high.mp4", args: join(lavfi("1920x1080"), x264("70M"), []string{"-movflags", "+faststart"}),
		statuses: "pppfpp", container: "mp4", width: 1920, height: 1080, coded: [2]int{1920, 1080}, rotation: []int{0},
		codec: "h264", faststart: true, video: true, duration: 1, minMbps: 55, maxMbps: 120},
	{name: "moovend.mp4", args: join(lavfi("1920x1080"), withAudio, x264("20M")),
		statuses: "pppppp", container: "mp4", width: 1920, height: 1080, coded: [2]int{1920, 1080}, rotation: []int{0},
		codec: "h264", audio: true, video: true, duration: 1, minMbps: 15, maxMbps: 30},
	{name: "frag.mp4", args: join(lavfi("1920x1080"), x264("20M"), []string{"-g", "5", "-movflags", "frag_keyframe+empty_moov"}),
		statuses: "pppppp", container: "mp4", width: 1920, height: 1080, coded: [2]int{1920, 1080}, rotation: []int{0},
		codec: "h264", fragmented: true, faststart: true, video: true, duration: 1, minMbps: 15, maxMbps: 30},
	{name: "hevc.mp4", args: join([]string{"-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=25:duration=1,noise=alls=20:allf=t",
		"-c:v", "libx265", "-preset", "ultrafast", "-b:v", "20M", "-x265-params",
		"log-level=error:vbv-maxrate=20000:vbv-bufsize=20000:strict-cbr=1:hrd=1", "-tag:v", "hvc1", "-movflags", "+faststart"}),
		statuses: "pppppp", container: "mp4", width: 1920, height: 1080, coded: [2]int{1920, 1080}, rotation: []int{0},
		codec: "hevc", faststart: true, video: true, duration: 1, minMbps: 12, maxMbps: 35},
	{name: "rotated.mp4", args: join(lavfi("1920x1080"), x264("20M")),
		remux:    []string{"-metadata:s:v:0", "rotate=90", "-movflags", "+faststart"},
		statuses: "pppppp", container: "mp4", width: 1080, height: 1920, coded: [2]int{1920, 1080}, rotation: []int{90, 270},
		codec: "h264", faststart: true, video: true, duration: 1, minMbps: 15, maxMbps: 30},
	{name: "quicktime.mov", args: join(lavfi("1920x1080"), x264("20M"), []string{"-f", "mov"}),
		statuses: "fppppp", container: "quicktime", width: 1920, height: 1080, coded: [2]int{1920, 1080}, rotation: []int{0},
		codec: "h264", video: true, duration: 1, minMbps: 15, maxMbps: 30},
	{name: "audio.m4a", args: join([]string{"-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "aac", "-b:a", "64k", "-f", "mp4"}),
		statuses: "fsssps", container: "mp4", audio: true, duration: 1},
	{name: "matroska.mkv", args: join(lavfi("320x240"), []string{"-c:v", "libx264", "-preset", "ultrafast", "-f", "matroska"}),
		whole: 4096, statuses: "fsssps", container: "matroska"},
}

func fixtureSpecNamed(name string) fixtureSpec {
	for _, s := range fixtureSpecs {
		if s.name == name {
			return s
		}
	}
	panic("no fixture " + name)
}

// elide copies an MP4 without its mdat payloads.
func elide(src []byte) ([]byte, error) {
	boxes, err := walkBytes(src)
	if err != nil {
		return nil, err
	}
	var out []byte
	for _, b := range boxes {
		if b.Type == "mdat" {
			out = append(out, src[b.Off:b.Off+b.HdrLen]...)
			continue
		}
		out = append(out, src[b.Off:b.End()]...)
	}
	return out, nil
}

// expand writes an elided MP4 to path as a sparse file of the original size.
func expand(elided []byte, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var off, pos int64 // off: in the output; pos: in elided
	for pos < int64(len(elided)) {
		b := elided[pos:]
		if len(b) < 8 {
			return io.ErrUnexpectedEOF
		}
		size := int64(binary.BigEndian.Uint32(b[:4]))
		hdr := int64(8)
		if size == 1 {
			size, hdr = int64(binary.BigEndian.Uint64(b[8:16])), 16
		}
		if string(b[4:8]) == "mdat" {
			if _, err := f.WriteAt(b[:hdr], off); err != nil {
				return err
			}
			off += size
			pos += hdr
			continue
		}
		if _, err := f.WriteAt(b[:size], off); err != nil {
			return err
		}
		off += size
		pos += size
	}
	return f.Truncate(off)
}

// fixtureFile expands fixture name into dir/outName and returns its path.
func fixtureFile(t testing.TB, name, dir, outName string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "fixtures", name))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, outName)
	if fixtureSpecNamed(name).whole > 0 {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if err := expand(data, p); err != nil {
		t.Fatalf("expand %s: %v", name, err)
	}
	return p
}

// ffmpegFile makes fixture spec s with ffmpeg into dir, or skips the test
// when ffmpeg is not installed.
func ffmpegFile(t testing.TB, s fixtureSpec, dir string) string {
	t.Helper()
	bin, err := exec.LookPath("ffmpeg")
	if err != nil {
		t.Skip("ffmpeg not installed")
	}
	out := filepath.Join(dir, "gen-"+s.name)
	args := append([]string{"-v", "error", "-nostdin", "-y"}, s.args...)
	cmd := exec.Command(bin, append(args, out)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg %s: %v\n%s", s.name, err, b)
	}
	if s.remux == nil {
		return out
	}
	final := filepath.Join(dir, "remux-"+s.name)
	args = append([]string{"-v", "error", "-nostdin", "-y", "-i", out, "-c", "copy"}, s.remux...)
	if b, err := exec.Command(bin, append(args, final)...).CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg remux %s: %v\n%s", s.name, err, b)
	}
	return final
}

func TestRegenFixtures(t *testing.T) {
	if !*regen {
		t.Skip("run with -regen to rebuild testdata/fixtures with ffmpeg")
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join("testdata", "fixtures"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, s := range fixtureSpecs {
		p := ffmpegFile(t, s, dir)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if s.whole > 0 {
			data = data[:min(len(data), s.whole)]
		} else if data, err = elide(data); err != nil {
			t.Fatalf("elide %s: %v", s.name, err)
		}
		if len(data) > 1<<20 {
			t.Fatalf("%s: %d bytes, want < 1 MB", s.name, len(data))
		}
		if err := os.WriteFile(filepath.Join("testdata", "fixtures", s.name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s bytes", s.name, strconv.Itoa(len(data)))
	}
}
