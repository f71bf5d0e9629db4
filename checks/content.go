package checks

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os/exec"
	"strings"
	"time"

	"contestbot"
)

// Rule ids of the content stage, as in the `check --json` contract. 附件1
// 第4条: 勿添加彩条、开场字幕说明、任何形式的水印logo.
const (
	RuleColourBars  = "colour_bars"
	RuleCaptionCard = "caption_card"
	RuleCornerLogo  = "corner_logo"
)

// ContentRules are the content stage's rule ids in report order.
var ContentRules = []string{RuleColourBars, RuleCaptionCard, RuleCornerLogo}

func init() {
	ruleLabels[RuleColourBars] = "彩条"
	ruleLabels[RuleCaptionCard] = "开场字幕"
	ruleLabels[RuleCornerLogo] = "角标水印"
}

// What the content stage decodes: the opening at a low frame rate, small,
// and a dozen single frames spread over the film.
const (
	contentOpening  = 15 * time.Second
	contentFPS      = 4
	contentWidth    = 320
	contentSeeks    = 12
	contentRate     = 8000 // mono audio sample rate (Hz)
	defaultFFmpeg   = "ffmpeg"
	defaultCTimeout = 90 * time.Second
)

// fixContent is the fix of every content finding: the rule, and that a
// person confirms it (the detectors can be wrong).
func fixContent(section string) string {
	return "通知要求勿添加彩条、开场字幕说明、任何形式的水印logo" + cite(section) + "。此项为自动识别，可能有误，工作人员会人工确认"
}

// Finding is one thing the content stage saw in the film.
type Finding struct {
	Rule  string  `json:"rule"` // RuleColourBars, RuleCaptionCard or RuleCornerLogo
	Start float64 `json:"start_seconds"`
	End   float64 `json:"end_seconds"`
	// Score is the detector's confidence, 0–1.
	Score float64 `json:"score"`
	// Corner is where a logo is: "top_left", "top_right", "bottom_left",
	// "bottom_right".
	Corner string `json:"corner,omitempty"`
	// Box is the logo's bounding box in the 640-px-wide seek frame:
	// x, y, width, height.
	Box []int `json:"box,omitempty"`
	// ToneHz is the test tone heard with colour bars (0: none).
	ToneHz int `json:"tone_hz,omitempty"`
	// Evidence is the frame it was seen in, as a small JPEG.
	Evidence []byte `json:"-"`
}

// Content is the result of the content stage for one film.
type Content struct {
	// Skipped, when set, is why the content was not checked, in plain
	// Chinese ("内容检查未进行（服务器未安装ffmpeg）").
	Skipped  string    `json:"skipped,omitempty"`
	Findings []Finding `json:"findings"`
	// Section is where the season's notice states the rule (附件1 第4条 in
	// season 1), for the fixes and messages; from the checker's Spec.
	Section string `json:"-"`
	// Note, when set, says what limited the check ("只读取了前 9 秒").
	Note string `json:"note,omitempty"`

	Frames       int     `json:"frames"`      // opening frames analysed
	SeekFrames   int     `json:"seek_frames"` // distinct frames over the film
	AudioSeconds float64 `json:"audio_seconds"`
	BytesFetched int64   `json:"bytes_fetched"` // response-body bytes of every request of this stage
	Requests     int     `json:"requests"`
	Seconds      float64 `json:"seconds"` // wall time of the stage
	// FFmpegMaxRSS is the largest resident set of the ffmpeg processes, bytes.
	FFmpegMaxRSS int64 `json:"ffmpeg_max_rss"`
}

// FFmpeg is the decoder the content stage runs (checks.ffmpeg), as a
// path, or "" when it is missing.
func (c *Checker) FFmpeg() string {
	name := c.opts.FFmpeg
	if name == "" {
		name = defaultFFmpeg
	}
	p, err := exec.LookPath(name)
	if err != nil {
		return ""
	}
	return p
}

// ContentEnabled reports whether the content stage can run here.
func (c *Checker) ContentEnabled() bool { return c.FFmpeg() != "" }

// skipNoFFmpeg is the content stage's answer on a server without ffmpeg.
const skipNoFFmpeg = "内容检查未进行（服务器未安装ffmpeg）"

