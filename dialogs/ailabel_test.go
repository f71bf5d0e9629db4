package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// TestLabelImpliesAIUsed (s5-f4): AI content said to be labelled is AI
// used; nothing else changes AIUsed.
func TestLabelImpliesAIUsed(t *testing.T) {
	season := &contestbot.Season{AICategory: "AI生成"}
	yes, no := contestbot.Bool(true), contestbot.Bool(false)
	accept := []*contestbot.Entry{{AILabelled: yes}, {AILabelled: yes, AIUsed: no}}
	for _, e := range accept {
		r := &fillResult{set: []slot{slot(contestbot.FieldCategory), slot(contestbot.FieldAILabelled)}}
		aiFromSaid(season, e, "", slot(contestbot.FieldCategory), r)
		if e.AIUsed == nil || !*e.AIUsed || r.set[1] != slot(contestbot.FieldAIUsed) {
			t.Errorf("labelled: AIUsed = %v, set = %v; want used, echoed before the label", e.AIUsed, r.set)
		}
	}
	reject := []struct {
		e   *contestbot.Entry
		set []slot
	}{
		{&contestbot.Entry{AILabelled: no}, []slot{slot(contestbot.FieldAILabelled)}},
		{&contestbot.Entry{AILabelled: yes}, nil}, // labelled earlier, not in this message
		{&contestbot.Entry{}, []slot{slot(contestbot.FieldCategory)}},
		{&contestbot.Entry{AILabelled: yes, Category: "AI生成"}, []slot{slot(contestbot.FieldAILabelled)}}, // the category implies it
	}
	for _, c := range reject {
		r := &fillResult{set: c.set}
		aiFromSaid(season, c.e, "", slot(contestbot.FieldCategory), r)
		if c.e.AIUsed != nil {
			t.Errorf("AIUsed = %v for %+v; want unset", *c.e.AIUsed, c.set)
		}
	}
}

// TestAISaid (s6-m, rp65 p65a, rp66 p66b): AI said to be used beside other
// values or a question is recorded, with its label; questions and denials
// record nothing.
func TestAISaid(t *testing.T) {
	season := &contestbot.Season{AICategory: "AI生成"}
	accept := map[string][2]bool{ // message → AI used, labelled
		"实景拍的，不过里面旁白是用AI配的音，这个算哪一类？用了AI会不会影响评奖": {true, false},
		"2分15秒 动画 不过配音用的AI配音 片尾标了":              {true, true},
		"实景拍摄，有两段用了AI生成的画面，已在片尾标注":              {true, true},
		"实景拍摄 AI那两段片子里已经打了字幕标注了":                {true, true},
		"动画 配音是拿AI做的":                           {true, false},
	}
	for msg, want := range accept {
		e := &contestbot.Entry{}
		r := &fillResult{}
		aiFromSaid(season, e, msg, slot(contestbot.FieldCategory), r)
		if e.AIUsed == nil || *e.AIUsed != want[0] || want[1] != (e.AILabelled != nil && *e.AILabelled) {
			t.Errorf("aiFromSaid(%q): used %v labelled %v, want %v", msg, e.AIUsed, e.AILabelled, want)
		}
	}
	reject := []string{
		"两分钟左右吧 对了AI做的要怎么标注啊 片头打字幕吗",
		"用了AI会不会影响评奖",
		"实景拍摄，没用AI",
		"不是AI生成的，实景拍摄",
		"片尾标了拍摄地点",
		"AI生成这类能报吗",
		"实景拍摄 没有AI",
		"AI生成的镜头最多能用几个？",
	}
	for _, msg := range reject {
		e := &contestbot.Entry{}
		r := &fillResult{}
		aiFromSaid(season, e, msg, slot(contestbot.FieldCategory), r)
		if e.AIUsed != nil || e.AILabelled != nil {
			t.Errorf("aiFromSaid(%q) recorded AI facts: used %v labelled %v", msg, e.AIUsed, e.AILabelled)
		}
	}
	// At a free-text step the message is the 简介, read only as a whole declaration.
	e := &contestbot.Entry{Synopsis: "讲述青年党员用AI配音技术助农的故事。"}
	r := &fillResult{}
	r.add(slot(contestbot.FieldSynopsis))
	aiFromSaid(season, e, e.Synopsis, slot(contestbot.FieldSynopsis), r)
	if e.AIUsed != nil {
		t.Error("a story about AI recorded AI used")
	}
}

// TestOtherSchool (s6-m, rp65 p65a): the words that say the next work is
// another school's are found and taken out; the same school is not.
func TestOtherSchool(t *testing.T) {
	accept := map[string]string{
		"这个是另一个学校的，固始县第二职业高级中学": "固始县第二职业高级中学",
		"另外一所学校的作品 片名小村里的党员电商课": "片名小村里的党员电商课",
		"换个学校":     "",
		"这次是别的学校的": "",
	}
	for in, want := range accept {
		if got, ok := otherSchool(in); !ok || got != want {
			t.Errorf("otherSchool(%q) = %q, %v; want %q, true", in, got, ok, want)
		}
	}
	for _, in := range []string{"还是这个学校的", "片名《另一个春天》", "同一个学校的", "单位、联系人电话都跟上一个一样"} {
		if _, ok := otherSchool(in); ok {
			t.Errorf("otherSchool(%q) = true; want false", in)
		}
	}
}

