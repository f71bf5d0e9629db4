package dialogs

import "testing"

// TestOpensWithValues: the words before the wish to register are read as
// the answer to the form's first step when they read fully (s9-b, rp107
// p107b); greetings, questions and chatter are no values.
func TestOpensWithValues(t *testing.T) {
	tr, _ := fixTurn(t)
	for _, s := range []string{"开封市文化旅游学校", "漯河市第一中等专业学校", "开封市文化旅游学校 片名红色账本"} {
		tr.st = &state{}
		if !tr.opensWithValues(openingHead(s)) {
			t.Errorf("opensWithValues(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"", "您好", "大家好", "老师说要报那个党员教育短视频比赛", "我们学校能报吗", "哈哈", "我是帮老师报的学生"} {
		tr.st = &state{}
		if tr.opensWithValues(openingHead(s)) {
			t.Errorf("opensWithValues(%q) = true, want false", s)
		}
	}
}

// TestDecisionLeadOff: the words of a decision before a name come off
// (s9-b, rp104 p104a "那就刘国庆 我们书记"); values that start with such
// characters stay.
func TestDecisionLeadOff(t *testing.T) {
	for in, want := range map[string]string{
		"那就刘国庆":      "刘国庆",
		"那就是刘国庆":     "刘国庆",
		"还是刘国庆":      "刘国庆",
		"那就郑州职业技术学院": "郑州职业技术学院",
		"就业创业指导中心":   "就业创业指导中心",
		"刘国庆":        "刘国庆",
		"还是":         "还是",
		"那就":         "那就",
		"那就我":        "我",
		"还是他吧":       "他吧",
	} {
		if got := decidedLeadOff(in); got != want {
			t.Errorf("decidedLeadOff(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"那就刘国庆": "刘国庆", "就业创业指导中心": "就业创业指导中心", "那就写刘国庆吧": "刘国庆"} {
		if got := unwrap(in); got != want {
			t.Errorf("unwrap(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitledKnown: a surname with a title is the one person of the draft
// with that surname; "我们老师" from someone typing for the contact is a
// guess to ask (s9-b, rp104 p104b).
func TestTitledKnown(t *testing.T) {
	tr, e := fixTurn(t) // contact 王丽娜; 主创 李明, 张伟, 杜朋飞, 杜鹏飞、韩雪
	for n, want := range map[string]string{"王老师": "王丽娜", "我们王老师": "王丽娜", "李书记": "李明", "韩主任": "韩雪", "小王": "王丽娜"} {
		if got, _ := tr.titledKnown(e, n); got != want {
			t.Errorf("titledKnown(%q) = %q, want %q", n, got, want)
		}
	}
	// reject: no one, or two people, with the surname; full names; plain titles
	for _, n := range []string{"赵老师", "杜老师", "王丽娜", "老师", "我们书记", "我们老师", "小赵", "小杜"} {
		if got, g := tr.titledKnown(e, n); got != "" || g != "" {
			t.Errorf("titledKnown(%q) = %q, %q, want nothing", n, got, g)
		}
	}
	tr.st.ForOther = true
	if _, g := tr.titledKnown(e, "我们老师"); g != "王丽娜" {
		t.Errorf("titledKnown(我们老师) for another = %q, want 王丽娜", g)
	}
	if _, g := tr.titledKnown(e, "我们书记"); g != "" {
		t.Errorf("titledKnown(我们书记) for another = %q, want no guess", g)
	}
}

// TestPhonePlaceSaid: everyday ways of naming a digit's place become the
// form digitfix.go reads (s9-b, rp106 p106a "电话错了 最后是8"); other
// messages stay as typed.
func TestPhonePlaceSaid(t *testing.T) {
	for in, want := range map[string]string{
		"电话错了 最后是8":          "电话最后一位是8",
		"电话错了，最后一个是8":        "电话最后一位是8",
		"电话不对 末尾是8":          "电话最后一位是8",
		"手机号输错了 最后那个数字应该是5":  "手机号最后一位应该是5",
		"倒数第二位是5":            "电话倒数第二位是5",
		"第四位是3不是8":           "电话第四位是3不是8",
		"电话刚才输错了 倒数第二位是5不是8": "电话倒数第二位是5不是8",
		// reject: no place of a digit
		"最后是8秒":     "最后是8秒",
		"电话错了":      "电话错了",
		"电话错了 我重发":  "电话错了 我重发",
		"第二个片子叫红船":  "第二个片子叫红船",
		"倒数第二位是谁":   "倒数第二位是谁",
		"最后那个是李娜剪的": "最后那个是李娜剪的",
	} {
		if got := phonePlaceSaid(in); got != want {
			t.Errorf("phonePlaceSaid(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShortRoles: a role said by one character of its work, with 也/都/还,
// gets the role's word, and 他/她 the name the message gives (s9-b, rp106
// p106a "李红 稿也是她写的"); other clauses stay.
func TestShortRoles(t *testing.T) {
	for in, want := range map[string]string{
		"李红 稿也是她写的": "李红 撰稿也是李红",
		"张三，剪也是他":   "张三，剪辑也是张三",
		"拍都是张三拍的":   "摄影都是张三",
		"导还是她":      "编导还是她",
		// reject
		"拍的剪的都是李强": "拍的剪的都是李强",
		"稿子也是她写的":  "稿子也是她写的",
		"剪辑也是他":    "剪辑也是他",
		"李红":       "李红",
		"拍得不错":     "拍得不错",
	} {
		if got := shortRoles(in); got != want {
			t.Errorf("shortRoles(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAsksWhatLeft: requests to list what is left are progress questions
// (s9-b, rp107 p107b); values and other questions are not.
func TestAsksWhatLeft(t *testing.T) {
	for _, s := range []string{"还差哪几项？", "剩下的是啥你列一下", "还有啥没填", "还有哪些没填的", "没填的有哪些", "还有几项", "还差啥"} {
		if !asksWhatLeft(s) {
			t.Errorf("asksWhatLeft(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"还有一个作品", "剩下的我明天填", "还差一个摄影 是孙磊", "李娜", "还有啥要求", "截止时间是哪天", "继续"} {
		if asksWhatLeft(s) {
			t.Errorf("asksWhatLeft(%q) = true, want false", s)
		}
	}
}

// TestLeaveChange: words that give up an open change (s9-b); values and
// bare fillers do not.
func TestLeaveChange(t *testing.T) {
	for _, s := range []string{"算了不改了", "不填了 怎么退出", "先不改了", "怎么退出", "还是不改了吧", "不用改了"} {
		if c := bareNoSymbols(s); !reLeaveChange.MatchString(c) {
			t.Errorf("reLeaveChange(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"红色账本", "改成红色账本", "2分40秒", "不改名字改时长", "退出登录页面怎么弄的片子"} {
		if c := bareNoSymbols(s); reLeaveChange.MatchString(c) {
			t.Errorf("reLeaveChange(%q) = true, want false", s)
		}
	}
}
