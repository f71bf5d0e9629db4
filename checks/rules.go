package checks

import (
	"fmt"
	"math"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"contestbot"
)

// cite is the citation of a notice's section after a fix: "（见附件1
// 第3条）", "（见通知 三（一））"; "" when the spec names no section.
func cite(section string) string {
	switch {
	case section == "":
		return ""
	case strings.HasPrefix(section, "附件"):
		return "（见" + section + "）"
	}
	return "（见通知 " + section + "）"
}

// ruleLabels are the rule names users see, by rule id.
var ruleLabels = map[string]string{
	contestbot.RuleContainer:  "文件格式",
	contestbot.RuleDuration:   "时长",
	contestbot.RuleResolution: "分辨率",
	contestbot.RuleBitrate:    "码率",
	contestbot.RuleFilename:   "文件名",
	contestbot.RuleCodec:      "视频编码",
}

// ResultLabel is the name people see for a result: its Label when set
// (链接), else its rule's name.
func ResultLabel(r contestbot.RuleResult) string {
	if r.Label != "" {
		return r.Label
	}
	return RuleLabel(r.ID)
}

// RuleLabel is the Chinese name of a rule id ("bitrate" → "码率").
func RuleLabel(id string) string {
	if l, ok := ruleLabels[id]; ok {
		return l
	}
	return id
}

// Evaluate judges facts against the season's spec and returns one result per
// rule, always in the order container, duration, resolution, bitrate,
// filename, codec. The same engine judges a real file and a user's words
// ("1080P 码率8M"): a rule whose facts are unknown (zero) is skipped, and so
// is one that an earlier failure makes meaningless (no bitrate verdict on a
// file that cannot be used). want, when not nil, is the entry the video
// belongs to; the file name must then name its unit, 序号 and title.
func Evaluate(f Facts, spec Spec, want *Expect) []contestbot.RuleResult {
	container := ruleContainer(f, spec)
	// A file that is empty, truncated, not a video at all or without a
	// video track has no media facts worth judging.
	unusable := container.Status == contestbot.VerdictFail && !isRemuxable(f)
	skipIf := skipIf
	if container.Label == contestbot.LabelLink {
		skipIf = skipUnread
	}
	res := ruleResolution(f, spec)
	out := []contestbot.RuleResult{
		container,
		skipIf(unusable, contestbot.RuleDuration, ruleDuration(f, spec)),
		skipIf(unusable, contestbot.RuleResolution, res),
		skipIf(unusable, contestbot.RuleBitrate, ruleBitrate(f, spec, res)),
		ruleFilename(f, want, spec),
		skipIf(unusable, contestbot.RuleCodec, ruleCodec(f, spec)),
	}
	return out
}

// NewReport builds the report for input from its facts: the rule results,
// the overall verdict and the facts as info.
func NewReport(input string, f Facts, spec Spec, want *Expect) contestbot.Report {
	rules := Evaluate(f, spec, want)
	info := f.Info()
	// Where the season states the rule the report asks people to check by
	// eye (colour bars, captions, logos), for FormatReport.
	info[infoForbiddenSection] = spec.Cites.Forbidden
	return contestbot.Report{
		Input:   input,
		Verdict: contestbot.Overall(rules),
		Rules:   rules,
		Info:    info,
	}
}

