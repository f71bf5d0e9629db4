package checks

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"contestbot"
)

// The check page (/check/TOKEN) reads a film on the user's own computer or
// phone. Its script walks the top-level boxes with File.slice and sends only
// what the checker reads: the box table, the ftyp and moov boxes (for a
// fragmented file also every moof and the mfra index), the file size and
// the file name. Upload is that message; CheckUpload runs the same inspect
// and rules over a sparse source that serves exactly those parts and fails
// clearly on any other range. UploadFrom builds the Upload the page would
// send, from a whole file: the page's script is its JavaScript twin.

// Caps of one upload. MaxUploadBytes bounds the whole request the page
// sends; a moov part is bounded by the checker's MaxMoovBytes, as for links.
const (
	MaxUploadBytes  = 70 << 20
	maxUploadSize   = 1 << 42 // a 4 TiB "file" is a forgery
	maxUploadName   = 255     // runes
	maxFtypBytes    = 4096    // decodeFtyp's limit
	headBytes       = 512     // the head sent for a file that is no MP4
	junkHeaderBytes = 16      // the bytes where the box walk stopped
)

// UploadBox is one top-level box in the page's table: its type, offset,
// whole size (a size-0 box "to the end" is given its real size) and header
// length (8, or 16 with a 64-bit size).
type UploadBox struct {
	Type string `json:"type"`
	Off  int64  `json:"off"`
	Size int64  `json:"size"`
	Hdr  int    `json:"hdr"`
}

// End is the offset just past the box.
func (b UploadBox) End() int64 { return b.Off + b.Size }

// Part is one byte range of the file the page sent.
type Part struct {
	Off  int64
	Data []byte
}

// Upload is what the check page sends about a local file.
type Upload struct {
	Name  string      // the file's name, as the browser gives it
	Size  int64       // the file's size in bytes
	Boxes []UploadBox // the top-level box table, in file order
	Parts []Part      // the bytes sent, in file order
}

// Bytes is the number of file bytes in the parts.
func (u Upload) Bytes() int64 {
	var n int64
	for _, p := range u.Parts {
		n += int64(len(p.Data))
	}
	return n
}

// errBadUpload is what a post that is not what the page sends gets.
func errBadUpload(format string, args ...any) error {
	return contestbot.Errorf(contestbot.EINVALID, "上传的检查数据有误（"+format+"），请刷新页面后重新选择视频文件。", args...)
}

// CheckUpload checks a local file from the parts the check page sent, with
// the same rules as a link. A post that is not consistent (a box table
// that does not fit the file, parts that are not whole boxes of the table,
// a moov over the cap, a range the checker needs but the post lacks) is
// refused with an EINVALID error whose message is plain Chinese; nothing
// about the video is judged then.
func (c *Checker) CheckUpload(ctx context.Context, u Upload, want *Expect) (rep contestbot.Report, err error) {
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			c.log.Error("upload check panicked", "panic", r)
			rep, err = contestbot.Report{}, contestbot.Errorf(contestbot.EINTERNAL, "upload check panicked: %v", r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return contestbot.Report{}, err
	}
	src, err := newUploadSource(u, c.opts.MaxMoovBytes)
	if err != nil {
		return contestbot.Report{}, err
	}
	cctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	facts, err := inspect(cctx, src, c.opts.ReadAhead, c.opts.MaxMoovBytes)
	facts.Source = "upload"
	facts.BytesFetched, facts.Requests = u.Bytes(), 1
	var p *problem
	var e *contestbot.Error
	switch {
	case err == nil:
	case errors.As(err, &p):
		facts.Problem, facts.ProblemFix = p.msg, p.fix
		if p.container != "" {
			facts.Container = p.container
		}
	case errors.Is(err, io.ErrUnexpectedEOF):
		// A 64-bit box header cut off by the end of the file.
		p = truncatedProblem()
		facts.Problem, facts.ProblemFix = p.msg, p.fix
	case ctx.Err() != nil:
		return contestbot.Report{}, ctx.Err()
	case errors.As(err, &e):
		return contestbot.Report{}, err
	default:
		return contestbot.Report{}, fmt.Errorf("check upload: %w", err)
	}
	rep = NewReport(src.fname, facts, c.opts.Spec, want)
	c.log.Info("upload checked", "verdict", rep.Verdict, "bytes", facts.BytesFetched,
		"ms", time.Since(start).Milliseconds())
	return rep, nil
}

