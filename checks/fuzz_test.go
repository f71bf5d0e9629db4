package checks

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
)

// sparseSource is an in-memory file whose unset bytes read as zeros, so a
// fuzz input can describe a large file cheaply.
type sparseSource struct {
	size   int64
	chunks []sparseChunk
	reads  atomic.Int64 // readAt runs in parallel for fragmented files
}

type sparseChunk struct {
	off  int64
	data []byte
}

// newSparseSource reads data as an elided MP4 (mdat payloads left out);
// bytes that do not parse that way are taken as the raw file.
func newSparseSource(data []byte) *sparseSource {
	s := &sparseSource{}
	var off int64
	pos := 0
	for pos < len(data) {
		b := data[pos:]
		if len(b) < 8 {
			break
		}
		size := int64(binary.BigEndian.Uint32(b[:4]))
		hdr := 8
		if size == 1 && len(b) >= 16 {
			size, hdr = int64(binary.BigEndian.Uint64(b[8:16])&(1<<40-1)), 16
		}
		if size < int64(hdr) {
			break
		}
		if string(b[4:8]) == "mdat" {
			s.chunks = append(s.chunks, sparseChunk{off, b[:hdr]})
			off += size
			pos += hdr
			continue
		}
		n := min(size, int64(len(b)))
		s.chunks = append(s.chunks, sparseChunk{off, b[:n]})
		off += size
		pos += int(n)
	}
	if pos < len(data) {
		s.chunks = append(s.chunks, sparseChunk{off, data[pos:]})
		off += int64(len(data) - pos)
	}
	s.size = off
	return s
}

func (s *sparseSource) Size() int64         { return s.size }
func (s *sparseSource) name() string        { return "a-1-b.mp4" }
func (s *sparseSource) stats() (int64, int) { return 0, int(s.reads.Load()) }
func (s *sparseSource) readAt(_ context.Context, p []byte, off int64, _ int) (int, error) {
	s.reads.Add(1)
	if off < 0 || off >= s.size {
		return 0, io.EOF
	}
	n := min(int64(len(p)), s.size-off)
	clear(p[:n])
	for _, c := range s.chunks {
		lo, hi := max(off, c.off), min(off+n, c.off+int64(len(c.data)))
		if lo < hi {
			copy(p[lo-off:hi-off], c.data[lo-c.off:hi-c.off])
		}
	}
	if n < int64(len(p)) {
		return int(n), io.EOF
	}
	return int(n), nil
}

func addFixtureSeeds(f *testing.F) {
	for _, s := range fixtureSpecs {
		b, err := os.ReadFile(filepath.Join("testdata", "fixtures", s.name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add([]byte("\x00\x00\x00\x00mdat"))
	f.Add([]byte("\x00\x00\x00\x01mdat\x00\x00\x00\x00\x00\x00\x00\x10"))
}

// FuzzBoxWalk: the top-level walk never panics, and every box it returns
// lies inside the input, one after the other.
func FuzzBoxWalk(f *testing.F) {
	addFixtureSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		boxes, err := walkBytes(data)
		var next int64
		for _, b := range boxes {
			if b.Off != next || b.Size < b.HdrLen || b.End() > int64(len(data)) {
				t.Fatalf("bad box %+v after %d in %d bytes", b, next, len(data))
			}
			next = b.End()
		}
		if err == nil && next != int64(len(data)) {
			t.Fatalf("walk ended at %d of %d without error", next, len(data))
		}
		_ = sniff(data)
	})
}

// FuzzFacts: inspecting any file never panics, returns facts or a
// problem, and allocates within the caps.
func FuzzFacts(f *testing.F) {
	addFixtureSeeds(f)
	const maxMoov = 1 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		src := newSparseSource(data)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		facts, err := inspect(context.Background(), src, 64<<10, maxMoov)
		runtime.ReadMemStats(&after)
		var p *problem
		if err != nil && !errors.As(err, &p) {
			t.Fatalf("inspect: %v (want a problem or nil)", err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Fatalf("allocated %d bytes", alloc)
		}
		rules := Evaluate(facts, DefaultSpec(), &Expect{Unit: "a", Seq: 1, Title: "b"})
		if len(rules) != 6 {
			t.Fatalf("%d rules", len(rules))
		}
	})
}
