package checks

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"contestbot"
)

// Fonts for the corpus's captions and logos: a Latin font (DejaVu, which
// ffmpeg's fontconfig pulls in) and a CJK font (.ci/run installs
// fonts-wqy-microhei when none is there).
var (
	latinFonts = []string{
		"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
		"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
	}
	serifFonts = []string{
		"/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
		"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
	}
	cjkFonts = []string{
		"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
		"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
		"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
		"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
		"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
		"/usr/share/fonts/truetype/arphic/uming.ttc",
	}
)

func firstFont(tb testing.TB, cands []string) string {
	tb.Helper()
	for _, p := range cands {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	tb.Fatalf("no font found among %v (install fonts-dejavu-core and fonts-wqy-microhei, as .ci/run does)", cands)
	return ""
}

// corpusFilm is one film of the content corpus: a filter graph that
// produces [v] and [a], and the finding it must (or must not) give.
type corpusFilm struct {
	name   string
	want   string // rule id, or "" for a clean film
	corner string // for a logo
	w, h   int
	dur    float64
	graph  string
	rate   int // frame rate (default 10)
}

// corpus describes the films. Sources are ffmpeg's lavfi generators:
// smptebars, smptehdbars, pal75bars, sine, drawtext, testsrc2 with its
// counter, gradients, noise, mandelbrot, life.
func corpus(tb testing.TB, dir string) []corpusFilm {
	latin, serif, cjk := firstFont(tb, latinFonts), firstFont(tb, serifFonts), firstFont(tb, cjkFonts)
	text := func(name, s string) string {
		p := filepath.Join(dir, name+".txt")
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			tb.Fatal(err)
		}
		return p
	}
	// scene is moving, film-like picture: colours and shapes that change
	// everywhere over the film.
	scene := func(w, h int, d float64, seed int) string {
		return fmt.Sprintf("gradients=s=%dx%d:r=10:d=%g:speed=0.04:nb_colors=5:seed=%d,"+
			"hue=H=t*0.9:s=1.3[g%d];life=s=%dx%d:r=10:ratio=0.25:mold=10:life_color=white:death_color=black:seed=%d,"+
			"trim=duration=%g,setpts=PTS-STARTPTS,format=yuv420p[l%d];[g%d][l%d]blend=all_mode=overlay:all_opacity=0.35,"+
			"eq=eval=frame:brightness='0.18*sin(2.3*t+%d)'",
			w, h, d, seed, seed, w, h, seed, d, seed, seed, seed, seed)
	}
	tone := func(d float64) string { return fmt.Sprintf("sine=f=1000:r=48000:d=%g,volume=0.5", d) }
	music := func(d float64) string {
		return fmt.Sprintf("anoisesrc=d=%g:c=pink:r=48000:a=0.1,lowpass=f=2000", d)
	}
	silence := func(d float64) string { return fmt.Sprintf("anullsrc=r=48000:cl=mono,atrim=duration=%g", d) }
	// then joins an opening of d1 seconds to a scene of d2 seconds.
	then := func(open, openAudio string, d1, d2 float64, w, h, seed int) string {
		return fmt.Sprintf("%s,fps=10,format=yuv420p,setsar=1[o];%s[s];[s]fps=10,format=yuv420p,setsar=1[s2];"+
			"%s[oa];%s[sa];[o][oa][s2][sa]concat=n=2:v=1:a=1[v][a0];[a0]aformat=channel_layouts=stereo[a]",
			open, scene(w, h, d2, seed), openAudio, music(d2))
	}
	still := func(src string) string { return src + ",trim=end_frame=1,loop=loop=-1:size=1,setpts=N/10/TB" }
	draw := func(font, file string, size int, color, x, y, extra string) string {
		return fmt.Sprintf("drawtext=fontfile=%s:textfile=%s:fontsize=%d:fontcolor=%s:x=%s:y=%s%s",
			font, file, size, color, x, y, extra)
	}
	withAudio := func(v string, d float64, a string) string {
		return fmt.Sprintf("%s[v];%s,aformat=channel_layouts=stereo[a]", v, a)
	}
	_ = silence

	const W, H = 480, 270
	films := []corpusFilm{
		// Colour bars, with and without tone.
		{name: "bars-smpte-tone", want: RuleColourBars, w: W, h: H, dur: 6,
			graph: then(fmt.Sprintf("smptebars=s=%dx%d:r=10:d=2", W, H), tone(2), 2, 4, W, H, 1)},
		{name: "bars-hd-silent", want: RuleColourBars, w: W, h: H, dur: 7,
			graph: then(fmt.Sprintf("smptehdbars=s=%dx%d:r=10:d=3", W, H), silence(3), 3, 4, W, H, 2)},
		{name: "bars-pal75-tone", want: RuleColourBars, w: W, h: H, dur: 5.5,
			graph: then(fmt.Sprintf("pal75bars=s=%dx%d:r=10:d=1.5", W, H), tone(1.5), 1.5, 4, W, H, 3)},
		{name: "bars-pal75-music", want: RuleColourBars, w: W, h: H, dur: 5,
			graph: then(fmt.Sprintf("pal75bars=s=%dx%d:r=10:d=1", W, H), music(1), 1, 4, W, H, 4)},

		// Opening caption cards, in two fonts and sizes.
		{name: "caption-cjk-black", want: RuleCaptionCard, w: W, h: H, dur: 6.5,
			graph: then(fmt.Sprintf("color=c=black:s=%dx%d:r=10:d=2.5,%s", W, H,
				draw(cjk, text("c1", "本片根据真实事件改编"), 30, "white", "(w-text_w)/2", "(h-text_h)/2", "")),
				silence(2.5), 2.5, 4, W, H, 5)},
		{name: "caption-serif-blurred", want: RuleCaptionCard, w: W, h: H, dur: 6,
			graph: then(fmt.Sprintf("%s,boxblur=12:2,trim=duration=2,%s,%s", still(fmt.Sprintf("testsrc2=s=%dx%d:r=10", W, H)),
				draw(serif, text("c2", "Based on a true story"), 22, "white", "(w-text_w)/2", "h*0.40", ":borderw=1:bordercolor=black"),
				draw(serif, text("c2b", "Henan, 2025"), 16, "white", "(w-text_w)/2", "h*0.55", ":borderw=1:bordercolor=black")),
				music(2), 2, 4, W, H, 6)},
		{name: "caption-cjk-small-white", want: RuleCaptionCard, w: W, h: H, dur: 6,
			graph: then(fmt.Sprintf("color=c=0xf4f1ea:s=%dx%d:r=10:d=2,%s", W, H,
				draw(cjk, text("c3", "出品单位：郑州大学党委宣传部\n指导单位：省委教育工委\n拍摄时间：2025年5月"), 15, "0x202020", "60", "(h-text_h)/2", ":line_spacing=8")),
				music(2), 2, 4, W, H, 7)},
		{name: "caption-sans-fadein", want: RuleCaptionCard, w: W, h: H, dur: 6.5,
			graph: then(fmt.Sprintf("color=c=black:s=%dx%d:r=10:d=2.5,%s,fade=in:st=0:d=0.6", W, H,
				draw(latin, text("c4", "CHAPTER ONE  -  THE RIVER"), 26, "0xe0c070", "(w-text_w)/2", "h*0.45", "")),
				silence(2.5), 2.5, 4, W, H, 8)},

		// Corner logos, over a changing film.
		{name: "logo-top-left-cjk", want: RuleCornerLogo, corner: "top_left", w: W, h: H, dur: 8,
			graph: withAudio(scene(W, H, 8, 9)+","+draw(cjk, text("l1", "郑大"), 22, "white", "18", "14", ":box=1:boxcolor=0xa01010:boxborderw=4"), 8, music(8))},
		{name: "logo-bottom-right-latin", want: RuleCornerLogo, corner: "bottom_right", w: W, h: H, dur: 8,
			graph: withAudio(scene(W, H, 8, 10)+","+draw(latin, text("l2", "HNTV"), 24, "white", "w-text_w-20", "h-text_h-16", ":borderw=2:bordercolor=black"), 8, music(8))},
		{name: "logo-top-right-badge", want: RuleCornerLogo, corner: "top_right", w: W, h: H, dur: 8,
			graph: withAudio(scene(W, H, 8, 11)+",drawbox=x=iw-92:y=12:w=72:h=30:color=0x1850a0:t=fill,"+
				draw(serif, text("l3", "ZZU"), 20, "0xffd040", "w-82", "17", ""), 8, music(8))},

		// Clean films.
		{name: "clean-testsrc2-counter", w: W, h: H, dur: 6,
			graph: withAudio(fmt.Sprintf("testsrc2=s=%dx%d:r=10:d=6", W, H), 6, music(6))},
		{name: "clean-static-noise-landscape", w: W, h: H, dur: 7,
			graph: then(fmt.Sprintf("%s,noise=alls=40,trim=duration=3", still(fmt.Sprintf("gradients=s=%dx%d:r=10:c0=0x3a6b2a:c1=0x9cc0e0:x0=0:y0=%d:x1=0:y1=0", W, H, H))),
				music(3), 3, 4, W, H, 12)},
		{name: "clean-static-gradient-sky", w: W, h: H, dur: 7,
			graph: then(fmt.Sprintf("%s,trim=duration=3", still(fmt.Sprintf("gradients=s=%dx%d:r=10:c0=0x2050a0:c1=0xe0a060:x0=0:y0=0:x1=0:y1=%d", W, H, H))),
				music(3), 3, 4, W, H, 13)},
		{name: "clean-rainbow-gradient", w: W, h: H, dur: 7,
			graph: then(fmt.Sprintf("%s,trim=duration=3", still(fmt.Sprintf("gradients=s=%dx%d:r=10:nb_colors=7:c0=yellow:c1=cyan:c2=green:c3=magenta:c4=red:c5=blue:c6=white:x0=0:y0=0:x1=%d:y1=0", W, H, W))),
				tone(3), 3, 4, W, H, 14)},
		{name: "clean-dark-fadein", w: W, h: H, dur: 6,
			graph: withAudio(scene(W, H, 6, 15)+",fade=in:st=0:d=3", 6, music(6))},
		{name: "clean-subtitles-moving", w: W, h: H, dur: 8,
			graph: withAudio(scene(W, H, 8, 16)+","+
				draw(cjk, text("s1", "黄河岸边，一位老党员守了三十年"), 18, "white", "(w-text_w)/2", "h-text_h-14", ":borderw=2:bordercolor=black:enable='lt(t,2.5)'")+","+
				draw(cjk, text("s2", "他说，堤坝在，家就在"), 18, "white", "(w-text_w)/2", "h-text_h-14", ":borderw=2:bordercolor=black:enable='between(t,2.5,5)'")+","+
				draw(cjk, text("s3", "这是我们这一代人的责任"), 18, "white", "(w-text_w)/2", "h-text_h-14", ":borderw=2:bordercolor=black:enable='gt(t,5)'"), 8, music(8))},
		{name: "clean-subtitles-still-sky", w: W, h: H, dur: 8,
			graph: then(fmt.Sprintf("%s,trim=duration=4,%s,%s", still(fmt.Sprintf("gradients=s=%dx%d:r=10:c0=0x4070c0:c1=0xc0d8f0:x0=0:y0=0:x1=0:y1=%d", W, H, H)),
				draw(cjk, text("s4", "清晨，河面上起了雾"), 18, "white", "(w-text_w)/2", "h-text_h-14", ":borderw=2:bordercolor=black:enable='lt(t,2)'"),
				draw(cjk, text("s5", "老人照例去巡堤"), 18, "white", "(w-text_w)/2", "h-text_h-14", ":borderw=2:bordercolor=black:enable='gte(t,2)'")),
				music(4), 4, 4, W, H, 17)},
		{name: "clean-title-over-landscape", w: W, h: H, dur: 7,
			graph: then(fmt.Sprintf("%s,noise=alls=35,trim=duration=3,%s", still(fmt.Sprintf("gradients=s=%dx%d:r=10:c0=0x305020:c1=0x80a0c0:x0=0:y0=%d:x1=0:y1=0", W, H, H)),
				draw(cjk, text("s6", "守望"), 40, "white", "(w-text_w)/2", "(h-text_h)/2", ":borderw=2:bordercolor=black")),
				music(3), 3, 4, W, H, 18)},
		{name: "clean-tone-no-bars", w: W, h: H, dur: 6,
			graph: then(fmt.Sprintf("mandelbrot=s=%dx%d:r=10,trim=duration=2", W, H), tone(2), 2, 4, W, H, 19)},
		{name: "clean-letterbox", w: W, h: H, dur: 8,
			graph: withAudio(scene(W, H*3/4, 8, 20)+fmt.Sprintf(",pad=%d:%d:0:%d:black", W, H, H/8), 8, music(8))},
		{name: "clean-moving-corner-box", w: W, h: H, dur: 8,
			graph: withAudio(scene(W, H, 8, 21)+"[sc];color=c=white:s=40x24:r=10[box];[sc][box]overlay=x='20+mod(t*37\\,60)':y='14+mod(t*23\\,40)':shortest=1", 8, music(8))},
		{name: "clean-portrait", w: 1080, h: 1920, dur: 3, rate: 4,
			graph: withAudio("testsrc2=s=1080x1920:r=4:d=3,hue=H=t*2", 3, music(3))},
		{name: "clean-4k", w: 3840, h: 2160, dur: 2, rate: 4,
			graph: withAudio(fmt.Sprintf("testsrc2=s=3840x2160:r=4:d=2,hue=H=t*2"), 2, music(2))},
	}
	return films
}

