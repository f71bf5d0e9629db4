package checks

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Eyevinn/mp4ff/bits"
	"github.com/Eyevinn/mp4ff/mp4"
)

// makeLongFile writes a sparse MP4 of about total bytes at path: ftyp, one
// mdat of zeros, then a moov (moov at the end). The moov is the template
// fixture's with its video track stretched to 180 s at 25 fps, so the
// sample tables have the size of a real three-minute film. It returns the
// moov size.
func makeLongFile(tb testing.TB, template, path string, total int64) int64 {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "fixtures", template))
	if err != nil {
		tb.Fatal(err)
	}
	boxes, err := walkBytes(data)
	if err != nil && len(boxes) == 0 {
		tb.Fatal(err)
	}
	var ftypBuf, moovBuf []byte
	for pos := 0; pos+8 <= len(data); {
		h, err := parseHeader(data[pos:min(pos+16, len(data))], int64(pos), 1<<62)
		if err != nil {
			tb.Fatal(err)
		}
		switch h.Type {
		case "ftyp":
			ftypBuf = data[pos : pos+int(h.Size)]
		case "moov":
			moovBuf = data[pos : pos+int(h.Size)]
		}
		if h.Type == "mdat" {
			pos += int(h.HdrLen)
		} else {
			pos += int(h.Size)
		}
	}
	box, err := mp4.DecodeBoxSR(0, bits.NewFixedSliceReader(moovBuf))
	if err != nil {
		tb.Fatal(err)
	}
	moov := box.(*mp4.MoovBox)
	const fps, secs = 25, 180
	n := fps * secs
	mdatStart := int64(len(ftypBuf))
	payload := total - mdatStart - 8 - 200<<10
	each := uint32(payload / int64(n))
	payload = int64(each) * int64(n)
	for _, trak := range moov.Traks {
		ts := trak.Mdia.Mdhd.Timescale
		stbl := trak.Mdia.Minf.Stbl
		if trak.Mdia.Hdlr.HandlerType != "vide" {
			continue
		}
		stbl.Stts.SampleCount = []uint32{uint32(n)}
		stbl.Stts.SampleTimeDelta = []uint32{ts / fps}
		stbl.Stsz.SampleUniformSize = 0
		stbl.Stsz.SampleNumber = uint32(n)
		stbl.Stsz.SampleSize = make([]uint32, n)
		stbl.Stco.ChunkOffset = make([]uint32, n)
		for i := range n {
			// Vary sizes like a real encode; the sum stays payload.
			d := uint32(i%25) * 64
			if i%2 == 1 {
				stbl.Stsz.SampleSize[i] = each - d
			} else {
				stbl.Stsz.SampleSize[i] = each + uint32((i+1)%25)*64
			}
		}
		stbl.Stsz.SampleSize[n-1] = each
		var off = uint64(mdatStart + 8)
		for i := range n {
			stbl.Stco.ChunkOffset[i] = uint32(off)
			off += uint64(stbl.Stsz.SampleSize[i])
		}
		payload = int64(off) - mdatStart - 8
		stbl.Stsc.Entries = []mp4.StscEntry{{FirstChunk: 1, SamplesPerChunk: 1, FirstSampleNr: 1}}
		stbl.Stsc.SetSingleSampleDescriptionID(1)
		trak.Mdia.Mdhd.Duration = uint64(n) * uint64(ts/fps)
		trak.Tkhd.Duration = uint64(secs) * uint64(moov.Mvhd.Timescale)
		if trak.Edts != nil {
			for _, e := range trak.Edts.Elst {
				for i := range e.Entries {
					e.Entries[i].SegmentDuration = trak.Tkhd.Duration
				}
			}
		}
	}
	moov.Mvhd.Duration = uint64(secs) * uint64(moov.Mvhd.Timescale)
	var mb bytes.Buffer
	if err := moov.Encode(&mb); err != nil {
		tb.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	hdr := []byte{0, 0, 0, 0, 'm', 'd', 'a', 't'}
	size := uint32(payload + 8)
	hdr[0], hdr[1], hdr[2], hdr[3] = byte(size>>24), byte(size>>16), byte(size>>8), byte(size)
	if _, err := f.WriteAt(append(append([]byte{}, ftypBuf...), hdr...), 0); err != nil {
		tb.Fatal(err)
	}
	if _, err := f.WriteAt(mb.Bytes(), mdatStart+8+payload); err != nil {
		tb.Fatal(err)
	}
	return int64(mb.Len())
}

