package checks

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/Eyevinn/mp4ff/bits"
	"github.com/Eyevinn/mp4ff/mp4"
)

// Limits of one check. They bound memory and requests on hostile input.
const (
	// defaultMaxMoov caps the moov read into memory (Options.MaxMoovBytes).
	// A moov is mostly sample tables, a few to ~30 bytes a sample: a
	// 3-minute 60 fps film with audio needs well under 1 MiB, and even an
	// hour at 60 fps fits in 8 MiB. See also moovLimit.
	defaultMaxMoov  = 8 << 20
	maxMoofBytes    = 16 << 20
	maxMfraBytes    = 16 << 20
	maxTopBoxes     = 100_000
	maxVisits       = 20_000 // fragment boxes visited in a fragmented file
	tailWhole       = 8 << 20
	fragAhead       = 4 << 10
	parallelFetches = 8
)

// corruptProblem is a file whose boxes are broken.
func corruptProblem(detail string) *problem {
	return newProblem("文件结构损坏，无法读取（"+detail+"）", "请重新导出或重新上传视频后再检查")
}

func truncatedProblem() *problem {
	return newProblem("文件不完整（上传或下载中断，文件末尾缺失）", "请重新上传完整的视频文件后再检查")
}

// mp4Brands are ftyp brands of MP4 (ISO/IEC 14496-14 and relatives).
var mp4Brands = map[string]bool{
	"isom": true, "iso2": true, "iso3": true, "iso4": true, "iso5": true, "iso6": true,
	"iso7": true, "iso8": true, "iso9": true, "mp41": true, "mp42": true, "mp71": true,
	"avc1": true, "hvc1": true, "dash": true, "msdh": true, "msix": true, "M4V ": true,
	"M4VH": true, "M4VP": true, "M4A ": true, "f4v ": true, "XAVC": true, "MSNV": true,
	"NDAS": true, "mmp4": true, "cmfc": true, "cmf2": true,
}

// inspection is the state of one file's walk.
type inspection struct {
	src       source
	ahead     int
	maxMoov   int64
	facts     Facts
	ftyp      *mp4.FtypBox
	moov      *mp4.MoovBox
	moovOff   int64
	firstMdat int64
	mdatBytes int64
	moofs     []*mp4.MoofBox
	mu        sync.Mutex // guards moofs during parallel fetches
}

// inspect reads the metadata of src and returns its facts. A problem with
// the file itself comes back as a *problem.
func inspect(ctx context.Context, src source, ahead int, maxMoov int64) (f Facts, err error) {
	in := &inspection{src: src, ahead: ahead, maxMoov: maxMoov, firstMdat: -1}
	in.facts.Size = src.Size()
	in.facts.FileName = src.name()
	defer func() {
		if r := recover(); r != nil {
			err = corruptProblem(fmt.Sprint("解析出错: ", r))
		}
	}()
	err = in.walk(ctx)
	return in.facts, err
}

