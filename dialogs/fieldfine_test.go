package dialogs

import (
	"testing"

	"contestbot"
)

// TestFieldFine: a label followed by an assessment says the field is right
// as it stands; it is no value ("片名没问题 就是监制写错了" stored 《没问题 就是》).
func TestFieldFine(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "reFieldFine",
		fn:     reFieldFine.MatchString,
		accept: []string{"没问题", "没问题 就是", "对的", "是对的", "没错，但是", "不用改", "都对", "可以的", "没毛病", "对着呢"},
		reject: []string{"没问题的一天", "李刚", "对的人", "不用改的青春", "《没问题》", "改成李刚", "写错了 是李刚"},
	}})
	ex := extract("片名没问题 就是监制写错了 是李刚")
	if len(ex.fine) != 1 || ex.fine[0] != slot(contestbot.FieldTitle) {
		t.Errorf("fine = %v, want the title", ex.fine)
	}
	for _, a := range ex.values {
		if a.slot == slot(contestbot.FieldTitle) {
			t.Errorf("title value %q stored from an assessment", a.raw)
		}
	}
}
