package dialogs

import "regexp"

// This file reads negation generally for yes/no facts (issue #10, d1):
// dialect negators (冇, 冇得, 木有), a negator with a place before the verb
// (没往网上放过, 没在哪儿播过, 从来没往抖音上发过) and negation after the
// thing (AI一点没用, AI也没用, 没用啥AI) are rewritten to the plain forms the
// fact readers know (没发, 没用AI). Only for reading facts, never for a
// stored value.

const (
	// negator is a word that denies the verb after it.
	negator = `(?:从来都没有|从来都没|从来没有|从来没|从没有|从没|从未|未曾|不曾|没有|没|未)`
	// publishVerb is a way to say a work was put out.
	publishVerb = `(?:发布|发表|上传|公开|发|放|传|播|挂|投)`
)

var (
	// reCantonNeg is 冇 / 冇得 / 冇有 (Cantonese, Hakka, Southwestern
	// Mandarin): 没.
	reCantonNeg = regexp.MustCompile(`冇(?:得|有)?`)
	// rePlacedNeg is a negator, a place, and a verb of putting out:
	// "没往网上放过", "没在哪儿播过", "没到视频号上传".
	rePlacedNeg = regexp.MustCompile(negator + `(?:往|在|到|向|上)[^，,。；;！!？?\s用但就可已还]{1,10}?(?:上|里|中|去)?` + publishVerb)
	// rePostNegAI is AI named before its negation: "AI一点没用", "AI也没用",
	// "AI啥的都没用", "ai没有使用".
	rePostNegAI = regexp.MustCompile(`(?i)ai(?:生成)?(?:的东西|内容|技术)?(?:一点儿?|一丁点儿?|啥的|什么的|之类的?)?(?:都|也|就|压根|根本|完全)?(?:都|也)?(?:没有|没|未|不)(?:有)?(?:用过|使用|用到|用)`)
	// reNegAIWhat is a negation with a filler before AI: "没用啥AI",
	// "没用那啥AI", "没用什么AI", "没用任何AI".
	reNegAIWhat = regexp.MustCompile(`(?i)(?:没有|没|未|不)(?:用|使用|用到)(?:过)?(?:啥|什么|那啥|那个|任何|一点|这些)(?:的)?ai`)
)

// generalNegation rewrites the negations of s that the fact readers do not
// know to ones they do: 冇得发过 → 没发过, 没往网上放过 → 没发过,
// AI一点没用 → 没用AI.
func generalNegation(s string) string {
	s = reCantonNeg.ReplaceAllString(s, "没")
	s = rePlacedNeg.ReplaceAllString(s, "没发")
	s = rePostNegAI.ReplaceAllString(s, "没用AI")
	s = reNegAIWhat.ReplaceAllString(s, "没用AI")
	return s
}
