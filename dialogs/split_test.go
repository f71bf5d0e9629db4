package dialogs

import (
	"testing"

	"contestbot"
)

func TestDropSendChatter(t *testing.T) {
	accept := map[string]string{ // message → what is left
		"67201 没发完哈哈":   "67201",
		"职业技术学校 手快了🙏":   "职业技术学校",
		"没发完":           "",
		"刚手滑了😂 8826":    "8826",
		"不小心发出去了 接着是团委": "接着是团委",
	}
	reject := []string{"没发过", "还没在网上发", "没有发表过", "哈哈 好的"}
	for s, want := range accept {
		got, had := dropSendChatter(s)
		if !had || got != want {
			t.Errorf("dropSendChatter(%q) = %q, %v; want %q", s, got, had, want)
		}
	}
	for _, s := range reject {
		if _, had := dropSendChatter(s); had {
			t.Errorf("dropSendChatter(%q) found talk about sending", s)
		}
	}
}

func TestJoinPart(t *testing.T) {
	unit, phone, producer := slot(contestbot.FieldUnit), slot(contestbot.FieldPhone), slot(contestbot.FieldProducer)
	accept := []struct {
		part partValue
		msg  string
		want string
	}{
		{partValue{unit, "南阳市卧龙区"}, "职业技术学校 手快了🙏", "推荐单位：南阳市卧龙区职业技术学校"},
		{partValue{producer, "南阳市卧龙区"}, "职业技术学校团委", "制作单位：南阳市卧龙区职业技术学校团委"},
		{partValue{phone, "159388"}, "67201 没发完哈哈", "电话：15938867201"},
	}
	reject := []struct {
		part partValue
		msg  string
	}{
		{partValue{unit, "南阳市卧龙区"}, "南阳市卧龙区职业技术学校"}, // typed again in full
		{partValue{unit, "南阳市卧龙区"}, "截止时间是哪天"},
		{partValue{phone, "159388"}, "李思源"},
		{partValue{unit, "南阳市卧龙区"}, "《星火少年说》"},
		{partValue{unit, "南阳市卧龙区"}, "新乡职业技术学院"},      // another full name
		{partValue{phone, "1383827"}, "13838271546"}, // the whole number typed again
	}
	for _, c := range accept {
		tr := &turn{st: &state{Part: &c.part}}
		got, done, _ := tr.joinPart(c.msg)
		if done || got != c.want {
			t.Errorf("joinPart(%v, %q) = %q, %v; want %q", c.part, c.msg, got, done, c.want)
		}
		if tr.st.Part != nil {
			t.Errorf("joinPart(%v, %q) kept the part", c.part, c.msg)
		}
	}
	for _, c := range reject {
		tr := &turn{st: &state{Part: &c.part}}
		if got, _, _ := tr.joinPart(c.msg); got != c.msg {
			t.Errorf("joinPart(%v, %q) = %q; want the message unchanged", c.part, c.msg, got)
		}
	}
}

func TestFindPhoneNeverCutsARun(t *testing.T) {
	accept := map[string]string{"电话15938867201": "15938867201", "李思源 159 3886 7201": "15938867201", "0371-69691670": "037169691670"}
	reject := []string{"138382767201", "电话：1593886720123", "11383827672"}
	for s, want := range accept {
		if p, _, ok := findPhone(s); !ok || p != want {
			t.Errorf("findPhone(%q) = %q, %v; want %q", s, p, ok, want)
		}
	}
	for _, s := range reject {
		if p, _, ok := findPhone(s); ok {
			t.Errorf("findPhone(%q) = %q; want none", s, p)
		}
	}
}
