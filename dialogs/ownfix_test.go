package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// s10-d ownfix.go: corrections in own words of a character or a name.

func TestCharDesc(t *testing.T) {
	accept := map[string]rune{
		"沙颍河的颍": '颍', "远近的远": '远', "海洋嘞洋": '洋', "太阳嘞阳": '阳', "是沙颍河的颍": '颍',
		"三点水那个洋": '洋', "草字头的": 0, "下面是水那个": 0, "白勺的": 0, "不是太阳的阳": '阳',
	}
	for s, want := range accept {
		if r, ok := charDesc(s); !ok || r != want {
			t.Errorf("charDesc(%q) = %q, %v; want %q", s, r, ok, want)
		}
	}
	for _, s := range []string{"我们的党", "老支书的新账本", "党员的", "沙颍河畔的守望者", "红色的记忆", "张三的"} {
		if r, ok := charDesc(s); ok {
			t.Errorf("charDesc(%q) = %q; want no description", s, r)
		}
	}
}

func TestReadCharFix(t *testing.T) {
	accept := []struct {
		in      string
		nw, old rune
	}{
		{"片名打错一个字 是沙颍河的颍 下面是水那个 不是颖", '颍', '颖'},
		{"颖字打错了应该是颍", '颍', '颖'},
		{"颖字打错了，应该是沙颍河的颍", '颍', '颖'},
		{"三点水那个洋 不是太阳的阳", '洋', '阳'},
		{"那个刘洋是三点水那个洋 不是太阳嘞阳", '洋', '阳'},
		{"片名错了一个字 是远近的远", '远', 0},
	}
	for _, c := range accept {
		f, ok := readCharFix(c.in)
		if !ok || f.nw != c.nw || f.old != c.old {
			t.Errorf("readCharFix(%q) = %q/%q, %v; want %q/%q", c.in, f.nw, f.old, ok, c.nw, c.old)
		}
	}
	for _, s := range []string{
		"片名改成沙颍河畔的守望者",
		"不对 片名是 沙颍河畔的守望者 就改那一个字",
		"讲述老党员扎根沙颍河的故事，不是虚构的",
		"远近的远", // a description alone corrects nothing
		"陈思源名字写错了，是陈思远",
		"不是小李。。。写大名。李想",
	} {
		if f, ok := readCharFix(s); ok {
			t.Errorf("readCharFix(%q) = %q/%q; want no character fix", s, f.nw, f.old)
		}
	}
}

func TestReadPersonRename(t *testing.T) {
	e := &contestbot.Entry{Contact: "孙雅琴", Title: "一张工单的温度", Creators: contestbot.Creators{
		Supervisor: "周卫东", Director: "孙雅琴", Writer: "郭敏", Camera: "陈思源、小李", Editor: "马晓峰、陈思源、刘阳"}}
	accept := []struct{ in, old, nw string }{
		{"陈思源名字写错了，是陈思远（远近的远）", "陈思源", "陈思远"},
		{"陈思源名字写错了，是陈思远", "陈思源", "陈思远"},
		{"不是陈思源是陈思远", "陈思源", "陈思远"},
		{"不是小李 写大名 李想", "小李", "李想"},
		{"小李大名李想", "小李", "李想"},
		{"俺是说摄影跟剪辑那个人名字写错了 应该是刘洋 海洋嘞洋", "刘阳", "刘洋"},
		{"人名字写错了 应该是陈思远", "陈思源", "陈思远"},
	}
	for _, c := range accept {
		old, nw, ok := readPersonRename(e, c.in)
		if !ok || old != c.old || nw != c.nw {
			t.Errorf("readPersonRename(%q) = %q→%q, %v; want %q→%q", c.in, old, nw, ok, c.old, c.nw)
		}
	}
	for _, s := range []string{
		"监制无 编导孙雅琴 撰稿孙雅琴 摄影剪辑都是小李 大名李想", // a list: 孙雅琴 is no one corrected
		"摄影改成李想",          // a plain change: the usual readers
		"片名不是陈思源是一张工单的温度", // the title's
		"名字写错了 应该是王强",     // nobody stored reads like 王强
		"不是小李 王强",         // another person, not 小李's full name
		"陈思源老师拍得很好，剪辑也是他",
	} {
		if old, nw, ok := readPersonRename(e, s); ok {
			t.Errorf("readPersonRename(%q) = %q→%q; want none", s, old, nw)
		}
	}
}