// CheckContent is the second stage of a check: it decodes the opening
// seconds and a dozen frames spread over the film, and looks for colour
// bars, an opening caption card and a corner logo (附件1 第4条). rep is the
// metadata report of the same input (Check), which says whether the file
// is a readable video and gives its size and duration.
//
// ffmpeg never dials the user's link: it reads through a loopback endpoint
// that serves this one check under a one-time path, through the same
// guarded reader as the metadata (address checks on every dial, redirects
// re-checked), with a byte cap and a time cap. A film that could not be
// checked comes back with Skipped set and err == nil; err is the caller's
// ctx ending or a bug.
func (c *Checker) CheckContent(ctx context.Context, input string, rep contestbot.Report) (res Content, err error) {
	input = strings.TrimSpace(input)
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			c.log.Error("content check panicked", "input", logName(input), "panic", r)
			res, err = Content{}, contestbot.Errorf(contestbot.EINTERNAL, "content check panicked: %v", r)
		}
		res.Seconds = math.Round(time.Since(start).Seconds()*1000) / 1000
		res.Section = c.opts.Spec.Cites.Forbidden
	}()
	if err := ctx.Err(); err != nil {
		return Content{}, err
	}
	ff := c.FFmpeg()
	if ff == "" {
		return Content{Skipped: skipNoFFmpeg}, nil
	}
	m, ok := contentMeta(rep)
	if !ok {
		return Content{Skipped: "视频文件无法读取，未做内容检查"}, nil
	}
	cctx, cancel := context.WithTimeout(ctx, c.contentTimeout())
	defer cancel()
	src, err := c.contentSource(cctx, input, m.size)
	if err != nil {
		var p *problem
		if errors.As(err, &p) {
			return Content{Skipped: "内容检查未完成：" + p.msg}, nil
		}
		if ctx.Err() != nil {
			return Content{}, ctx.Err()
		}
		return Content{Skipped: "内容检查未完成：" + contestbot.ErrorMessage(err)}, nil
	}
	if cl, ok := src.(interface{ Close() error }); ok {
		defer cl.Close()
	}
	res, err = c.content(cctx, ff, src, m)
	res.BytesFetched, res.Requests = src.stats()
	if err != nil {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		c.log.Warn("content check", "input", logName(input), "err", err)
		res.Skipped = "内容检查未完成：" + contentErrorText(cctx, err)
		res.Findings = nil
		return res, nil
	}
	c.log.Info("content checked", "input", logName(input), "findings", len(res.Findings),
		"bytes", res.BytesFetched, "requests", res.Requests, "ms", time.Since(start).Milliseconds())
	return res, nil
}

func (c *Checker) contentTimeout() time.Duration {
	if c.opts.ContentTimeout > 0 {
		return c.opts.ContentTimeout
	}
	return defaultCTimeout
}

// contentErrorText explains why the decoder gave up, in plain Chinese.
func contentErrorText(ctx context.Context, err error) string {
	var p *problem
	switch {
	case ctx.Err() != nil:
		return "读取视频超时"
	case errors.Is(err, errByteCap):
		return "读取量超过上限"
	case errors.As(err, &p):
		return p.msg
	case errors.Is(err, errNoFrames):
		return "画面无法解码"
	}
	return "解码出错"
}

// ContentApplies reports whether the content stage can look at the film
// of a metadata report: a readable video of known size and dimensions.
func ContentApplies(rep contestbot.Report) bool {
	_, ok := contentMeta(rep)
	return ok
}

// filmMeta is what the content stage needs from the metadata report.
type filmMeta struct {
	width, height int
	duration      float64
	size          int64
	hasAudio      bool
	bitrate       int64 // overall, bps; 0 unknown
}

// contentMeta reads filmMeta from a report's info; ok is false when the
// file is no readable video.
func contentMeta(rep contestbot.Report) (filmMeta, bool) {
	in := rep.Info
	m := filmMeta{
		width: int(infoNum(in, "width")), height: int(infoNum(in, "height")),
		duration: infoNum(in, "duration_seconds"), size: int64(infoNum(in, "size")),
		bitrate: int64(infoNum(in, "overall_bitrate_bps")),
	}
	m.hasAudio, _ = in["has_audio"].(bool)
	hasVideo, _ := in["has_video"].(bool)
	problem, _ := in["problem"].(string)
	truncated, _ := in["truncated"].(bool)
	ok := hasVideo && problem == "" && !truncated && m.width > 0 && m.height > 0 && m.size > 0
	return m, ok
}

// infoNum reads a number from a report's info, whether it was built in
// memory (int, int64, float64) or decoded from JSON (float64).
func infoNum(in map[string]any, key string) float64 {
	switch v := in[key].(type) {
	case int:
		return float64(v)
	case int64:
		return float64(v)
	case float64:
		return v
	}
	return 0
}

// ContentResults are the content stage's rule results: a warn with the
// time for each finding, a pass for each kind not found, a skip for each
// when the stage did not run.
func ContentResults(ct Content) []contestbot.RuleResult {
	var out []contestbot.RuleResult
	for _, id := range ContentRules {
		if ct.Skipped != "" {
			out = append(out, skip(id, ct.Skipped))
			continue
		}
		var msgs []string
		for _, f := range ct.Findings {
			if f.Rule == id {
				msgs = append(msgs, f.Message())
			}
		}
		if len(msgs) > 0 {
			out = append(out, warn(id, strings.Join(msgs, "；"), fixContent(ct.Section)))
			continue
		}
		out = append(out, pass(id, notFound[id]+ct.noteSuffix()))
	}
	return out
}

var notFound = map[string]string{
	RuleColourBars:  "未发现彩条",
	RuleCaptionCard: "未发现开场字幕说明",
	RuleCornerLogo:  "未发现角标或水印logo",
}

