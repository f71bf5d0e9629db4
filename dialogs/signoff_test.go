package dialogs

import "testing"

func TestStripSignoff(t *testing.T) {
	strip := map[string]string{
		"确认。——许文清敬上":                  "确认。",
		"敝校全称为驻马店农林职业学院。——许文清敬上":      "敝校全称为驻马店农林职业学院。",
		"以上四项均符合。——许文清敬上":             "以上四项均符合。",
		"本片记录党员教师扎根乡村的故事。\n\n——许文清敬上": "本片记录党员教师扎根乡村的故事。",
		"本片记录党员教师扎根乡村的故事。——许文清敬上":     "本片记录党员教师扎根乡村的故事。",
		"本片记录党员教师扎根乡村的故事——许文清敬上":      "本片记录党员教师扎根乡村的故事",
		"片名为《麦田里的党课》。许文清 敬上":          "片名为《麦田里的党课》。",
		"片名为《麦田里的党课》\n许文清敬上":          "片名为《麦田里的党课》",
		"时长2分48秒。——办公室 许文清":           "时长2分48秒。",
		"时长2分48秒。\n—— 组织部王磊":          "时长2分48秒。",
		"时长2分48秒。——张老师":               "时长2分48秒。",
		"联系电话0396-2817365。此致 敬礼":      "联系电话0396-2817365。",
		"请核对。此致\n敬礼！\n——许文清谨上":        "请核对。",
		"简介改好了，麻烦看一下。谢谢！张老师":          "简介改好了，麻烦看一下。",
		"确认。——许文清上":                   "确认。",
		"确认无误 ——副校长许文清敬上":             "确认无误",
		"确认无误。——副校长许文清":               "确认无误。",
	}
	for in, want := range strip {
		if got := stripSignoff(in); got != want {
			t.Errorf("stripSignoff(%q) = %q, want %q", in, got, want)
		}
	}
	keep := []string{
		"——许文清敬上", // nothing but a closing
		"许文清",     // a name answering the 联系人 step
		"张老师",     // the same, with a title
		"谢谢！张老师",  // thanks alone: nothing before it
		"片名：春风——致敬平凡英雄",                 // a title's dash
		"讲述党员教师的故事——记党员教师张明",            // a text's subtitle
		"本片讲述老党员的坚守——初心不改",              // a dash clause inside a text
		"时长3分钟——左右",                     // a dash note
		"联系电话0371-69691670",             // a phone's dash
		"剪辑 王振宇-李想",                     // names joined by a dash
		"讲述了村支书带领村民致富的故事，以上",            // no closing
		"内容如上。——敬上",                     // a closing verb with no one
		"片子讲的是王建国敬上一杯茶的故事",              // 敬上 inside a sentence
		"监制 许文清 编导 周立群",                 // names in a list
		"摄影 —— 王振宇",                     // a role and its person
		"简介：他把党课搬到了田间地头，此致敬礼的是那些默默奉献的人", // 此致敬礼 inside a text
	}
	for _, in := range keep {
		if got := stripSignoff(in); got != in {
			t.Errorf("stripSignoff(%q) = %q, want it kept", in, got)
		}
	}
}

func TestConsentFormalAndAside(t *testing.T) {
	accept := []string{
		"确认。",
		"确认无误",
		"敝人已核对，确认无误。",
		"信息没问题了，确认",
		"好的我让小赵重新导一下。信息没问题了，确认",
		"核对无误，确认提交",
		"好的，收到。确认",
	}
	for _, s := range accept {
		if !consents(s) {
			t.Errorf("consents(%q) = false, want true", s)
		}
	}
	reject := []string{
		"确认前再请教一事：版权确认协议书原件需报送至何处？",
		"片名改一下。确认",
		"简介我重新写一下。确认",
		"时长是2分50秒。确认",
		"等我问下领导。确认",
		"还有一个问题。确认",
		"好的我让小赵重新导一下。信息还有一处不对",
		"把落款删掉。确认",
	}
	for _, s := range reject {
		if consents(s) {
			t.Errorf("consents(%q) = true, want false", s)
		}
	}
}

