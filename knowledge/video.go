package knowledge

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"contestbot"
	"contestbot/checks"
)

// wordsFacts is what a user's words say about a video, parsed into the
// facts the MP4 checks use, plus what the rules do not judge.
type wordsFacts struct {
	f         checks.Facts
	sizeBytes int64 // "文件2G": the notice sets no size limit
	// concrete is true when the words gave a value to judge (a bitrate,
	// a duration, a container, a codec or a resolution), not only asked
	// what the rule is.
	concrete bool
	// tierOnly is true when the only value is an accepted resolution
	// ("1080P码率多少"), which is a question about the rules.
	tierOnly bool
	// oriented is true when the words name the orientation (横屏, 竖屏).
	oriented bool
}

var (
	reSize = regexp.MustCompile(`(\d{3,4})\s*[x×*]\s*(\d{3,4})`)
	reP    = regexp.MustCompile(`(\d{3,4})\s*[pi]`)
	reK    = regexp.MustCompile(`(^|[^\d.])([248])\s*k`)
	// A bare height may be followed by a space and another value ("1080
	// 20兆"), not by "x 1920" or "p".
	reBare1080 = regexp.MustCompile(`(^|[^\d])(720|1080|1440|2160)($|[^\d xpi×*]| [^xpi×*])`)
	// A bitrate unit ends the word: "3min" is a duration, not 3 Mbps.
	reMbps      = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(mbps|mb/s|mbit|mb|m|兆)(?:[^a-z]|$)`)
	reKbps      = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(kbps|kb/s|kbit|k)`)
	reRateBare  = regexp.MustCompile(`码率\D{0,3}?(\d+(?:\.\d+)?)`)
	reRange     = regexp.MustCompile(`\d+(?:\.\d+)?\s*(?:m|mbps|兆)?\s*(?:-|到|至|~)\s*\d+(?:\.\d+)?\s*(?:m|mbps|兆)`)
	reMinSec    = regexp.MustCompile(`(\d+)\s*(?:分钟?|min|')\s*(\d+)\s*(?:秒|s|")?`)
	reMinHalf   = regexp.MustCompile(`(\d+)\s*分半`)
	reMinutes   = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:分钟|分|min|mins|minutes?)`)
	reSeconds   = regexp.MustCompile(`(\d+)\s*(?:秒钟?|s|sec|secs|seconds?)($|[^a-z])`)
	reClock     = regexp.MustCompile(`(^|[^\d:])(\d{1,2}):(\d{2})($|[^\d:])`)
	reFPS       = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:fps|帧)`)
	reGB        = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:g|gb)($|[^a-z])`)
	reContainer = regexp.MustCompile(`(^|[^a-z0-9])(mp4|mov|avi|mkv|wmv|flv|webm|m4v|mpeg|mpg|3gp|quicktime)($|[^a-z0-9])`)
	reCodec     = regexp.MustCompile(`h\.?26[45]|hevc|avc|prores|av1|vp9|x26[45]`)
	reCNNum     = regexp.MustCompile(`([零一二两三四五六七八九十百]+)(分|秒|个半)`)
	// ruleWords turn "3分钟以内" into a question about the rule.
	ruleWords = []string{"以内", "之内", "不超过", "不能超过", "不得超过", "最长", "最多", "限制", "上限", "规定", "要求多", "多长"}
	// sizeWords mark "500M" as a file size, not a bitrate.
	sizeWords = []string{"文件", "大小", "体积", "容量", "内存"}
	// rateWords mark a number as a bitrate.
	rateWords = []string{"码率", "比特率", "bitrate", "码流"}
)

// minSizeMB is the value from which a bare "500M" reads as megabytes.
const minSizeMB = 200

// containerIDs maps the words to checks.Facts container ids.
var containerIDs = map[string]string{
	"mp4": "mp4", "m4v": "mp4", "mov": "quicktime", "quicktime": "quicktime",
	"mkv": "matroska", "webm": "webm", "avi": "avi", "flv": "flv",
	"wmv": "wmv", "mpeg": "mpeg", "mpg": "mpeg", "3gp": "3gp",
}

// heightFor maps "720P" to its landscape frame size.
var heightFor = map[int][2]int{
	480: {854, 480}, 540: {960, 540}, 720: {1280, 720}, 1080: {1920, 1080},
	1440: {2560, 1440}, 2160: {3840, 2160}, 4320: {7680, 4320},
}

// cnDigits converts small Chinese numbers ("三", "二十", "两") to ints.
func cnDigits(s string) (int, bool) {
	val := map[rune]int{'零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	total, cur := 0, 0
	for _, r := range s {
		switch r {
		case '十':
			if cur == 0 {
				cur = 1
			}
			total += cur * 10
			cur = 0
		case '百':
			if cur == 0 {
				cur = 1
			}
			total += cur * 100
			cur = 0
		default:
			v, ok := val[r]
			if !ok {
				return 0, false
			}
			cur = v
		}
	}
	return total + cur, true
}

// arabicDurations rewrites Chinese numbers before 分/秒 in digits:
// "三分二十秒" → "3分20秒", "两分半" → "2分半".
func arabicDurations(q string) string {
	return reCNNum.ReplaceAllStringFunc(q, func(m string) string {
		sub := reCNNum.FindStringSubmatch(m)
		n, ok := cnDigits(sub[1])
		if !ok {
			return m
		}
		return strconv.Itoa(n) + sub[2]
	})
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// parseVideoWords reads what q (normalised) says about a video.
func parseVideoWords(q string, spec checks.Spec) wordsFacts {
	var w wordsFacts
	f := &w.f
	f.Source = "words"
	q = arabicDurations(q)
	rest := q // q with matched values blanked, so one number counts once

	blank := func(loc []int) {
		rest = rest[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + rest[loc[1]:]
	}

	// Resolution.
	resolution := false
	if m := reSize.FindStringSubmatchIndex(rest); m != nil {
		f.Width, _ = strconv.Atoi(rest[m[2]:m[3]])
		f.Height, _ = strconv.Atoi(rest[m[4]:m[5]])
		resolution = true
		blank(m[:2])
	} else if m := reP.FindStringSubmatchIndex(rest); m != nil {
		h, _ := strconv.Atoi(rest[m[2]:m[3]])
		if sz, ok := heightFor[h]; ok {
			f.Width, f.Height = sz[0], sz[1]
			resolution = true
			blank(m[:2])
		}
	} else if m := reK.FindStringSubmatchIndex(rest); m != nil {
		switch rest[m[4]:m[5]] {
		case "2":
			f.Width, f.Height = 2560, 1440
		case "4":
			f.Width, f.Height = 3840, 2160
		case "8":
			f.Width, f.Height = 7680, 4320
		}
		resolution = true
		blank(m[4:6])
		blank([]int{m[4], m[1]})
	} else if m := reBare1080.FindStringSubmatchIndex(rest); m != nil {
		h, _ := strconv.Atoi(rest[m[4]:m[5]])
		sz := heightFor[h]
		f.Width, f.Height = sz[0], sz[1]
		resolution = true
		blank(m[4:6])
	}
	portrait := containsAny(q, []string{"竖屏", "竖版", "竖的", "竖着", "竖向", "竖拍", "竖幅", "9:16", "portrait"})
	landscape := containsAny(q, []string{"横屏", "横版", "横的", "横着", "横向", "横拍", "横幅", "16:9", "landscape"})
	w.oriented = portrait || landscape
	// "横屏竖屏都行吗" names both: a question, not a fact about the video.
	portrait = portrait && !landscape
	if portrait {
		f.Portrait = true
		if resolution && f.Width > f.Height {
			f.Width, f.Height = f.Height, f.Width
		}
	}
	for _, r := range []string{"9:16", "16:9"} {
		rest = strings.ReplaceAll(rest, r, "    ")
	}

	// Frame rate and file size first: "60帧" and "2G" are not bitrates.
	if m := reFPS.FindStringSubmatchIndex(rest); m != nil {
		f.FrameRate, _ = strconv.ParseFloat(rest[m[2]:m[3]], 64)
		blank(m[:2])
	}
	if m := reGB.FindStringSubmatchIndex(rest); m != nil {
		v, _ := strconv.ParseFloat(rest[m[2]:m[3]], 64)
		w.sizeBytes = int64(v * (1 << 30))
		blank(m[:4])
	}

	// Bitrate, unless the words give a range ("10-50M": a rule question).
	sizeCtx := containsAny(q, sizeWords) && !strings.Contains(q, "码率")
	if !reRange.MatchString(rest) {
		if m := reMbps.FindStringSubmatchIndex(rest); m != nil {
			v, _ := strconv.ParseFloat(rest[m[2]:m[3]], 64)
			unit := rest[m[4]:m[5]]
			bare := unit != "mbps" && unit != "mb/s" && unit != "mbit"
			switch {
			case sizeCtx && bare, bare && v >= minSizeMB && !containsAny(q, rateWords):
				// "500M" with no word for bitrate is a file size: no video
				// the rules accept is under 200 MB (3 minutes at 10 Mbps
				// is 225 MB), and no accepted bitrate reaches 200 Mbps.
				w.sizeBytes = int64(v * (1 << 20))
			case v > 0:
				f.VideoBitrateBps = int64(math.Round(v * 1e6))
			}
			blank(m[:2])
		} else if m := reKbps.FindStringSubmatchIndex(rest); m != nil {
			v, _ := strconv.ParseFloat(rest[m[2]:m[3]], 64)
			if v >= 100 {
				f.VideoBitrateBps = int64(math.Round(v * 1e3))
				blank(m[:2])
			}
		} else if m := reRateBare.FindStringSubmatchIndex(rest); m != nil {
			v, _ := strconv.ParseFloat(rest[m[2]:m[3]], 64)
			switch {
			case v >= 1000:
				f.VideoBitrateBps = int64(v * 1e3)
			case v > 0:
				f.VideoBitrateBps = int64(v * 1e6)
			}
			blank(m[2:4])
		}
	}

	// Duration.
	var secs float64
	if m := reMinSec.FindStringSubmatchIndex(rest); m != nil {
		mm, _ := strconv.Atoi(rest[m[2]:m[3]])
		ss, _ := strconv.Atoi(rest[m[4]:m[5]])
		if ss < 60 {
			secs = float64(mm*60 + ss)
		}
		blank(m[:2])
	} else if m := reMinHalf.FindStringSubmatchIndex(rest); m != nil {
		mm, _ := strconv.Atoi(rest[m[2]:m[3]])
		secs = float64(mm*60 + 30)
		blank(m[:2])
	} else if m := reMinutes.FindStringSubmatchIndex(rest); m != nil {
		v, _ := strconv.ParseFloat(rest[m[2]:m[3]], 64)
		secs = v * 60
		blank(m[:2])
	} else if m := reClock.FindStringSubmatchIndex(rest); m != nil {
		mm, _ := strconv.Atoi(rest[m[4]:m[5]])
		ss, _ := strconv.Atoi(rest[m[6]:m[7]])
		if ss < 60 && mm < 30 {
			secs = float64(mm*60 + ss)
		}
	} else if m := reSeconds.FindStringSubmatchIndex(rest); m != nil {
		secs, _ = strconv.ParseFloat(rest[m[2]:m[3]], 64)
	}
	if secs > 0 && secs < 4*3600 {
		f.DurationSeconds = secs
	}
	// "超过3分钟会怎样" asks about the limit itself.
	atLimit := int(f.DurationSeconds) == spec.MaxDurationSeconds && containsAny(q, []string{"超", "以上", "多于", "大于"})
	durationRule := f.DurationSeconds > 0 && (atLimit || containsAny(q, ruleWords))
	if durationRule {
		f.DurationSeconds = 0
	}

	if m := reContainer.FindStringSubmatch(q); m != nil {
		f.Container = containerIDs[m[2]]
	}
	if m := reCodec.FindString(q); m != "" {
		switch {
		case strings.Contains(m, "265") || m == "hevc":
			f.VideoCodec = "hevc"
		case m == "prores":
			f.VideoCodec = "prores"
		case m == "av1":
			f.VideoCodec = "av1"
		case m == "vp9":
			f.VideoCodec = "vp9"
		default:
			f.VideoCodec = "h264"
		}
	}

	tier := false
	if resolution {
		_, tier = tierOf(spec, f.Width, f.Height)
	}
	other := f.VideoBitrateBps > 0 || f.DurationSeconds > 0 || f.Container != "" || f.VideoCodec != ""
	w.concrete = other || resolution
	w.tierOnly = resolution && tier && !other
	return w
}

// tierOf returns the accepted resolution w×h is, either way round.
func tierOf(spec checks.Spec, w, h int) (checks.Resolution, bool) {
	for _, r := range spec.Resolutions {
		if (w == r.Width && h == r.Height) || (w == r.Height && h == r.Width) {
			return r, true
		}
	}
	return checks.Resolution{}, false
}

// judgeWords answers "does my video qualify" from parsed words, with the
// same rules the MP4 checks use. It returns the text and the sources.
func judgeWords(w wordsFacts, spec checks.Spec) (string, []string) {
	rules := checks.Evaluate(w.f, spec, nil)
	var b strings.Builder
	b.WriteString("按你说的参数（" + describeFacts(w) + "）：\n")
	sources := []string{spec.Cites.Video}
	for _, r := range rules {
		if r.Status == contestbot.VerdictSkip {
			continue
		}
		if r.ID == contestbot.RuleDuration {
			sources = []string{spec.Cites.Video, spec.Cites.Duration}
			if spec.Cites.Duration == spec.Cites.Video {
				sources = sources[:1]
			}
			if len(rules) > 0 && onlyDuration(rules) {
				sources = []string{spec.Cites.Duration}
			}
		}
		fmt.Fprintf(&b, "%s：%s。%s", checks.RuleLabel(r.ID), r.Status.Label(), stripCite(r.Message))
		if r.Fix != "" {
			b.WriteString("。建议：" + stripCite(r.Fix))
		}
		b.WriteString("。\n")
	}
	// What the words left out but the rules need.
	if (w.f.Width > 0 || w.f.Height > 0) && w.f.VideoBitrateBps == 0 {
		if r, ok := tierOf(spec, w.f.Width, w.f.Height); ok {
			fmt.Fprintf(&b, "%s的码率需为%s-%sMbps，导出时请手动设置。\n", r.Name, num(r.MinMbps), num(r.MaxMbps))
		}
	}
	if w.oriented {
		b.WriteString("画面方向：横竖屏皆可。\n")
	}
	if w.f.VideoCodec != "" {
		b.WriteString("视频编码：通知中没有规定，只要求mp4格式、1080P或4K及相应码率。\n")
	}
	if w.f.FrameRate > 0 {
		b.WriteString("帧率：通知中没有要求。\n")
	}
	if w.sizeBytes > 0 {
		b.WriteString("文件大小：通知中没有限制，只规定码率。\n")
	}
	switch contestbot.Overall(rules) {
	case contestbot.VerdictFail:
		b.WriteString("结论：不符合要求，请按建议调整后再导出。")
	case contestbot.VerdictWarn:
		b.WriteString("结论：基本符合，请留意上面的提醒。")
	default:
		b.WriteString("结论：符合通知要求。")
	}
	return b.String(), sources
}

func onlyDuration(rules []contestbot.RuleResult) bool {
	for _, r := range rules {
		if r.Status != contestbot.VerdictSkip && r.ID != contestbot.RuleDuration {
			return false
		}
	}
	return true
}

// describeFacts repeats what was understood, so a misreading shows.
func describeFacts(w wordsFacts) string {
	f := w.f
	var parts []string
	if f.Container != "" {
		// mp4 as the notice writes it.
		name := map[string]string{"quicktime": "MOV", "matroska": "MKV", "mp4": "mp4"}[f.Container]
		if name == "" {
			name = strings.ToUpper(f.Container)
		}
		parts = append(parts, name+"格式")
	}
	if f.Width > 0 {
		name := fmt.Sprintf("%d×%d", f.Width, f.Height)
		if f.Portrait {
			name += "竖屏"
		}
		parts = append(parts, name)
	} else if f.Portrait {
		parts = append(parts, "竖屏")
	}
	if f.VideoBitrateBps > 0 {
		parts = append(parts, "码率"+num(float64(f.VideoBitrateBps)/1e6)+"Mbps")
	}
	if f.DurationSeconds > 0 {
		parts = append(parts, "时长"+contestbot.FormatDuration(int(f.DurationSeconds)))
	}
	if f.VideoCodec != "" {
		parts = append(parts, checks.CodecName(f.VideoCodec))
	}
	if f.FrameRate > 0 {
		parts = append(parts, num(f.FrameRate)+"帧")
	}
	return strings.Join(parts, "，")
}

// stripCite drops a trailing "（见…）" citation and final punctuation: the
// combined answer cites its sources once, at the end.
func stripCite(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "（见"); i >= 0 && strings.HasSuffix(s, "）") {
		s = s[:i]
	}
	return strings.TrimRight(s, "。；，. ")
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
