package checks

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Doer sends one HTTP request; *http.Client is one. The checker needs
// nothing else from a client, so tests can hand in any transport.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

var _ Doer = (*http.Client)(nil)

// source is a file read by byte ranges: over HTTP, or a local file.
type source interface {
	// Size is the file size in bytes.
	Size() int64
	// readAt fills p from offset off. When it has to fetch, it fetches at
	// least ahead bytes (read-ahead), never past the end of the file.
	readAt(ctx context.Context, p []byte, off int64, ahead int) (int, error)
	// stats returns the response-body bytes read and requests made.
	stats() (bytes int64, requests int)
	// name is the file name: Content-Disposition, URL path or local path.
	name() string
}

// problem is something wrong with the input itself (404, an HTML page, a
// private address, not MP4). The check reports it as a failed container
// rule instead of an error.
type problem struct {
	msg string // what is wrong, in plain Chinese
	fix string // what to do
	// container, when known, is the format the bytes are ("matroska").
	container string
	// link marks a problem with the link rather than the file (refused
	// address, 404, a web page, no Range support): reported under 链接.
	link bool
}

func (p *problem) Error() string { return "input problem: " + p.msg }

func newProblem(msg, fix string) *problem { return &problem{msg: msg, fix: fix} }

// linkProblem is a problem with the link, not with the video file.
func linkProblem(msg, fix string) *problem { return &problem{msg: msg, fix: fix, link: true} }

// Fixes shared by several problems.
const (
	fixDirectLink = "请提供视频文件本身的直接下载链接（例如学校文件服务器或对象存储的链接），不要用网盘分享页或需要登录的页面"
	fixFaststart  = "请换用支持断点续传（HTTP Range）的下载链接，或把视频转为“快速启动”格式：ffmpeg -i 原文件 -c copy -movflags +faststart 新文件.mp4"
)

// noRangeHead is how much of a response that ignores Range is read before
// hanging up: enough for the moov of a faststart file.
const noRangeHead = 2 << 20

// httpSource reads a URL with Range requests. It keeps the last response
// body as a cache, so small reads close together cost one request.
type httpSource struct {
	client Doer
	url    string
	size   int64
	fname  string

	// noRange: the server ignored Range (200); only head is available.
	noRange bool

	mu     sync.Mutex
	buf    []byte
	bufOff int64

	nbytes atomic.Int64
	nreq   atomic.Int64
}

// openHTTP makes the first request (bytes 0..ahead-1), which tells the file
// size, whether Range works and whether this is a file at all. On an error
// it still returns the source, whose stats count what was fetched.
func openHTTP(ctx context.Context, client Doer, rawURL string, ahead int) (*httpSource, error) {
	s := &httpSource{client: client, url: rawURL}
	resp, err := s.get(ctx, 0, int64(ahead))
	if err != nil {
		return s, err
	}
	defer resp.Body.Close()

	s.fname = fileNameOf(rawURL, resp)
	switch resp.StatusCode {
	case http.StatusPartialContent:
		start, _, total, err := parseContentRange(resp.Header.Get("Content-Range"))
		if err != nil || start != 0 || total < 0 {
			return s, linkProblem("视频服务器的分段响应格式不正确（Content-Range 无效），无法读取文件",
				fixDirectLink)
		}
		s.size = total
		n := min(int64(ahead), total)
		body, err := s.readBody(resp.Body, n)
		if err != nil {
			return s, err
		}
		if isHTML(resp.Header.Get("Content-Type"), body) {
			return s, htmlProblem()
		}
		s.buf, s.bufOff = body, 0
		return s, nil
	case http.StatusOK:
		// The server ignores Range: read the head, then hang up.
		s.noRange = true
		limit := int64(noRangeHead)
		if resp.ContentLength >= 0 {
			limit = min(limit, resp.ContentLength)
		}
		body, err := s.readBody(resp.Body, limit)
		if err != nil {
			return s, err
		}
		if isHTML(resp.Header.Get("Content-Type"), body) {
			return s, htmlProblem()
		}
		s.size = resp.ContentLength
		if s.size < 0 {
			// Unknown length (chunked): the head is all there is to judge.
			s.size = int64(len(body))
			if len(body) == noRangeHead {
				return s, linkProblem("视频服务器既不支持断点续传（HTTP Range），也不告知文件大小，无法在不下载整个文件的情况下检查",
					fixFaststart)
			}
		}
		s.buf, s.bufOff = body, 0
		return s, nil
	case http.StatusRequestedRangeNotSatisfiable:
		// A 0-byte file cannot satisfy bytes=0-…
		if _, _, total, err := parseContentRange(resp.Header.Get("Content-Range")); err == nil && total == 0 ||
			resp.Header.Get("Content-Range") == "" || strings.HasSuffix(resp.Header.Get("Content-Range"), "/0") {
			s.size = 0
			return s, nil
		}
		return s, linkProblem("视频服务器拒绝了分段读取请求（HTTP 416）", fixDirectLink)
	}
	return s, statusProblem(resp.StatusCode)
}

