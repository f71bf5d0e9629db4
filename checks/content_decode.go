package checks

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// errNoFrames: ffmpeg decoded no picture at all.
var errNoFrames = errors.New("no frames decoded")

// frame is one decoded picture, rgb24, at time t seconds into the film.
type frame struct {
	w, h int
	t    float64
	pix  []byte
}

// analysisSize is the size frames are scaled to: 320 px wide, the height
// keeping the displayed aspect, even, within sane bounds.
func analysisSize(w, h int) (int, int) {
	ah := int(math.Round(float64(contentWidth)*float64(h)/float64(w)/2)) * 2
	return contentWidth, min(max(ah, 16), 4*contentWidth)
}

// content runs the decoder over src and the detectors over what it
// returns.
func (c *Checker) content(ctx context.Context, ff string, src source, m filmMeta) (Content, error) {
	var res Content
	times := seekTimes(m.duration)
	lb, err := startLoopback(ctx, src, byteCap(m), times)
	if err != nil {
		return res, err
	}
	defer lb.close()
	w, h := analysisSize(m.width, m.height)
	dec := decoder{ff: ff, url: lb.url(), script: lb.scriptURL(), w: w, h: h, sw: 2 * w, sh: 2 * h}
	out, err := dec.run(ctx, m.hasAudio, len(times))
	res.FFmpegMaxRSS = out.rss
	if e := lb.err(); e != nil {
		return res, e
	}
	if len(out.frames) == 0 {
		if err == nil {
			err = errNoFrames
		}
		return res, err
	}
	res.Frames = len(out.frames)
	res.AudioSeconds = float64(len(out.audio)) / contentRate
	if last := out.frames[len(out.frames)-1].t; m.duration > contentOpening.Seconds()+1 && last < contentOpening.Seconds()-2 {
		res.Note = fmt.Sprintf("只解码了开头%d秒", int(last)+1)
	}
	res.Findings = append(res.Findings, detectBars(out.frames, out.audio)...)
	res.Findings = append(res.Findings, detectCaptions(out.frames)...)
	// Each cut gives its keyframe; which one came from which time is not
	// told, so a frame is placed at the time of its cut in order.
	for i := range out.seeks {
		if i < len(times) {
			out.seeks[i].t = times[i]
		}
	}
	distinct := distinctFrames(out.seeks)
	res.SeekFrames = len(distinct)
	res.Findings = append(res.Findings, detectLogo(distinct)...)
	return res, nil
}

// byteCap bounds what the content stage may read: the opening and a dozen
// GOPs at the film's bitrate, with room to spare, plus the index.
func byteCap(m filmMeta) int64 {
	bps := float64(m.bitrate)
	if bps <= 0 && m.duration > 0 {
		bps = float64(m.size) * 8 / m.duration
	}
	if bps <= 0 {
		return 256 << 20
	}
	secs := contentOpening.Seconds() + contentSeeks*4
	return int64(bps/8*secs*1.25) + 16<<20
}

// seekTimes are the times of the single frames for the logo: spread over
// the film, away from its first and last moments.
func seekTimes(d float64) []float64 {
	if d <= 0 {
		return nil
	}
	out := make([]float64, contentSeeks)
	for i := range out {
		out[i] = d * (float64(i) + 0.5) / contentSeeks
	}
	return out
}

// decoder runs ffmpeg on the loopback URLs.
type decoder struct {
	ff     string
	url    string // the film
	script string // the seeks' ffconcat list
	w, h   int    // opening frames
	sw, sh int    // seek frames: twice as large, for small marks in corners
}

func scale(w, h int) string {
	return fmt.Sprintf("scale=%d:%d:flags=area,setsar=1,format=rgb24", w, h)
}

// decoded is what one ffmpeg run gives.
type decoded struct {
	frames []frame // the opening at 4 fps
	audio  []int16 // the opening, mono 8 kHz
	seeks  []frame // one keyframe per seek time
	rss    int64   // ffmpeg's peak resident set, bytes
}

