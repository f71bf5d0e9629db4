package dialogs

import (
	"testing"

	"contestbot"
)

// TestStatedFactsThenAsk: stated eligibility facts before a question are an
// answer; a statement with a question word, or a question alone, is not.
func TestStatedFactsThenAsk(t *testing.T) {
	p := period{year: 2025, season: &contestbot.Season{WorksSince: "2025-01"}}
	for _, c := range []struct{ in, facts, q string }{
		{"经核，上述四项均符合：该片系我院党委组织部组织拍摄，于2025年7月至8月完成，未在任何平台发表，未使用人工智能。另请教一事：视频文件码率有何具体要求？",
			"经核，上述四项均符合：该片系我院党委组织部组织拍摄，于2025年7月至8月完成，未在任何平台发表，未使用人工智能。", "另请教一事：视频文件码率有何具体要求？"},
		{"本作品未在任何平台发表，未使用人工智能。请问汇总表谁签字？", "本作品未在任何平台发表，未使用人工智能。", "请问汇总表谁签字？"},
	} {
		facts, q := statedFactsThenAsk(c.in, p)
		if facts != c.facts || q != c.q {
			t.Errorf("statedFactsThenAsk(%q) = %q, %q; want %q, %q", c.in, facts, q, c.facts, c.q)
		}
	}
	for _, in := range []string{
		"未在任何平台发表算不算？",
		"本作品未在任何平台发表，是否可以参赛？",
		"没用AI，那AI配音算不算使用人工智能？",
		"本作品未在任何平台发表，未使用人工智能。",
		"您好！请问码率有何要求？",
		"今年拍的。码率多少？",
	} {
		if facts, q := statedFactsThenAsk(in, p); facts != "" {
			t.Errorf("statedFactsThenAsk(%q) = %q, %q; want no split", in, facts, q)
		}
	}
}