func (in *inspection) walk(ctx context.Context) error {
	size := in.src.Size()
	if size == 0 {
		return newProblem("文件是空的（0字节）", "请重新上传完整的视频文件后再检查")
	}
	head := make([]byte, span(in.src, 0, min(size, 512), min(size, 8)))
	if _, err := in.src.readAt(ctx, head, 0, in.ahead); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	if isHTML("", head) {
		return htmlProblem()
	}
	if size < 8 {
		return newProblem(fmt.Sprintf("文件只有%d字节，不是视频文件", size), "请提供导出的 MP4 视频文件")
	}
	first, err := parseHeader(head, 0, size)
	if (err != nil && !errors.Is(err, errPastEnd)) || !topLevelTypes[first.Type] {
		in.facts.Container = sniff(head)
		return nil
	}

	off := int64(0)
	for n := 0; off < size; n++ {
		if n >= maxTopBoxes {
			return corruptProblem("数据块过多")
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if size-off < 8 {
			in.facts.Truncated = true
			break
		}
		ahead := in.ahead
		if in.moov == nil && off > 0 && size-off <= tailWhole {
			// After the media data, the rest of the file is almost always
			// the moov: fetch it in one request.
			ahead = int(size - off)
		}
		h, err := readHeader(ctx, in.src, off, ahead)
		switch {
		case errors.Is(err, errPastEnd):
			in.facts.Truncated = true
			if h.Type == "mdat" {
				in.noteMdat(h)
			}
			return in.finish()
		case errors.Is(err, errNotBox):
			if in.moov != nil && in.firstMdat >= 0 {
				// Junk after a complete movie (some download tools pad
				// files): everything needed is already here.
				return in.finish()
			}
			return corruptProblem(fmt.Sprintf("偏移 %d 处不是有效的数据块", off))
		case err != nil:
			return err
		}
		switch h.Type {
		case "ftyp":
			if err := in.decodeFtyp(ctx, h); err != nil {
				return err
			}
		case "moov":
			if err := in.decodeMoov(ctx, h); err != nil {
				return err
			}
		case "mdat":
			in.noteMdat(h)
		case "moof":
			return in.walkFragments(ctx, h)
		}
		off = h.End()
	}
	return in.finish()
}

func (in *inspection) noteMdat(h boxHeader) {
	if in.firstMdat < 0 {
		in.firstMdat = h.Off
	}
	in.mdatBytes += h.Size - h.HdrLen
}

// decodeBox decodes one whole box with mp4ff, turning a panic into a
// problem: the library does not promise to survive every input.
func decodeBox(buf []byte, off int64) (box mp4.Box, err error) {
	defer func() {
		if r := recover(); r != nil {
			box, err = nil, corruptProblem(fmt.Sprint("解析出错: ", r))
		}
	}()
	box, err = mp4.DecodeBoxSR(uint64(off), bits.NewFixedSliceReader(buf))
	if err != nil {
		return nil, corruptProblem(err.Error())
	}
	return box, nil
}

func (in *inspection) decodeFtyp(ctx context.Context, h boxHeader) error {
	buf, err := readBox(ctx, in.src, h, 4096)
	if err != nil {
		return err
	}
	box, err := decodeBox(buf, h.Off)
	if err != nil {
		return err
	}
	if ftyp, ok := box.(*mp4.FtypBox); ok && in.ftyp == nil {
		in.ftyp = ftyp
	}
	return nil
}

func (in *inspection) decodeMoov(ctx context.Context, h boxHeader) error {
	if in.moov != nil {
		return nil // a second moov is ignored, as players do
	}
	buf, err := readBox(ctx, in.src, h, moovLimit(in.src.Size(), in.maxMoov))
	if err != nil {
		return err
	}
	box, err := decodeBox(buf, h.Off)
	if err != nil {
		return err
	}
	moov, ok := box.(*mp4.MoovBox)
	if !ok {
		return corruptProblem("moov 数据块无法解析")
	}
	in.moov, in.moovOff = moov, h.Off
	return nil
}

// moovLimit is the most a moov of a file of size bytes may need: the cap,
// and no more than a quarter of the file plus 1 MiB (sample tables are a
// small fraction of any real film), so a small file cannot declare a huge
// moov and make the checker hold it.
func moovLimit(size, limit int64) int64 {
	return min(limit, size/4+1<<20)
}

// walkFragments visits the boxes of a fragmented file from the first moof
// on. The mfra index at the end lists the moof offsets, so they are
// fetched in parallel rather than one round trip each; boxes the index
// does not list are found by following each box to the next.
func (in *inspection) walkFragments(ctx context.Context, first boxHeader) error {
	in.facts.Fragmented = true
	size := in.src.Size()
	end := size
	pending := []int64{first.Off}
	if mfra, off, err := in.readMfra(ctx); err != nil {
		return err
	} else if mfra != nil {
		end = off
		for _, t := range mfra.Tfras {
			for _, e := range t.Entries {
				if o := int64(e.MoofOffset); o > first.Off && o < end {
					pending = append(pending, o)
				}
			}
		}
	}
	slices.Sort(pending)
	pending = slices.Compact(pending)
	seen := map[int64]bool{}
	for len(pending) > 0 {
		if len(seen) > maxVisits {
			return corruptProblem("分片过多")
		}
		for _, o := range pending {
			seen[o] = true
		}
		nexts, err := in.visitParallel(ctx, pending, end)
		if err != nil {
			return err
		}
		pending = pending[:0]
		for _, n := range nexts {
			if n < end && !seen[n] && !slices.Contains(pending, n) {
				pending = append(pending, n)
			}
		}
	}
	return in.finish()
}

// readMfra reads the mfra index through the mfro box in the last 16
// bytes. No mfro means no index (nil, 0, nil).
func (in *inspection) readMfra(ctx context.Context) (*mp4.MfraBox, int64, error) {
	size := in.src.Size()
	if size < 16 {
		return nil, 0, nil
	}
	// One request for the tail: mfro plus, usually, the whole mfra.
	tailOff := tailStart(in.src, max(0, size-int64(in.ahead)), size)
	if size-tailOff < 16 {
		return nil, 0, nil // an upload without the index
	}
	tail := make([]byte, size-tailOff)
	if _, err := in.src.readAt(ctx, tail, tailOff, len(tail)); err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, err
	}
	mfro := tail[len(tail)-16:]
	if string(mfro[4:8]) != "mfro" || binary.BigEndian.Uint32(mfro[:4]) != 16 {
		return nil, 0, nil
	}
	mfraSize := int64(binary.BigEndian.Uint32(mfro[12:16]))
	off := size - mfraSize
	if mfraSize < 16 || off < 0 || mfraSize > maxMfraBytes {
		return nil, 0, nil
	}
	var buf []byte
	if off >= tailOff {
		buf = tail[off-tailOff:]
	} else {
		h, err := readHeader(ctx, in.src, off, int(mfraSize))
		if err != nil || h.Type != "mfra" {
			return nil, 0, nil
		}
		if buf, err = readBox(ctx, in.src, h, maxMfraBytes); err != nil {
			return nil, 0, err
		}
	}
	if h, err := parseHeader(buf, off, size); err != nil || h.Type != "mfra" || h.Size != mfraSize {
		return nil, 0, nil
	}
	box, err := decodeBox(buf, off)
	if err != nil {
		return nil, 0, nil // a broken index: walk the fragments instead
	}
	mfra, _ := box.(*mp4.MfraBox)
	return mfra, off, nil
}

