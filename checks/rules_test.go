package checks

import (
	"strings"
	"testing"

	"contestbot"
)

// statuses is a compact form of a rule list: container, duration,
// resolution, bitrate, filename, codec, as p/w/f/s.
func statuses(rules []contestbot.RuleResult) string {
	var b strings.Builder
	for _, r := range rules {
		b.WriteString(string(r.Status)[:1])
	}
	return b.String()
}

func goodFile() Facts {
	return Facts{
		Source: "url", FileName: "郑州大学-1-初心.mp4", Size: 300 << 20,
		Container: "mp4", MajorBrand: "isom", HasVideo: true, HasAudio: true,
		DurationSeconds: 170, Width: 1920, Height: 1080, CodedWidth: 1920, CodedHeight: 1080,
		VideoCodec: "h264", VideoBitrateBps: 20e6,
	}
}

func TestEvaluate(t *testing.T) {
	spec := DefaultSpec()
	mod := func(fn func(*Facts)) Facts { f := goodFile(); fn(&f); return f }
	tests := []struct {
		name  string
		facts Facts
		want  *Expect
		// statuses in rule order: container duration resolution bitrate filename codec
		statuses string
		// substrings each rule's message must contain ("" = no check)
		msgs map[string]string
	}{
		{name: "Good1080P", facts: goodFile(), statuses: "pppppp"},
		{name: "Portrait1080P", facts: mod(func(f *Facts) { f.Width, f.Height = 1080, 1920 }), statuses: "pppppp",
			msgs: map[string]string{"resolution": "1080×1920（1080P 竖屏）"}},
		{name: "Rotated", facts: mod(func(f *Facts) { f.Width, f.Height, f.Rotation = 1080, 1920, 90 }), statuses: "pppppp",
			msgs: map[string]string{"resolution": "旋转90°"}},
		{name: "4K", facts: mod(func(f *Facts) { f.Width, f.Height, f.VideoBitrateBps = 3840, 2160, 60e6 }), statuses: "pppppp"},
		{name: "4KLowBitrate", facts: mod(func(f *Facts) { f.Width, f.Height, f.VideoBitrateBps = 3840, 2160, 20e6 }),
			statuses: "pppfpp", msgs: map[string]string{"bitrate": "20 Mbps 低于 4K 要求的 30–100 Mbps"}},
		{name: "720P", facts: mod(func(f *Facts) { f.Width, f.Height = 1280, 720 }), statuses: "ppfspp",
			msgs: map[string]string{"resolution": "1280×720（720P）", "bitrate": "20 Mbps"}},
		{name: "LowBitrate", facts: mod(func(f *Facts) { f.VideoBitrateBps = 8e6 }), statuses: "pppfpp",
			msgs: map[string]string{"bitrate": "8 Mbps 低于 1080P 要求的 10–50 Mbps"}},
		{name: "HighBitrate", facts: mod(func(f *Facts) { f.VideoBitrateBps = 60e6 }), statuses: "pppfpp",
			msgs: map[string]string{"bitrate": "60 Mbps 高于 1080P 要求的 10–50 Mbps"}},
		{name: "NearLow", facts: mod(func(f *Facts) { f.VideoBitrateBps = 10_200_000 }), statuses: "pppwpp",
			msgs: map[string]string{"bitrate": "接近下限"}},
		{name: "NearHigh", facts: mod(func(f *Facts) { f.VideoBitrateBps = 49_900_000 }), statuses: "pppwpp",
			msgs: map[string]string{"bitrate": "接近上限"}},
		{name: "JustAboveMax", facts: mod(func(f *Facts) { f.VideoBitrateBps = 50_040_000 }), statuses: "pppfpp",
			msgs: map[string]string{"bitrate": "50.04 Mbps 高于"}},
		{name: "Long", facts: mod(func(f *Facts) { f.DurationSeconds = 185 }), statuses: "pwpppp",
			msgs: map[string]string{"duration": "3分5秒"}},
		{name: "ExactlyThreeMinutes", facts: mod(func(f *Facts) { f.DurationSeconds = 180.02 }), statuses: "pppppp"},
		{name: "ProRes", facts: mod(func(f *Facts) { f.VideoCodec = "prores" }), statuses: "pppppw",
			msgs: map[string]string{"codec": "ProRes"}},
		{name: "HEVC", facts: mod(func(f *Facts) { f.VideoCodec = "hevc" }), statuses: "pppppp"},
		{name: "QuickTime", facts: mod(func(f *Facts) { f.Container, f.MajorBrand = "quicktime", "qt  " }), statuses: "fppppp",
			msgs: map[string]string{"container": "QuickTime"}},
		{name: "Matroska", facts: Facts{Source: "url", FileName: "郑州大学-1-初心.mp4", Container: "matroska", Size: 1000},
			statuses: "fsssps", msgs: map[string]string{"container": "MKV"}},
		{name: "Truncated", facts: mod(func(f *Facts) { f.Truncated = true }), statuses: "fsssps",
			msgs: map[string]string{"container": "不完整"}},
		{name: "Empty", facts: Facts{Source: "url", FileName: "a-1-b.mp4", Problem: "文件是空的（0字节）"}, statuses: "fsssps",
			msgs: map[string]string{"container": "空的"}},
		{name: "AudioOnly", facts: Facts{Source: "file", FileName: "a-1-b.mp4", Container: "mp4", HasAudio: true, DurationSeconds: 10},
			statuses: "fsssps", msgs: map[string]string{"container": "没有视频"}},
		{name: "Words1080P8M", facts: Facts{Source: "words", Width: 1920, Height: 1080, VideoBitrateBps: 8e6},
			statuses: "sspfss", msgs: map[string]string{"bitrate": "8 Mbps 低于 1080P 要求的 10–50 Mbps"}},
		{name: "WordsOnlyBitrateLow", facts: Facts{Source: "words", VideoBitrateBps: 8e6}, statuses: "sssfss",
			msgs: map[string]string{"bitrate": "1080P要求 10–50 Mbps，4K要求 30–100 Mbps"}},
		{name: "WordsOnlyBitrate20", facts: Facts{Source: "words", VideoBitrateBps: 20e6}, statuses: "ssswss",
			msgs: map[string]string{"bitrate": "符合1080P（10–50 Mbps），但不符合4K（30–100 Mbps）"}},
		{name: "WordsOnlyBitrate40", facts: Facts{Source: "words", VideoBitrateBps: 40e6}, statuses: "ssspss"},
		{name: "WordsHeightOnly", facts: Facts{Source: "words", Height: 720}, statuses: "ssfsss",
			msgs: map[string]string{"resolution": "720P 不被接受"}},
		{name: "WordsPortrait1080P", facts: Facts{Source: "words", Height: 1080, Portrait: true, VideoBitrateBps: 15e6}, statuses: "ssppss",
			msgs: map[string]string{"resolution": "1080P 竖屏"}},
		{name: "WordsMP4Container", facts: Facts{Source: "words", Container: "mp4"}, statuses: "psssss"},
		{name: "WordsMov", facts: Facts{Source: "words", Container: "quicktime"}, statuses: "fsssss"},
		{name: "WordsLong", facts: Facts{Source: "words", DurationSeconds: 200}, statuses: "swssss"},
		{name: "NameNoExt", facts: mod(func(f *Facts) { f.FileName = "郑州大学-1-初心" }), statuses: "ppppfp",
			msgs: map[string]string{"filename": "没有 .mp4 扩展名"}},
		{name: "NameMov", facts: mod(func(f *Facts) { f.FileName = "郑州大学-1-初心.mov" }), statuses: "ppppfp",
			msgs: map[string]string{"filename": "扩展名是 .mov"}},
		{name: "NameUnderscore", facts: mod(func(f *Facts) { f.FileName = "郑州大学_1_初心.mp4" }), statuses: "ppppfp",
			msgs: map[string]string{"filename": "下划线"}},
		{name: "NameChineseSeq", facts: mod(func(f *Facts) { f.FileName = "郑州大学-一-初心.mp4" }), statuses: "ppppfp",
			msgs: map[string]string{"filename": "不是阿拉伯数字"}},
		{name: "NameFreeform", facts: mod(func(f *Facts) { f.FileName = "final_v2.mp4" }), statuses: "ppppfp"},
		{name: "NameUpperExt", facts: mod(func(f *Facts) { f.FileName = "郑州大学-2-初心.MP4" }), statuses: "pppppp"},
		{name: "NameMatchesEntry", facts: goodFile(), want: &Expect{Unit: "郑州大学", Seq: 1, Title: "《初心》"}, statuses: "pppppp"},
		{name: "NameWrongSeq", facts: goodFile(), want: &Expect{Unit: "郑州大学", Seq: 2, Title: "初心"}, statuses: "ppppfp",
			msgs: map[string]string{"filename": "郑州大学-2-初心.mp4"}},
		{name: "NameWrongTitle", facts: goodFile(), want: &Expect{Unit: "郑州大学", Title: "使命"}, statuses: "ppppfp",
			msgs: map[string]string{"filename": "片名是“初心”，报名信息是“使命”"}},
		{name: "NameHyphenInTitle", facts: mod(func(f *Facts) { f.FileName = "郑州大学-3-青春-奋斗.mp4" }),
			want: &Expect{Unit: "郑州大学", Seq: 3, Title: "青春-奋斗"}, statuses: "pppppp"},
		// s11-a: a 推荐单位 typed as the school's 党委 accepts the file named
		// by it or by the school; another unit, or the school's 二级学院, does not.
		{name: "NameTypedBody", facts: mod(func(f *Facts) { f.FileName = "郑州大学党委-1-初心.mp4" }),
			want: &Expect{Unit: "郑州大学党委", Seq: 1, Title: "初心"}, statuses: "pppppp"},
		{name: "NameBodyBySchool", facts: goodFile(), want: &Expect{Unit: "中共郑州大学委员会", Seq: 1, Title: "初心"}, statuses: "pppppp"},
		{name: "NameBodyOtherUnit", facts: mod(func(f *Facts) { f.FileName = "河南大学-1-初心.mp4" }),
			want: &Expect{Unit: "郑州大学党委", Seq: 1, Title: "初心"}, statuses: "ppppfp",
			msgs: map[string]string{"filename": "推荐单位是“河南大学”，报名信息是“郑州大学党委”"}},
		{name: "NameSecondCollege", facts: goodFile(), want: &Expect{Unit: "郑州大学土木工程学院", Seq: 1, Title: "初心"}, statuses: "ppppfp",
			msgs: map[string]string{"filename": "报名信息是“郑州大学土木工程学院”"}},
		{name: "Nothing", facts: Facts{Source: "words"}, statuses: "ssssss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(tt.facts, spec, tt.want)
			ids := []string{contestbot.RuleContainer, contestbot.RuleDuration, contestbot.RuleResolution,
				contestbot.RuleBitrate, contestbot.RuleFilename, contestbot.RuleCodec}
			if len(got) != len(ids) {
				t.Fatalf("got %d rules, want %d", len(got), len(ids))
			}
			for i, r := range got {
				if r.ID != ids[i] {
					t.Errorf("rule %d id = %q, want %q", i, r.ID, ids[i])
				}
				if r.Message == "" {
					t.Errorf("rule %s has no message", r.ID)
				}
				if (r.Status == contestbot.VerdictFail || r.Status == contestbot.VerdictWarn) && r.Fix == "" {
					t.Errorf("rule %s is %s without a fix", r.ID, r.Status)
				}
			}
			if s := statuses(got); s != tt.statuses {
				t.Errorf("statuses = %s, want %s\n%s", s, tt.statuses, FormatReport(contestbot.Report{Rules: got}))
			}
			for _, r := range got {
				if sub, ok := tt.msgs[r.ID]; ok && !strings.Contains(r.Message+" "+r.Fix, sub) {
					t.Errorf("rule %s message %q (fix %q) lacks %q", r.ID, r.Message, r.Fix, sub)
				}
			}
		})
	}
}

