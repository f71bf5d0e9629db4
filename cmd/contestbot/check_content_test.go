package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// contentFilm makes a small film with ffmpeg: 2 s of SMPTE bars with a
// 1 kHz tone, then 3 s of a moving picture.
func contentFilm(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Skip("ffmpeg not installed")
	}
	graph := "smptebars=s=480x270:r=10:d=2[b];sine=f=1000:r=48000:d=2[bt];" +
		"mandelbrot=s=480x270:r=10,trim=duration=3,setpts=PTS-STARTPTS,format=yuv420p[m];" +
		"anoisesrc=d=3:c=pink:r=48000:a=0.1[ma];[b]format=yuv420p[b2];" +
		"[b2][bt][m][ma]concat=n=2:v=1:a=1[v][a]"
	cmd := exec.Command("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
		"-filter_complex", graph, "-map", "[v]", "-map", "[a]",
		"-c:v", "libx264", "-preset", "ultrafast", "-g", "5", "-pix_fmt", "yuv420p", "-c:a", "aac", path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg: %v: %s", err, out)
	}
}

type checkLine struct {
	Verdict string `json:"verdict"`
	Rules   []struct {
		ID, Status, Message string
	} `json:"rules"`
	Info map[string]any `json:"info"`
}

func runCheckJSON(t *testing.T, cfg string, args ...string) (checkLine, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(context.Background(), append([]string{"check", "--config", cfg, "--json"}, args...),
		strings.NewReader(""), &out, &errw)
	if code > 1 { // 1: the 480×270 film fails the resolution rule
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errw.String())
	}
	var l checkLine
	if err := json.Unmarshal(out.Bytes(), &l); err != nil {
		t.Fatalf("bad JSON %q: %v", out.String(), err)
	}
	return l, errw.String()
}

func rule(l checkLine, id string) (status, msg string) {
	for _, r := range l.Rules {
		if r.ID == id {
			return r.Status, r.Message
		}
	}
	return "", ""
}

func TestCheckCommandContent(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := t.TempDir()
	film := filepath.Join(dir, "郑州大学-1-彩条.mp4")
	contentFilm(t, film)
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("log:\n  level: error\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	t.Run("Bars", func(t *testing.T) {
		ev := filepath.Join(dir, "evidence")
		l, _ := runCheckJSON(t, cfg, "--evidence", ev, film)
		st, msg := rule(l, "colour_bars")
		if st != "warn" || !strings.HasPrefix(msg, "00:00–00:02 疑似彩条") || !strings.Contains(msg, "1kHz") {
			t.Errorf("colour_bars = %s %q", st, msg)
		}
		for _, id := range []string{"caption_card", "corner_logo"} {
			if st, msg := rule(l, id); st == "warn" {
				t.Errorf("%s = %s %q", id, st, msg)
			}
		}
		c, _ := l.Info["content"].(map[string]any)
		fs, _ := c["findings"].([]any)
		if len(fs) != 1 {
			t.Fatalf("verdict %s, content %v", l.Verdict, c)
		}
		f := fs[0].(map[string]any)
		if f["rule"] != "colour_bars" || f["start_seconds"] != 0.0 || f["end_seconds"] != 2.0 || f["score"].(float64) <= 0.5 || f["tone_hz"] == nil {
			t.Errorf("finding %v", f)
		}
		if jpgs, _ := filepath.Glob(filepath.Join(ev, "1-colour_bars-*.jpg")); len(jpgs) != 1 {
			t.Errorf("evidence files %v", jpgs)
		}
	})

	t.Run("NoFFmpeg", func(t *testing.T) {
		nf := filepath.Join(dir, "noffmpeg.yaml")
		yaml := "log:\n  level: error\nchecks:\n  ffmpeg: " + filepath.Join(dir, "no-such-ffmpeg") + "\n"
		if err := os.WriteFile(nf, []byte(yaml), 0o600); err != nil {
			t.Fatal(err)
		}
		l, _ := runCheckJSON(t, nf, film)
		for _, id := range []string{"colour_bars", "caption_card", "corner_logo"} {
			if st, msg := rule(l, id); st != "skip" || msg != "内容检查未进行（服务器未安装ffmpeg）" {
				t.Errorf("%s = %s %q", id, st, msg)
			}
		}
		for _, id := range []string{"container", "duration", "resolution", "codec", "filename"} {
			if st, _ := rule(l, id); st == "" || st == "skip" {
				t.Errorf("%s = %q: the metadata checks must still run", id, st)
			}
		}
		if st, _ := rule(l, "resolution"); st != "fail" { // 480×270 is no contest size
			t.Errorf("resolution = %s", st)
		}
	})
}
