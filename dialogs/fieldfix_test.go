package dialogs

import (
	"context"
	"slices"
	"testing"

	"contestbot"
	"contestbot/knowledge"
	"contestbot/store/storetest"
)

// fixTurn is a turn over a filled entry, for the correction readers.
func fixTurn(t *testing.T) (*turn, *contestbot.Entry) {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := New(Options{}, Deps{Store: storetest.Open(t), Knowledge: kb})
	tr := &turn{c: c, ctx: context.Background(), m: Message{OpenID: "u1"}, st: &state{Mode: modeForm}}
	e := &contestbot.Entry{Status: contestbot.StatusDraft, Unit: "河南省经济管理学校", Title: "红旗渠畔", Producer: "信阳职业技术学院党委组织部",
		Contact: "王丽娜", Phone: "13838265417", DurationSeconds: 150, Category: "实景拍摄",
		Creators: contestbot.Creators{Supervisor: "李明", Director: "张伟", Camera: "杜朋飞", Editor: "杜鹏飞、韩雪"}, CreatorsDone: true}
	return tr, e
}

// TestReadFix: a correction in any sentence goes to the field it names
// (or whose stored value it replaces) with the new value only; questions,
// "不用改" and plain answers are no correction.
func TestReadFix(t *testing.T) {
	tr, e := fixTurn(t)
	accept := []struct{ msg, field, value string }{
		{"名字还是用红旗渠边的思政课吧", "片名", "《红旗渠边的思政课》"},
		{"看了下 名字还是用红旗渠边的思政课吧 刚领导说这个好", "片名", "《红旗渠边的思政课》"},
		{"不是 我说片名要换 换成 红旗渠边的思政课", "片名", "《红旗渠边的思政课》"},
		{"片名就是红旗渠边的思政课", "片名", "《红旗渠边的思政课》"},
		{"片子名字应该是《渠畔初心》，麻烦了", "片名", "《渠畔初心》"},
		{"先说个事，时长我刚才叫人看了，准确是4分08秒，你给改一下", "时长", "4分8秒"},
		{"时长不对 是2分48秒", "时长", "2分48秒"},
		{"对了时长我刚才说错了 看了下成片是2分53秒 不是2分35", "时长", "2分53秒"},
		{"时长不是两分五十，是两分十五", "时长", "2分15秒"},
		{"制作单位还是重的改成信阳职业技术学院党委组织部", "制作单位", "信阳职业技术学院党委组织部"},
		{"河南省经济管理学校改成河南省经贸管理学校", "推荐单位", "河南省经贸管理学校"},
		{"麻烦您 单位应该是河南省经贸管理学校", "推荐单位", "河南省经贸管理学校"},
		{"电话刚才输错了，应该是13712345678", "联系电话", "13712345678"},
		{"那个电话应该是15937467321，不好意思", "联系电话", "15937467321"},
		{"联系人写成赵振华吧 不是赵振化", "联系人", "赵振华"},
		{"摄影那个杜朋飞打错了，应该是杜鹏飞，鹏程万里的鹏", "摄影", "杜鹏飞"},
		{"刚才那个杜朋飞打错了 是杜鹏飞", "摄影", "杜鹏飞"},
		{"韩雪写错了 应该是韩雪梅", "剪辑(制作)", "杜鹏飞、韩雪梅"},
		{"监制准确是李明远", "监制(策划)", "李明远"},
		{"分类应该是动画制作", "分类", "动画制作"},
		{"麻烦把联系人改一下，应该是李娜", "联系人", "李娜"},
		{"电话号码不对 应该是13912345678 你给改下", "联系电话", "13912345678"},
		{"时长准确的是2分08", "时长", "2分8秒"},
		{"单位写错了 是郑州职业技术学院 不是郑州职业学院", "推荐单位", "郑州职业技术学院"},
		{"编导你给写成张伟吧", "编导(导演)", "张伟"},
		{"监制换一下 换成刘国庆", "监制(策划)", "刘国庆"},
		{"那个分类选错了 应该是动画", "分类", "动画制作"},
		{"片名我想改一下，叫《守望初心》", "片名", "《守望初心》"},
		{"我说的是制作单位改成信阳职业技术学院党委组织部你写重了", "制作单位", "信阳职业技术学院党委组织部"},
		{"王丽娜改成王俪娜", "联系人", "王俪娜"},
		// s6-f: a correction in one sentence of several, and in a voice run-on.
		{"那个制作单位你写重复了就写信阳职业技术学院党委组织部就行了", "制作单位", "信阳职业技术学院党委组织部"},
		{"时长是两分四十八秒。那个制作单位你写重复了就写信阳职业技术学院党委组织部就行了", "制作单位", "信阳职业技术学院党委组织部"},
		{"时长是两分四十八秒。那个制作单位你写重复了就写信阳职业技术学院党委组织部就行了", "时长", "2分48秒"},
		{"制作单位写重复了 写信阳职业技术学院党委组织部就行", "制作单位", "信阳职业技术学院党委组织部"},
		{"制作单位写信阳职业技术学院党委组织部就行", "制作单位", "信阳职业技术学院党委组织部"},
	}
	for _, c := range accept {
		// What the form stores from the message as rewritten: the field
		// named gets the new value (a labelled one is read as typed).
		cp := *e
		cp.Creators = e.Creators
		r := tr.fill(&cp, tr.fixSentence(e, c.msg), "")
		var got []string
		for _, s := range r.set {
			got = append(got, s.label()+"："+display(tr.c.season, &cp, s))
		}
		if len(r.errs) > 0 || !slices.Contains(got, c.field+"："+c.value) {
			t.Errorf("%q: stored %q (errors %q), want %s：%s", c.msg, got, r.errs, c.field, c.value)
		}
	}
	reject := []string{
		"片名能改成别的吗？",
		"名字用全称吗",
		"时长是不是要写到秒？",
		"用手机拍的算实景吗",
		"我们用手机拍的",
		"简介不用改 还用原来的",
		"片名不用改",
		"片名就是这个",
		"片名改成《守望》", // labelled as the form reads it: left as typed
		"时长：2分30秒",
		"李明",
		"讲述红旗渠畔老党员守护水渠二十年的故事。",
		"我是问预告片那个算不算公开发表",
		"单位作品是啥意思",
		"哎呀电话打错了，后面应该是471，13838265471，是实拍的", // no phone after the marker: the form reads it
		"时长我再问问剪辑的同学",
		"我的名字就是王丽娜",
		"他名字应该是李娜",
		"片名就是作品名称吧",
		"片名叫大别山的一盏马灯马灯就是过去那种提着的煤油灯",
		"推荐单位就是学校全称",
		"李明是监制",
		"王丽娜是联系人",
	}
	for _, msg := range reject {
		if f, v, ok := tr.readFix(e, msg); ok {
			t.Errorf("%q: read as %s：%s", msg, f.label(), v)
		}
	}
}