// run decodes, in one ffmpeg process (one start-up, one demuxer per
// input): the first 15 s as frames at 4 fps scaled to d.w×d.h, rgb24 on
// stdout; the same 15 s as mono 8 kHz s16le audio on fd 3; and from the
// seeks' list only keyframes, scaled the same, on fd 4. Both inputs are
// http on 127.0.0.1 only: no file:, no other protocol, even when named
// from inside the film.
func (d decoder) run(ctx context.Context, hasAudio bool, nSeeks int) (decoded, error) {
	args := []string{"-hide_banner", "-nostdin", "-loglevel", "error",
		"-protocol_whitelist", "http,tcp", "-user_agent", "contestbot-content/1",
		"-recv_buffer_size", strconv.Itoa(recvBuffer),
		"-threads", "2", "-t", strconv.Itoa(int(contentOpening.Seconds())), "-i", d.url}
	if nSeeks > 0 {
		args = append(args, "-protocol_whitelist", "http,tcp", "-user_agent", "contestbot-content/1",
			"-threads", "1", "-skip_frame", "nokey", "-f", "concat", "-safe", "0", "-i", d.script)
	}
	args = append(args, "-map", "0:V:0", "-vf", "fps="+strconv.Itoa(contentFPS)+","+scale(d.w, d.h),
		"-f", "rawvideo", "pipe:1")
	if hasAudio {
		args = append(args, "-map", "0:a:0", "-ac", "1", "-ar", strconv.Itoa(contentRate), "-f", "s16le", "pipe:3")
	}
	if nSeeks > 0 {
		// Each cut's frame gets the next number as its time, so none is
		// dropped as out of order.
		args = append(args, "-map", "1:V:0", "-vf", "setpts=N/TB,"+scale(d.sw, d.sh), "-fps_mode", "passthrough",
			"-f", "rawvideo", "pipe:4")
	}
	cmd := exec.CommandContext(ctx, d.ff, args...)
	cmd.WaitDelay = 2 * time.Second
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{buf: &stderr, n: 4 << 10}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return decoded{}, err
	}
	// fd 3 (audio) and fd 4 (seek frames); an unused one stays a pipe
	// nobody writes.
	var rd, wr [2]*os.File
	for i := range rd {
		if rd[i], wr[i], err = os.Pipe(); err != nil {
			return decoded{}, err
		}
		defer rd[i].Close()
	}
	cmd.ExtraFiles = []*os.File{wr[0], wr[1]}
	err = cmd.Start()
	wr[0].Close()
	wr[1].Close()
	if err != nil {
		return decoded{}, fmt.Errorf("start ffmpeg: %w", err)
	}
	var out decoded
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		out.audio = readSamples(rd[0], contentRate*int(contentOpening.Seconds()+1))
	}()
	go func() {
		defer wg.Done()
		out.seeks = readFrames(rd[1], d.sw, d.sh, nSeeks+2, 0)
	}()
	out.frames = readFrames(stdout, d.w, d.h, contentFPS*int(contentOpening.Seconds())+2, 1.0/contentFPS)
	wg.Wait()
	err = cmd.Wait()
	out.rss = maxRSS(cmd.ProcessState)
	if err != nil && ctx.Err() == nil && len(out.frames) == 0 {
		return out, fmt.Errorf("ffmpeg: %w: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return out, ctx.Err()
}

// readFrames reads up to n rgb24 frames of w×h from r, the i-th at time
// i×dt, then drains r.
func readFrames(r io.Reader, w, h, n int, dt float64) []frame {
	var out []frame
	for i := 0; i < n; i++ {
		pix := make([]byte, w*h*3)
		if _, err := io.ReadFull(r, pix); err != nil {
			break
		}
		out = append(out, frame{w: w, h: h, t: float64(i) * dt, pix: pix})
	}
	_, _ = io.Copy(io.Discard, r)
	return out
}

// readSamples reads s16le samples until EOF or n samples, then drains r.
func readSamples(r io.Reader, n int) []int16 {
	buf, _ := io.ReadAll(io.LimitReader(r, int64(n)*2))
	out := make([]int16, len(buf)/2)
	for i := range out {
		out[i] = int16(binary.LittleEndian.Uint16(buf[2*i:]))
	}
	_, _ = io.Copy(io.Discard, r)
	return out
}

// limitedBuffer keeps the first n bytes written and drops the rest.
type limitedBuffer struct {
	buf *bytes.Buffer
	n   int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.n - l.buf.Len(); room > 0 {
		l.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// maxRSS is the peak resident set of a finished process, in bytes.
func maxRSS(ps *os.ProcessState) int64 {
	if ps == nil {
		return 0
	}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024 // kilobytes on Linux
	}
	return 0
}

// distinctFrames drops frames identical to an earlier one: seeks to
// times inside one GOP return the same keyframe.
func distinctFrames(fs []frame) []frame {
	var out []frame
	for _, f := range fs {
		dup := false
		for _, g := range out {
			if meanAbsDiff(f, g) < 0.5 {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}