// visitParallel visits the boxes at offs with a few fetches at a time and
// returns the offsets that follow them.
func (in *inspection) visitParallel(ctx context.Context, offs []int64, end int64) ([]int64, error) {
	type result struct {
		nexts []int64
		err   error
	}
	results := make([]result, len(offs))
	sem := make(chan struct{}, parallelFetches)
	var wg sync.WaitGroup
	for i, o := range offs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			defer func() {
				if r := recover(); r != nil {
					results[i].err = corruptProblem(fmt.Sprint("解析出错: ", r))
				}
			}()
			results[i].nexts, results[i].err = in.visit(ctx, o, end)
		}()
	}
	wg.Wait()
	var nexts []int64
	for _, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		nexts = append(nexts, r.nexts...)
	}
	return nexts, nil
}

// visit reads the box at off (a moof is decoded) and, when the fetched
// bytes also hold the next box's header, that one too. It returns the
// offset after the last box it read.
func (in *inspection) visit(ctx context.Context, off, end int64) ([]int64, error) {
	size := in.src.Size()
	n := min(int64(fragAhead), size-off)
	buf := make([]byte, span(in.src, off, n, min(n, 8)))
	if len(buf) < 8 {
		in.markTruncated()
		return nil, nil
	}
	if _, err := in.src.readAt(ctx, buf, off, len(buf)); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	for pos := int64(0); ; {
		cur := off + pos
		if cur >= end {
			return nil, nil
		}
		if pos+8 > int64(len(buf)) {
			return []int64{cur}, nil
		}
		h, err := parseHeader(buf[pos:min(pos+16, int64(len(buf)))], cur, size)
		switch {
		case errors.Is(err, io.ErrUnexpectedEOF):
			return []int64{cur}, nil
		case errors.Is(err, errPastEnd):
			in.markTruncated()
			return nil, nil
		case errors.Is(err, errNotBox):
			return nil, corruptProblem(fmt.Sprintf("偏移 %d 处不是有效的数据块", cur))
		}
		if h.Type == "moof" {
			body := buf[pos:min(pos+h.Size, int64(len(buf)))]
			if int64(len(body)) < h.Size {
				b, err := readBox(ctx, in.src, h, maxMoofBytes)
				if err != nil {
					return nil, err
				}
				body = b
			}
			box, err := decodeBox(body, cur)
			if err != nil {
				return nil, err
			}
			if moof, ok := box.(*mp4.MoofBox); ok {
				in.mu.Lock()
				in.moofs = append(in.moofs, moof)
				in.mu.Unlock()
			}
		}
		if h.Type == "mdat" {
			in.mu.Lock()
			in.noteMdat(h)
			in.mu.Unlock()
		}
		pos += h.Size
		if pos >= int64(len(buf)) {
			return []int64{off + pos}, nil
		}
	}
}

