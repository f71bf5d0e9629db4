package dialogs

import (
	"testing"

	"contestbot"
)

// The readers of issue #10's round-3 classes, each with what it must accept
// and what it must reject.
func TestTalkReaders(t *testing.T) {
	checkReaders(t, []readerCase{
		// Class 1: a free text must look like content, not talk to the bot.
		{"free text is content", func(s string) bool { return freeTextProblem(s) == "" },
			[]string{"影片讲述学院水利工程系学生党员组成“河小青”志愿服务队，利用专业所学常年在黄河郑州段开展巡河护堤的故事。",
				"讲的是俺们学校退休老党员王德厚老师 退休了还天天回学校义务给机电专业的学生辅导实训",
				"AI带你读懂八项规定", "守护黄河的“河小青”", "用AI数字人结合校园真实案例逐条解读中央八项规定精神，帮助师生党员明白哪些能做、哪些不能做。",
				"记录后勤党员宿管员刘桂芳二十年守护学生的平凡日常，以小岗位折射共产党员的大担当。", "一封家书里的初心"},
			[]string{"你好，我接着填昨天那个", "你还没回答我", "我是问预告片那个算不算公开发表，你还没回答我", "先这样，我明天再弄",
				"从“学院学生党员”开始到“担当”结束", "你上面那个摘要前面多了几个字，要去掉。摘要就是从“学院学生党员”开始到“担当”结束",
				"摘要我一会发你。对了版权协议书原件是要寄过去还是送过去？送到哪", "问一下，学校公众号发过一个十几秒的预告片算公开发表吗？正片没发过",
				"不是 恁问的拍的人是谁 俺说王磊拍的", "内容摘要是弄啥嘞 跟简介一样中不中", "简介不对哈 等下我重新发", "在吗", "您好，请问简介写多长"}},
		// Class 6: questions in everyday and Henan words.
		{"isQuestion", isQuestion,
			[]string{"用手机拍的算实景拍摄不算", "在俺们学校开会时候放过一回 算公开发表不算", "学校里放过算不算公开发表", "跟简介一样中不中",
				"俺们中职学校能参加不能", "是不是简介超100字了", "摘要我一会发你。对了原件是寄过去还是送过去？送到哪"},
			[]string{"不是不是", "实景拍摄", "网上木有发过 就开会放了一回", "王磊 俺们信息中心的小伙", "是的，都符合。今年5月份拍的，没发过，也没用AI"}},
		// Class 4: "the rest agree" and denials.
		{"restAgree", restAgree,
			[]string{"都符合", "其他都是", "其他几条都对", "其它都符合", "剩下的都没问题"},
			[]string{"是", "不符合", "用了AI配音", "都不是", "第三条不是"}},
		{"isDenial", isDenial,
			[]string{"不是不是", "不对不对", "不是，不是"},
			[]string{"不是", "不是个人作品", "是"}},
		// Class 5: registration intent in everyday words.
		{"registerIntent", registerIntent,
			[]string{"恁帮俺填吧 俺不大会弄", "那行 我报一个吧 我们学校一个动画片", "好，那先报第一个。我把表里的内容直接发你",
				"我们学校要报一个片子，在这儿能直接报名吗？", "那我们报一个吧"},
			[]string{"这里能直接报名吗", "你好，请问这个党员教育短视频比赛报名是在这里吗？", "一个学校最多能报几个", "截止是哪天来着", "报名表要交几份", "你帮我缩一下呗", "我们报了一个，还能报吗"}},
		// Class 3: a part that only describes someone.
		{"describesPerson", describesPerson,
			[]string{"俺们信息中心的小伙", "我们书记吧", "书记", "办公室的同事", "我们科长"},
			[]string{"王磊", "孙志强", "王建国书记", "李老师", "欧阳娜娜"}},
		// Class 8: quotes that are part of a title.
		{"innerQuotes", innerQuotes,
			[]string{"守护黄河的“河小青”", "“数字丝路”上的青春", "我们的“家”"},
			[]string{"“守望”", "叫“守望”", "片名是“守望”", "守望"}},
	})
}