// MaxMoovBytes is the moov cap: the check page sends no bigger moov.
func (c *Checker) MaxMoovBytes() int64 { return c.opts.MaxMoovBytes }

// CleanUploadName is the base name of a browser's file name, trimmed to
// maxUploadName runes and valid UTF-8; the file-name rule judges it.
func CleanUploadName(name string) string {
	name = strings.ToValidUTF8(name, "")
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	if name == "." || name == "/" {
		return ""
	}
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, strings.TrimSpace(name))
	if utf8.RuneCountInString(name) > maxUploadName {
		name = string([]rune(name)[:maxUploadName])
	}
	return name
}

// uploadSource is a file of which only some ranges are known: the parts of
// an upload and the headers of its box table. It serves a read only when
// every byte of it is known.
type uploadSource struct {
	size  int64
	fname string
	segs  []Part // sorted, non-overlapping
}

// newUploadSource checks that u is what the page sends and builds its
// source. maxMoov caps the moov part.
func newUploadSource(u Upload, maxMoov int64) (*uploadSource, error) {
	if err := u.validate(maxMoov); err != nil {
		return nil, err
	}
	s := &uploadSource{size: u.Size, fname: CleanUploadName(u.Name)}
	pi := 0
	for _, b := range u.Boxes {
		for pi < len(u.Parts) && u.Parts[pi].Off < b.Off {
			s.segs = append(s.segs, u.Parts[pi])
			pi++
		}
		if pi < len(u.Parts) && u.Parts[pi].Off == b.Off {
			continue // a whole box: its part holds the header
		}
		s.segs = append(s.segs, Part{Off: b.Off, Data: b.header(u.Size)})
	}
	s.segs = append(s.segs, u.Parts[pi:]...)
	return s, nil
}

// header is the box's header as the file holds it.
func (b UploadBox) header(fileSize int64) []byte {
	h := make([]byte, b.Hdr)
	copy(h[4:8], b.Type)
	switch {
	case b.Hdr == 16:
		binary.BigEndian.PutUint32(h, 1)
		binary.BigEndian.PutUint64(h[8:], uint64(b.Size))
	case b.Size > math.MaxUint32:
		binary.BigEndian.PutUint32(h, 0) // "to the end of the file"
	default:
		binary.BigEndian.PutUint32(h, uint32(b.Size))
	}
	return h
}