func (in *inspection) markTruncated() {
	in.mu.Lock()
	in.facts.Truncated = true
	in.mu.Unlock()
}

// finish turns the decoded boxes into facts.
func (in *inspection) finish() error {
	f := &in.facts
	f.Container = "mp4"
	if in.ftyp != nil {
		f.MajorBrand = in.ftyp.MajorBrand()
		f.Brands = in.ftyp.CompatibleBrands()
		f.Container = containerOfBrands(f.MajorBrand, f.Brands)
	} else {
		// Classic QuickTime files have no ftyp.
		f.Container = "quicktime"
	}
	if in.moov == nil {
		if f.Truncated {
			return truncatedProblem()
		}
		return newProblem("文件中找不到视频的索引信息（moov），文件可能损坏或没有导出完成",
			"请重新导出视频后再检查")
	}
	f.Faststart = in.firstMdat < 0 || in.moovOff < in.firstMdat
	in.movieFacts()
	if f.DurationSeconds > 0 && f.Size > 0 {
		f.OverallBitrateBps = int64(math.Round(float64(f.Size) * 8 / f.DurationSeconds))
	}
	return nil
}

func containerOfBrands(major string, compat []string) string {
	switch {
	case major == "qt  ":
		return "quicktime"
	case mp4Brands[major]:
		return "mp4"
	case strings.HasPrefix(major, "3g"):
		return "3gp"
	}
	for _, b := range compat {
		if mp4Brands[b] {
			return "mp4"
		}
	}
	if slices.Contains(compat, "qt  ") {
		return "quicktime"
	}
	return "unknown"
}

// trackStats are the sums over one track.
type trackStats struct {
	timescale uint32
	duration  uint64 // media timescale
	bytes     uint64
	samples   uint64
	deltas    map[uint32]uint64 // sample duration → count
}

func (in *inspection) movieFacts() {
	f := &in.facts
	moov := in.moov
	var movieTS uint32
	if moov.Mvhd != nil {
		movieTS = moov.Mvhd.Timescale
		if movieTS > 0 && moov.Mvhd.Duration > 0 && moov.Mvhd.Duration != math.MaxUint32 && moov.Mvhd.Duration != math.MaxUint64 {
			f.DurationSeconds = float64(moov.Mvhd.Duration) / float64(movieTS)
		}
	}
	frag := in.fragmentStats()
	var video *mp4.TrakBox
	var vstats trackStats
	var maxChunkEnd uint64
	for _, trak := range moov.Traks {
		if trak == nil || trak.Mdia == nil || trak.Mdia.Hdlr == nil {
			continue
		}
		st := trakStats(trak)
		if trak.Tkhd != nil {
			if fs, ok := frag[trak.Tkhd.TrackID]; ok {
				st.duration += fs.duration
				st.bytes += fs.bytes
				st.samples += fs.samples
				for d, n := range fs.deltas {
					st.deltas[d] += n
				}
			}
		}
		if e := chunkEnd(trak); e > maxChunkEnd {
			maxChunkEnd = e
		}
		switch trak.Mdia.Hdlr.HandlerType {
		case "vide":
			f.HasVideo = true
			if video == nil || st.bytes > vstats.bytes {
				video, vstats = trak, st
			}
		case "soun":
			f.HasAudio = true
		}
	}
	if maxChunkEnd > uint64(f.Size) {
		f.Truncated = true
	}
	if f.DurationSeconds == 0 && moov.Mvex != nil && moov.Mvex.Mehd != nil && movieTS > 0 && moov.Mvex.Mehd.FragmentDuration > 0 {
		f.DurationSeconds = float64(moov.Mvex.Mehd.FragmentDuration) / float64(movieTS)
	}
	if video == nil {
		return
	}
	videoSecs := 0.0
	if vstats.timescale > 0 {
		videoSecs = float64(vstats.duration) / float64(vstats.timescale)
	}
	if f.DurationSeconds == 0 {
		f.DurationSeconds = videoSecs
	}
	if videoSecs > 0 {
		f.VideoBitrateBps = int64(math.Round(float64(vstats.bytes) * 8 / videoSecs))
	}
	if d := commonDelta(vstats.deltas); d > 0 && vstats.timescale > 0 {
		f.FrameRate = math.Round(float64(vstats.timescale)/float64(d)*1000) / 1000
	}
	videoFacts(f, video)
}