// countingHost serves one file with Range, counting requests and body bytes.
type countingHost struct {
	*httptest.Server
	requests, bytes atomic.Int64
}

func newCountingHost(tb testing.TB, path string) *countingHost {
	h := &countingHost{}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.requests.Add(1)
		f, err := os.Open(path)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(countingWriter{w, &h.bytes}, r, filepath.Base(path), time.Time{}, f)
	}))
	tb.Cleanup(h.Close)
	return h
}

// BenchmarkCheckMoovAtEnd300MB checks a served 300 MB file whose moov is
// at the end: two requests, the head and the moov. With ffprobe installed
// it also measures what ffprobe reads from the same server.
func BenchmarkCheckMoovAtEnd300MB(b *testing.B) {
	dir := b.TempDir()
	p := filepath.Join(dir, goodName)
	moovSize := makeLongFile(b, "moovend.mp4", p, 300<<20)
	host := newCountingHost(b, p)
	c := New(Options{AllowPrivateNetworks: true})
	url := host.URL + "/" + goodName
	var rep = struct{ bytes, reqs int64 }{}
	for b.Loop() {
		host.requests.Store(0)
		host.bytes.Store(0)
		r, err := c.Check(context.Background(), url, nil)
		if err != nil {
			b.Fatal(err)
		}
		if r.Verdict != "pass" {
			b.Fatalf("verdict %s: %s", r.Verdict, FormatReport(r))
		}
		rep.bytes, rep.reqs = r.Info["bytes_fetched"].(int64), int64(r.Info["requests"].(int))
	}
	if rep.reqs != 2 || host.requests.Load() != 2 {
		b.Errorf("requests = %d (server saw %d), want 2", rep.reqs, host.requests.Load())
	}
	if limit := moovSize + 64<<10 + 1<<10; rep.bytes > limit {
		b.Errorf("fetched %d bytes, want ≤ moov %d + 64 KiB + headers", rep.bytes, moovSize)
	}
	b.ReportMetric(float64(rep.bytes), "bytes/check")
	b.ReportMetric(float64(rep.reqs), "requests/check")
	b.ReportMetric(float64(moovSize), "moov-bytes")
	if bin, err := exec.LookPath("ffprobe"); err == nil {
		host.requests.Store(0)
		host.bytes.Store(0)
		start := time.Now()
		out, err := exec.Command(bin, "-v", "error", "-show_format", "-show_streams", url).CombinedOutput()
		if err != nil {
			b.Logf("ffprobe: %v\n%s", err, out)
		}
		b.ReportMetric(float64(host.bytes.Load()), "ffprobe-bytes")
		b.ReportMetric(float64(host.requests.Load()), "ffprobe-requests")
		b.ReportMetric(float64(time.Since(start).Milliseconds()), "ffprobe-ms")
	}
}

// vmHWM reads the process's peak resident set size in bytes.
func vmHWM(t testing.TB) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	t.Skip("no VmHWM")
	return 0
}

// TestCheckMemory2GB checks a 2 GB sparse 4K file, as a local file and
// over HTTP, and keeps the peak RSS of the process under 100 MB.
func TestCheckMemory2GB(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, goodName)
	makeLongFile(t, "4k.mp4", p, 2<<30)
	host := newCountingHost(t, p)
	c := New(Options{AllowPrivateNetworks: true, AllowLocalFiles: true})
	runtime.GC()
	// Reset the peak RSS counter (Linux ≥ 4.0) so earlier tests do not count.
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	for _, in := range []string{p, host.URL + "/" + goodName} {
		rep, err := c.Check(context.Background(), in, nil)
		if err != nil {
			t.Fatal(err)
		}
		// 2 GB in 180 s is 95 Mbps: a 4K pass, near the upper bound.
		if rep.Verdict == "fail" {
			t.Errorf("%s: verdict %s\n%s", in, rep.Verdict, FormatReport(rep))
		}
		if s := rep.Info["size"].(int64); s < 2<<30-1<<20 {
			t.Errorf("size = %d", s)
		}
	}
	peak := vmHWM(t)
	t.Logf("peak RSS %.1f MB checking a 2 GB file", float64(peak)/(1<<20))
	if peak > 100<<20 {
		t.Errorf("peak RSS %d bytes, want < 100 MB", peak)
	}
}