func htmlProblem() *problem {
	return linkProblem("这个链接打开的是网页（例如网盘分享页或登录页），不是视频文件本身", fixDirectLink)
}

// statusProblem explains an HTTP error status. 5xx is the host's trouble,
// not the file's, so it is an error (try again later), not a verdict.
func statusProblem(code int) error {
	switch {
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		return linkProblem(fmt.Sprintf("链接无权访问（HTTP %d），可能已过期或需要登录", code),
			"请重新生成一个无需登录、未过期的直接下载链接")
	case code == http.StatusNotFound || code == http.StatusGone:
		return linkProblem(fmt.Sprintf("链接指向的文件不存在（HTTP %d），可能已过期或被删除", code),
			"请确认链接完整、文件仍在，再重新发送")
	case code >= 500:
		return errUnavailable(fmt.Sprintf("视频服务器暂时出错（HTTP %d），请稍后再试", code))
	}
	return linkProblem(fmt.Sprintf("视频服务器拒绝了请求（HTTP %d）", code), fixDirectLink)
}

// get sends one GET for bytes [off, off+n).
func (s *httpSource) get(ctx context.Context, off, n int64) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.url, nil)
	if err != nil {
		return nil, linkProblem("这不是有效的链接", "请发送以 http:// 或 https:// 开头的视频直接下载链接")
	}
	req.Header.Set("Range", fmt.Sprintf("bytes=%d-%d", off, off+n-1))
	req.Header.Set("User-Agent", "contestbot-check/1 (video metadata check)")
	s.nreq.Add(1)
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, dialError(ctx, err)
	}
	return resp, nil
}

// readBody reads exactly n bytes (or to EOF) of a body, counting them.
func (s *httpSource) readBody(r io.Reader, n int64) ([]byte, error) {
	buf := make([]byte, n)
	got, err := io.ReadFull(r, buf)
	s.nbytes.Add(int64(got))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, readError(err)
	}
	return buf[:got], nil
}

// cached returns bytes [off, off+n) when the last fetch holds them all.
// Fetches never write into an earlier buffer, so the slice stays valid.
func (s *httpSource) cached(off, n int64) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if off >= s.bufOff && off+n <= s.bufOff+int64(len(s.buf)) {
		b := s.buf[off-s.bufOff : off-s.bufOff+n]
		return b[:n:n], true
	}
	return nil, false
}

// readInto fills dst from a body (or to EOF), counting the bytes.
func (s *httpSource) readInto(r io.Reader, dst []byte) (int, error) {
	got, err := io.ReadFull(r, dst)
	s.nbytes.Add(int64(got))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return 0, readError(err)
	}
	return got, nil
}

func (s *httpSource) Size() int64  { return s.size }
func (s *httpSource) name() string { return s.fname }
func (s *httpSource) stats() (int64, int) {
	return s.nbytes.Load(), int(s.nreq.Load())
}

func (s *httpSource) readAt(ctx context.Context, p []byte, off int64, ahead int) (int, error) {
	if off < 0 || off >= s.size {
		return 0, io.EOF
	}
	want := min(int64(len(p)), s.size-off)
	s.mu.Lock()
	if off >= s.bufOff && off+want <= s.bufOff+int64(len(s.buf)) {
		n := copy(p[:want], s.buf[off-s.bufOff:])
		s.mu.Unlock()
		return n, eofIfShort(n, len(p))
	}
	s.mu.Unlock()
	if s.noRange {
		return 0, linkProblem("视频服务器不支持断点续传（HTTP Range），而视频的索引信息（moov）不在文件开头，无法在不下载整个文件的情况下检查",
			fixFaststart)
	}
	n := max(want, int64(ahead))
	n = min(n, s.size-off)
	resp, err := s.get(ctx, off, n)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusPartialContent:
		start, end, _, err := parseContentRange(resp.Header.Get("Content-Range"))
		if err != nil || start != off || end < off+want-1 {
			return 0, linkProblem("视频服务器返回的分段与请求不符（Content-Range 错误），无法读取文件", fixDirectLink)
		}
	case http.StatusOK:
		return 0, linkProblem("视频服务器不再支持断点续传（HTTP Range），无法在不下载整个文件的情况下检查", fixFaststart)
	default:
		return 0, statusProblem(resp.StatusCode)
	}
	if n == want {
		// The caller's buffer holds the whole range (a moov read in one
		// piece): read straight into it rather than into a second buffer
		// of the same size and copying.
		got, err := s.readInto(resp.Body, p[:want])
		if err != nil {
			return 0, err
		}
		if int64(got) < want {
			return 0, newProblem("视频服务器在传输中途断开了连接", "请稍后再试，或换一个下载链接")
		}
		return got, eofIfShort(got, len(p))
	}
	body, err := s.readBody(resp.Body, n)
	if err != nil {
		return 0, err
	}
	if int64(len(body)) < want {
		return 0, linkProblem("视频服务器在传输中途断开了连接", "请稍后再试，或换一个下载链接")
	}
	s.mu.Lock()
	s.buf, s.bufOff = body, off
	s.mu.Unlock()
	k := copy(p[:want], body)
	return k, eofIfShort(k, len(p))
}

