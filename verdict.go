package contestbot

// Verdict is the outcome of one video rule, or of a whole check.
type Verdict string

// Verdicts. A whole check is fail if any rule fails, else warn if any rule
// warns, else pass. Skip marks a rule that an earlier failure made
// meaningless (no bitrate rule on a file that is not MP4).
const (
	VerdictPass Verdict = "pass"
	VerdictWarn Verdict = "warn"
	VerdictFail Verdict = "fail"
	VerdictSkip Verdict = "skip"
)

// Label is the verdict in the words users see.
func (v Verdict) Label() string {
	switch v {
	case VerdictPass:
		return "通过"
	case VerdictWarn:
		return "提醒"
	case VerdictFail:
		return "不通过"
	case VerdictSkip:
		return "未检查"
	}
	return "未检查"
}

// Rule ids, as in the `check --json` contract.
const (
	RuleContainer  = "container"
	RuleDuration   = "duration"
	RuleResolution = "resolution"
	RuleBitrate    = "bitrate"
	RuleFilename   = "filename"
	RuleCodec      = "codec"
)

// RuleResult is one rule's verdict with a message in plain Chinese and,
// when it did not pass, how to fix it.
type RuleResult struct {
	ID      string  `json:"id"`
	Status  Verdict `json:"status"`
	Message string  `json:"message"`
	Fix     string  `json:"fix,omitempty"`
	// Label, when set, names the result for people instead of the rule's
	// own name: a link that cannot be read fails the container rule (the
	// contract's ids stay fixed) but is shown as 链接.
	Label string `json:"label,omitempty"`
}

// LabelLink is the name of a result about the link rather than the file.
const LabelLink = "链接"

// Report is the result of checking one video (a file, a link, or facts
// taken from a user's words).
type Report struct {
	Input   string         `json:"input"`
	Verdict Verdict        `json:"verdict"`
	Rules   []RuleResult   `json:"rules"`
	Info    map[string]any `json:"info"`
}

// Overall folds rule results into one verdict: fail beats warn beats pass.
// Skipped rules do not count.
func Overall(rules []RuleResult) Verdict {
	v := VerdictPass
	for _, r := range rules {
		switch r.Status {
		case VerdictFail:
			return VerdictFail
		case VerdictWarn:
			v = VerdictWarn
		}
	}
	return v
}
