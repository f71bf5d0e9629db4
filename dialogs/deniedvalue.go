package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-h (issue #10, round 24, rp114 p114a): a correction may give only the
// denied value and the new one, without the field: "不是两分五十 是两分十五".
// The field is the one whose value is the denied one; the message is a
// change of it ("时长改成两分十五"), never a question about a video.

// reDenied is "不是X，是Y" (also "不对 不是X 应该是Y", "不是X而是Y").
var reDenied = regexp.MustCompile(`^(?:不对|错了|说错了)?[，,。\s]*(?:不是|并非)\s*([^，,。\s]+?)[，,。\s]*(?:而是|应该是|应为|是)\s*([^，,。\s]+?)[。！!～~]*$`)

// deniedValue rewrites a "不是X，是Y" with no label as a change of the
// field of the current entry whose value is X; s is returned unchanged
// when no field, or more than one, holds X.
func (t *turn) deniedValue(s string) string {
	e := t.current()
	if e == nil {
		return s
	}
	m := reDenied.FindStringSubmatch(strings.TrimSpace(contestbot.NormalizeWidth(s)))
	if m == nil || extract(s).labelled {
		return s
	}
	f, ok := fieldHolding(e, m[1])
	if !ok {
		return s
	}
	return slot(f).label() + "改成" + m[2]
}

// fieldHolding finds the one field of e whose value is w: a duration said
// in any form, or a text value written the same (《》 and spaces aside).
func fieldHolding(e *contestbot.Entry, w string) (contestbot.Field, bool) {
	var found []contestbot.Field
	if secs, ok := findAnyDuration(w); ok && e.DurationSeconds > 0 && secs == e.DurationSeconds {
		found = append(found, contestbot.FieldDuration)
	}
	plain := func(v string) string {
		return strings.Trim(strings.Join(strings.Fields(v), ""), "《》“”\"")
	}
	for f, v := range map[contestbot.Field]string{
		contestbot.FieldUnit: e.Unit, contestbot.FieldTitle: e.Title, contestbot.FieldProducer: e.Producer,
		contestbot.FieldContact: e.Contact, contestbot.FieldPhone: e.Phone,
	} {
		if v != "" && plain(v) == plain(w) {
			found = append(found, f)
		}
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}