// validate checks that u is consistent with itself and with what the page
// sends: a box table that fits the file, and parts that are whole boxes the
// checker reads (or the head of a file that is no MP4, or the bytes where
// the walk stopped).
func (u Upload) validate(maxMoov int64) error {
	if u.Size < 0 || u.Size > maxUploadSize {
		return errBadUpload("文件大小 %d 字节不正确", u.Size)
	}
	if len(u.Boxes) > maxTopBoxes {
		return errBadUpload("数据块过多")
	}
	var end int64
	for i, b := range u.Boxes {
		if len(b.Type) != 4 || !printable(b.Type) {
			return errBadUpload("第%d个数据块的类型无效", i+1)
		}
		if b.Hdr != 8 && b.Hdr != 16 {
			return errBadUpload("数据块 %s 的头长度无效", b.Type)
		}
		if b.Off != end {
			return errBadUpload("数据块 %s 的位置 %d 与前一个数据块不衔接", b.Type, b.Off)
		}
		if b.Off >= u.Size {
			return errBadUpload("数据块 %s 的位置 %d 超出了文件大小 %d 字节", b.Type, b.Off, u.Size)
		}
		last := i == len(u.Boxes)-1
		// A last box may claim any size a header can hold (a cut file
		// keeps its header): parseHeader's bound.
		if b.Size < int64(b.Hdr) || b.Size > 1<<62 || !last && b.Size > maxUploadSize {
			return errBadUpload("数据块 %s 的大小 %d 字节无效", b.Type, b.Size)
		}
		if b.End() > u.Size && !last {
			// Only the last box may run past the end: a truncated file.
			return errBadUpload("数据块 %s 超出了文件大小 %d 字节", b.Type, u.Size)
		}
		if b.Hdr == 8 && b.Size > math.MaxUint32 && b.End() != u.Size {
			return errBadUpload("数据块 %s 的大小 %d 字节无效", b.Type, b.Size)
		}
		end = b.End()
	}
	if len(u.Boxes) > 0 && !topLevelTypes[u.Boxes[0].Type] {
		return errBadUpload("文件开头不是 MP4 数据块")
	}
	moovSeen := false
	var prevEnd int64
	for _, p := range u.Parts {
		n := int64(len(p.Data))
		if n == 0 || p.Off < prevEnd || p.Off+n > u.Size || p.Off+n < p.Off {
			return errBadUpload("数据片段的位置或长度不正确")
		}
		prevEnd = p.Off + n
		if len(u.Boxes) == 0 {
			if p.Off != 0 || n != min(u.Size, headBytes) {
				return errBadUpload("数据片段与文件结构不符")
			}
			continue
		}
		if p.Off == end && end < u.Size {
			// Where the walk stopped: a header the checker reads to tell
			// junk after the movie from a broken file.
			if n != min(u.Size-end, junkHeaderBytes) || u.Size-end < 8 {
				return errBadUpload("数据片段与文件结构不符")
			}
			continue
		}
		i, ok := slices.BinarySearchFunc(u.Boxes, p.Off, func(b UploadBox, off int64) int {
			switch {
			case b.Off < off:
				return -1
			case b.Off > off:
				return 1
			}
			return 0
		})
		if !ok || u.Boxes[i].Size != n {
			return errBadUpload("数据片段不是完整的数据块")
		}
		b := u.Boxes[i]
		h, err := parseHeader(p.Data[:min(n, 16)], p.Off, u.Size)
		if err != nil || h.Type != b.Type || h.Size != b.Size || int(h.HdrLen) != b.Hdr {
			return errBadUpload("数据块 %s 的内容与数据块表不符", b.Type)
		}
		switch b.Type {
		case "ftyp":
			if n > maxFtypBytes {
				return errBadUpload("ftyp 数据块过大")
			}
		case "moov":
			if moovSeen {
				return errBadUpload("只需要第一个 moov 数据块")
			}
			moovSeen = true
			if n > maxMoov {
				return contestbot.Errorf(contestbot.EINVALID, "视频的索引信息（moov）有 %s，超过了检查上限 %s，文件可能已损坏。请重新导出视频后再检查。",
					byteSize(n), byteSize(maxMoov))
			}
		case "moof", "mfra":
			if n > maxMoofBytes {
				return errBadUpload("%s 数据块过大", b.Type)
			}
		default:
			return errBadUpload("不需要 %s 数据块的内容", b.Type)
		}
	}
	return nil
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

func (s *uploadSource) Size() int64         { return s.size }
func (s *uploadSource) name() string        { return s.fname }
func (s *uploadSource) stats() (int64, int) { return 0, 0 }
func (s *uploadSource) segAt(off int64) int { // index of the segment holding off, or -1
	i, _ := slices.BinarySearchFunc(s.segs, off, func(p Part, off int64) int {
		if p.Off+int64(len(p.Data)) <= off {
			return -1
		}
		if p.Off > off {
			return 1
		}
		return 0
	})
	if i < len(s.segs) && s.segs[i].Off <= off && off < s.segs[i].Off+int64(len(s.segs[i].Data)) {
		return i
	}
	return -1
}

// held is how many of the n bytes at off are known without a gap.
func (s *uploadSource) held(off, n int64) int64 {
	i := s.segAt(off)
	if i < 0 {
		return 0
	}
	got := int64(0)
	for pos := off; i < len(s.segs) && got < n; i++ {
		p := s.segs[i]
		if p.Off > pos {
			break
		}
		k := p.Off + int64(len(p.Data)) - pos
		got += k
		pos += k
	}
	return min(got, n)
}

// heldFrom is the smallest offset o ≥ from such that [o, end) is known
// (end when nothing before it is).
func (s *uploadSource) heldFrom(from, end int64) int64 {
	o := end
	for i := len(s.segs) - 1; i >= 0; i-- {
		p := s.segs[i]
		if p.Off+int64(len(p.Data)) < o {
			break
		}
		o = min(o, p.Off)
		if o <= from {
			return from
		}
	}
	return max(o, from)
}

func (s *uploadSource) readAt(ctx context.Context, p []byte, off int64, _ int) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if off < 0 || off >= s.size {
		return 0, io.EOF
	}
	want := min(int64(len(p)), s.size-off)
	if s.held(off, want) < want {
		return 0, &missingRange{off: off, n: want}
	}
	got := int64(0)
	for i := s.segAt(off); got < want; i++ {
		seg := s.segs[i]
		got += int64(copy(p[got:want], seg.Data[off+got-seg.Off:]))
	}
	return int(want), eofIfShort(int(want), len(p))
}