// trakStats sums a track's sample table.
func trakStats(trak *mp4.TrakBox) trackStats {
	st := trackStats{deltas: map[uint32]uint64{}}
	if trak.Mdia.Mdhd != nil {
		st.timescale = trak.Mdia.Mdhd.Timescale
		st.duration = trak.Mdia.Mdhd.Duration
		if st.duration == math.MaxUint32 || st.duration == math.MaxUint64 {
			st.duration = 0
		}
	}
	stbl := stblOf(trak)
	if stbl == nil {
		return st
	}
	if stbl.Stsz != nil {
		if stbl.Stsz.SampleUniformSize > 0 {
			st.bytes = uint64(stbl.Stsz.SampleUniformSize) * uint64(stbl.Stsz.SampleNumber)
		} else {
			for _, s := range stbl.Stsz.SampleSize {
				st.bytes += uint64(s)
			}
		}
		st.samples = uint64(stbl.Stsz.SampleNumber)
	}
	if stbl.Stts != nil {
		for i, n := range stbl.Stts.SampleCount {
			if i < len(stbl.Stts.SampleTimeDelta) {
				st.deltas[stbl.Stts.SampleTimeDelta[i]] += uint64(n)
			}
		}
	}
	return st
}

func stblOf(trak *mp4.TrakBox) *mp4.StblBox {
	if trak == nil || trak.Mdia == nil || trak.Mdia.Minf == nil {
		return nil
	}
	return trak.Mdia.Minf.Stbl
}

// chunkEnd is the end offset of the track's last byte of media, from the
// chunk offsets, samples per chunk and sample sizes. A value past the end
// of the file means the file was cut short.
func chunkEnd(trak *mp4.TrakBox) uint64 {
	stbl := stblOf(trak)
	if stbl == nil || stbl.Stsc == nil || stbl.Stsz == nil {
		return 0
	}
	var offsets []uint64
	switch {
	case stbl.Stco != nil:
		for _, o := range stbl.Stco.ChunkOffset {
			offsets = append(offsets, uint64(o))
		}
	case stbl.Co64 != nil:
		offsets = stbl.Co64.ChunkOffset
	}
	entries := stbl.Stsc.Entries
	nSamples := uint64(stbl.Stsz.SampleNumber)
	sizeOf := func(i uint64) uint64 { // 0-based sample index
		if stbl.Stsz.SampleUniformSize > 0 {
			return uint64(stbl.Stsz.SampleUniformSize)
		}
		if i < uint64(len(stbl.Stsz.SampleSize)) {
			return uint64(stbl.Stsz.SampleSize[i])
		}
		return 0
	}
	var maxEnd, sample uint64
	for e := 0; e < len(entries) && sample < nSamples; e++ {
		firstChunk := uint64(entries[e].FirstChunk)
		lastChunk := uint64(len(offsets)) // inclusive, 1-based
		if e+1 < len(entries) && uint64(entries[e+1].FirstChunk) > firstChunk {
			lastChunk = min(lastChunk, uint64(entries[e+1].FirstChunk)-1)
		}
		per := uint64(entries[e].SamplesPerChunk)
		if per == 0 || firstChunk == 0 {
			continue
		}
		for c := firstChunk; c <= lastChunk && sample < nSamples; c++ {
			end := offsets[c-1]
			k := min(per, nSamples-sample)
			if stbl.Stsz.SampleUniformSize > 0 {
				// No per-sample table: the count may be anything, so
				// never loop over it.
				end += k * uint64(stbl.Stsz.SampleUniformSize)
				sample += k
			} else {
				k = min(k, uint64(len(stbl.Stsz.SampleSize))-min(sample, uint64(len(stbl.Stsz.SampleSize))))
				if k == 0 {
					break
				}
				for range k {
					end += sizeOf(sample)
					sample++
				}
			}
			maxEnd = max(maxEnd, end)
		}
	}
	return maxEnd
}

