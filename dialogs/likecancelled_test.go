package dialogs

import (
	"testing"

	"contestbot"
)

func TestReplacedWith(t *testing.T) {
	def := func(word string) labelDef {
		for _, d := range labelDefs {
			if d.word == word {
				return d
			}
		}
		t.Fatalf("no label %q", word)
		return labelDef{}
	}
	accept := []struct {
		word string
		want slot
	}{
		{"单位", slot(contestbot.FieldProducer)},
		{"学校", slot(contestbot.FieldProducer)},
		{"联系人", slot(contestbot.FieldPhone)},
		{"对接人", slot(contestbot.FieldPhone)},
	}
	for _, c := range accept {
		if got := replacedWith(def(c.word)); len(got) != 1 || got[0] != c.want {
			t.Errorf("replacedWith(%q) = %v, want [%s]", c.word, got, c.want)
		}
	}
	for _, w := range []string{"推荐单位", "制作单位", "片名", "电话", "联系人姓名", "主创", "时长"} {
		if got := replacedWith(def(w)); len(got) != 0 {
			t.Errorf("replacedWith(%q) = %v, want none", w, got)
		}
	}
}