// TestFixOfHolder: a correction naming no field goes to the one field whose
// stored value holds the new one (s6-f: "你写重复了就写X").
func TestFixOfHolder(t *testing.T) {
	tr, e := fixTurn(t)
	e.Producer = "信阳职业技术学院党委组织部就是信阳职业技术学院党委组织部"
	for _, msg := range []string{"你写重复了就写信阳职业技术学院党委组织部", "写重复了 就写信阳职业技术学院党委组织部就行了"} {
		if f, v, ok := tr.readFix(e, msg); !ok || f != slot(contestbot.FieldProducer) || v != "信阳职业技术学院党委组织部" {
			t.Errorf("%q: read %s：%s (%v), want 制作单位：信阳职业技术学院党委组织部", msg, f.label(), v, ok)
		}
	}
	for _, msg := range []string{"你写重复了", "不对 写李明远", "写错了就写郑州职业技术学院"} {
		if f, v, ok := tr.readFix(e, msg); ok {
			t.Errorf("%q: read as %s：%s", msg, f.label(), v)
		}
	}
}

// TestKeepsAsIs: "不用改" and its kin keep a field; a change or a question
// does not.
func TestKeepsAsIs(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "keepsAsIs",
		fn:   func(s string) bool { _, ok := keepsAsIs(s); return ok },
		accept: []string{"不用改", "简介不用改 还用原来的", "那就不改了", "片名不用换了，就这个吧", "摘要还用原来的", "不用动了 挺好",
			"保持原样就行"},
		reject: []string{"简介不用改吗？", "片名不改成这个，改成《守望》", "不用改成同上，另写：讲述…", "改成2分10秒", "不改不行吧？",
			"不要改太多", "讲述老党员不改初心的故事"},
	}})
}