// fragmentStats sums the truns of every fetched moof by track id.
func (in *inspection) fragmentStats() map[uint32]trackStats {
	out := map[uint32]trackStats{}
	if len(in.moofs) == 0 {
		return out
	}
	trex := map[uint32]*mp4.TrexBox{}
	if in.moov.Mvex != nil {
		for _, t := range in.moov.Mvex.Trexs {
			if t != nil {
				trex[t.TrackID] = t
			}
		}
	}
	for _, moof := range in.moofs {
		for _, traf := range moof.Trafs {
			if traf == nil || traf.Tfhd == nil {
				continue
			}
			id := traf.Tfhd.TrackID
			st, ok := out[id]
			if !ok {
				st = trackStats{deltas: map[uint32]uint64{}}
			}
			for _, trun := range traf.Truns {
				if trun == nil {
					continue
				}
				st.duration += trun.AddSampleDefaultValues(traf.Tfhd, trex[id])
				st.bytes += trun.SizeOfData()
				for _, s := range trun.Samples {
					st.deltas[s.Dur]++
				}
				st.samples += uint64(len(trun.Samples))
			}
			out[id] = st
		}
	}
	return out
}

// commonDelta is the most common sample duration (ties: the smaller).
func commonDelta(deltas map[uint32]uint64) uint32 {
	keys := make([]uint32, 0, len(deltas))
	for k := range deltas {
		if k > 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var best uint32
	var bestN uint64
	for _, k := range keys {
		if deltas[k] > bestN {
			best, bestN = k, deltas[k]
		}
	}
	return best
}

// sampleEntryCodecs maps sample entry types to codec ids.
var sampleEntryCodecs = map[string]string{
	"avc1": "h264", "avc3": "h264", "hvc1": "hevc", "hev1": "hevc", "dvh1": "hevc", "dvhe": "hevc",
	"av01": "av1", "vp09": "vp9", "vp08": "vp8", "mp4v": "mpeg4", "vvc1": "vvc", "vvi1": "vvc",
	"apch": "prores", "apcn": "prores", "apcs": "prores", "apco": "prores", "ap4h": "prores",
	"ap4x": "prores", "mjpg": "mjpeg", "jpeg": "mjpeg", "mp2v": "mpeg2", "encv": "encrypted",
	"avs3": "avs3", "dvav": "h264", "dva1": "h264",
}

// videoFacts fills codec, sizes and rotation from the video track.
func videoFacts(f *Facts, trak *mp4.TrakBox) {
	stbl := stblOf(trak)
	if stbl != nil && stbl.Stsd != nil && len(stbl.Stsd.Children) > 0 {
		entry := stbl.Stsd.Children[0]
		typ := entry.Type()
		if c, ok := sampleEntryCodecs[typ]; ok {
			f.VideoCodec = c
		} else {
			f.VideoCodec = strings.ToLower(strings.TrimSpace(typ))
		}
		if vse, ok := entry.(*mp4.VisualSampleEntryBox); ok {
			f.CodedWidth, f.CodedHeight = int(vse.Width), int(vse.Height)
		}
	}
	if trak.Tkhd != nil {
		if f.CodedWidth == 0 || f.CodedHeight == 0 {
			f.CodedWidth, f.CodedHeight = int(trak.Tkhd.Width>>16), int(trak.Tkhd.Height>>16)
		}
		f.Rotation = rotationOf(trak.Tkhd.Matrix)
	}
	f.Width, f.Height = f.CodedWidth, f.CodedHeight
	if f.Rotation == 90 || f.Rotation == 270 {
		f.Width, f.Height = f.CodedHeight, f.CodedWidth
	}
}

// rotationOf is the clockwise display rotation of a tkhd matrix, rounded
// to a multiple of 90°. ffprobe reports the same angle counterclockwise.
func rotationOf(m [9]int32) int {
	a, b := float64(m[0]), float64(m[1])
	if a == 0 && b == 0 {
		return 0
	}
	deg := math.Atan2(b, a) * 180 / math.Pi
	r := int(math.Round(deg/90)) * 90
	return ((r % 360) + 360) % 360
}
