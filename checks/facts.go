package checks

// Facts are what is known about one video: read from its MP4 metadata, or
// parsed from a user's words ("1080P 码率8M 竖屏 2分50秒"). Zero values mean
// unknown, and a rule whose inputs are unknown is skipped, so the same rules
// judge a real file and a sentence.
type Facts struct {
	Source   string `json:"source"`              // "file", "url" or "words"
	FileName string `json:"file_name,omitempty"` // from the URL path, Content-Disposition or local path
	Size     int64  `json:"size,omitempty"`      // file size in bytes

	// Container is "mp4", "quicktime", "matroska", "webm", "avi", "flv",
	// "unknown" (bytes that are no known format), or "" (not known: words
	// that did not mention a format).
	Container  string   `json:"container,omitempty"`
	MajorBrand string   `json:"major_brand,omitempty"`
	Brands     []string `json:"brands,omitempty"` // compatible brands
	// Problem, when set, is why the file cannot be used as it is, in plain
	// Chinese (truncated, empty, no video track); the container rule fails with it.
	Problem string `json:"problem,omitempty"`
	// ProblemFix, when set, is how to fix Problem (a new link, re-export).
	ProblemFix string `json:"problem_fix,omitempty"`
	// LinkProblem marks Problem as the link's (refused address, 404, a web
	// page, no Range support), not the file's: it is reported under 链接.
	LinkProblem bool `json:"link_problem,omitempty"`

	HasVideo bool `json:"has_video,omitempty"`
	HasAudio bool `json:"has_audio,omitempty"`

	DurationSeconds float64 `json:"duration_seconds,omitempty"`
	// Width and Height are as displayed (rotation applied); CodedWidth and
	// CodedHeight as stored in the sample entry.
	Width       int     `json:"width,omitempty"`
	Height      int     `json:"height,omitempty"`
	CodedWidth  int     `json:"coded_width,omitempty"`
	CodedHeight int     `json:"coded_height,omitempty"`
	Rotation    int     `json:"rotation,omitempty"`    // degrees clockwise: 0, 90, 180, 270
	Portrait    bool    `json:"portrait,omitempty"`    // from words: "竖屏", when no size says so
	VideoCodec  string  `json:"video_codec,omitempty"` // "h264", "hevc", "av1", "vp9", "prores", "mpeg4", ...
	FrameRate   float64 `json:"frame_rate,omitempty"`

	VideoBitrateBps   int64 `json:"bitrate_bps,omitempty"` // Σ sample sizes × 8 / track duration
	OverallBitrateBps int64 `json:"overall_bitrate_bps,omitempty"`

	Faststart  bool `json:"faststart,omitempty"` // moov before mdat
	Fragmented bool `json:"fragmented,omitempty"`
	Truncated  bool `json:"truncated,omitempty"`

	BytesFetched int64 `json:"bytes_fetched,omitempty"` // response-body bytes of every request
	Requests     int   `json:"requests,omitempty"`
}

// Spec holds the season's video rules (附件1 第3条, 三（一）). It lives in the
// season's facts file, not in code; DefaultSpec is the first season's.
type Spec struct {
	// Containers accepted: "mp4".
	Containers []string `yaml:"containers" json:"containers"`
	// MaxDurationSeconds is a soft limit (原则上): longer works warn.
	MaxDurationSeconds int `yaml:"max_duration_seconds" json:"max_duration_seconds"`
	// Resolutions accepted, each in landscape; portrait is the same swapped.
	Resolutions []Resolution `yaml:"resolutions" json:"resolutions"`
	// Codecs that pass; any other codec warns.
	Codecs []string `yaml:"codecs" json:"codecs"`
	// NearFraction: a bitrate within this fraction of a bound is called near it.
	NearFraction float64 `yaml:"near_fraction" json:"near_fraction"`
	// Cites are the notice's sections that state these rules, cited after
	// each fix; the season's citations fill them (checked against the
	// notice when the season loads).
	Cites Cites `yaml:"-" json:"-"`
}

// Cites name the notice's sections: "附件1 第3条", "三（一）".
type Cites struct {
	Video     string // format, resolution, bitrate, file name
	Duration  string // the running time
	Forbidden string // colour bars, opening captions, watermarks
}

// Resolution is one accepted format with its bitrate range.
type Resolution struct {
	Name    string  `yaml:"name" json:"name"` // "1080P", "4K"
	Width   int     `yaml:"width" json:"width"`
	Height  int     `yaml:"height" json:"height"`
	MinMbps float64 `yaml:"min_mbps" json:"min_mbps"`
	MaxMbps float64 `yaml:"max_mbps" json:"max_mbps"`
}

// DefaultSpec is the rules of the first season's notice: mp4; 1080P
// (1920×1080) at 10–50 Mbps or 4K (3840×2160) at 30–100 Mbps, landscape or
// portrait; 原则上 ≤ 3 minutes.
func DefaultSpec() Spec {
	return Spec{
		Containers:         []string{"mp4"},
		MaxDurationSeconds: 180,
		Resolutions: []Resolution{
			{Name: "1080P", Width: 1920, Height: 1080, MinMbps: 10, MaxMbps: 50},
			{Name: "4K", Width: 3840, Height: 2160, MinMbps: 30, MaxMbps: 100},
		},
		Codecs:       []string{"h264", "hevc"},
		NearFraction: 0.05,
		Cites:        Cites{Video: "附件1 第3条", Duration: "三（一）", Forbidden: "附件1 第4条"},
	}
}

// Expect is what a link's file name must say when the link belongs to a
// known entry (附件1 第3条: 推荐单位-序号-片名).
type Expect struct {
	Unit  string
	Seq   int
	Title string
}
