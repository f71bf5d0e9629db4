package dialogs

import "testing"

// s12-d: questions at any step change nothing; titles kept as typed.

func TestChoiceOnly(t *testing.T) {
	accept := []string{
		"推荐单位是写学院还是写学院党委啊",
		"推荐单位写学院还是学院党委呢",
		"制作单位那一栏填团委还是填学校？",
		"写全称还是简称呢",
		"那个推荐单位是不是得写全称",
		"是不是要写学校党委啊",
		"片名要不要加副标题",
	}
	reject := []string{
		"山还是那座山",           // a title with 还是
		"算了还是实景拍摄",         // a choice made
		"分类还是实景拍摄吧",        // a choice made
		"推荐单位还是写许昌职业技术学院吧", // a choice made
		"《你还是你吗》",          // 吗 in quotes: a title
		"乡村振兴路上的青春身影——许昌职院学子返乡创业记",
		"推荐单位写许昌职业技术学院党委",
		"不是不是",
		"不是不是 是许昌职业技术学院",
	}
	for _, s := range accept {
		if !choiceOnly(s) && !isQuestion(s) {
			t.Errorf("%q: not read as a question", s)
		}
	}
	for _, s := range reject {
		if choiceOnly(s) {
			t.Errorf("%q: read as a choice asked", s)
		}
	}
}

func TestLabelAltAsked(t *testing.T) {
	accept := []string{"推荐单位是写学院还是写学院党委啊", "制作单位填团委还是学校", "分类算实景拍摄还是动画制作呢", "乙方写学校还是写公司"}
	reject := []string{"推荐单位还是写学院吧", "分类算了还是实景拍摄", "片名还是那座山", "推荐单位写许昌学院"}
	for _, s := range accept {
		if !labelAltAsked(s) {
			t.Errorf("%q: want a choice asked", s)
		}
	}
	for _, s := range reject {
		if labelAltAsked(s) {
			t.Errorf("%q: want no choice asked", s)
		}
	}
}

func TestTitleVerbsOff(t *testing.T) {
	cases := []struct{ in, want string }{
		{"加个副标题 乡村振兴路上的青春身影——许昌职院学子返乡创业记", "乡村振兴路上的青春身影——许昌职院学子返乡创业记"},
		{"改一下 青春之歌", "青春之歌"},
		{"片名改一下，加个副标题：山河——我们的故事", "山河——我们的故事"},
		{"换成 红色账本", "红色账本"},
		{"改为《红色账本》", "《红色账本》"},
		{"改个名 红色账本", "红色账本"},
		// reject: titles that only hold the words
		{"我的副标题人生", "我的副标题人生"},
		{"改变从这里开始", "改变从这里开始"},
		{"加油吧少年", "加油吧少年"},
		{"换成", "换成"},
		{"乡村振兴路上的青春身影——许昌职院学子返乡创业记", "乡村振兴路上的青春身影——许昌职院学子返乡创业记"},
	}
	for _, c := range cases {
		if got := titleVerbsOff(c.in); got != c.want {
			t.Errorf("titleVerbsOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTypedSpan(t *testing.T) {
	cases := []struct{ v, msg, want string }{
		{"乡村振兴路上的青春身影--许昌职院学子返乡创业记", "不是 片名就是 乡村振兴路上的青春身影——许昌职院学子返乡创业记", "乡村振兴路上的青春身影——许昌职院学子返乡创业记"},
		{"青春(上)", "片名改成青春（上）", "青春（上）"},
		{"AI时代的课堂", "片名改成ＡＩ时代的课堂", "ＡＩ时代的课堂"},
		// reject: a value typed so, or not from this message
		{"青春--许昌", "片名 青春--许昌", "青春--许昌"},
		{"红色账本", "时长2分10秒", "红色账本"},
		{"", "片名——", ""},
	}
	for _, c := range cases {
		if got := typedSpan(c.v, c.msg); got != c.want {
			t.Errorf("typedSpan(%q, %q) = %q, want %q", c.v, c.msg, got, c.want)
		}
	}
}

func TestTypistContextOff(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"个人能报吗 俺是老师", "个人能报吗", true},
		{"能用手机拍吗？我是办公室的", "能用手机拍吗？", true},
		{"个人能报吗，我是学生", "个人能报吗，", true},
		{"这个咋填 俺是班主任 不太懂", "这个咋填 不太懂", true},
		// reject: no question first, or a value after it
		{"俺是老师", "俺是老师", false},
		{"我是老师 个人能报吗", "我是老师 个人能报吗", false},
		{"联系人写谁？我是张伟", "联系人写谁？我是张伟", false},
		{"片名行吗 老师的一天", "片名行吗 老师的一天", false},
		{"个人能报吗 我是许昌职业技术学院团委", "个人能报吗 我是许昌职业技术学院团委", false},
	}
	for _, c := range cases {
		got, ok := typistContextOff(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("typistContextOff(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestUnaskedChange(t *testing.T) {
	accept := []string{"？？我是问你呢 不是让你改 制作单位怎么变成这样了", "我没让你改啊", "谁让你改的", "制作单位咋变成这样了", "你怎么给我改了"}
	reject := []string{"制作单位改成团委", "不是这个意思", "推荐单位改回来", "怎么改片名", "片名变成了什么样子", "我让你改的是片名"}
	for _, s := range accept {
		if !reUnaskedChange.MatchString(compact(s)) {
			t.Errorf("%q: want a complaint of a change unasked", s)
		}
	}
	for _, s := range reject {
		if reUnaskedChange.MatchString(compact(s)) {
			t.Errorf("%q: no complaint of a change unasked", s)
		}
	}
}

func TestOwnUnitIdempotent(t *testing.T) {
	cases := []struct{ v, unit, want string }{
		{"学院党委团委", "学院党委", "学院党委团委"},
		{"学院团委", "许昌职业技术学院", "许昌职业技术学院团委"},
		{"学校宣传部", "许昌学院", "许昌学院宣传部"},
	}
	for _, c := range cases {
		got := ownUnitName(c.v, c.unit)
		if got != c.want {
			t.Errorf("ownUnitName(%q, %q) = %q, want %q", c.v, c.unit, got, c.want)
		}
		if again := ownUnitName(got, c.unit); again != got {
			t.Errorf("ownUnitName not idempotent: %q → %q", got, again)
		}
	}
}
