package dialogs

import (
	"strings"

	"contestbot"
)

// s8-f (issue #10, round 19, rp89 p89b): "制作单位写俺学院党委组织部 周口职业技术
// 学院党委组织部 实景拍的" names the unit in own words, then restates it in
// full, then gives the category. It was answered as a question about the
// 制作单位 and nothing was stored. The values after the unit with only
// spaces between are read on their own (as after a title, peelValues), and
// of a unit said twice the full name without 俺/我们 is kept.

// orgRestated rewrites a message that labels one unit value made of such
// parts into "label：unit，more values"; s is unchanged otherwise.
func (t *turn) orgRestated(s string) string {
	ex := extract(s)
	if !ex.labelled || ex.firstLabel != 0 || len(ex.values) != 1 || len(ex.leftover) != 0 {
		return s
	}
	v := ex.values[0]
	if v.slot != slot(contestbot.FieldUnit) && v.slot != slot(contestbot.FieldProducer) || !strings.Contains(strings.TrimSpace(v.raw), " ") {
		return s
	}
	raw, more := peelValues(t.c.season, strings.TrimSpace(v.raw))
	if parts := strings.Fields(raw); len(parts) == 2 && containsAny(parts[0], "俺", "我", "咱", "本") && !containsAny(parts[1], "俺", "我", "咱", "本") && isOrg(parts[1]) {
		raw = parts[1]
	}
	if raw == strings.TrimSpace(v.raw) {
		return s
	}
	return strings.Join(append([]string{v.slot.label() + "：" + raw}, more...), "，")
}
