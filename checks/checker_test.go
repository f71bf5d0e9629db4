package checks

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"contestbot"
)

const goodName = "郑州大学-1-初心.mp4"

// videoHost is a fake video host: http.ServeContent over files in a
// directory (Range supported), counting requests and body bytes.
type videoHost struct {
	*httptest.Server
	dir      string
	requests atomic.Int64
	bytes    atomic.Int64
	// ignoreRange makes it answer 200 with the whole file.
	ignoreRange bool
}

type countingWriter struct {
	http.ResponseWriter
	n *atomic.Int64
}

func (w countingWriter) Write(p []byte) (int, error) {
	n, err := w.ResponseWriter.Write(p)
	w.n.Add(int64(n))
	return n, err
}

func newVideoHost(t testing.TB, dir string) *videoHost {
	h := &videoHost{dir: dir}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.requests.Add(1)
		name, _ := url.PathUnescape(strings.TrimPrefix(r.URL.Path, "/"))
		switch name {
		case "page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<!DOCTYPE html><html><body>网盘分享</body></html>")
			return
		case "forbidden":
			http.Error(w, "denied", http.StatusForbidden)
			return
		case "broken":
			http.Error(w, "oops", http.StatusBadGateway)
			return
		case "slow":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
			return
		}
		f, err := os.Open(filepath.Join(h.dir, filepath.FromSlash(path.Clean("/"+name))))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		cw := countingWriter{w, &h.bytes}
		if h.ignoreRange {
			st, _ := f.Stat()
			w.Header().Set("Content-Length", fmt.Sprint(st.Size()))
			w.Header().Set("Content-Type", "video/mp4")
			_, _ = io.Copy(cw, f)
			return
		}
		http.ServeContent(cw, r, name, time.Time{}, f)
	}))
	t.Cleanup(h.Close)
	return h
}

func (h *videoHost) url(name string) string {
	u, _ := url.Parse(h.URL)
	u.Path = "/" + name
	return u.String()
}

func (h *videoHost) addrPort() netip.AddrPort {
	u, _ := url.Parse(h.URL)
	return netip.MustParseAddrPort(u.Host)
}

// newTestChecker returns a checker that may dial only the given hosts:
// every other internal address stays refused.
func newTestChecker(opts Options, hosts ...*videoHost) *Checker {
	c := New(opts)
	var allowed []netip.AddrPort
	for _, h := range hosts {
		allowed = append(allowed, h.addrPort())
	}
	c.blocked = func(ap netip.AddrPort) bool {
		return !slices.Contains(allowed, ap) && c.defaultBlocked(ap)
	}
	return c
}

// assertReport checks every rule's status and the facts against spec.
func assertReport(t *testing.T, rep contestbot.Report, s fixtureSpec) {
	t.Helper()
	if got := statuses(rep.Rules); got != s.statuses {
		t.Errorf("statuses = %s, want %s\n%s", got, s.statuses, FormatReport(rep))
	}
	if want := contestbot.Overall(rep.Rules); rep.Verdict != want {
		t.Errorf("verdict = %s, want %s", rep.Verdict, want)
	}
	info := rep.Info
	eq := func(key string, want any) {
		t.Helper()
		if got := info[key]; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("info[%s] = %v, want %v", key, got, want)
		}
	}
	eq("container", s.container)
	eq("has_video", s.video)
	eq("has_audio", s.audio)
	if s.video {
		eq("width", s.width)
		eq("height", s.height)
		eq("coded_width", s.coded[0])
		eq("coded_height", s.coded[1])
		eq("video_codec", s.codec)
		eq("fragmented", s.fragmented)
		eq("faststart", s.faststart)
		if !slices.Contains(s.rotation, info["rotation"].(int)) {
			t.Errorf("rotation = %v, want one of %v", info["rotation"], s.rotation)
		}
		if fr := info["frame_rate"].(float64); math.Abs(fr-25) > 0.01 {
			t.Errorf("frame_rate = %v, want 25", fr)
		}
	}
	if s.duration > 0 {
		if d := info["duration_seconds"].(float64); math.Abs(d-s.duration) > 0.1 {
			t.Errorf("duration = %v, want %v", d, s.duration)
		}
	}
	if s.minMbps > 0 {
		b := float64(info["bitrate_bps"].(int64)) / 1e6
		if b < s.minMbps || b > s.maxMbps {
			t.Errorf("bitrate = %.2f Mbps, want %v–%v", b, s.minMbps, s.maxMbps)
		}
	}
	for _, k := range []string{"duration_seconds", "width", "height", "rotation", "video_codec", "bitrate_bps", "bytes_fetched", "requests"} {
		if _, ok := info[k]; !ok {
			t.Errorf("info lacks %s", k)
		}
	}
}

