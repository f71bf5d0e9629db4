package dialogs

import (
	"testing"

	"contestbot"
)

func TestAsksDocsAgain(t *testing.T) {
	accept := []string{"把更新后的表发我", "重新发一下报名表", "表格再发我一遍", "那我刚才下的报名表还是旧名字吧，要重新下吗",
		"我是说改了名字以后，下载的材料是新的吗？再发我一下吧", "协议书再给我发一份", "报名材料重新生成一下", "把新的报名表给我"}
	reject := []string{"报名表要盖章吗", "报名表发到哪个邮箱", "报名表要填什么", "纸质的要交几份", "协议书原件寄到哪", "截止时间是哪天",
		"片名改成《讲台上的一盏灯》", "空白报名表在哪下", "把视频检查的链接再发我", "报名表模板发我"}
	for _, s := range accept {
		if !asksDocsAgain(s) {
			t.Errorf("asksDocsAgain(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if asksDocsAgain(s) {
			t.Errorf("asksDocsAgain(%q) = true, want false", s)
		}
	}
}

func TestAsksEditLater(t *testing.T) {
	accept := []string{"确认了以后还能改分类吗", "确认了以后还能改分类吗 万一打电话问了说要选AI生成呢", "现在不改 还是实景拍摄 我是问确认完以后还能不能改",
		"提交之后还能修改吗", "报完了以后能不能改片名", "万一领导要换名字，到时候还能改吗"}
	reject := []string{"确认", "分类改成AI生成", "确认以后片名改成《新名》还能改吗", "截止以后还能报吗", "能改成AI生成吗", "分类是啥意思"}
	for _, s := range accept {
		if !asksEditLater(s) {
			t.Errorf("asksEditLater(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if asksEditLater(s) {
			t.Errorf("asksEditLater(%q) = true, want false", s)
		}
	}
}

func TestEditAsked(t *testing.T) {
	accept := []struct {
		in    string
		field contestbot.Field
		value string
	}{
		{"哎呀领导刚看了说片名要改，改成《讲台上的一盏灯》，还能改吗", contestbot.FieldTitle, "《讲台上的一盏灯》"},
		{"片名改成“讲台上的一盏灯”可以吗", contestbot.FieldTitle, "讲台上的一盏灯"},
		{"联系人改成李娜，还能改不", contestbot.FieldContact, "李娜"},
		{"时长要改，改为2分50秒，能改吗？", contestbot.FieldDuration, "2分50秒"},
		{"分类能改成AI生成吗", contestbot.FieldCategory, "AI生成"},
	}
	for _, c := range accept {
		f, v, ok := editAsked(c.in)
		if !ok || contestbot.Field(f) != c.field || v != c.value {
			t.Errorf("editAsked(%q) = %q, %q, %v; want %q, %q", c.in, f, v, ok, c.field, c.value)
		}
	}
	reject := []string{"确认了以后还能改分类吗", "改成什么好呢", "还能改吗", "主创改成王五", "能改吗，改成"}
	for _, s := range reject {
		if f, v, ok := editAsked(s); ok {
			t.Errorf("editAsked(%q) = %q, %q; want no edit", s, f, v)
		}
	}
}

func TestReadRemovalQuoted(t *testing.T) {
	accept := map[string]string{
		"把‘摘要写这个吧’去掉": "摘要写这个吧",
		"把“就是说”删了":    "就是说",
		"把「就是说」删了":    "就是说",
		`把"就是说"删了`:    "就是说",
		"把'就是说'删了":    "就是说",
		"行，那我们去掉。还有摘要前面那几个字“摘要写这个吧”不要，把它去掉": "摘要写这个吧",
	}
	for s, want := range accept {
		rm, ok := readRemoval(s)
		if !ok || rm.words != want {
			t.Errorf("readRemoval(%q) = %q, %v; want %q", s, rm.words, ok, want)
		}
		if rm.rest != "" {
			t.Errorf("readRemoval(%q) leaves %q to read as values", s, rm.rest)
		}
	}
	for _, s := range []string{"那我们去掉", "简介不要了", "“就是说”是什么意思", "片头的logo去掉"} {
		if rm, ok := readRemoval(s); ok && rm.words != "" {
			t.Errorf("readRemoval(%q) = %q, want no removal", s, rm.words)
		}
	}
}

func TestTextImpliesAI(t *testing.T) {
	season := &contestbot.Season{Categories: []string{"实景拍摄", "动画制作", "AI生成", "视频切片", "其他"}, AICategory: "AI生成"}
	accept := []string{
		"短片以实拍记录她走访老区的过程，并用AI生成画面还原当年先烈写信的场景（片中已标注）。",
		"部分镜头使用了AI配音，已明确标注。",
	}
	reject := []string{
		"讲述青年党员用AI生成技术助农的故事。",            // AI in the story, no label
		"片中没有使用AI生成的内容，已标注拍摄地点。",         // denied
		"讲述老党员教师扎根讲台三十年的故事，片中字幕已标注人物姓名。", // a label, no AI
	}
	for _, text := range accept {
		e := &contestbot.Entry{Synopsis: text}
		r := &fillResult{}
		r.add(slot(contestbot.FieldSynopsis))
		aiFromSaid(season, e, "", slot(contestbot.FieldSynopsis), r)
		if e.AIUsed == nil || !*e.AIUsed || e.AILabelled == nil || !*e.AILabelled {
			t.Errorf("textImpliesAI(%q): AI used %v labelled %v, want both true", text, e.AIUsed, e.AILabelled)
		}
	}
	for _, text := range reject {
		e := &contestbot.Entry{Synopsis: text}
		r := &fillResult{}
		r.add(slot(contestbot.FieldSynopsis))
		aiFromSaid(season, e, "", slot(contestbot.FieldSynopsis), r)
		if e.AIUsed != nil || e.AILabelled != nil {
			t.Errorf("textImpliesAI(%q) recorded AI facts", text)
		}
	}
	// A fact already answered stays.
	e := &contestbot.Entry{Synopsis: accept[0], AIUsed: contestbot.Bool(false)}
	r := &fillResult{}
	r.add(slot(contestbot.FieldSynopsis))
	aiFromSaid(season, e, "", slot(contestbot.FieldSynopsis), r)
	if *e.AIUsed || e.AILabelled != nil {
		t.Error("textImpliesAI changed an answered fact")
	}
}

func TestReKeepStored(t *testing.T) {
	accept := map[string]string{"还是实景拍摄": "实景拍摄", "现在不改还是实景拍摄": "实景拍摄", "那还是实景拍摄吧": "实景拍摄", "不改了还是用讲台上的一盏灯": "讲台上的一盏灯"}
	for s, want := range accept {
		m := reKeepStored.FindStringSubmatch(s)
		if m == nil || m[1] != want {
			t.Errorf("reKeepStored(%q) = %v, want %q", s, m, want)
		}
	}
	for _, s := range []string{"实景拍摄", "还是改成AI生成吧吧吧吧吧吧吧吧吧吧吧吧吧吧", "改成实景拍摄"} {
		if m := reKeepStored.FindStringSubmatch(s); m != nil && s != "还是改成AI生成吧吧吧吧吧吧吧吧吧吧吧吧吧吧" {
			t.Errorf("reKeepStored(%q) = %v, want no match", s, m)
		}
	}
}

func TestStatusAsk(t *testing.T) {
	accept := []string{"还差哪一项？我不是确认了吗", "报上了吗", "算提交成功了没", "我已经确认了啊", "确认成功了吗", "还缺什么"}
	reject := []string{"确认", "可以两个人报名吗", "是在这报名吗", "还差一个摘要 我等下发", "截止时间是哪天", "报名表要盖章吗", "确认以后还能改吗"}
	for _, s := range accept {
		if !reStatusAsk.MatchString(compact(s)) {
			t.Errorf("reStatusAsk(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if reStatusAsk.MatchString(compact(s)) {
			t.Errorf("reStatusAsk(%q) = true, want false", s)
		}
	}
}

func TestLeaveThenConsent(t *testing.T) {
	for _, s := range []string{"……行吧，那就先这样，确认", "好吧 先这样 确认"} {
		if interpret(s).act == actLeave || !consents(s) {
			t.Errorf("%q: read as leaving, want consent", s)
		}
	}
	for _, s := range []string{"先这样吧，明天再确认", "先这样，我明天再弄", "先这样吧"} {
		if consents(s) {
			t.Errorf("%q: read as consent", s)
		}
	}
}

func TestEarlyAILabelled(t *testing.T) {
	accept := []string{"我们片子大部分是实拍的，有几个镜头是AI生成的，片里都打了标注，这种算哪一类啊", "用了AI配音，已经标注了，能报吗"}
	reject := []string{"AI生成的内容要怎么标注", "用了AI配音，打了字幕标注行吗", "片子没用AI，字幕已标注人物姓名，算哪一类", "AI生成的画面已标注算哪类？"}
	for _, s := range accept {
		if st := aiSaid(s); !st.used || !st.labelled {
			t.Errorf("%q: AI used and labelled not read", s)
		}
	}
	for _, s := range reject {
		if st := aiSaid(s); st.used && st.labelled {
			t.Errorf("%q: read as AI used and labelled", s)
		}
	}
}