// Class 2: lead-ins come off, the text stays verbatim with its 。.
func TestFreeTextValue(t *testing.T) {
	for _, tc := range []struct {
		in   string
		s    contestbot.Field
		want string
	}{
		{"摘要是：学院学生党员组成“河小青”志愿服务队。", contestbot.FieldSummary, "学院学生党员组成“河小青”志愿服务队。"},
		{"问你的。摘要是：学院学生党员组成“河小青”志愿服务队。", contestbot.FieldSummary, "学院学生党员组成“河小青”志愿服务队。"},
		{"摘要另写一段：记录后勤党员宿管员刘桂芳二十年守护学生的平凡日常。", contestbot.FieldSummary, "记录后勤党员宿管员刘桂芳二十年守护学生的平凡日常。"},
		{"另写一段：记录后勤党员宿管员刘桂芳二十年守护学生的平凡日常。", contestbot.FieldSummary, "记录后勤党员宿管员刘桂芳二十年守护学生的平凡日常。"},
		{"片子记录了宿管员的日常：深夜巡查、为生病学生熬粥。", contestbot.FieldSynopsis, "片子记录了宿管员的日常：深夜巡查、为生病学生熬粥。"},
		{"简介：讲述老党员的故事。", contestbot.FieldSummary, "简介：讲述老党员的故事。"},
	} {
		if got := freeTextValue(tc.in, slot(tc.s)); got != tc.want {
			t.Errorf("freeTextValue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Class 4: Henan negation is read as negation for yes/no facts.
func TestDialectNegation(t *testing.T) {
	for in, want := range map[string]string{
		"网上木有发过": "网上没有发过", "恁还木回俺嘞": "恁还没回俺嘞", "木用AI": "没用AI", "树木有年轮": "树木有年轮", "积木有趣": "积木有趣",
	} {
		if got := dialectNegation(in); got != want {
			t.Errorf("dialectNegation(%q) = %q, want %q", in, got, want)
		}
	}
}

// Class 3: names keep only the name.
func TestRoundThreeNames(t *testing.T) {
	for _, tc := range []struct{ in, contact, want string }{
		{"我和刘洋", "赵红梅", "赵红梅、刘洋"},
		{"我们王建国书记", "", "王建国"},
		{"我们书记", "", "我们书记"}, // no name: the caller asks
	} {
		got, ok := personValue(tc.in, tc.contact)
		if !ok || got != tc.want {
			t.Errorf("personValue(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	if got := dropDescriptions([]string{"王磊", "俺们信息中心的小伙"}); len(got) != 1 || got[0] != "王磊" {
		t.Errorf("dropDescriptions = %q", got)
	}
	for _, parts := range [][]string{{"我们书记吧", "孙志强"}, {"都是我", "孙志强"}, {"就我一个人", "孙志强"}, {"孙志强", "哈哈"}, {"就孙志强一个", "不是两个人"}} {
		if got := dropDescriptions(parts); len(got) != 1 || (got[0] != "孙志强" && got[0] != "就孙志强一个") {
			t.Errorf("dropDescriptions(%q) = %q", parts, got)
		}
	}
	if got, _ := personValue("也改成陈雨萱", ""); got != "陈雨萱" {
		t.Errorf("personValue(也改成陈雨萱) = %q", got)
	}
}

// Class 9: an order in natural words.
func TestNaturalOrder(t *testing.T) {
	es := []*contestbot.Entry{
		{Title: "小岗位 大担当", Synopsis: "片子记录了学校后勤党支部党员、宿管员刘桂芳的平凡日常。", Status: contestbot.StatusComplete},
		{Title: "AI带你读懂八项规定", Synopsis: "作品运用AI生成数字人讲解员。", Status: contestbot.StatusComplete},
	}
	for in, want := range map[string]string{
		"AI那个第一，小岗位第二": "2 1",
		"领导看了觉得AI那个做得更好，汇总表里把它排第一，宿管那个排第二吧": "2 1",
		"把AI那个放前面": "2 1",
		"小岗位第一":    "1 2",
		"宿管那个放最后":  "2 1",
	} {
		got, ok := naturalOrder(es, in)
		if !ok || got != want {
			t.Errorf("naturalOrder(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"那个第一", "第三个放第一", "好的"} {
		if got, ok := naturalOrder(es, in); ok {
			t.Errorf("naturalOrder(%q) = %q, want no reading", in, got)
		}
	}
}

// Class 10: a phone number one digit short says so.
func TestPhoneShort(t *testing.T) {
	_, err := contestbot.ParsePhone("1383827156")
	if err == nil || contestbot.ErrorMessage(err) != "手机号码少了一位（现在是10位），请核对后重发" {
		t.Errorf("ParsePhone(10 digits) = %v", err)
	}
}

// A question typed after a free text is cut off and answered; the text stays
// as typed.
func TestSplitTrailingTalk(t *testing.T) {
	for _, tc := range []struct{ in, content, talk string }{
		{"以一枚党徽为线索，展现职教党员的初心坚守。另外麻烦请问一下，版权确认协议书的乙方是写我们学院，还是写作者个人呢？",
			"以一枚党徽为线索，展现职教党员的初心坚守。", "另外麻烦请问一下，版权确认协议书的乙方是写我们学院，还是写作者个人呢？"},
		{"讲述老党员四十年的坚守。什么是初心？", "讲述老党员四十年的坚守。什么是初心？", ""},
		{"讲述老党员四十年的坚守。", "讲述老党员四十年的坚守。", ""},
		{"记录师生走进乡村的故事。对了，报名表要盖章吗？", "记录师生走进乡村的故事。", "对了，报名表要盖章吗？"},
	} {
		c, q := splitTrailingTalk(tc.in)
		if c != tc.content || q != tc.talk {
			t.Errorf("splitTrailingTalk(%q) = %q, %q; want %q, %q", tc.in, c, q, tc.content, tc.talk)
		}
	}
}
