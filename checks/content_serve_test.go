package checks

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestParseRange(t *testing.T) {
	tests := []struct {
		in         string
		start, end int64
		ok         bool
	}{
		{"", 0, 99, true},
		{"bytes=0-", 0, 99, true},
		{"bytes=10-19", 10, 19, true},
		{"bytes=90-500", 90, 99, true},
		{"bytes=100-", 0, 0, false},
		{"bytes=-10", 0, 0, false},
		{"bytes=5-1", 0, 0, false},
		{"bytes=0-1,5-6", 0, 0, false},
		{"items=0-1", 0, 0, false},
	}
	for _, tt := range tests {
		s, e, ok := parseRange(tt.in, 100)
		if s != tt.start || e != tt.end || ok != tt.ok {
			t.Errorf("parseRange(%q) = %d, %d, %v; want %d, %d, %v", tt.in, s, e, ok, tt.start, tt.end, tt.ok)
		}
	}
}

// memSource is a source over bytes, counting reads.
type memSource struct {
	b  []byte
	n  int64
	mu sync.Mutex
}

func (m *memSource) Size() int64  { return int64(len(m.b)) }
func (m *memSource) name() string { return "m.mp4" }
func (m *memSource) stats() (int64, int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.n, 0
}
func (m *memSource) readAt(ctx context.Context, p []byte, off int64, _ int) (int, error) {
	n := copy(p, m.b[off:])
	m.mu.Lock()
	m.n += int64(n)
	m.mu.Unlock()
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func TestLoopback(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	src := &memSource{b: []byte(strings.Repeat("0123456789", 30000))} // 300,000 bytes
	lb, err := startLoopback(ctx, src, 200_000, []float64{1.5})
	if err != nil {
		t.Fatal(err)
	}
	defer lb.close()
	get := func(path, rng string) (*http.Response, string) {
		req, _ := http.NewRequest(http.MethodGet, "http://"+lb.ln.Addr().String()+path, nil)
		if rng != "" {
			req.Header.Set("Range", rng)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	t.Run("OtherPath", func(t *testing.T) {
		for _, p := range []string{"/", "/c/", "/c/0000/film.mp4", strings.Replace(lb.path, "film", "other", 1)} {
			if resp, _ := get(p, ""); resp == nil || resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s: %v", p, resp)
			}
		}
	})
	t.Run("Range", func(t *testing.T) {
		resp, body := get(lb.path, "bytes=100005-100014")
		if resp.StatusCode != http.StatusPartialContent || body != "5678901234" ||
			resp.Header.Get("Content-Range") != "bytes 100005-100014/300000" {
			t.Fatalf("%d %q %q", resp.StatusCode, body, resp.Header.Get("Content-Range"))
		}
	})
	t.Run("Script", func(t *testing.T) {
		_, body := get(lb.scriptPath, "")
		if !strings.HasPrefix(body, "ffconcat version 1.0\nfile '"+lb.url()+"'\noption recv_buffer_size 131072\ninpoint 1.500\n") {
			t.Fatalf("script %q", body)
		}
	})
	t.Run("ByteCap", func(t *testing.T) {
		_, body := get(lb.path, "")
		if len(body) >= 300_000 {
			t.Fatalf("read %d bytes past the 200,000 cap", len(body))
		}
		if n, _ := src.stats(); n > 200_000 {
			t.Errorf("the source read %d bytes, cap 200,000", n)
		}
		if lb.err() != errByteCap {
			t.Errorf("err = %v, want the byte cap", lb.err())
		}
	})
}

// TestContentGuarded: the content stage reaches the video host only
// through the checker's guarded client (ffmpeg reads the loopback), and a
// link that now redirects inside is refused before ffmpeg starts.
func TestContentGuarded(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	ff, err := exec.LookPath("ffmpeg")
	if err != nil {
		t.Skip("ffmpeg not installed")
	}
	dir := t.TempDir()
	film := corpusFilm{name: "film", w: 320, h: 180, dur: 4,
		graph: "testsrc2=s=320x180:r=10:d=4[v];sine=f=440:r=48000:d=4,aformat=channel_layouts=stereo[a]"}
	if _, err := makeFilm(ff, film, dir); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	agents := map[string]int{}
	inner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("the inside server was reached: %s", r.URL)
	}))
	defer inner.Close()
	var redirect atomic.Bool
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents[r.UserAgent()]++
		mu.Unlock()
		if redirect.Load() {
			http.Redirect(w, r, inner.URL+"/film.mp4", http.StatusFound)
			return
		}
		f, err := os.Open(filepath.Join(dir, strings.TrimPrefix(r.URL.Path, "/")))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, "f.mp4", time.Time{}, f)
	}))
	defer host.Close()
	vh := &videoHost{Server: host}
	c := newTestChecker(Options{}, vh)
	u := host.URL + "/film.mp4"
	rep, err := c.Check(context.Background(), u, nil)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := c.CheckContent(context.Background(), u, rep)
	if err != nil || ct.Skipped != "" || ct.Frames == 0 {
		t.Fatalf("content %+v, %v", ct, err)
	}
	for ua := range agents {
		if !strings.HasPrefix(ua, "contestbot-check/") {
			t.Errorf("the host saw User-Agent %q: only the checker's client may reach it", ua)
		}
	}
	redirect.Store(true)
	ct, err = c.CheckContent(context.Background(), u, rep)
	if err != nil || !strings.Contains(ct.Skipped, "内部网络") {
		t.Fatalf("redirected inside: %+v, %v", ct, err)
	}
}
