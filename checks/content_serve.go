package checks

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// errByteCap is returned when the content stage would read past its byte cap.
var errByteCap = errors.New("content stage byte cap reached")

// contentSource opens the input again for the content stage: a link
// through the guarded client (the same address checks, redirects
// re-checked), a local path only when local files are allowed. The file
// must still have the size the metadata stage saw.
func (c *Checker) contentSource(ctx context.Context, input string, size int64) (source, error) {
	if !schemeRe.MatchString(input) {
		if !c.opts.AllowLocalFiles {
			return nil, newProblem("这不是有效的链接", fixDirectLink)
		}
		src, err := openFile(input)
		if err != nil {
			return nil, err
		}
		if src.Size() != size {
			src.Close()
			return nil, newProblem("视频文件在检查期间发生了变化", "请稍后重新发送链接")
		}
		return src, nil
	}
	u, err := parseLink(input)
	if err != nil {
		return nil, err
	}
	if err := c.checkURL(u); err != nil {
		return nil, err
	}
	src, err := openHTTP(ctx, c.client, u.String(), c.opts.ReadAhead)
	if err != nil {
		return nil, err
	}
	if src.Size() != size {
		return nil, newProblem("视频文件在检查期间发生了变化", "请稍后重新发送链接")
	}
	if src.noRange {
		return nil, newProblem("视频服务器不支持断点续传（HTTP Range），无法只读取开头和少量画面", fixFaststart)
	}
	return src, nil
}

// loopback serves one source to ffmpeg over HTTP on 127.0.0.1, under a
// one-time random path, for the duration of one content check. It answers
// Range requests by reading the source (the guarded reader), counts what it
// reads against a byte cap, and refuses every other path.
type loopback struct {
	src  source
	path string
	// script, when set, is served under scriptPath (the seeks' ffconcat list).
	script     []byte
	scriptPath string
	ln         net.Listener
	srv        *http.Server
	cap        int64

	cache  blockCache
	used   atomic.Int64
	capped atomic.Bool
	mu     sync.Mutex
	errs   []error // source errors, first few
}

// recvBuffer is ffmpeg's socket receive buffer on the loopback: what it
// holds when ffmpeg hangs up was fetched for nothing.
const recvBuffer = 128 << 10

// Reads through the guarded reader are one cache block at first (a seek's
// moov or keyframe), doubling up to maxChunk while a reader keeps streaming.
const (
	maxChunk    = 512 << 10
	cacheBlocks = 64 // 4 MiB
	cacheRun    = 4  // fetches of at most this many blocks are cached
)

// startLoopback starts serving src until ctx ends or close is called.
// seeks, when set, are the times of the single frames: they are served as
// an ffconcat list of the film cut at each time.
func startLoopback(ctx context.Context, src source, byteCap int64, seeks []float64) (*loopback, error) {
	var tok [16]byte
	if _, err := rand.Read(tok[:]); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("content loopback: %w", err)
	}
	base := "/c/" + hex.EncodeToString(tok[:])
	lb := &loopback{src: src, path: base + "/film.mp4", scriptPath: base + "/seeks.ffconcat", ln: smallSendBuffers{ln}, cap: byteCap,
		cache: blockCache{max: cacheBlocks}}
	if len(seeks) > 0 {
		var b strings.Builder
		b.WriteString("ffconcat version 1.0\n")
		for _, t := range seeks {
			// The demuxer starts each cut at the keyframe before inpoint;
			// with non-key frames skipped, each cut gives that keyframe.
			fmt.Fprintf(&b, "file '%s'\noption recv_buffer_size %d\ninpoint %.3f\noutpoint %.3f\n",
				lb.url(), recvBuffer, t, t+0.001)
		}
		lb.script = []byte(b.String())
	}
	lb.srv = &http.Server{
		Handler:           lb,
		ReadHeaderTimeout: 5 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
		ErrorLog:          nil,
	}
	go func() { _ = lb.srv.Serve(lb.ln) }()
	return lb, nil
}

// url is the one-time address ffmpeg reads.
func (lb *loopback) url() string { return "http://" + lb.ln.Addr().String() + lb.path }

// scriptURL is where ffmpeg reads the seeks' list.
func (lb *loopback) scriptURL() string { return "http://" + lb.ln.Addr().String() + lb.scriptPath }

// smallSendBuffers keeps the kernel from buffering megabytes ahead of
// what ffmpeg reads: every byte sent was fetched through the guarded
// reader, and what ffmpeg never reads is wasted.
type smallSendBuffers struct{ net.Listener }

func (l smallSendBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetWriteBuffer(64 << 10)
	}
	return c, err
}

func (lb *loopback) close() { _ = lb.srv.Close() }

func (lb *loopback) fail(err error) {
	lb.mu.Lock()
	if len(lb.errs) < 4 {
		lb.errs = append(lb.errs, err)
	}
	lb.mu.Unlock()
}

