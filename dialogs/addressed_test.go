package dialogs

import (
	"testing"

	"contestbot"
)

// TestAddressed: a message that names a field after talk and gives its
// value is rewritten as that value alone; a 简介 whose story holds label
// words, and messages that name no value, are left alone (s7-e).
func TestAddressed(t *testing.T) {
	tr, e := fixTurn(t)
	accept := map[string]string{
		"我写了呀 撰稿郑雨桐":                 "撰稿郑雨桐",
		"不是不是 那个不是简介 是说撰稿是郑雨桐 你刚没记上": "撰稿是郑雨桐",
		"简介也要改一下 刚那个是错的 简介是：影片以我校三名中职学生的视角讲述成长经历。":                   "内容简介：影片以我校三名中职学生的视角讲述成长经历。",
		"先改下这个的主创 监制赵立新 编导撰稿李梦瑶 摄影无 剪辑王一帆":                           "主创 监制赵立新 编导撰稿李梦瑶 摄影无 剪辑王一帆",
		"那摘要就写：讲述我校毕业生扎根井下十三年的先锋故事。":                                 "内容摘要：讲述我校毕业生扎根井下十三年的先锋故事。",
		"好的，那协议书上的内容摘要就写为：讲述退休老党员陈守义义务维修家电的故事。":                      "内容摘要：讲述退休老党员陈守义义务维修家电的故事。",
		"您好，内容摘要一栏前面多了“那协议书上的内容摘要就写为：”这几个字，麻烦删掉，摘要应为：讲述退休老党员陈守义的故事。": "内容摘要：讲述退休老党员陈守义的故事。",
		"呜呜简介跟摘要都不对 简介改成：影片以我校三名中职学生的视角讲述成长经历。 摘要跟简介一样就行":            "内容简介：影片以我校三名中职学生的视角讲述成长经历。\n内容摘要：同简介",
		"啊啊啊还有 刘老师又说片名还是叫《在党旗下成长》吧 最后一次改了保证 这样可以吗":                   "片名还是叫《在党旗下成长》吧",
		"哦对了 剪辑是王芳": "剪辑是王芳",
		"领导说简介要改成：讲述老党员带领村民修路四十年的故事":                "内容简介：讲述老党员带领村民修路四十年的故事",
		"我说一下简介哈 本片讲述我校三名学生在社区志愿服务中的成长故事":           "内容简介：本片讲述我校三名学生在社区志愿服务中的成长故事",
		"刚开会领导说了，制作单位不写宣传部，写党委组织部，平顶山工业职业技术学院党委组织部": "制作单位：平顶山工业职业技术学院党委组织部",
	}
	for in, want := range accept {
		if got, _, ok := tr.addressed(e, in); !ok || got != want {
			t.Errorf("addressed(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{
		// Stories that hold label words or colons stay verbatim.
		"影片讲述村支书把荒山改成果园的故事，展现基层党员的担当。",
		"本片以我校退休老党员为主线，简介不足以写尽他的四十年：他每天义务维修家电。",
		"我校学生为展板写简介：讲述老党员的故事，展现初心使命。",
		"老支书常说：党员就要带头干。影片讲述他带领村民修路的故事。",
		"本片时长虽短，却讲述了一位老党员四十年的坚守。",
		"我们的老党员王守田说：片名就叫初心吧。影片讲述他的故事",
		"我们跟拍了老党员三个月 摄影师记录下他的一天",
		// Labelled answers read as they are, questions and complaints.
		"撰稿郑雨桐",
		"内容简介：影片讲述老党员的故事。",
		"刚才片名打错了一个字 咋改",
		"不是 我说片名要换 换成 红旗渠边的思政课",
		"那个至做单位还是错的应该是南阳市第二中等职业学校党委",
		"简介写多长合适",
		"简介哈 本片讲述三名学生的成长故事",
		"影片讲述老党员写简介啊 写了四十年的故事",
	} {
		if got, _, ok := tr.addressed(e, in); ok {
			t.Errorf("addressed(%q) = %q; want none", in, got)
		}
	}
	if _, denied, _ := tr.addressed(e, "不是不是 那个不是简介 是说撰稿是郑雨桐"); denied != slot(contestbot.FieldSynopsis) {
		t.Errorf("denied = %q, want the 简介", denied)
	}
}

// TestNegatedValue: "不写X，写Y" stores Y, the most specific name; other
// fields said after it stay; a value without a positive stays unread.
func TestNegatedValue(t *testing.T) {
	tr, e := fixTurn(t)
	accept := map[string]string{
		"制作单位不写宣传部，写党委组织部，平顶山工业职业技术学院党委组织部": "制作单位：平顶山工业职业技术学院党委组织部",
		"制作单位不是洛阳理工学院，是洛阳理工学院宣传部，联系人王芳":     "制作单位：洛阳理工学院宣传部，联系人王芳",
		"剪辑不是许晨阳，是邓一凡":                      "剪辑：邓一凡",
		"片名不是唉！片名是一张老照片里的党史，时长2分钟，动画制作":     "片名：一张老照片里的党史，时长2分钟，动画制作",
	}
	for in, want := range accept {
		if got, ok := tr.negatedAddress(e, in); !ok || got != want {
			t.Errorf("negatedAddress(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"制作单位不写宣传部",
		"制作单位是平顶山工业职业技术学院党委组织部",
		"不写宣传部，写党委组织部",
		"影片讲述他不写检讨，写日记的故事",
		"联系人不是我，我问问",
	} {
		if got, ok := tr.negatedAddress(e, in); ok {
			t.Errorf("negatedAddress(%q) = %q; want none", in, got)
		}
	}
}

// TestSameSummaryTail: an instruction about the 摘要 at the end of a 简介
// comes off it; a 简介 that speaks of a summary in its story stays.
func TestSameSummaryTail(t *testing.T) {
	accept := map[string]string{
		"郸城县职业中专教师老党员王守田从教三十年 展现基层党员扎根职教的初心 嗯 那个协议书上那个内容摘要也用这个就行": "郸城县职业中专教师老党员王守田从教三十年 展现基层党员扎根职教的初心",
		"影片以三名学生的视角讲述成长经历。 摘要跟简介一样就行":                             "影片以三名学生的视角讲述成长经历。",
		"影片以三名学生的视角讲述成长经历，摘要同简介":                                  "影片以三名学生的视角讲述成长经历",
		"影片讲述老党员的故事。内容摘要就用这段吧":                                    "影片讲述老党员的故事。",
	}
	for in, want := range accept {
		if got, ok := sameSummaryTail(in); !ok || got != want {
			t.Errorf("sameSummaryTail(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"影片讲述老党员的故事。",
		"影片讲述老党员写工作摘要四十年的故事",
		"影片讲述老党员的故事。摘要我另外写",
		"摘要跟简介一样就行",
		"影片讲述老党员的故事 摘要写啥",
	} {
		if got, ok := sameSummaryTail(in); ok {
			t.Errorf("sameSummaryTail(%q) = %q; want none", in, got)
		}
	}
}

// TestCopulaLeadOff: a spoken 就是 before a name or a place opens no 简介;
// before a pronoun or a demonstrative it is the story's.
func TestCopulaLeadOff(t *testing.T) {
	accept := map[string]string{
		"就是郸城县职业中专农机专业教师老党员王守田从教三十年": "郸城县职业中专农机专业教师老党员王守田从教三十年",
		"就是讲述老党员王守田带学生下乡修农机的故事":      "讲述老党员王守田带学生下乡修农机的故事",
	}
	for in, want := range accept {
		if got := copulaLeadOff(in); got != want {
			t.Errorf("copulaLeadOff(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"就是这样一位老师，四十年扎根乡村讲台。", "就是他，带着学生四十年下乡修农机。", "就是因为一盏灯，老党员守了四十年。",
		"就是郸城县", "就是说影片讲述老党员的故事和传承"} {
		if got := copulaLeadOff(in); got != in {
			t.Errorf("copulaLeadOff(%q) = %q, want it unchanged", in, got)
		}
	}
}
