package dialogs

import (
	"encoding/json"
	"strings"
	"testing"

	"contestbot"
)

// restoreTurn is a turn at the summary of a draft whose title and then
// 摘要 were changed.
func restoreTurn(t *testing.T) (*turn, *contestbot.Entry) {
	t.Helper()
	tr, e := fixTurn(t)
	e.ID = 1
	e.Synopsis = "本片从我校专题党课录像中剪辑而成，讲述老党员周德山治沙造林的往事。"
	e.Summary = "二岁老党员周德山走进课堂。"
	tr.entries = []*contestbot.Entry{e}
	js := func(s string) json.RawMessage { b, _ := json.Marshal(s); return b }
	tr.st = &state{Mode: modeForm, EntryID: 1, Pending: slot(contestbot.FieldCopyright), Edits: []fieldEdit{
		{EntryID: 1, Field: "Title", Old: js("红旗渠"), New: js("红旗渠畔")},
		{EntryID: 1, Field: "Summary", Old: js("八十二岁老党员周德山走进课堂。"), New: js("二岁老党员周德山走进课堂。")},
	}}
	return tr, e
}

// TestRestoreAsked (s11-d, rp137): "改回来" and its kind restore the value
// the last change replaced in the field named (in the restore clause or
// before it), else in the field changed last; questions about restoring,
// other restores (提醒, a withdrawn work) and refusals restore nothing.
func TestRestoreAsked(t *testing.T) {
	reject := []string{
		"恢复提醒",
		"恢复《红旗渠畔》",
		"摘要能改回来吗",
		"怎么改回来",
		"改回来行不行",
		"不用改回来",
		"摘要别改回去了",
		"撤销报名",
		"摘要开头俩字不要",
		"片名改成红旗渠边的思政课",
		"用AI还原八路军驻洛办事处的历史场景，与学生党员义务讲解的实拍画面交织。",
		"摘要的话 用AI还原八路军驻洛办事处的历史场景，展现红色血脉的青春接力。",
		"影片把老党员治沙造林的往事还原出来，教育师生传承初心",
	}
	for _, s := range reject {
		tr, e := restoreTurn(t)
		if out, ok := tr.restoreAsked(s); ok {
			t.Errorf("restoreAsked(%q) = %q, true; want false", s, out)
		}
		if e.Summary != "二岁老党员周德山走进课堂。" || e.Title != "红旗渠畔" {
			t.Errorf("restoreAsked(%q) changed the entry: %q %q", s, e.Title, e.Summary)
		}
	}
	accept := []struct{ in, title, summary string }{
		{"弄错了 不是摘要 摘要原来那个是对哩 八十二岁老党员 恁给改回来", "红旗渠畔", "八十二岁老党员周德山走进课堂。"},
		{"改回来", "红旗渠畔", "八十二岁老党员周德山走进课堂。"},
		{"撤销刚才的修改", "红旗渠畔", "八十二岁老党员周德山走进课堂。"},
		{"摘要还原一下", "红旗渠畔", "八十二岁老党员周德山走进课堂。"},
		{"片名改回原来的吧", "红旗渠", "二岁老党员周德山走进课堂。"},
		{"不是片名 片名原来那个是对的 给改回去", "红旗渠", "二岁老党员周德山走进课堂。"},
		{"片名恢复成原来的", "红旗渠", "二岁老党员周德山走进课堂。"},
	}
	for _, c := range accept {
		tr, e := restoreTurn(t)
		out, ok := tr.restoreAsked(c.in)
		if !ok || e.Title != c.title || e.Summary != c.summary || !strings.Contains(out, "改回原来的") {
			t.Errorf("restoreAsked(%q) = %q, %v; title %q summary %q, want %q %q", c.in, out, ok, e.Title, e.Summary, c.title, c.summary)
		}
	}
	// A field with no change recorded is shown, and nothing changes.
	tr, e := restoreTurn(t)
	if out, ok := tr.restoreAsked("简介改回来"); !ok || !strings.Contains(out, "没有可以改回的") || e.Synopsis == "" {
		t.Errorf("restoreAsked(简介改回来) = %q, %v; want nothing to restore", out, ok)
	}
}

// TestNamedBeforePosition (s11-d, rp137): the characters named before a
// position and a count are the words to remove; a field's label there
// names the field instead.
func TestNamedBeforePosition(t *testing.T) {
	accept := map[string]string{"检阶那开头俩字": "检阶", "嗯嗯开头俩字": "嗯嗯", "把就是前面俩字": "就是", "那个最前头俩字": "那个"}
	for in, want := range accept {
		if got := namedBeforePosition(in); got != want {
			t.Errorf("namedBeforePosition(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"简介开头俩字", "摘要那开头俩字", "开头俩字", "内容简介最前头俩字", "片名后面俩字"} {
		if got := namedBeforePosition(in); got != "" {
			t.Errorf("namedBeforePosition(%q) = %q, want none", in, got)
		}
	}
	rm, ok := readRemoval("检阶那开头俩字不要 那是俺说哩简介俩字 给它删了")
	if !ok || rm.words != "检阶" || !rm.front {
		t.Errorf("readRemoval(检阶那开头俩字不要…) = %+v, %v; want the words 检阶 at the front", rm, ok)
	}
	rm, ok = readRemoval("检阶那开头三个字不要")
	if !ok || rm.words != "" || rm.count != 3 {
		t.Errorf("readRemoval(检阶那开头三个字不要) = %+v, %v; want three characters counted", rm, ok)
	}
	rm, ok = readRemoval("简介开头俩字不要")
	if !ok || rm.words != "" || rm.count != 2 || rm.field != slot(contestbot.FieldSynopsis) {
		t.Errorf("readRemoval(简介开头俩字不要) = %+v, %v; want two characters of the 简介", rm, ok)
	}
}
