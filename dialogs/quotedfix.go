package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s7-o (round 18, rp87 p87b): "等下，片名中间有个空格，是“小红船 大航程”" stored
// 《中间有个空格》. A field named, a remark about it, then 是 and a quoted
// value: the quoted value is the field's new value; the remark before it
// ("中间有个空格", "少了个字", "打错了") is never the value.

// reQuotedAfterRemark is a field's label and a remark without quotes or 是
// (group 1), and the quoted value after 是 (groups 2 to 5).
var reQuotedAfterRemark = regexp.MustCompile(`^(?:等下|等一下|等等|稍等|对了|哦|噢|呃|额|哎|不对|不好意思)*[，,。\s]*(\p{Han}[^“”"「」《》是：:]{2,28}?)[，,。\s]*(?:应该|其实|正确的|准确的说|完整的)?是[：:]?(?:“([^”]{1,80})”|"([^"]{1,80})"|「([^」]{1,80})」|《([^》]{1,80})》)[。.！!]?$`)

// quotedAfterRemark rewrites such a message as "label：value", and returns
// s unchanged otherwise.
func quotedAfterRemark(s string) string {
	m := reQuotedAfterRemark.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return s
	}
	// The label is the longest start of the head that names a field, and
	// something must follow it: the remark.
	head := []rune(m[1])
	label, f := "", slot("")
	for n := min(len(head)-1, 8); n >= 2 && f == ""; n-- {
		label, f = string(head[:n]), exactLabelIn(string(head[:n]))
	}
	if f == "" {
		return s
	}
	v := m[2] + m[3] + m[4] + m[5]
	if strings.TrimSpace(v) == "" {
		return s
	}
	if f == slot(contestbot.FieldTitle) {
		v = "《" + strings.Trim(v, "《》") + "》"
	}
	return label + "：" + v
}
