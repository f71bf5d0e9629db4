package checks

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// make3MinFilm writes a three-minute 1080P film at about 20 Mbps with its
// moov at the end (as phones and editors export it): 10 s of a moving
// test pattern with grain, encoded CBR with a 2 s GOP, repeated to 180 s
// without re-encoding.
func make3MinFilm(tb testing.TB, dir string) string {
	tb.Helper()
	ff, err := exec.LookPath("ffmpeg")
	if err != nil {
		tb.Skip("ffmpeg not installed")
	}
	seg, out := filepath.Join(dir, "seg.mp4"), filepath.Join(dir, "郑州大学-1-三分钟.mp4")
	run := func(args ...string) {
		if b, err := exec.Command(ff, append([]string{"-hide_banner", "-nostdin", "-loglevel", "error", "-y"}, args...)...).CombinedOutput(); err != nil {
			tb.Fatalf("ffmpeg: %v: %s", err, b)
		}
	}
	run("-f", "lavfi", "-i", "testsrc2=s=1920x1080:r=25:d=10,noise=alls=12:allf=t",
		"-f", "lavfi", "-i", "sine=f=440:r=48000:d=10",
		"-c:v", "libx264", "-preset", "ultrafast", "-b:v", "20M", "-minrate", "20M", "-maxrate", "20M",
		"-bufsize", "20M", "-x264-params", "nal-hrd=cbr", "-g", "50", "-pix_fmt", "yuv420p",
		"-c:a", "aac", "-b:a", "128k", seg)
	run("-stream_loop", "18", "-i", seg, "-c", "copy", "-t", "180", out)
	return out
}

// BenchmarkContent3Min1080p runs the content stage on a three-minute
// 1080P 20 Mbps film served over loopback by http.ServeContent. It reports
// the bytes the stage read (and checks them against the budget: the first
// 15 s plus the seeks' GOPs), the wall time to the content verdict, and the
// peak memory of ffmpeg and of this process.
func BenchmarkContent3Min1080p(b *testing.B) {
	dir := b.TempDir()
	film := make3MinFilm(b, dir)
	st, err := os.Stat(film)
	if err != nil {
		b.Fatal(err)
	}
	host := newCountingHost(b, film)
	c := New(Options{AllowPrivateNetworks: true})
	url := host.URL + "/" + filepath.Base(film)
	rep, err := c.Check(context.Background(), url, nil)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	var ct Content
	var wall time.Duration
	for b.Loop() {
		host.bytes.Store(0)
		start := time.Now()
		if ct, err = c.CheckContent(context.Background(), url, rep); err != nil {
			b.Fatal(err)
		}
		wall = time.Since(start)
	}
	if ct.Skipped != "" || ct.Frames < 55 || ct.SeekFrames < 2 {
		b.Fatalf("content: skipped %q, %d frames, %d seek frames", ct.Skipped, ct.Frames, ct.SeekFrames)
	}
	if len(ct.Findings) > 0 {
		b.Errorf("findings on a clean film: %+v", ct.Findings)
	}
	perSec := float64(st.Size()) / 180
	// First 15 s, twelve 2 s GOPs, and the moov with slack for the cache
	// blocks and what sits in socket buffers when ffmpeg hangs up.
	budget := int64(perSec*15 + 12*perSec*2 + 8<<20)
	if ct.BytesFetched > budget {
		b.Errorf("read %d bytes, budget %d", ct.BytesFetched, budget)
	}
	b.ReportMetric(float64(ct.BytesFetched), "bytes/check")
	b.ReportMetric(float64(host.bytes.Load()), "server-bytes/check")
	b.ReportMetric(float64(ct.Requests), "requests/check")
	// The film repeats a 10 s segment, so the twelve keyframes show two
	// pictures: seek-frames counts the distinct ones.
	b.ReportMetric(float64(ct.SeekFrames), "seek-frames")
	b.ReportMetric(perSec*15, "first15s-bytes")
	b.ReportMetric(wall.Seconds(), "s/verdict")
	b.ReportMetric(float64(ct.FFmpegMaxRSS)/(1<<20), "ffmpeg-MB")
	if hwm, err := os.ReadFile("/proc/self/status"); err == nil && len(hwm) > 0 {
		b.ReportMetric(float64(vmHWM(b))/(1<<20), "go-peak-MB")
	}
}