// err is the first error the source gave, if any.
func (lb *loopback) err() error {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	if lb.capped.Load() {
		return errByteCap
	}
	if len(lb.errs) > 0 {
		return lb.errs[0]
	}
	return nil
}

// ServeHTTP answers GET and HEAD for the one path, with Range.
func (lb *loopback) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == lb.scriptPath && lb.script != nil && r.Method == http.MethodGet {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write(lb.script)
		return
	}
	if r.URL.Path != lb.path || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
		http.NotFound(w, r)
		return
	}
	size := lb.src.Size()
	start, end, ok := parseRange(r.Header.Get("Range"), size)
	if !ok {
		w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", size))
		http.Error(w, "bad range", http.StatusRequestedRangeNotSatisfiable)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "video/mp4")
	h.Set("Accept-Ranges", "bytes")
	h.Set("Content-Length", strconv.FormatInt(end-start+1, 10))
	h.Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", start, end, size))
	w.WriteHeader(http.StatusPartialContent)
	if r.Method == http.MethodHead {
		return
	}
	n := int64(1) // blocks per fetch: one at first, doubling while ffmpeg streams
	for off := start; off <= end; {
		blk := off / cacheBlock
		data, ok := lb.cache.get(blk)
		if !ok {
			var err error
			if data, err = lb.fetch(r.Context(), blk, min(n, (end/cacheBlock)-blk+1)); err != nil {
				if errors.Is(err, errByteCap) {
					lb.capped.Store(true)
				} else if r.Context().Err() == nil {
					lb.fail(err)
				}
				panic(http.ErrAbortHandler) // hang up: ffmpeg sees a short read
			}
			n = min(n*2, maxChunk/cacheBlock)
		}
		lo := off - blk*cacheBlock
		hi := min(int64(len(data)), end-blk*cacheBlock+1)
		if lo >= hi {
			panic(http.ErrAbortHandler)
		}
		if _, err := w.Write(data[lo:hi]); err != nil {
			return // ffmpeg hung up (a seek, or it has enough)
		}
		off += hi - lo
	}
}

// cacheBlock is the unit of the loopback's cache: ffmpeg opens the film
// once per seek and reads the head (and the moov) again each time.
const cacheBlock = 64 << 10

// fetch reads up to k blocks from blk on through the guarded reader,
// stopping at the first block already cached, and returns them. Short
// reads (the head, a moov, a keyframe: what the next seek reads again)
// are cached; a stream of the opening is not.
func (lb *loopback) fetch(ctx context.Context, blk, k int64) ([]byte, error) {
	size := lb.src.Size()
	for i := int64(1); i < k; i++ {
		if _, ok := lb.cache.get(blk + i); ok {
			k = i
			break
		}
	}
	off := blk * cacheBlock
	want := min(k*cacheBlock, size-off)
	if lb.used.Add(want) > lb.cap {
		return nil, errByteCap
	}
	buf := make([]byte, want)
	got, err := lb.src.readAt(ctx, buf, off, int(want))
	if err != nil && !(errors.Is(err, io.EOF) && int64(got) == want) {
		return nil, err
	}
	if k <= cacheRun {
		for i := int64(0); i*cacheBlock < int64(got); i++ {
			lb.cache.put(blk+i, buf[i*cacheBlock:min(int64(got), (i+1)*cacheBlock)])
		}
	}
	return buf[:got], nil
}

// blockCache keeps the last blocks read, up to a fixed count.
type blockCache struct {
	mu    sync.Mutex
	max   int
	m     map[int64][]byte
	order []int64 // insertion order, oldest first
}

func (c *blockCache) get(blk int64) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.m[blk]
	return b, ok
}

func (c *blockCache) put(blk int64, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[int64][]byte{}
	}
	if _, ok := c.m[blk]; ok {
		return
	}
	c.m[blk] = b
	c.order = append(c.order, blk)
	for len(c.order) > c.max {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
}

// parseRange reads "bytes=a-", "bytes=a-b" or no header (the whole file),
// clamped to the file.
func parseRange(v string, size int64) (start, end int64, ok bool) {
	if size <= 0 {
		return 0, 0, false
	}
	if v == "" {
		return 0, size - 1, true
	}
	spec, found := strings.CutPrefix(v, "bytes=")
	if !found || strings.Contains(spec, ",") {
		return 0, 0, false
	}
	a, b, found := strings.Cut(spec, "-")
	if !found || a == "" {
		return 0, 0, false
	}
	start, err := strconv.ParseInt(a, 10, 64)
	if err != nil || start < 0 || start >= size {
		return 0, 0, false
	}
	end = size - 1
	if b != "" {
		e, err := strconv.ParseInt(b, 10, 64)
		if err != nil || e < start {
			return 0, 0, false
		}
		end = min(e, size-1)
	}
	return start, end, true
}
