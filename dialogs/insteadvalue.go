package dialogs

import (
	"regexp"
	"strings"
)

// s12-m (round 33, rp156): "编导不能写小陈。。。写陈静" at the summary was
// refused as the name "不能写陈静". A value refused and a value given in its
// place ("不能写X 写Y", "别写X 写Y", "X不行 写Y", "不要填X，填Y") sets Y:
// the refused X is never part of the value.

var reInsteadValue = regexp.MustCompile(`^(?:(?:不能|不要|不用|别|不)(?:写|填|用|记)(?:成|作)?\s*[^，,。.…、\s]{1,12}?|[^，,。.…、\s]{1,12}?(?:不行|不对|不可以|不中|不合适))(?:吧|啊|呀)?[，,。.…、\s]*(?:要|得|应该|就|还是)?(?:写|填|用|改成|换成|写成|是)\s*([^，,。.…、\s].*)$`)

// insteadValue is Y of "不能写X 写Y", or s unchanged when s is not that shape.
func insteadValue(s string) string {
	m := reInsteadValue.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return s
	}
	y := strings.Trim(m[1], "，,。.…、 ")
	if y == "" || strings.HasPrefix(y, "不") || strings.HasPrefix(y, "了") {
		return s // "我不行 写不了": no value given
	}
	return y
}
