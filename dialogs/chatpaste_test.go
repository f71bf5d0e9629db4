package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

func testPasteSeason() *contestbot.Season {
	return &contestbot.Season{Categories: []string{"实景拍摄", "动画制作", "AI生成", "视频切片", "其他"},
		CategoryWords: map[string][]string{"实景拍摄": {"实拍", "实景"}}}
}

// TestLeadOnly: a bubble that only names a field leads in to it; one with
// a value, a question or a yes/no item does not.
func TestLeadOnly(t *testing.T) {
	accept := map[string]slot{
		"电话是":        slot(contestbot.FieldPhone),
		"简介是：":       slot(contestbot.FieldSynopsis),
		"简介是：😊":      slot(contestbot.FieldSynopsis),
		"片名叫":        slot(contestbot.FieldTitle),
		"主创是这几个人：":   slotCreators,
		"那个 联系电话是":   slot(contestbot.FieldPhone),
		"摘要如下：":      slot(contestbot.FieldSummary),
		"我们的片名是":     slot(contestbot.FieldTitle),
		"监制是":        slotSupervisor,
		"内容简介：":      slot(contestbot.FieldSynopsis),
		"片子叫":        slot(contestbot.FieldTitle),
		"主创人员有这几个人：": slotCreators,
	}
	for s, want := range accept {
		if got, ok := leadOnly(s); !ok || got != want {
			t.Errorf("leadOnly(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{
		"电话是13800000000", "简介是啥", "简介写多长？", "电话", "简介", "片名叫初心", "电话是多少", "监制是王伟",
		"是否单位作品：", "著作权声明：", "联系人写我们老师", "简介我下午发你", "就这些",
	} {
		if got, ok := leadOnly(s); ok {
			t.Errorf("leadOnly(%q) = %q; want none", s, got)
		}
	}
}

// TestClosing: a bubble that only ends a value; anything with a value or
// a question is not one.
func TestClosing(t *testing.T) {
	for _, s := range []string{"就这些", "完了", "就这么多", "发完了", "发完了～", "好了 就这些", "好的😊就这些啦", "以上", "就这些哈", "我发完了"} {
		if !closing(s) {
			t.Errorf("closing(%q) = false", s)
		}
	}
	for _, s := range []string{"就这些吗？", "完了吗", "这些就是全部主创吗", "王伟", "就这些人：王伟", "完成时间2025年", "同简介", "没了"} {
		if closing(s) {
			t.Errorf("closing(%q) = true", s)
		}
	}
}

// TestTextGoesOn: a free text cut mid-clause, and "后面还有半句：…".
func TestTextGoesOn(t *testing.T) {
	for _, s := range []string{"讲述老党员的故事，", "带领学生、", "通过她带着学生志愿者走街串巷，", "影片讲述了学院和", "讲述老党员带着"} {
		if !openEnded(s) {
			t.Errorf("openEnded(%q) = false", s)
		}
	}
	for _, s := range []string{"讲述老党员的故事。", "讲述老党员的故事", "展现初心与担当！", "带动学生共同参与", "推动党史教育普及", "展现青年的责任与作为", "坚守初心的"} {
		if openEnded(s) {
			t.Errorf("openEnded(%q) = true", s)
		}
	}
	goes := map[string]string{
		"还没发完呢，后面还有半句：以小切口展现先锋作用。": "以小切口展现先锋作用。",
		"后面还有半句：以小切口展现先锋作用。":       "以小切口展现先锋作用。",
		"下半句：展现初心。":                "展现初心。",
		"接上：展现初心。":                 "展现初心。",
	}
	for s, want := range goes {
		if got, ok := goesOn(s); !ok || got != want {
			t.Errorf("goesOn(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{"后面还有半句", "以小切口展现先锋作用。", "还有一个片子", "后面还有吗？"} {
		if got, ok := goesOn(s); ok {
			t.Errorf("goesOn(%q) = %q; want none", s, got)
		}
	}
	part := &partValue{Slot: slot(contestbot.FieldSynopsis), Text: "讲述老党员的故事，"}
	if got, ok := joinText(part, "展现初心与担当。"); !ok || got != "内容简介：讲述老党员的故事，展现初心与担当。" {
		t.Errorf("joinText = %q, %v", got, ok)
	}
	for _, s := range []string{"同简介", "简介写多长？", "就这些", "联系人王伟", "是"} {
		if got, ok := joinText(part, s); ok {
			t.Errorf("joinText(%q) = %q; want none", s, got)
		}
	}
}

const rp46Paste = `王书记 10:32
建国，那个省里党员教育短视频的比赛你给报一下
王书记 10:33
片子叫《红旗渠畔的思政课》，组织部牵头拍的，制作单位就写党委组织部
王书记 10:35
时长3分钟整，实景拍的
王书记 10:36
主创：监制写我，导演刘洋、张晓敏，摄影李韬，剪辑孙浩然
尚建国 10:40
好的书记，联系人写谁？
王书记 10:41
写你吧，电话留你的
王书记 10:42
简介我下午发你
王书记 10:45
周五党委会材料别忘了，另一个片子回头再说
尚建国 10:46
收到`

// TestReadChatPaste: speaker lines, errands and promises are never values;
// 我 and 你 are the speakers; a story line is the 简介.
func TestReadChatPaste(t *testing.T) {
	season := testPasteSeason()
	p, ok := readChatPaste(rp46Paste, season, false)
	if !ok {
		t.Fatal("rp46 paste not read as a chat")
	}
	for _, w := range []string{"我要报名", "《红旗渠畔的思政课》", "制作单位就写党委组织部", "时长3分钟整", "实景拍的", "导演刘洋、张晓敏", "剪辑孙浩然", "联系人：尚建国"} {
		if !strings.Contains(p.text, w) {
			t.Errorf("paste text %q lacks %q", p.text, w)
		}
	}
	for _, w := range []string{"王书记", "10:", "尚建国 ", "周五", "回头再说", "收到", "简介", "监制", "电话", "组织部牵头"} {
		if strings.Contains(p.text, w) {
			t.Errorf("paste text %q has %q", p.text, w)
		}
	}
	if len(p.promised) != 1 || p.promised[0] != slot(contestbot.FieldSynopsis) {
		t.Errorf("promised = %v; want the 简介", p.promised)
	}
	if p.ask != slotSupervisor || p.askWho != "王书记" {
		t.Errorf("ask = %q %q; want 监制 by 王书记", p.ask, p.askWho)
	}

	later := "书记简介发过来了，我直接转你\n王书记 15:20\n短片以学院机电系党员教师带领学生赴林州红旗渠开展现场教学为线索，记录师生在青年洞前重温入党誓词，展现红旗渠精神在职业教育中的传承。\n王书记 15:22\n撰稿是赵文静，上午忘说了\n尚建国 15:23\n好的"
	p, ok = readChatPaste(later, season, true)
	if !ok || p.text != "内容简介：短片以学院机电系党员教师带领学生赴林州红旗渠开展现场教学为线索，记录师生在青年洞前重温入党誓词，展现红旗渠精神在职业教育中的传承。\n撰稿是赵文静" {
		t.Errorf("later paste = %q, %v", p.text, ok)
	}

	// A leader with a full name: 我 is that name.
	p, _ = readChatPaste("王振华 10:36\n监制写我，摄影李韬\n尚建国 10:40\n收到", season, false)
	if !strings.Contains(p.text, "监制王振华") || p.ask != "" {
		t.Errorf("named leader: %q ask %q", p.text, p.ask)
	}

	// A leader's full name said in the paste: 我 is that name.
	p, _ = readChatPaste("王书记 10:36\n监制写我，摄影李韬\n尚建国 10:40\n收到，书记王振华的名字我填上", season, false)
	if !strings.Contains(p.text, "监制王振华") || p.ask != "" {
		t.Errorf("leader named in the paste: %q ask %q", p.text, p.ask)
	}
	// At the 摘要 step, a story with no 简介 named is the 摘要.
	p, _ = readChatPaste("王书记 15:20\n短片以学院机电系党员教师带领学生赴林州红旗渠开展现场教学为线索，展现红旗渠精神在职业教育中的传承。", season, true)
	if !strings.HasPrefix(p.text, "内容摘要：") {
		t.Errorf("story at the 摘要 step: %q", p.text)
	}

	// Errands and matters put off, even naming a field, are no values.
	p, _ = readChatPaste("王书记 10:36\n摄影李韬\n王书记 10:37\n小李，简介的格式你调一下\n王书记 10:38\n另一个片子的片名回头再说", season, false)
	if p.text != "摄影李韬" {
		t.Errorf("errands kept: %q", p.text)
	}

	// Not a chat: no speaker line, or speaker lines with nothing said.
	for _, s := range []string{"片名《守望》\n时长2分30秒", "王书记 10:32\n尚建国 10:40", "时长 2:30\n实景拍摄", "视频 3:05\n实景拍摄", "成片 2:45\n实景拍摄", "片子大概 2:50\n摄影李韬", "推荐单位：新乡职业技术学院\n联系人 王伟 13800000000"} {
		if p, ok := readChatPaste(s, season, false); ok {
			t.Errorf("readChatPaste(%q) = %q; want no chat", s, p.text)
		}
	}
}

// TestPromiseOf: a field promised for later, or said not to be there yet;
// a value or a question is no promise.
func TestPromiseOf(t *testing.T) {
	accept := map[string]slot{
		"简介我下午发你":    slot(contestbot.FieldSynopsis),
		"简介书记还没发呢":   slot(contestbot.FieldSynopsis),
		"摘要回头再给你":    slot(contestbot.FieldSummary),
		"电话我回头发你":    slot(contestbot.FieldPhone),
		"简介书记下午才发给我": slot(contestbot.FieldSynopsis),
		"那个简介还没写好":   slot(contestbot.FieldSynopsis),
	}
	for s, want := range accept {
		if got, ok := promiseOf(s); !ok || got != want {
			t.Errorf("promiseOf(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{"简介：讲述老党员下午还在工作的故事", "简介写多长", "电话13903721586", "下午发你", "简介同上", "摘要同简介", "监制还没定", "主创回头发你"} {
		if got, ok := promiseOf(s); ok {
			t.Errorf("promiseOf(%q) = %q; want none", s, got)
		}
	}
}
