package admin

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// longMoovAtEnd makes a real 3-minute 1080P film of about 260 MB with its
// moov at the end, quickly: one second encoded by ffmpeg, then copied 180
// times into one file (-stream_loop … -c copy), so the sample tables have a
// real three-minute film's size.
func longMoovAtEnd(tb testing.TB, dir string) string {
	tb.Helper()
	bin, err := exec.LookPath("ffmpeg")
	if err != nil {
		tb.Skip("ffmpeg not installed")
	}
	one := filepath.Join(dir, "one.mp4")
	out := filepath.Join(dir, "郑州铁路职院-1-黄河岸边的守望.mp4")
	steps := [][]string{
		{"-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=25:duration=1", "-f", "lavfi", "-i", "sine=frequency=440:duration=1",
			"-c:v", "libx264", "-preset", "ultrafast", "-b:v", "8500k", "-minrate", "8500k", "-maxrate", "8500k", "-bufsize", "8500k",
			"-x264-params", "nal-hrd=cbr", "-c:a", "aac", "-b:a", "128k", "-shortest", one},
		{"-stream_loop", "179", "-i", one, "-c", "copy", out},
	}
	for _, s := range steps {
		args := append([]string{"-v", "error", "-nostdin", "-y"}, s...)
		if b, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			tb.Fatalf("ffmpeg: %v\n%s", err, b)
		}
	}
	return out
}

// BenchmarkCheckPageThrottled measures how long the check page takes, from
// picking a 260 MB moov-at-end film to the verdict on screen, with the
// browser's upload throttled to 1 Mbit/s (and 100 ms latency), as on a
// weak mobile uplink. Run it by hand:
//
//	go test ./admin -run '^$' -bench CheckPageThrottled -benchtime 3x
//
// It needs chromium and ffmpeg. The target is under 15 s.
func BenchmarkCheckPageThrottled(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	bctx := newBrowser(b, ctx, 390, 844)
	path := longMoovAtEnd(b, b.TempDir())
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	pf := newPageFixture(b)
	link := pf.botLink(b, pageUser)
	u := uploadOf(b, path, testMaxMoov)
	err = chromedp.Do(bctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{Latency: 100, DownloadThroughput: -1, UploadThroughput: 1e6 / 8}},
		})
		return err
	}))
	if err != nil {
		b.Fatalf("throttle: %v", err)
	}
	var worst time.Duration
	b.ResetTimer()
	for b.Loop() {
		if err := chromedp.Do(bctx, chromedp.Navigate(link), chromedp.WaitReady(chromedp.ID("file"))); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		err := chromedp.Do(bctx,
			chromedp.SetUploadFiles(chromedp.ID("file"), []string{path}),
			chromedp.Poll[chromedp.Void](`!document.getElementById('result').hidden || !document.getElementById('error-card').hidden`,
				chromedp.WithPollingTimeout(time.Minute)),
		)
		if err != nil {
			b.Fatal(err)
		}
		worst = max(worst, time.Since(start))
		v, err := chromedp.Run(bctx, chromedp.Evaluate[pageVerdict](readVerdictJS))
		if err != nil || v.Error != "" || v.Report == "" {
			b.Fatalf("no verdict: %v %+v", err, v)
		}
	}
	b.ReportMetric(worst.Seconds(), "s-to-verdict-max")
	b.ReportMetric(float64(u.Bytes()), "bytes-sent")
	b.ReportMetric(float64(st.Size())/1e6, "MB-file")
}
