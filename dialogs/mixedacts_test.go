package dialogs

import (
	"testing"

	"contestbot"
)

// s7-g: a complaint that a value was given already is dropped from around
// the value given again; the number after a contact's name is kept.
func TestMixedValueTalk(t *testing.T) {
	phone := slot(contestbot.FieldPhone)
	checkReaders(t, []readerCase{{
		name:   "dropSaidAround",
		fn:     func(s string) bool { return dropSaidAround(s, phone) != s },
		accept: []string{"刚不是发了吗 13837512468", "我不是说过了吗，13837512468", "13837512468 刚才说过了", "已经发过了 13837512468", "刚刚说了呀 0371-69691670"},
		reject: []string{"刚不是发了吗", "13837512468", "我说了算", "刚才说了吗 电话是多少？", "说过了"},
	}, {
		name:   "phoneClause",
		fn:     phoneClause,
		accept: []string{"13837512468", "0371-69691670", "13837512468。"},
		reject: []string{"蔡志远", "13837512468 蔡志远", "2分48秒", ""},
	}})
	if got := dropSaidAround("刚不是发了吗 13837512468", phone); got != "13837512468" {
		t.Errorf("dropSaidAround = %q", got)
	}
	if got := dropSaidAround("刚才说过了 这是简介", slot(contestbot.FieldSynopsis)); got != "刚才说过了 这是简介" {
		t.Errorf("free text changed: %q", got)
	}
}
