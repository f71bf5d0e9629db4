package checks

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// boxHeader is one top-level box: its type, where it starts and its whole
// size (header included).
type boxHeader struct {
	Type   string
	Off    int64
	Size   int64
	HdrLen int64
}

// End is the offset just past the box.
func (h boxHeader) End() int64 { return h.Off + h.Size }

var (
	// errNotBox: the bytes at an offset are no box header (type not
	// printable, size smaller than the header).
	errNotBox = errors.New("not a box header")
	// errPastEnd: the box claims to run past the end of the file.
	errPastEnd = errors.New("box runs past the end of the file")
)

// topLevelTypes are the boxes that may start an ISO BMFF / QuickTime file
// or sit at its top level.
var topLevelTypes = map[string]bool{
	"ftyp": true, "moov": true, "mdat": true, "free": true, "skip": true, "wide": true,
	"pnot": true, "uuid": true, "styp": true, "sidx": true, "moof": true, "mfra": true,
	"meta": true, "pdin": true, "junk": true, "prfl": true, "emsg": true, "prft": true,
	"ssix": true, "udta": true, "PICT": true, "pict": true, "mvhd": true,
}

// parseHeader decodes the box header at the start of b, for a box at
// offset off in a file of size fileSize. Size 0 means "to the end of the
// file"; size 1 means a 64-bit size follows. The type must be four
// printable ASCII characters and the box must fit inside the file; a box
// that does not fit returns its header with errPastEnd.
func parseHeader(b []byte, off, fileSize int64) (boxHeader, error) {
	if len(b) < 8 {
		return boxHeader{}, io.ErrUnexpectedEOF
	}
	h := boxHeader{Off: off, HdrLen: 8, Type: string(b[4:8])}
	for _, c := range b[4:8] {
		if c < 0x20 || c > 0x7e {
			return boxHeader{}, errNotBox
		}
	}
	size := int64(binary.BigEndian.Uint32(b[:4]))
	switch size {
	case 0:
		size = fileSize - off
	case 1:
		if len(b) < 16 {
			return boxHeader{}, io.ErrUnexpectedEOF
		}
		u := binary.BigEndian.Uint64(b[8:16])
		if u > 1<<62 {
			return boxHeader{}, errNotBox
		}
		size = int64(u)
		h.HdrLen = 16
	}
	if size < h.HdrLen {
		return boxHeader{}, errNotBox
	}
	h.Size = size
	if off+size > fileSize || off+size < off {
		return h, errPastEnd
	}
	return h, nil
}

// readHeader reads and parses the box header at off.
func readHeader(ctx context.Context, src source, off int64, ahead int) (boxHeader, error) {
	var b [16]byte
	n := span(src, off, min(int64(16), src.Size()-off), min(8, src.Size()-off))
	if n < 8 {
		return boxHeader{}, io.ErrUnexpectedEOF
	}
	if _, err := src.readAt(ctx, b[:n], off, ahead); err != nil && !errors.Is(err, io.EOF) {
		return boxHeader{}, err
	}
	return parseHeader(b[:n], off, src.Size())
}

// cachedSource is a source that can hand out bytes it already holds.
type cachedSource interface {
	cached(off, n int64) ([]byte, bool)
}

// readBox reads a whole box into memory, refusing boxes over limit.
func readBox(ctx context.Context, src source, h boxHeader, limit int64) ([]byte, error) {
	if h.Size > limit {
		return nil, &problem{msg: fmt.Sprintf("文件的 %s 数据块过大（%d 字节），超出检查上限，文件可能已损坏", h.Type, h.Size),
			fix: "请重新导出视频后再检查"}
	}
	// A box already fetched (the tail read in one request holds the moov)
	// is used where it lies, not copied into a second buffer.
	if c, ok := src.(cachedSource); ok {
		if b, ok := c.cached(h.Off, h.Size); ok {
			return b, nil
		}
	}
	buf := make([]byte, h.Size)
	if _, err := src.readAt(ctx, buf, h.Off, int(h.Size)); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf, nil
}

// walkBytes lists the top-level boxes of an in-memory file. It is the
// same walk the checker does over a range reader, kept for tests and fuzzing.
func walkBytes(data []byte) ([]boxHeader, error) {
	var out []boxHeader
	size := int64(len(data))
	for off := int64(0); off < size; {
		h, err := parseHeader(data[off:min(off+16, size)], off, size)
		if err != nil {
			return out, err
		}
		out = append(out, h)
		off = h.End()
	}
	return out, nil
}

// sniff names the format of a file that does not start with an MP4 box,
// from its first bytes.
func sniff(head []byte) string {
	switch {
	case len(head) == 0:
		return ""
	case bytes.HasPrefix(head, []byte{0x1A, 0x45, 0xDF, 0xA3}):
		if bytes.Contains(head[:min(len(head), 64)], []byte("webm")) {
			return "webm"
		}
		return "matroska"
	case len(head) >= 12 && bytes.Equal(head[:4], []byte("RIFF")) && bytes.Equal(head[8:12], []byte("AVI ")):
		return "avi"
	case bytes.HasPrefix(head, []byte("FLV")):
		return "flv"
	case bytes.HasPrefix(head, []byte{0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11}):
		return "wmv"
	case len(head) >= 377 && head[0] == 0x47 && head[188] == 0x47 && head[376] == 0x47:
		return "mpegts"
	case bytes.HasPrefix(head, []byte{0x00, 0x00, 0x01, 0xBA}):
		return "mpegps"
	}
	return "unknown"
}