// TestUnitUnwrapped (s6-m, rp65 p65a, rp66 p66b): the words around a unit
// said at a unit step are taken off; a unit without them stays as it is.
func TestUnitUnwrapped(t *testing.T) {
	const unit = "固始县职业中等专业学校"
	accept := map[string]string{
		"制作是他们学校党委办公室":            unit + "党委办公室",
		"制作是他们学校党委办公室做的":          unit + "党委办公室",
		"这次写信阳财经中等职业学校信息技术部":      "信阳财经中等职业学校信息技术部",
		"制作单位就是固始县第二职业高级中学融媒体工作室": "固始县第二职业高级中学融媒体工作室",
		"就写学校团委":  "学校团委",
		"该校党委宣传部": unit + "党委宣传部",
	}
	for in, want := range accept {
		if got := unitUnwrapped(in, unit); got != want {
			t.Errorf("unitUnwrapped(%q) = %q; want %q", in, got, want)
		}
	}
	for _, in := range []string{"固始县第二职业高级中学融媒体工作室", "写作协会", "是", "郑州市实验中学", "他们学校"} {
		if got := unitUnwrapped(in, unit); got != in {
			t.Errorf("unitUnwrapped(%q) = %q; want it unchanged", in, got)
		}
	}
}

// TestShortUnit (s6-m, rp64 p64a): a school's short name is asked about;
// full names are not.
func TestShortUnit(t *testing.T) {
	for _, v := range []string{"郑铁职院", "周口师院", "商丘职专", "郑州铁路职院", "郑大", "河职"} {
		if !shortUnit(v) {
			t.Errorf("shortUnit(%q) = false; want true", v)
		}
	}
	for _, v := range []string{"郑州铁路职业技术学院", "固始县职业中等专业学校", "河南省经济管理学校", "郑州大学", "信阳财经中等职业学校", "黄河科技学院", "郑州市第一中学", "河南工业职业技术学院", "许昌学院", "新乡市职业教育中心", "新乡学院"} {
		if shortUnit(v) {
			t.Errorf("shortUnit(%q) = true; want false", v)
		}
	}
}

// TestCutNotSource (s6-m, rp67 p67b): a source's length said with the cut's
// leaves the cut's as the 时长; a duration alone is left as it is.
func TestCutNotSource(t *testing.T) {
	accept := map[string]string{
		"原片20分钟 剪成2分50":        "时长2分50",
		"时长原视频20分钟，成片2分50秒":    "时长2分50秒",
		"完整版二十分钟 剪出来的2分45秒":    "时长2分45秒",
		"片名红色足迹 原片20分钟 剪成2分50": "片名红色足迹  时长2分50",
	}
	for in, want := range accept {
		if got := strings.TrimSpace(cutNotSource(in)); got != want {
			t.Errorf("cutNotSource(%q) = %q; want %q", in, got, want)
		}
	}
	for _, in := range []string{"2分50秒", "原片就是2分50秒", "剪成2分50", "时长20分钟"} {
		if got := cutNotSource(in); got != in {
			t.Errorf("cutNotSource(%q) = %q; want it unchanged", in, got)
		}
	}
}

// TestChangedLabel (s6-m, rp65 p65a): a field said to have changed, then its
// value, is the label and the value; other sentences are left as they are.
func TestChangedLabel(t *testing.T) {
	accept := map[string]string{
		"联系人也换了 是周晓燕老师":       "联系人：周晓燕老师",
		"电话也变了，改成15890765321": "电话：15890765321",
		"制作单位换了：学校团委":         "制作单位：学校团委",
	}
	for in, want := range accept {
		if got := changedLabel(in); got != want {
			t.Errorf("changedLabel(%q) = %q; want %q", in, got, want)
		}
	}
	for _, in := range []string{"联系人周晓燕", "联系人要换吗", "换了个学校", "片名还没定"} {
		if got := changedLabel(in); got != in {
			t.Errorf("changedLabel(%q) = %q; want it unchanged", in, got)
		}
	}
}

// TestAIMakerIsNoLabel (s7-j, rp81 p81b): AI that made the 字幕 is AI used,
// not a label; AI named in the 字幕 is a label.
func TestAIMakerIsNoLabel(t *testing.T) {
	accept := []string{"片尾字幕写了AI生成", "片尾打了AI生成字样", "AI那两段已经打了字幕标注了", "配音用的AI配音 片尾标了"}
	for _, s := range accept {
		if st := aiSaid(s); !st.labelled {
			t.Errorf("aiSaid(%q) = %+v, want labelled", s, st)
		}
	}
	reject := []string{"另外片尾有几秒用了AI做的字幕动效，这个算用了AI要标注吗？", "用AI生成的字幕", "片头是AI画的字幕背景", "这个算用了AI要标注吗？"}
	for _, s := range reject {
		if st := aiSaid(s); st.labelled {
			t.Errorf("aiSaid(%q) = %+v, want not labelled", s, st)
		}
	}
}
