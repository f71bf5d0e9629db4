package dialogs

import (
	"regexp"
	"strings"
)

// s9-d (rp113 F3): "分类怎么选？我们是实景拍摄加了一点动画" asks which category
// a work of two kinds belongs to. The kinds it names describe the work the
// question is about; the user chose none of them, so none is recorded.

// categoryKinds are the words that name each kind of work, loosely.
var categoryKinds = []*regexp.Regexp{
	regexp.MustCompile(`实景|实拍|拍摄|真人`),
	regexp.MustCompile(`动画|动漫|手绘|MG`),
	regexp.MustCompile(`(?i)AI|人工智能`),
	regexp.MustCompile(`切片|剪的素材|混剪`),
}

// mixedKinds reports whether s names two or more kinds of work: a
// description of a mixed work, not a choice.
func mixedKinds(s string) bool {
	n := 0
	for _, re := range categoryKinds {
		if re.MatchString(strings.ToUpper(s)) {
			n++
		}
	}
	return n >= 2
}