// missingRange is a read of bytes the upload does not hold: the post
// lacks a part the check needs.
type missingRange struct{ off, n int64 }

func (e *missingRange) Error() string {
	return fmt.Sprintf("upload lacks bytes %d-%d", e.off, e.off+e.n-1)
}

func (e *missingRange) Unwrap() error {
	return contestbot.Errorf(contestbot.EINVALID,
		"上传的检查数据不完整（缺少文件第 %d 字节起的 %d 字节），请刷新页面后重新选择视频文件。", e.off, e.n)
}

// partial is a source that holds only some byte ranges of the file. The
// walk's opportunistic reads (16 bytes for an 8-byte header, a 4 KiB look
// at a fragment, the last 64 KiB for an index) ask it only for what it
// holds; the bytes a decision needs are still read, and fail when missing.
type partial interface {
	held(off, n int64) int64
	heldFrom(from, end int64) int64
}

// span is how many of the n bytes at off a read should ask for: all n, or
// from a partial source only the ones it holds, but never fewer than need.
func span(src source, off, n, need int64) int64 {
	p, ok := src.(partial)
	if !ok {
		return n
	}
	return max(need, min(n, p.held(off, n)))
}

// tailStart is where a read of the file's tail from `from` to end should
// start: from, or for a partial source the start of the known run that
// ends at end.
func tailStart(src source, from, end int64) int64 {
	p, ok := src.(partial)
	if !ok {
		return from
	}
	return p.heldFrom(from, end)
}

// UploadFrom builds the Upload the check page sends for a file of size
// bytes read through r: the same walk as the page's script. maxMoov is the
// checker's moov cap (a bigger moov is not sent; the check then says it is
// over the cap).
func UploadFrom(r io.ReaderAt, size int64, name string, maxMoov int64) (Upload, error) {
	if maxMoov <= 0 {
		maxMoov = defaultMaxMoov
	}
	u := Upload{Name: name, Size: size}
	read := func(off, n int64) ([]byte, error) {
		b := make([]byte, n)
		if _, err := r.ReadAt(b, off); err != nil && !(errors.Is(err, io.EOF)) {
			return nil, err
		}
		return b, nil
	}
	if size == 0 {
		return u, nil
	}
	first, err := read(0, min(size, 16))
	if err != nil {
		return u, err
	}
	if h, err := parseHeader(first, 0, size); (err != nil && !errors.Is(err, errPastEnd)) || !topLevelTypes[h.Type] {
		head, err := read(0, min(size, headBytes))
		if err != nil {
			return u, err
		}
		u.Parts = append(u.Parts, Part{Off: 0, Data: head})
		return u, nil
	}
	moovSent, fragmented := false, false
	for off := int64(0); off < size && len(u.Boxes) < maxTopBoxes; {
		if size-off < 8 {
			break
		}
		b, err := read(off, min(16, size-off))
		if err != nil {
			return u, err
		}
		h, err := parseHeader(b, off, size)
		if err != nil && !errors.Is(err, errPastEnd) {
			u.Parts = append(u.Parts, Part{Off: off, Data: b})
			break
		}
		u.Boxes = append(u.Boxes, UploadBox{Type: h.Type, Off: off, Size: h.Size, Hdr: int(h.HdrLen)})
		if err != nil { // runs past the end: a truncated file
			break
		}
		send := false
		switch h.Type {
		case "ftyp":
			send = h.Size <= maxFtypBytes
		case "moov":
			send = !moovSent && h.Size <= maxMoov
			moovSent = true
		case "moof":
			fragmented = true
			send = h.Size <= maxMoofBytes
		case "mfra":
			send = fragmented && h.End() == size && h.Size <= maxMoofBytes
		}
		if send {
			data, err := read(off, h.Size)
			if err != nil {
				return u, err
			}
			u.Parts = append(u.Parts, Part{Off: off, Data: data})
		}
		off = h.End()
	}
	return u, nil
}