func TestMbps(t *testing.T) {
	tests := []struct {
		name   string
		bps    int64
		bounds []float64
		want   string
	}{
		{"Whole", 8e6, nil, "8"},
		{"OneDecimal", 11_273_000, []float64{10, 50}, "11.3"},
		{"NearBound", 50_040_000, []float64{10, 50}, "50.04"},
		{"BelowBound", 9_999_000, []float64{10, 50}, "9.999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mbps(tt.bps, tt.bounds...); got != tt.want {
				t.Errorf("mbps(%d) = %q, want %q", tt.bps, got, tt.want)
			}
		})
	}
}

func TestFormatReport(t *testing.T) {
	f := goodFile()
	f.VideoBitrateBps = 8e6
	r := NewReport("https://example.com/郑州大学-1-初心.mp4", f, DefaultSpec(), nil)
	got := FormatReport(r)
	for _, want := range []string{
		"视频检查结果：不通过（1项不通过）",
		"检查对象：https://example.com/",
		"4. 码率【不通过】码率 8 Mbps 低于 1080P 要求的 10–50 Mbps",
		"建议：导出时把视频码率设为 10–50 Mbps",
		"（见附件1 第3条）",
		"6. 视频编码【通过】",
		"附件1 第4条",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "\n") < 6 {
		t.Errorf("want a line per rule:\n%s", got)
	}
	encoded := FormatReport(NewReport("https://example.com/%E9%83%91%E5%B7%9E-1-%E5%88%9D%E5%BF%83.mp4?X-Sign=abc", f, DefaultSpec(), nil))
	if !strings.Contains(encoded, "检查对象：https://example.com/郑州-1-初心.mp4\n") {
		t.Errorf("link not shown decoded and without its query:\n%s", encoded)
	}
	for _, k := range []string{"duration_seconds", "width", "height", "rotation", "video_codec", "bitrate_bps", "bytes_fetched", "requests"} {
		if _, ok := r.Info[k]; !ok {
			t.Errorf("info lacks %q", k)
		}
	}
}
