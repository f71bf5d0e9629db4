package knowledge

import "regexp"

// s8-o (issue 12, rp103 q20): a written year wins over a relative one.
// "去年（2024年）11月拍的" glosses 去年 with the year itself; read against
// today 去年 may be another year, and the month after the bracket was taken
// as this year's. Relative words count only when no year is written for
// them, so the gloss is folded into the written year before the date is
// parsed: "去年(2024年)11月" → "2024年11月", "2024年(去年)11月" → "2024年11月".
var (
	reRelThenYear = regexp.MustCompile(`(?:大前年|前年|去年|今年)(?:\s*\(\s*((?:20)?\d{2})年?\s*\)|[\s,:]*(?:也就是|即)?\s*(20\d{2})年)\s*`)
	reYearThenRel = regexp.MustCompile(`((?:20)?\d{2})年[\s(]*(?:也就是|即)?(?:大前年|前年|去年|今年)[\s)]*`)
)

// foldYearGloss rewrites a relative year glossed by a written one as the
// written year alone.
func foldYearGloss(q string) string {
	q = reRelThenYear.ReplaceAllString(q, "${1}${2}年")
	return reYearThenRel.ReplaceAllString(q, "${1}年")
}
