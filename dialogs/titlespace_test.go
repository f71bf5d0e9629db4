package dialogs

import (
	"testing"

	"contestbot"
)

// s8-e: a title with a space said in words (rp89 p89a).
func TestSpacedTitle(t *testing.T) {
	tu := &turn{c: &Core{season: testSeason(t)}}
	empty := &contestbot.Entry{}
	short := &contestbot.Entry{Title: "青春心向党"}
	title := slot(contestbot.FieldTitle)
	producer := slot(contestbot.FieldProducer)
	accept := []struct {
		e       *contestbot.Entry
		pending slot
		in      string
		want    string
	}{
		{empty, title, "片名叫青春心向党技能报祖国 中间有个空格 青春心向党 技能报祖国 是实景拍摄的", "片名：《青春心向党 技能报祖国》，是实景拍摄的"},
		{short, producer, "片名不对 就是青春心向党 技能报祖国 中间空一格 后面那些是我说的话", "片名改成《青春心向党 技能报祖国》"},
		{short, producer, "不是 是青春心向党空格技能报祖国 两句话", "片名改成《青春心向党 技能报祖国》"},
		{empty, title, "红船精神 薪火相传 中间有空格", "片名：《红船精神 薪火相传》"},
	}
	for _, c := range accept {
		if got, ok := tu.spacedTitle(c.e, c.in, c.pending); !ok || got != c.want {
			t.Errorf("spacedTitle(%q) = %q, %v, want %q", c.in, got, ok, c.want)
		}
	}
	reject := []struct {
		e       *contestbot.Entry
		pending slot
		in      string
	}{
		{empty, title, "青春心向党 技能报祖国"},                               // a space typed: read as usual
		{empty, title, "青春心向党技能报祖国 中间有个空格"},                         // where the space goes is not said
		{short, producer, "驻马店市驿城区职业教育中心 团委 中间有个空格"},                // another field, not the stored title
		{empty, producer, "不是 是黄河岸边空格的守望 两句话"},                      // no title stored, not about the title
		{short, slot(contestbot.FieldSynopsis), "不是 是青春心向党空格技能报祖国"}, // a free text is kept as typed
	}
	for _, c := range reject {
		if got, ok := tu.spacedTitle(c.e, c.in, c.pending); ok {
			t.Errorf("spacedTitle(%q) = %q, want none", c.in, got)
		}
	}
}