func TestRenameLines(t *testing.T) {
	e := &contestbot.Entry{Contact: "陈思源", Creators: contestbot.Creators{Camera: "陈思源", Editor: "马晓峰、陈思源", Writer: "郭敏"}}
	got := renameLines(e, "陈思源", "陈思远", nil)
	want := "联系人：陈思远，摄影：陈思远，剪辑(制作)：马晓峰、陈思远"
	if got != want {
		t.Errorf("renameLines = %q; want %q", got, want)
	}
	if got := renameLines(e, "陈思源", "陈思远", []slot{slotCamera}); got != "摄影：陈思远" {
		t.Errorf("renameLines(only 摄影) = %q", got)
	}
}

func TestTitleChatTailOff(t *testing.T) {
	for in, want := range map[string]string{
		"茶山上的党员书记～":   "茶山上的党员书记",
		"茶山上的党员书记~~":  "茶山上的党员书记",
		"《茶山上的党员书记～》": "《茶山上的党员书记》",
		"茶山上的党员书记哈哈":  "茶山上的党员书记",
		"茶山上的党员书记hhh": "茶山上的党员书记",
	} {
		if got := titleChatTailOff(in); got != want {
			t.Errorf("titleChatTailOff(%q) = %q; want %q", in, got, want)
		}
	}
	for _, in := range []string{"茶山～上的党员书记", "哈哈镜里的青春", "笑哈", "～", "初心如磐"} {
		if got := titleChatTailOff(in); got != in {
			t.Errorf("titleChatTailOff(%q) = %q; want it kept", in, got)
		}
	}
}

func TestResendLeadOff(t *testing.T) {
	for in, want := range map[string]string{
		"怎么只有一半 后面的没了 重发一下：本片从我校党课录像中剪辑而成。": "本片从我校党课录像中剪辑而成。",
		"重新发：本片讲述老党员的故事。":                   "本片讲述老党员的故事。",
		"完整的是：本片讲述老党员的故事。":                  "本片讲述老党员的故事。",
	} {
		if got := resendLeadOff(in); got != want {
			t.Errorf("resendLeadOff(%q) = %q; want %q", in, got, want)
		}
	}
	for _, in := range []string{
		"本片分三部分：开头、中间、结尾，讲述老党员的故事。",
		"老支书说：日子一半靠干一半靠盼。",
		"重发一下",
		"影片讲述了“一半是海水”的故事：老党员的坚守。",
	} {
		if got := resendLeadOff(in); got != in {
			t.Errorf("resendLeadOff(%q) = %q; want it kept", in, got)
		}
	}
}

func TestNicknamesOff(t *testing.T) {
	for in, want := range map[string]string{
		"小李 李想":    "李想",
		"小李 大名李想":  "李想",
		"小李，大名叫李想": "李想",
		"老王，全名王建军": "王建军",
		"小李、李想、王强": "李想、王强",
	} {
		if got := nicknamesOff(in); got != want {
			t.Errorf("nicknamesOff(%q) = %q; want %q", in, got, want)
		}
	}
	for _, in := range []string{"小李、王强", "小李 王想", "小李", "李想、小李"} {
		if got := nicknamesOff(in); got != in {
			t.Errorf("nicknamesOff(%q) = %q; want it kept", in, got)
		}
	}
}