// makeFilm encodes one corpus film with ffmpeg.
func makeFilm(ff string, f corpusFilm, dir string) (string, error) {
	out := filepath.Join(dir, f.name+".mp4")
	rate := f.rate
	if rate == 0 {
		rate = 10
	}
	args := []string{"-hide_banner", "-nostdin", "-loglevel", "error", "-y",
		"-filter_complex", f.graph, "-map", "[v]", "-map", "[a]", "-t", fmt.Sprint(f.dur),
		"-c:v", "libx264", "-preset", "ultrafast", "-crf", "26", "-g", fmt.Sprint(max(1, rate/2)), "-r", fmt.Sprint(rate),
		"-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k", "-movflags", "+faststart", out}
	cmd := exec.Command(ff, args...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("make %s: %v: %s", f.name, err, b)
	}
	return out, nil
}

// contentCorpus makes the corpus in a test directory, two films at a time.
func contentCorpus(t *testing.T) (string, []corpusFilm) {
	t.Helper()
	ff, err := exec.LookPath("ffmpeg")
	if err != nil {
		t.Skip("ffmpeg not installed")
	}
	dir := t.TempDir()
	films := corpus(t, dir)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	sem := make(chan struct{}, 2)
	for _, f := range films {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if _, err := makeFilm(ff, f, dir); err != nil {
				mu.Lock()
				firstErr = err
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		t.Fatal(firstErr)
	}
	return dir, films
}

func TestContentCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir, films := contentCorpus(t)
	host := newVideoHost(t, dir)
	c := newTestChecker(Options{}, host)
	for _, f := range films {
		t.Run(f.name, func(t *testing.T) {
			u := host.url(f.name + ".mp4")
			rep, err := c.Check(context.Background(), u, nil)
			if err != nil {
				t.Fatal(err)
			}
			ct, err := c.CheckContent(context.Background(), u, rep)
			if err != nil {
				t.Fatal(err)
			}
			if ct.Skipped != "" {
				t.Fatalf("skipped: %s", ct.Skipped)
			}
			var kinds []string
			for _, x := range ct.Findings {
				kinds = append(kinds, fmt.Sprintf("%s@%.2f-%.2f(%.2f)%s", x.Rule, x.Start, x.End, x.Score, x.Corner))
			}
			t.Logf("findings %v frames %d seeks %d bytes %d requests %d %.2fs", kinds, ct.Frames, ct.SeekFrames, ct.BytesFetched, ct.Requests, ct.Seconds)
			if f.want == "" {
				if len(ct.Findings) > 0 {
					t.Errorf("clean film flagged: %v", kinds)
				}
				return
			}
			found := false
			for _, x := range ct.Findings {
				if x.Rule != f.want {
					t.Errorf("flagged as %s, want only %s: %v", x.Rule, f.want, kinds)
					continue
				}
				if f.corner != "" && x.Corner != f.corner {
					t.Errorf("logo in %s, want %s", x.Corner, f.corner)
				}
				if len(x.Evidence) == 0 {
					t.Errorf("no evidence JPEG")
				}
				found = true
			}
			if !found {
				t.Errorf("not flagged as %s: %v", f.want, kinds)
			}
			if c := contestbot.Overall(ContentResults(ct)); c != contestbot.VerdictWarn {
				t.Errorf("content verdict %s, want warn", c)
			}
		})
	}
}