func TestUnitPronounFormal(t *testing.T) {
	accept := map[string]string{"敝校党委组织部": "党委组织部", "本校团委": "团委", "敝院宣传部": "宣传部", "我校党委组织部": "党委组织部", "贵校党委办公室": "党委办公室"}
	for in, want := range accept {
		if got, ok := unitPronounRest(in); !ok || got != want {
			t.Errorf("unitPronounRest(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"本校", "敝校", "本片", "本部门", "敝人"} {
		if got, ok := unitPronounRest(in); ok {
			t.Errorf("unitPronounRest(%q) = %q, want no body", in, got)
		}
	}
}

func TestFormalWords(t *testing.T) {
	cases := map[string]string{
		"联系人即敝人许文清，联系电话0396-2817365（办公室座机）": "联系人是本人许文清，联系电话0396-2817365",
		"联系电话13812345678(手机，微信同号)":          "联系电话13812345678",
		"编导系敝人": "编导是本人",
		"敝人已核对": "本人已核对",
	}
	for in, want := range cases {
		if got := formalWords(in); got != want {
			t.Errorf("formalWords(%q) = %q, want %q", in, got, want)
		}
	}
	keep := []string{
		"讲述了老党员（80岁）的故事",         // a bracket after no phone
		"联系电话0371-69691670（孟老师）", // a person's note is no phone kind
		"时长2分48秒（含片尾）",           // a duration's note
		"本片即将在学校展映",              // 即 before no self word
	}
	for _, in := range keep {
		if got := formalWords(in); got != in {
			t.Errorf("formalWords(%q) = %q, want it kept", in, got)
		}
	}
}

func TestCutMark(t *testing.T) {
	cases := []struct {
		v, marks    string
		front, back bool
		want        string
		ok          bool
	}{
		{"：南阳工艺美术职业学院72岁退休老党员", "：:", true, false, "南阳工艺美术职业学院72岁退休老党员", true},
		{"：南阳工艺美术职业学院72岁退休老党员", "：:", false, false, "南阳工艺美术职业学院72岁退休老党员", true},
		{"退休老党员李德山：每周三晚回校", "：:", false, false, "退休老党员李德山每周三晚回校", true},
		{"讲述了老党员的故事。", "。.", false, true, "讲述了老党员的故事", true},
		// reject: the mark is not there, or not where said, or twice inside
		{"退休老党员李德山每周三晚回校", "：:", false, false, "退休老党员李德山每周三晚回校", false},
		{"退休老党员：李德山：每周三晚回校", "：:", false, false, "退休老党员：李德山：每周三晚回校", false},
		{"退休老党员李德山：每周三晚回校", "：:", true, false, "退休老党员李德山：每周三晚回校", false},
		{"：", "：:", true, false, "：", false},
	}
	for _, c := range cases {
		got, ok := cutMark(c.v, c.marks, c.front, c.back)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("cutMark(%q, front=%v back=%v) = %q, %v; want %q, %v", c.v, c.front, c.back, got, ok, c.want, c.ok)
		}
	}
}

func TestQuotedClosingAndNamedFields(t *testing.T) {
	if !quotedClosing("内容简介与内容摘要末尾的“——许文清敬上”系敝人书信落款，烦请删去") {
		t.Error("a quoted closing not seen")
	}
	for _, s := range []string{"把简介里的“暂定”去掉", "片名里的“——致敬”不要", "“许文清”删掉"} {
		if quotedClosing(s) {
			t.Errorf("quotedClosing(%q) = true, want false", s)
		}
	}
	if got := namedTextFields("内容简介与内容摘要末尾的落款烦请删去"); len(got) != 2 {
		t.Errorf("namedTextFields named %v, want 简介 and 摘要", got)
	}
	if got := namedTextFields("把落款删掉"); len(got) != 0 {
		t.Errorf("namedTextFields named %v, want none", got)
	}
}

func TestAsksToViewFormal(t *testing.T) {
	for _, s := range []string{
		"贵方所记似有多处错误，敝人未能看明白。烦请将目前已登记之内容完整列出，以便敝人核对。",
		"请把目前登记的信息列出来",
		"麻烦把已填写的内容发给我看一下",
		"请列出现在记录的内容",
	} {
		if !asksToViewFormal(compact(s)) {
			t.Errorf("asksToViewFormal(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"已登记的联系人改为许文清",
		"本片记录了老党员登记造册的过程",
		"填写报名表需要注意什么",
		"目前登记的电话应为0396-2817365",
	} {
		if asksToViewFormal(compact(s)) {
			t.Errorf("asksToViewFormal(%q) = true, want false", s)
		}
	}
}