func TestCheckFixtures(t *testing.T) {
	dir := t.TempDir()
	host := newVideoHost(t, dir)
	c := newTestChecker(Options{AllowLocalFiles: true}, host)
	for _, s := range fixtureSpecs {
		t.Run(s.name, func(t *testing.T) {
			sub := filepath.Join(dir, strings.TrimSuffix(s.name, filepath.Ext(s.name)))
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			p := fixtureFile(t, s.name, sub, goodName)
			t.Run("File", func(t *testing.T) {
				rep, err := c.Check(context.Background(), p, nil)
				if err != nil {
					t.Fatal(err)
				}
				assertReport(t, rep, s)
				if rep.Info["source"] != "file" {
					t.Errorf("source = %v", rep.Info["source"])
				}
			})
			t.Run("URL", func(t *testing.T) {
				rep, err := c.Check(context.Background(), host.url(filepath.Base(sub)+"/"+goodName), nil)
				if err != nil {
					t.Fatal(err)
				}
				assertReport(t, rep, s)
				if r := rep.Info["requests"].(int); r < 1 || (!s.fragmented && r > 2) {
					t.Errorf("requests = %d", r)
				}
			})
		})
	}
}

func TestCheckDerived(t *testing.T) {
	dir := t.TempDir()
	host := newVideoHost(t, dir)
	c := newTestChecker(Options{AllowLocalFiles: true}, host)
	full := fixtureFile(t, "1080p.mp4", dir, "full.mp4")
	st, _ := os.Stat(full)
	mk := func(name string, size int64) string {
		p := filepath.Join(dir, name)
		src, _ := os.Open(full)
		defer src.Close()
		dst, _ := os.Create(p)
		defer dst.Close()
		if _, err := io.CopyN(dst, src, size); err != nil && !errors.Is(err, io.EOF) {
			t.Fatal(err)
		}
		return p
	}
	mk("郑州大学-1-半截.mp4", st.Size()/2)
	mk("郑州大学-1-空.mp4", 0)
	mkMoovEnd := fixtureFile(t, "moovend.mp4", dir, "moovend-full.mp4")
	ms, _ := os.Stat(mkMoovEnd)
	src, _ := os.ReadFile(mkMoovEnd)
	if err := os.WriteFile(filepath.Join(dir, "郑州大学-1-尾部截断.mp4"), src[:ms.Size()-500], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "郑州大学-1-文本.mp4"), []byte("hello, this is not a video at all\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		file     string
		statuses string
		msg      string
	}{
		{"TruncatedFaststart", "郑州大学-1-半截.mp4", "fsssps", "不完整"},
		{"TruncatedMoovAtEnd", "郑州大学-1-尾部截断.mp4", "fsssps", "不完整"},
		{"Empty", "郑州大学-1-空.mp4", "fsssps", "空的"},
		{"Text", "郑州大学-1-文本.mp4", "fsssps", "不是视频文件"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, in := range []string{filepath.Join(dir, tt.file), host.url(tt.file)} {
				rep, err := c.Check(context.Background(), in, nil)
				if err != nil {
					t.Fatal(err)
				}
				if got := statuses(rep.Rules); got != tt.statuses {
					t.Errorf("%s: statuses = %s, want %s\n%s", in, got, tt.statuses, FormatReport(rep))
				}
				if !strings.Contains(rep.Rules[0].Message, tt.msg) {
					t.Errorf("%s: container message %q lacks %q", in, rep.Rules[0].Message, tt.msg)
				}
				if rep.Rules[0].Fix == "" {
					t.Errorf("%s: no fix", in)
				}
			}
		})
	}
}

