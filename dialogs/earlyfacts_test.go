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

// s10-b bubbles.go: the answer to a full-name question with its lead words
// is the name; a name alone stays; talk is no name.
func TestFullNameAnswer(t *testing.T) {
	for in, want := range map[string]string{
		"全名王振华": "王振华", "叫王振华": "王振华", "他叫王振华": "王振华", "王书记全名王振华": "王振华",
		"名字是王丽。": "王丽", "王振华": "王振华", "王丽吧": "王丽",
	} {
		if got := fullNameAnswer(in); got != want || !isRealName(got) {
			t.Errorf("fullNameAnswer(%q) = %q, want %q", in, got, want)
		}
	}
	for _, s := range []string{"等下我问问", "叫什么来着", "全名", "13903721586"} {
		if n := fullNameAnswer(s); isRealName(n) {
			t.Errorf("fullNameAnswer(%q) = %q, read as a name", s, n)
		}
	}
}
