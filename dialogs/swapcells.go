package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-n (issue #10, round 21, rp102 p102a): a 汇总表 row pasted from a sheet
// whose column order differs from the header had 时长 text in the 制作单位
// column and the reverse; neither was stored. Cells are sorted by
// plausibility: when a cell fails its column's check and fits another
// column whose cell fails there and fits this one, the two are swapped. A
// duration parses as one; an organisation looks like one; a phone parses;
// a person is a name.

// cellFits reports whether v plausibly fills column s; known is false for
// columns with no check here (titles and free texts fit anything).
func cellFits(s slot, v string) (fits, known bool) {
	v = strings.TrimSpace(v)
	switch contestbot.Field(s) {
	case contestbot.FieldDuration:
		_, ok := findDuration(v)
		return ok && !isOrg(v), true
	case contestbot.FieldUnit, contestbot.FieldProducer:
		return isOrg(v), true
	case contestbot.FieldPhone:
		_, _, ok := findPhone(v)
		return ok, true
	case contestbot.FieldContact:
		return plausiblePerson(v) && !isOrg(v), true
	}
	return false, false
}

// sortSwappedCells swaps pairs of cells that each fit the other's column
// and not their own; other cells stay.
func sortSwappedCells(head, vals []string) []string {
	out := append([]string(nil), vals...)
	for i := range head {
		si := labelSlot(strings.TrimSpace(head[i]))
		if si == "" || i >= len(out) {
			continue
		}
		if fit, known := cellFits(si, out[i]); !known || fit || strings.TrimSpace(out[i]) == "" {
			continue
		}
		for j := i + 1; j < len(head) && j < len(out); j++ {
			sj := labelSlot(strings.TrimSpace(head[j]))
			if sj == "" || sj == si {
				continue
			}
			ownJ, knownJ := cellFits(sj, out[j])
			iThere, _ := cellFits(sj, out[i])
			jHere, _ := cellFits(si, out[j])
			if knownJ && !ownJ && iThere && jHere {
				out[i], out[j] = out[j], out[i]
				break
			}
		}
	}
	return out
}

// reValueIsLabel is a value said before its label: "2分48秒是时长",
// "13837245816是电话". Only values that parse as their field's kind.
var reValueIsLabel = regexp.MustCompile(`((?:\d+|[一二两三四五六七八九十]+)\s*分(?:钟)?\s*(?:\d+|[一二两三四五六七八九十]+)?\s*秒?|\d+\s*秒|1\d{10})\s*(?:就|才)?是\s*(?:作品|片子|视频)?(时长|联系电话|电话|手机号?)`)

// valueBeforeLabel rewrites "2分48秒是时长" as "时长：2分48秒" when the value
// fits the field (s8-n, rp102 p102a).
func valueBeforeLabel(s string) string {
	return reValueIsLabel.ReplaceAllStringFunc(s, func(m string) string {
		sub := reValueIsLabel.FindStringSubmatch(m)
		v, l := strings.TrimSpace(sub[1]), sub[2]
		f := slot(contestbot.FieldDuration)
		if l != "时长" {
			f = slot(contestbot.FieldPhone)
		}
		if fit, _ := cellFits(f, v); !fit {
			return m
		}
		return " " + f.label() + "：" + v + " "
	})
}