// TestJoinMore: bare minutes finished by the seconds, a name list
// continued by 还有; nothing else is joined.
func TestJoinMore(t *testing.T) {
	dur := &partValue{Slot: slot(contestbot.FieldDuration), Text: "2分"}
	cam := &partValue{Slot: slotCamera, Text: "刘一鸣"}
	accept := []struct {
		part *partValue
		msg  string
		want string
	}{
		{dur, "48秒", "时长：2分48秒"},
		{dur, "48秒 刚没打完", "时长：2分48秒"},
		{dur, "5秒", "时长：2分5秒"},
		{cam, "还有陈浩", "摄影：刘一鸣、陈浩"},
		{cam, "还有陈浩也是", "摄影：刘一鸣、陈浩"},
		{cam, "和陈浩、李娜", "摄影：刘一鸣、陈浩、李娜"},
	}
	for _, c := range accept {
		if got, ok := joinMore(c.part, c.msg); !ok || got != c.want {
			t.Errorf("%q after %q: got %q %v, want %q", c.msg, c.part.Text, got, ok, c.want)
		}
	}
	reject := []struct {
		part *partValue
		msg  string
	}{
		{dur, "实景拍摄"}, {dur, "75秒"}, {dur, "2分48秒"}, {dur, "48"}, {nil, "48秒"},
		{cam, "陈浩"}, {cam, "还有个问题"}, {cam, "还有我"}, {cam, "还有简介没写"}, {cam, "和简介一样"},
	}
	for _, c := range reject {
		if got, ok := joinMore(c.part, c.msg); ok {
			t.Errorf("%q: joined as %q", c.msg, got)
		}
	}
}

// TestEditHow: "咋弄/怎么办" asks how to edit only beside words saying
// something was typed wrong.
func TestEditHow(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "editHow",
		fn:     func(s string) bool { return editHow(compact(s)) },
		accept: []string{"电话写错了咋办", "片名能改吗", "联系人怎么改", "推荐单位填错了怎么弄", "提交了还能修改吗"},
		reject: []string{"视频文件挺大的 一个好几百兆 邮箱发不过去咋弄", "原件寄不过去怎么办", "简介不会写咋弄", "时长超了怎么办"},
	}})
}

// TestFixSentenceFreeText: at the 简介/摘要 step a story that names a field
// in passing is the text, never a correction; a plain correction still is.
func TestFixSentenceFreeText(t *testing.T) {
	tr, e := fixTurn(t)
	tr.st.Pending = slot(contestbot.FieldSynopsis)
	keep := []string{
		"讲述我们学校就是一所好学校的故事",
		"讲述我们学校用三年时间把实训基地改造成乡村振兴课堂的故事",
		"影片讲述监制李明就是当年的驻村第一书记，带领村民修渠的故事。",
		"片名取自老书记常说的一句话，讲述他用二十年守护红旗渠的故事。",
	}
	for _, msg := range keep {
		if got := tr.fixSentence(e, msg); got != msg {
			t.Errorf("%q rewritten as %q", msg, got)
		}
	}
	if got := tr.fixSentence(e, "摄影那个杜朋飞打错了，应该是杜鹏飞，鹏程万里的鹏"); got != "摄影：杜鹏飞" {
		t.Errorf("correction at the 简介 step: got %q", got)
	}
}

// TestDurationSaid: a running time stated in a form is the form's 时长;
// with bitrate, resolution or a question it is a video check.
func TestDurationSaid(t *testing.T) {
	tr, e := fixTurn(t)
	tr.st.Pending = slotDirector
	accept := map[string]string{
		"成片2分48秒 刚量的": "2分48秒",
		"片子其实是2分50秒":  "2分50秒",
		"我们片子2分48秒":   "2分48秒",
		"视频准确的是3分05秒": "3分05秒",
	}
	for msg, want := range accept {
		if got, ok := tr.durationSaid(e, msg); !ok || got != want {
			t.Errorf("%q: got %q %v, want %q", msg, got, ok, want)
		}
	}
	for _, msg := range []string{
		"片子2分48秒 码率8M 1080p 行吗",
		"我们片子时长2分48秒 1080p 码率8M",
		"2分48秒行吗",
		"片子3分多钟",
		"2分48秒 实拍",
		"张伟",
		"片子2分48秒 竖屏的",
		"时长2分48秒",
	} {
		if got, ok := tr.durationSaid(e, msg); ok {
			t.Errorf("%q: read as the duration %q", msg, got)
		}
	}
	tr.st.Pending = slot(contestbot.FieldSynopsis)
	if _, ok := tr.durationSaid(e, "片子2分48秒"); ok {
		t.Error("a duration at the 简介 step read as the 时长")
	}
}