func (ct Content) noteSuffix() string {
	if ct.Note == "" {
		return ""
	}
	return "（" + ct.Note + "）"
}

var cornerNames = map[string]string{
	"top_left": "左上角", "top_right": "右上角", "bottom_left": "左下角", "bottom_right": "右下角",
}

// Message is the finding as users read it, with its time:
// "00:00–00:03 疑似彩条，请删除后重新导出".
func (f Finding) Message() string {
	span := clock(math.Floor(f.Start)) + "–" + clock(math.Ceil(f.End))
	switch f.Rule {
	case RuleColourBars:
		if f.ToneHz > 0 {
			return span + " 疑似彩条（伴有" + toneText(f.ToneHz) + "测试音），请删除后重新导出"
		}
		return span + " 疑似彩条，请删除后重新导出"
	case RuleCaptionCard:
		return span + " 疑似开场字幕说明（静止的文字画面），请删除后重新导出"
	case RuleCornerLogo:
		return span + " 画面" + cornerNames[f.Corner] + "疑似有水印或logo，请去掉后重新导出"
	}
	return span + " " + f.Rule
}

func toneText(hz int) string {
	if hz >= 950 && hz <= 1050 {
		return "1kHz"
	}
	return fmt.Sprintf("%dHz", hz)
}

// clock is seconds as mm:ss.
func clock(s float64) string {
	n := max(0, int(s))
	return fmt.Sprintf("%02d:%02d", n/60, n%60)
}

// WithContent returns rep with the content stage's rules after its own,
// the verdict recomputed, and the stage's facts under info "content". The
// info's bytes_fetched and requests become the totals of both stages.
func WithContent(rep contestbot.Report, ct Content) contestbot.Report {
	out := rep
	out.Rules = nil
	for _, r := range rep.Rules {
		if !isContentRule(r.ID) {
			out.Rules = append(out.Rules, r)
		}
	}
	out.Rules = append(out.Rules, ContentResults(ct)...)
	out.Verdict = contestbot.Overall(out.Rules)
	info := make(map[string]any, len(rep.Info)+1)
	for k, v := range rep.Info {
		info[k] = v
	}
	if old, ok := rep.Info["content"].(map[string]any); ok {
		// A second content stage replaces the first one's counts.
		info["bytes_fetched"] = int64(infoNum(info, "bytes_fetched") - infoNum(old, "bytes_fetched"))
		info["requests"] = int(infoNum(info, "requests") - infoNum(old, "requests"))
	}
	info["bytes_fetched"] = int64(infoNum(info, "bytes_fetched")) + ct.BytesFetched
	info["requests"] = int(infoNum(info, "requests")) + ct.Requests
	info["content"] = ct.info()
	out.Info = info
	return out
}

// hasContentRules reports whether the content stage's rules are among rules.
func hasContentRules(rules []contestbot.RuleResult) bool {
	for _, r := range rules {
		if isContentRule(r.ID) && r.Status != contestbot.VerdictSkip {
			return true
		}
	}
	return false
}

func isContentRule(id string) bool {
	for _, x := range ContentRules {
		if x == id {
			return true
		}
	}
	return false
}

// info is the content stage as the "content" object of `check --json`.
func (ct Content) info() map[string]any {
	fs := make([]map[string]any, 0, len(ct.Findings))
	for _, f := range ct.Findings {
		m := map[string]any{
			"rule": f.Rule, "start_seconds": round3(f.Start), "end_seconds": round3(f.End),
			"score": math.Round(f.Score*100) / 100, "message": f.Message(),
		}
		if f.Corner != "" {
			m["corner"] = f.Corner
			m["box"] = f.Box
		}
		if f.ToneHz > 0 {
			m["tone_hz"] = f.ToneHz
		}
		fs = append(fs, m)
	}
	m := map[string]any{
		"checked":       ct.Skipped == "",
		"findings":      fs,
		"frames":        ct.Frames,
		"seek_frames":   ct.SeekFrames,
		"audio_seconds": round3(ct.AudioSeconds),
		"bytes_fetched": ct.BytesFetched,
		"requests":      ct.Requests,
		"seconds":       ct.Seconds,
	}
	if ct.Skipped != "" {
		m["skipped"] = ct.Skipped
	}
	if ct.Note != "" {
		m["note"] = ct.Note
	}
	return m
}

// FormatContent is the one short message that follows the metadata verdict
// when the content stage finishes. name is the entry's 《片名》 or "".
func FormatContent(name string, ct Content) string {
	if ct.Skipped != "" {
		return name + ct.Skipped + "。请自查：不要添加彩条、开场字幕说明和任何形式的水印logo" + cite(ct.Section) + "。"
	}
	if len(ct.Findings) == 0 {
		return name + "画面内容检查：未发现彩条、开场字幕说明或角标水印。"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s画面内容检查【提醒】（自动识别，工作人员会人工确认）：", name)
	for i, f := range ct.Findings {
		fmt.Fprintf(&b, "\n%d. %s", i+1, f.Message())
	}
	return b.String()
}