func eofIfShort(n, want int) error {
	if n < want {
		return io.EOF
	}
	return nil
}

// parseContentRange parses "bytes a-b/total" (total may be "*": -1).
func parseContentRange(v string) (start, end, total int64, err error) {
	bad := fmt.Errorf("bad Content-Range %q", v)
	rest, ok := strings.CutPrefix(strings.TrimSpace(v), "bytes ")
	if !ok {
		return 0, 0, 0, bad
	}
	rng, tot, ok := strings.Cut(rest, "/")
	if !ok {
		return 0, 0, 0, bad
	}
	if tot == "*" {
		total = -1
	} else if total, err = strconv.ParseInt(tot, 10, 64); err != nil || total < 0 {
		return 0, 0, 0, bad
	}
	if rng == "*" {
		return -1, -1, total, nil
	}
	a, b, ok := strings.Cut(rng, "-")
	if !ok {
		return 0, 0, 0, bad
	}
	if start, err = strconv.ParseInt(a, 10, 64); err != nil {
		return 0, 0, 0, bad
	}
	if end, err = strconv.ParseInt(b, 10, 64); err != nil || end < start || (total >= 0 && end >= total) {
		return 0, 0, 0, bad
	}
	return start, end, total, nil
}

// isHTML reports whether a response is a web page rather than a file.
func isHTML(contentType string, head []byte) bool {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil &&
		(mt == "text/html" || mt == "application/xhtml+xml") {
		return true
	}
	h := strings.TrimLeft(string(head[:min(len(head), 512)]), "\ufeff \t\r\n")
	h = strings.ToLower(h)
	return strings.HasPrefix(h, "<!doctype html") || strings.HasPrefix(h, "<html") ||
		strings.HasPrefix(h, "<head") || strings.HasPrefix(h, "<!--") && strings.Contains(h, "<html")
}

// fileNameOf picks the file name of a response: Content-Disposition, else
// the last path segment of the link (or of the final URL after redirects)
// that looks like a file name.
func fileNameOf(rawURL string, resp *http.Response) string {
	if cd := resp.Header.Get("Content-Disposition"); cd != "" {
		if _, params, err := mime.ParseMediaType(cd); err == nil && params["filename"] != "" {
			return path.Base(strings.ReplaceAll(params["filename"], `\`, "/"))
		}
	}
	var cands []string
	if u, err := url.Parse(rawURL); err == nil {
		cands = append(cands, path.Base(u.Path))
	}
	if resp.Request != nil && resp.Request.URL != nil {
		cands = append(cands, path.Base(resp.Request.URL.Path))
	}
	for _, c := range cands {
		if path.Ext(c) != "" {
			return c
		}
	}
	if len(cands) > 0 && cands[0] != "/" && cands[0] != "." {
		return cands[0]
	}
	return ""
}

// fileSource reads a local file.
type fileSource struct {
	f      *os.File
	size   int64
	fname  string
	nbytes atomic.Int64
}

func openFile(p string) (*fileSource, error) {
	f, err := os.Open(p)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, newProblem("找不到文件："+p, "请确认文件路径")
		}
		return nil, newProblem("文件打不开："+p, "请确认文件存在且可以读取")
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, newProblem("这不是一个普通文件："+p, "请指定视频文件本身")
	}
	return &fileSource{f: f, size: st.Size(), fname: path.Base(strings.ReplaceAll(p, `\`, "/"))}, nil
}

func (s *fileSource) Size() int64  { return s.size }
func (s *fileSource) name() string { return s.fname }
func (s *fileSource) stats() (int64, int) {
	return s.nbytes.Load(), 0
}
func (s *fileSource) readAt(ctx context.Context, p []byte, off int64, _ int) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	n, err := s.f.ReadAt(p, off)
	s.nbytes.Add(int64(n))
	return n, err
}
func (s *fileSource) Close() error { return s.f.Close() }