func TestCheckLinks(t *testing.T) {
	dir := t.TempDir()
	fixtureFile(t, "1080p.mp4", dir, goodName)
	fixtureFile(t, "moovend.mp4", dir, "郑州大学-2-片尾.mp4")
	host := newVideoHost(t, dir)
	noRange := newVideoHost(t, dir)
	noRange.ignoreRange = true
	inside := newVideoHost(t, dir) // a second local server the checker must not reach
	redirect := httptest.NewServer(http.RedirectHandler(inside.url(goodName), http.StatusFound))
	t.Cleanup(redirect.Close)
	redirectOK := httptest.NewServer(http.RedirectHandler(host.url(goodName), http.StatusFound))
	t.Cleanup(redirectOK.Close)
	rh := &videoHost{Server: redirect}
	rhOK := &videoHost{Server: redirectOK}

	c := newTestChecker(Options{}, host, noRange, rh, rhOK)
	tests := []struct {
		name     string
		checker  *Checker
		input    string
		statuses string // "" when an error is expected
		msg      string // in the container message, or the error message
		code     string // error code
	}{
		{name: "OK", checker: c, input: host.url(goodName), statuses: "pppppp"},
		{name: "RedirectOK", checker: c, input: redirectOK.URL + "/go", statuses: "pppppp"},
		{name: "HTML", checker: c, input: host.url("page"), statuses: "fsssss", msg: "网页"},
		{name: "NotFound", checker: c, input: host.url("郑州大学-9-没有.mp4"), statuses: "fsssps", msg: "不存在"},
		{name: "Forbidden", checker: c, input: host.url("forbidden"), statuses: "fsssss", msg: "无权访问"},
		{name: "Loopback", checker: New(Options{}), input: host.url(goodName), statuses: "fsssps", msg: "内部网络"},
		{name: "LiteralPrivate", checker: New(Options{}), input: "http://192.168.1.10/a-1-b.mp4", statuses: "fsssps", msg: "内部网络"},
		{name: "RedirectInside", checker: c, input: redirect.URL + "/go", statuses: "fsssss", msg: "内部网络"},
		{name: "AllowPrivate", checker: New(Options{AllowPrivateNetworks: true}), input: host.url(goodName), statuses: "pppppp"},
		{name: "NoRangeFaststart", checker: c, input: noRange.url(goodName), statuses: "pppppp"},
		{name: "NoRangeMoovAtEnd", checker: c, input: noRange.url("郑州大学-2-片尾.mp4"), statuses: "fsssps", msg: "Range"},
		{name: "NotALink", checker: c, input: "ftp://example.com/a.mp4", msg: "不是有效的链接", code: contestbot.EINVALID},
		{name: "LocalPathRefused", checker: c, input: filepath.Join(dir, goodName), msg: "不是有效的链接", code: contestbot.EINVALID},
		{name: "ServerError", checker: c, input: host.url("broken"), msg: "稍后再试", code: contestbot.EUNAVAILABLE},
		{name: "Timeout", checker: newTestChecker(Options{Timeout: 300 * time.Millisecond}, host), input: host.url("slow"),
			msg: "没有完成响应", code: contestbot.EUNAVAILABLE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := tt.checker.Check(context.Background(), tt.input, nil)
			if tt.code != "" {
				if contestbot.ErrorCode(err) != tt.code || !strings.Contains(contestbot.ErrorMessage(err), tt.msg) {
					t.Fatalf("err = %v, want code %s with %q", err, tt.code, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := statuses(rep.Rules); got != tt.statuses {
				t.Errorf("statuses = %s, want %s\n%s", got, tt.statuses, FormatReport(rep))
			}
			if !strings.Contains(rep.Rules[0].Message, tt.msg) {
				t.Errorf("container message %q lacks %q", rep.Rules[0].Message, tt.msg)
			}
			// Link problems are shown under 链接, not 文件格式, under the
			// contract's container id.
			if tt.statuses != "pppppp" && rep.Rules[0].ID == contestbot.RuleContainer {
				if got := ResultLabel(rep.Rules[0]); got != contestbot.LabelLink {
					t.Errorf("first rule shown as %q, want 链接", got)
				}
			}
			// Every request made is counted, also when the link fails
			// (PRODUCT.md: bytes_fetched and requests of every request).
			// An error status's body is not read, so only the page has bytes.
			if tt.name == "HTML" || tt.name == "NotFound" || tt.name == "Forbidden" {
				if rep.Info["requests"] != 1 {
					t.Errorf("requests = %v, want 1", rep.Info["requests"])
				}
			}
			if tt.name == "HTML" && rep.Info["bytes_fetched"] == int64(0) {
				t.Errorf("bytes_fetched = 0 for a page that was read")
			}
		})
	}
	if n := inside.requests.Load(); n != 0 {
		t.Errorf("the inside server got %d requests", n)
	}
}

func TestCheckCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(Options{}).Check(ctx, "https://example.com/a-1-b.mp4", nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestCheckFFmpeg(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := t.TempDir()
	host := newVideoHost(t, dir)
	c := newTestChecker(Options{AllowLocalFiles: true}, host)
	for _, s := range fixtureSpecs {
		if s.whole > 0 {
			continue
		}
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			sub := "ff-" + strings.TrimSuffix(s.name, filepath.Ext(s.name))
			if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
				t.Fatal(err)
			}
			p := ffmpegFile(t, s, filepath.Join(dir, sub))
			if err := os.Rename(p, filepath.Join(dir, sub, goodName)); err != nil {
				t.Fatal(err)
			}
			rep, err := c.Check(context.Background(), host.url(sub+"/"+goodName), nil)
			if err != nil {
				t.Fatal(err)
			}
			assertReport(t, rep, s)
		})
	}
}

func TestMain(m *testing.M) {
	flag.Parse()
	if !testing.Verbose() {
		slog.SetDefault(slog.New(slog.DiscardHandler))
	}
	os.Exit(m.Run())
}
