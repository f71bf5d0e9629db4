package dialogs

import (
	"testing"
	"time"
)

// s10-b earlyfacts.go: eligibility facts stated before the form are kept;
// questions about them, other values and talk are not.
func TestStatedFacts(t *testing.T) {
	p := period{year: time.Now().Year()}
	checkReaders(t, []readerCase{{
		name:   "states a fact",
		fn:     func(s string) bool { return statedFacts(s, p) != "" },
		accept: []string{"你好，我们的片子没用AI", "我们片子没有使用AI", "片子是学校组织拍的，没在任何平台发过", "配音是AI做的"},
		reject: []string{"你好", "分类是AI生成", "我们学校有个片子", "截止时间是哪天", "片名《没有AI的日子》"},
	}})
	if got := statedFacts("你好，我们的片子没用AI", p); got != "没用AI" {
		t.Errorf("statedFacts = %q, want only the fact's clause", got)
	}
}