// Info is the facts as the info object of `check --json` (PRODUCT.md). The
// keys the contract names are always present, even when unknown (zero).
func (f Facts) Info() map[string]any {
	m := map[string]any{
		"source":              f.Source,
		"duration_seconds":    round3(f.DurationSeconds),
		"width":               f.Width,
		"height":              f.Height,
		"coded_width":         f.CodedWidth,
		"coded_height":        f.CodedHeight,
		"rotation":            f.Rotation,
		"video_codec":         f.VideoCodec,
		"frame_rate":          round3(f.FrameRate),
		"bitrate_bps":         f.VideoBitrateBps,
		"overall_bitrate_bps": f.OverallBitrateBps,
		"has_video":           f.HasVideo,
		"has_audio":           f.HasAudio,
		"container":           f.Container,
		"faststart":           f.Faststart,
		"fragmented":          f.Fragmented,
		"truncated":           f.Truncated,
		"size":                f.Size,
		"bytes_fetched":       f.BytesFetched,
		"requests":            f.Requests,
	}
	if f.FileName != "" {
		m["file_name"] = f.FileName
	}
	if f.MajorBrand != "" {
		m["major_brand"] = f.MajorBrand
	}
	if len(f.Brands) > 0 {
		m["brands"] = f.Brands
	}
	if f.Problem != "" {
		m["problem"] = f.Problem
	}
	return m
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// isRemuxable reports whether a failed container still holds a whole video
// whose facts matter: a QuickTime file only needs re-wrapping as MP4.
func isRemuxable(f Facts) bool {
	return f.Container == "quicktime" && f.Problem == "" && !f.Truncated && f.HasVideo
}

func skipIf(cond bool, id string, r contestbot.RuleResult) contestbot.RuleResult {
	if !cond {
		return r
	}
	return contestbot.RuleResult{ID: id, Status: contestbot.VerdictSkip,
		Message: "文件无法使用，未检查" + RuleLabel(id)}
}

// skipUnread skips a rule when the link could not be read at all.
func skipUnread(cond bool, id string, r contestbot.RuleResult) contestbot.RuleResult {
	if !cond {
		return r
	}
	return contestbot.RuleResult{ID: id, Status: contestbot.VerdictSkip,
		Message: "链接无法读取，未检查" + RuleLabel(id)}
}

func pass(id, msg string) contestbot.RuleResult {
	return contestbot.RuleResult{ID: id, Status: contestbot.VerdictPass, Message: msg}
}

func skip(id, msg string) contestbot.RuleResult {
	return contestbot.RuleResult{ID: id, Status: contestbot.VerdictSkip, Message: msg}
}

func warn(id, msg, fix string) contestbot.RuleResult {
	return contestbot.RuleResult{ID: id, Status: contestbot.VerdictWarn, Message: msg, Fix: fix}
}

func fail(id, msg, fix string) contestbot.RuleResult {
	return contestbot.RuleResult{ID: id, Status: contestbot.VerdictFail, Message: msg, Fix: fix}
}

// containerNames are the formats in the words users know.
var containerNames = map[string]string{
	"mp4":       "MP4",
	"quicktime": "QuickTime（MOV）",
	"matroska":  "MKV（Matroska）",
	"webm":      "WebM",
	"avi":       "AVI",
	"flv":       "FLV",
	"wmv":       "WMV",
	"mpegts":    "MPEG-TS（.ts）",
	"mpegps":    "MPEG-PS（.mpg）",
	"3gp":       "3GP",
}

func fixRemux(spec Spec) string {
	return "请用剪辑软件重新导出为 MP4 格式（H.264 编码），或用 ffmpeg -i 原文件 -c copy 新文件.mp4 转换封装" + cite(spec.Cites.Video)
}

func fixLinkNotVideo(spec Spec) string {
	return "请提供导出的 MP4 视频文件本身的直接下载链接" + cite(spec.Cites.Video)
}

// ruleContainer: 附件1 第3条 "视频文件格式为mp4".
func ruleContainer(f Facts, spec Spec) contestbot.RuleResult {
	citeFormat := cite(spec.Cites.Video)
	id := contestbot.RuleContainer
	fromFile := f.Source != "words"
	if f.Problem != "" {
		fix := "请重新上传完整的 MP4 文件后再检查" + citeFormat
		if f.Container == "" || f.Container == "unknown" {
			fix = "请确认链接或文件是导出的 MP4 视频本身" + citeFormat
		}
		if f.ProblemFix != "" {
			fix = f.ProblemFix
		}
		r := fail(id, f.Problem, fix)
		if f.LinkProblem {
			r.Label = contestbot.LabelLink
		}
		return r
	}
	if f.Truncated {
		return fail(id, "文件不完整（上传或下载中断，文件末尾缺失）",
			"请重新上传完整的视频文件后再检查"+citeFormat)
	}
	if f.Container == "" {
		return skip(id, "未提供文件格式信息，未检查")
	}
	if f.Container == "unknown" {
		if f.Source == "url" {
			r := fail(id, "这个链接下载到的不是视频文件", fixLinkNotVideo(spec))
			r.Label = contestbot.LabelLink
			return r
		}
		return fail(id, "这不是视频文件，或是无法识别的格式",
			"请提供导出的 MP4 视频文件"+citeFormat)
	}
	if !containsFold(spec.Containers, f.Container) {
		name := containerNames[f.Container]
		if name == "" {
			name = strings.ToUpper(f.Container)
		}
		msg := "文件是" + name + "格式，不是 MP4"
		if f.Container == "quicktime" {
			msg = "文件是 QuickTime（MOV）格式，不是 MP4（扩展名改成 .mp4 并不改变格式）"
		}
		return fail(id, msg, fixRemux(spec))
	}
	if fromFile && !f.HasVideo {
		return fail(id, "文件中没有视频画面（只有音频或为空）",
			"请导出包含视频画面的 MP4 文件"+citeFormat)
	}
	msg := "MP4 格式"
	if f.MajorBrand != "" {
		msg += "（" + strings.TrimSpace(f.MajorBrand) + "）"
	}
	return pass(id, msg)
}

// ruleDuration: 三（一） "时长原则上不超过3分钟", so longer works warn.
func ruleDuration(f Facts, spec Spec) contestbot.RuleResult {
	id := contestbot.RuleDuration
	if f.DurationSeconds <= 0 {
		return skip(id, "未知时长，未检查")
	}
	secs := int(math.Round(f.DurationSeconds))
	if secs < 1 {
		secs = 1
	}
	got := contestbot.FormatDuration(secs)
	limit := contestbot.FormatDuration(spec.MaxDurationSeconds)
	if spec.MaxDurationSeconds > 0 && secs > spec.MaxDurationSeconds {
		return warn(id,
			fmt.Sprintf("时长%s，超过%s：通知要求原则上不超过%s", got, limit, limit),
			fmt.Sprintf("建议剪辑到%s以内；确需超出请先与主办方确认%s", limit, cite(spec.Cites.Duration)))
	}
	return pass(id, "时长"+got)
}

// tierMatch returns the accepted resolution that w×h is, in either
// orientation. A zero side is unknown: "1080P" from words may give only the
// height, which then matches the tier's short side.
func tierMatch(spec Spec, w, h int) (Resolution, bool) {
	for _, r := range spec.Resolutions {
		switch {
		case w > 0 && h > 0:
			if (w == r.Width && h == r.Height) || (w == r.Height && h == r.Width) {
				return r, true
			}
		case h > 0:
			if h == r.Height || h == r.Width {
				return r, true
			}
		case w > 0:
			if w == r.Width || w == r.Height {
				return r, true
			}
		}
	}
	return Resolution{}, false
}

// sizeName names a frame size as people do: 1280×720 is "720P".
func sizeName(w, h int) string {
	short := min(w, h)
	if w == 0 || h == 0 {
		short = max(w, h)
	}
	switch {
	case short >= 2160:
		return "4K"
	case short >= 1440:
		return "2K"
	case short > 0:
		return strconv.Itoa(short) + "P"
	}
	return ""
}

func orientation(w, h int, portrait bool) string {
	switch {
	case w > 0 && h > 0 && h > w, (w == 0 || h == 0) && portrait:
		return "竖屏"
	case w > 0 && h > 0 && w > h:
		return "横屏"
	}
	return ""
}

func sizeText(w, h int) string {
	switch {
	case w > 0 && h > 0:
		return fmt.Sprintf("%d×%d", w, h)
	case h > 0:
		return fmt.Sprintf("%dP", h)
	}
	return fmt.Sprintf("宽%d", w)
}

func acceptedText(spec Spec) string {
	var parts []string
	for _, r := range spec.Resolutions {
		parts = append(parts, fmt.Sprintf("%s（%d×%d）", r.Name, r.Width, r.Height))
	}
	return strings.Join(parts, "或")
}

// ruleResolution: 附件1 第3条 "分辨率为1080P或4K格式……横竖屏皆可".
func ruleResolution(f Facts, spec Spec) contestbot.RuleResult {
	citeFormat := cite(spec.Cites.Video)
	id := contestbot.RuleResolution
	w, h := f.Width, f.Height
	if w <= 0 && h <= 0 {
		return skip(id, "未知分辨率，未检查")
	}
	w, h = max(w, 0), max(h, 0)
	if r, ok := tierMatch(spec, w, h); ok {
		msg := r.Name
		if w > 0 && h > 0 {
			msg = fmt.Sprintf("%d×%d（%s", w, h, r.Name)
			if o := orientation(w, h, f.Portrait); o != "" {
				msg += " " + o
			}
			msg += "）"
			if f.Rotation == 90 || f.Rotation == 270 {
				msg += fmt.Sprintf("，文件按%d×%d存储、旋转%d°显示", f.CodedWidth, f.CodedHeight, f.Rotation)
			}
		} else if o := orientation(w, h, f.Portrait); o != "" {
			msg += " " + o
		}
		return pass(id, "分辨率"+msg)
	}
	found := sizeText(w, h)
	if n := sizeName(w, h); n != "" && !strings.HasSuffix(found, n) {
		found += "（" + n + "）"
	}
	msg := fmt.Sprintf("分辨率为%s，不符合要求：只接受%s，横竖屏皆可", found, acceptedText(spec))
	if n := sizeName(w, h); n == "720P" {
		msg += "，720P 不被接受"
	}
	var sizes []string
	for _, r := range spec.Resolutions {
		sizes = append(sizes, fmt.Sprintf("%d×%d", r.Width, r.Height))
	}
	for _, r := range spec.Resolutions {
		sizes = append(sizes, fmt.Sprintf("%d×%d", r.Height, r.Width))
	}
	fix := fmt.Sprintf("请从原始工程按%s（竖屏%s）重新导出，不要只放大低分辨率视频%s",
		strings.Join(sizes[:len(sizes)/2], "或"), strings.Join(sizes[len(sizes)/2:], "或"), citeFormat)
	return fail(id, msg, fix)
}

// mbps writes bits per second as Mbps with as few decimals as make it
// differ from the bounds it is compared with ("8 Mbps", "10.2 Mbps").
func mbps(bps int64, bounds ...float64) string {
	v := float64(bps) / 1e6
	for prec := 0; prec <= 3; prec++ {
		s := strconv.FormatFloat(v, 'f', prec, 64)
		if prec == 0 && v != math.Trunc(v) {
			continue
		}
		clash := false
		for _, b := range bounds {
			if v != b && s == strconv.FormatFloat(b, 'f', prec, 64) {
				clash = true
			}
		}
		if !clash || prec == 3 {
			if strings.Contains(s, ".") {
				s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
			}
			return s
		}
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func rangeText(r Resolution) string {
	return fmt.Sprintf("%s–%s Mbps", num(r.MinMbps), num(r.MaxMbps))
}

// ruleBitrate: 附件1 第3条 "1080P文件码率为10-50Mbps，4K文件码率为30-100Mbps",
// judged on the video stream's bitrate. res is the resolution rule's result.
func ruleBitrate(f Facts, spec Spec, res contestbot.RuleResult) contestbot.RuleResult {
	citeFormat := cite(spec.Cites.Video)
	id := contestbot.RuleBitrate
	bps := f.VideoBitrateBps
	if bps <= 0 {
		return skip(id, "未知码率，未检查")
	}
	if f.Width > 0 || f.Height > 0 {
		r, ok := tierMatch(spec, max(f.Width, 0), max(f.Height, 0))
		if !ok {
			var parts []string
			for _, t := range spec.Resolutions {
				parts = append(parts, t.Name+" "+rangeText(t))
			}
			return skip(id, fmt.Sprintf("码率 %s Mbps；分辨率不符合要求，没有对应的码率标准。重新导出时请按 %s 设置",
				mbps(bps), strings.Join(parts, "、")))
		}
		return judgeTier(id, bps, r, spec.NearFraction, cite(spec.Cites.Video))
	}
	// Resolution unknown: judge against every tier and explain.
	var fits, misses []string
	for _, r := range spec.Resolutions {
		lo, hi := r.MinMbps*1e6, r.MaxMbps*1e6
		if float64(bps) >= lo && float64(bps) <= hi {
			fits = append(fits, fmt.Sprintf("%s（%s）", r.Name, rangeText(r)))
		} else {
			misses = append(misses, fmt.Sprintf("%s（%s）", r.Name, rangeText(r)))
		}
	}
	got := mbps(bps, boundsOf(spec)...)
	switch {
	case len(misses) == 0:
		return pass(id, fmt.Sprintf("码率 %s Mbps，符合%s的要求", got, strings.Join(fits, "和")))
	case len(fits) == 0:
		return fail(id,
			fmt.Sprintf("码率 %s Mbps 不符合要求：%s", got, tiersText(spec)),
			"导出时按分辨率设置视频码率："+tiersText(spec)+citeFormat)
	}
	return warn(id,
		fmt.Sprintf("码率 %s Mbps 符合%s，但不符合%s；不知道分辨率，无法确定", got,
			strings.Join(fits, "和"), strings.Join(misses, "和")),
		"请对照分辨率确认："+tiersText(spec)+citeFormat)
}

func boundsOf(spec Spec) []float64 {
	var b []float64
	for _, r := range spec.Resolutions {
		b = append(b, r.MinMbps, r.MaxMbps)
	}
	return b
}

func tiersText(spec Spec) string {
	var parts []string
	for _, r := range spec.Resolutions {
		parts = append(parts, r.Name+"要求 "+rangeText(r))
	}
	return strings.Join(parts, "，")
}

func judgeTier(id string, bps int64, r Resolution, near float64, citeFormat string) contestbot.RuleResult {
	v := float64(bps)
	lo, hi := r.MinMbps*1e6, r.MaxMbps*1e6
	got := mbps(bps, r.MinMbps, r.MaxMbps)
	want := fmt.Sprintf("%s 要求的 %s", r.Name, rangeText(r))
	mid := num(math.Round((r.MinMbps + r.MaxMbps) / 2 * 0.6))
	switch {
	case v < lo:
		return fail(id, fmt.Sprintf("码率 %s Mbps 低于 %s", got, want),
			fmt.Sprintf("导出时把视频码率设为 %s（例如 %s Mbps），不要用“自动”或“网络优化”预设%s",
				rangeText(r), num(math.Max(r.MinMbps*1.5, r.MinMbps+2)), citeFormat))
	case v > hi:
		return fail(id, fmt.Sprintf("码率 %s Mbps 高于 %s", got, want),
			fmt.Sprintf("导出时把视频码率设为 %s（例如 %s Mbps）%s", rangeText(r), mid, citeFormat))
	case near > 0 && v < lo*(1+near):
		return warn(id, fmt.Sprintf("码率 %s Mbps，在 %s 之内，但接近下限", got, want),
			fmt.Sprintf("转码或平台统计口径的差异可能让它低于 %s Mbps，建议提高到 %s Mbps 以上再导出%s",
				num(r.MinMbps), num(math.Ceil(r.MinMbps*(1+2*near))), citeFormat))
	case near > 0 && v > hi*(1-near):
		return warn(id, fmt.Sprintf("码率 %s Mbps，在 %s 之内，但接近上限", got, want),
			fmt.Sprintf("统计口径的差异可能让它高于 %s Mbps，建议降到 %s Mbps 以下再导出%s",
				num(r.MaxMbps), num(math.Floor(r.MaxMbps*(1-2*near))), citeFormat))
	}
	return pass(id, fmt.Sprintf("码率 %s Mbps，符合 %s", got, want))
}

// codecNames are codec ids in the words users know.
var codecNames = map[string]string{
	"h264": "H.264", "hevc": "H.265（HEVC）", "av1": "AV1", "vp9": "VP9", "vp8": "VP8",
	"prores": "ProRes", "mpeg4": "MPEG-4 Part 2", "vvc": "H.266（VVC）", "mpeg2": "MPEG-2",
	"encrypted": "加密视频",
}

// CodecName is a codec id in the words users know ("hevc" → "H.265（HEVC）").
func CodecName(c string) string {
	if n, ok := codecNames[c]; ok {
		return n
	}
	return c
}

// ruleCodec: the notice names no codec; H.264/H.265 are what playback
// platforms take, so anything else is a warning, never a failure.
func ruleCodec(f Facts, spec Spec) contestbot.RuleResult {
	id := contestbot.RuleCodec
	if f.VideoCodec == "" {
		return skip(id, "未知视频编码，未检查")
	}
	if containsFold(spec.Codecs, f.VideoCodec) {
		return pass(id, "视频编码 "+CodecName(f.VideoCodec))
	}
	return warn(id,
		"视频编码为 "+CodecName(f.VideoCodec)+"，展播平台可能无法播放",
		"建议导出为 H.264 或 H.265 编码的 MP4（通知未规定编码，这是播放兼容的建议）")
}

var (
	// nameRe is 推荐单位-序号-片名: the unit runs to the first "-digits-".
	nameRe = regexp.MustCompile(`^(.+?)-(\d+)-(.+)$`)
	// badSepRe finds separators people use instead of the ASCII hyphen.
	badSepRe = regexp.MustCompile(`[—–－_＿ 　·~]`)
	// seqOtherRe is a 序号 written in Chinese, circled or full-width digits.
	seqOtherRe = regexp.MustCompile(`^(.+?)[-—–－_＿ ]([一二三四五六七八九十零〇壹贰叁肆伍陆柒捌玖拾①②③④⑤⑥⑦⑧⑨⑩０-９]+)[-—–－_＿ ](.+)$`)
)

// ruleFilename: 附件1 第3条 "视频文件命名形式均为“推荐单位-序号-片名”".
func ruleFilename(f Facts, want *Expect, spec Spec) contestbot.RuleResult {
	id := contestbot.RuleFilename
	citeFormat := cite(spec.Cites.Video)
	name := strings.TrimSpace(f.FileName)
	if name == "" {
		return skip(id, "未取得文件名，未检查")
	}
	example := "推荐单位-序号-片名.mp4"
	if want != nil && want.Unit != "" && want.Seq > 0 && want.Title != "" {
		example = fmt.Sprintf("%s-%d-%s.mp4", want.Unit, want.Seq, cleanTitle(want.Title))
	}
	rename := "请把文件改名为“" + example + "”（用英文短横线“-”分隔，序号用阿拉伯数字）" + citeFormat
	ext := path.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	if !strings.EqualFold(ext, ".mp4") {
		if ext == "" {
			return fail(id, "文件名“"+name+"”没有 .mp4 扩展名", rename)
		}
		return fail(id, "文件名“"+name+"”的扩展名是 "+ext+"，应为 .mp4", rename)
	}
	m := nameRe.FindStringSubmatch(stem)
	if m == nil {
		if o := seqOtherRe.FindStringSubmatch(stem); o != nil && !isASCIIDigits(o[2]) {
			return fail(id, "文件名“"+name+"”中的序号“"+o[2]+"”不是阿拉伯数字", rename)
		}
		if s := badSepRe.FindString(stem); s != "" && !strings.Contains(stem, "-") {
			return fail(id, "文件名“"+name+"”用“"+sepName(s)+"”分隔，应使用英文短横线“-”", rename)
		}
		return fail(id, "文件名“"+name+"”不是“推荐单位-序号-片名”的形式", rename)
	}
	unit, seqText, title := strings.TrimSpace(m[1]), m[2], strings.TrimSpace(m[3])
	seq, _ := strconv.Atoi(seqText)
	if unit == "" || title == "" || seq <= 0 {
		return fail(id, "文件名“"+name+"”不是“推荐单位-序号-片名”的形式", rename)
	}
	if want != nil {
		var diffs []string
		// The entry's own 推荐单位 as typed, or its school (s11-a: a unit typed
		// as "X学院党委" is X学院's; a file named by the school is not wrong).
		if want.Unit != "" && !sameText(unit, want.Unit) && !sameText(unit, contestbot.UnitKey(want.Unit)) {
			diffs = append(diffs, fmt.Sprintf("推荐单位是“%s”，报名信息是“%s”", unit, want.Unit))
		}
		if want.Seq > 0 && seq != want.Seq {
			diffs = append(diffs, fmt.Sprintf("序号是%d，报名信息是%d", seq, want.Seq))
		}
		if want.Title != "" && !sameText(cleanTitle(title), cleanTitle(want.Title)) {
			diffs = append(diffs, fmt.Sprintf("片名是“%s”，报名信息是“%s”", title, cleanTitle(want.Title)))
		}
		if len(diffs) > 0 {
			return fail(id, "文件名“"+name+"”与报名信息不一致："+strings.Join(diffs, "；"), rename)
		}
	}
	return pass(id, "文件名“"+name+"”符合“推荐单位-序号-片名”")
}

func sepName(s string) string {
	switch s {
	case " ", "　":
		return "空格"
	case "_", "＿":
		return "下划线"
	}
	return s
}

func isASCIIDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// cleanTitle drops the 《》 and quotes people put around titles.
func cleanTitle(s string) string {
	return strings.Trim(strings.TrimSpace(s), "《》〈〉\"'“”‘’「」")
}

func sameText(a, b string) bool {
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), "")
	}
	return strings.EqualFold(norm(a), norm(b))
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// infoForbiddenSection is the report info key naming the notice's section
// on colour bars, captions and logos.
const infoForbiddenSection = "forbidden_section"

// FormatReport writes a report as plain Chinese text for chat and the CLI:
// the overall verdict, then one line per rule with its fix.
func FormatReport(r contestbot.Report) string {
	var b strings.Builder
	var nFail, nWarn int
	for _, x := range r.Rules {
		switch x.Status {
		case contestbot.VerdictFail:
			nFail++
		case contestbot.VerdictWarn:
			nWarn++
		}
	}
	verdict := r.Verdict
	if verdict == "" {
		verdict = contestbot.Overall(r.Rules)
	}
	fmt.Fprintf(&b, "视频检查结果：%s", verdict.Label())
	switch {
	case nFail > 0 && nWarn > 0:
		fmt.Fprintf(&b, "（%d项不通过，%d项提醒）", nFail, nWarn)
	case nFail > 0:
		fmt.Fprintf(&b, "（%d项不通过）", nFail)
	case nWarn > 0:
		fmt.Fprintf(&b, "（%d项提醒）", nWarn)
	}
	b.WriteString("\n")
	if r.Input != "" {
		fmt.Fprintf(&b, "检查对象：%s\n", displayInput(r.Input))
	}
	for i, x := range r.Rules {
		fmt.Fprintf(&b, "%d. %s【%s】%s\n", i+1, ResultLabel(x), x.Status.Label(), x.Message)
		if x.Fix != "" {
			fmt.Fprintf(&b, "   建议：%s\n", x.Fix)
		}
	}
	if len(r.Rules) > 0 && !hasContentRules(r.Rules) {
		// The rule on colour bars, captions and logos needs the pictures,
		// which metadata cannot show.
		section, _ := r.Info[infoForbiddenSection].(string)
		b.WriteString("另请自查：不要添加彩条、开场字幕说明和任何形式的水印logo" + cite(section) + "。\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// displayInput is the input as a person reads it: a link with its path
// percent-decoded (Chinese file names) and without its query string, which
// is long and often carries a signature.
func displayInput(in string) string {
	u, err := url.Parse(in)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return in
	}
	return u.Scheme + "://" + u.Host + u.Path
}