func TestMarkNamesQuoted(t *testing.T) {
	rm, ok := readRemoval("哈哈哈片名后面那个波浪号不要😂")
	if !ok || rm.words != "～" || rm.field != slot(contestbot.FieldTitle) {
		t.Errorf("readRemoval(波浪号) = %+v, %v; want ～ from 片名", rm, ok)
	}
	for _, s := range []string{"片名后面加个波浪号", "波浪号是什么意思", "句号要不要加"} {
		if got := markNamesQuoted(s); got != s && !strings.Contains(s, "不要") {
			t.Errorf("markNamesQuoted(%q) = %q; want it kept", s, got)
		}
	}
}

func TestPhoneTailFixOwnWords(t *testing.T) {
	tr := &turn{st: &state{Mode: modeForm}}
	e := &contestbot.Entry{Phone: "13703781256"}
	for _, in := range []string{"哎。。。刚才电话号码写错了。。。后两位是65。不是56", "最后两位65不是56", "尾号改成65", "电话后两位是65", "电话号码写错了 后两位65"} {
		if v, ask, ok := tr.phoneDigitFix(e, in); !ok || v != "联系电话：13703781265" || ask != "" {
			t.Errorf("phoneDigitFix(%q) = %q, %q, %v; want 13703781265", in, v, ask, ok)
		}
	}
	if v, ask, ok := tr.phoneDigitFix(e, "最后两位65不是57"); !ok || v != "" || !strings.Contains(ask, "是56，不是57") {
		t.Errorf("phoneDigitFix(old digits wrong) = %q, %q, %v; want a question", v, ask, ok)
	}
	for _, in := range []string{"哎。。。刚才那个片名写错了", "刚才说的两位老师都是摄影", "最后两位老师是摄影", "后两位是单位作品"} {
		if v, ask, ok := tr.phoneDigitFix(e, in); ok {
			t.Errorf("phoneDigitFix(%q) = %q, %q; want no phone fix", in, v, ask)
		}
	}
}

// TestOwnFixes: the whole message, or each of its sentences, becomes
// labelled values; a message that corrects nothing comes back unchanged.
func TestOwnFixes(t *testing.T) {
	tr := &turn{st: &state{Mode: modeForm}}
	e := &contestbot.Entry{Unit: "南阳农业职业学院", Title: "沙颖河畔的守望者", Contact: "吕晓燕", Creators: contestbot.Creators{
		Supervisor: "吕老师", Camera: "刘阳、陈思源", Editor: "刘阳"}}
	accept := map[string]string{
		"片名打错一个字 是沙颍河的颍 下面是水那个 不是颖":            "片名：沙颍河畔的守望者",
		"那个刘洋是三点水那个洋 不是太阳嘞阳":                   "摄影：刘洋、陈思源，剪辑(制作)：刘洋",
		"时长应该是2分15秒；陈思源名字写错了，是陈思远（远近的远）；撰稿写无。": "时长应该是2分15秒;摄影：刘阳、陈思远；撰稿写无。",
	}
	for in, want := range accept {
		if got, ask := tr.ownFixes(e, in); got != want || ask != "" {
			t.Errorf("ownFixes(%q) = %q, %q; want %q", in, got, ask, want)
		}
	}
	for _, in := range []string{"监制那个也写全名吧 吕晓燕", "张建国 弓长张 建设哩建 国家哩国 俺再问一下 片子时长2分45秒 超过三分钟是不是就不中了", "片名改成《黄河》", "远近的远"} {
		if got, ask := tr.ownFixes(e, in); got != in || ask != "" {
			t.Errorf("ownFixes(%q) = %q, %q; want it unchanged", in, got, ask)
		}
	}
	if got, ask := tr.ownFixes(e, "阳字打错了应该是洋"); !strings.Contains(ask, "有几项都含“阳”") {
		t.Errorf("ownFixes(two fields hold 阳) = %q, %q; want a question", got, ask)
	}
}
