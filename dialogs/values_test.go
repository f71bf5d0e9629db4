package dialogs

import (
	"testing"

	"contestbot"
)

// Each validator of issue #10 with what it must accept and what it must
// reject.
func TestValidators(t *testing.T) {
	checkReaders(t, []readerCase{
		{"isOrg", isOrg,
			[]string{"郑州职业技术学院", "河南交通职业技术学院党委组织部", "中共河南工业职业技术学院委员会", "河南省工业学校机电工程系党总支",
				"郑州光影文化传媒有限公司", "河南交通职业技术学院党委组织部、郑州光影文化传媒有限公司", "郑州市第一职业中专", "河南省党员教育中心"},
			[]string{"啥意思", "学校全称还是党委名称", "先这样、我明天再弄", "这块是我们学校党委组织部和一家传媒公司合作完成的", "同上有啥不一样", "张卫红", "上一个", "接着报第二个，单位"}},
		{"isPerson", isPerson,
			[]string{"王子豪", "李娜", "欧阳娜娜", "王老师", "买买提·艾力", "周文涛"},
			[]string{"啥", "先这样、我明天再弄", "真名王建军哈、老王是外号", "刘洋、办公室", "不是许晨阳、是邓一凡剪的", "郑州大学", "办公室", "我明天再弄吧"}},
		{"free text is no act", func(s string) bool { return freeTextProblem(s) == "" },
			[]string{"讲述机电工程学院教工党员扎根实训车间二十年的故事。", "讲述什么叫初心的故事。", "本片时长虽短，却讲述了三代人的坚守。", "聚焦学生党员创业团队，通过跨境直播把河南农产品卖到“一带一路”沿线国家。"},
			[]string{"你帮我缩一下呗", "先这样，我明天再弄", "刚才那段不是内容简介，是主创人员名单", "简介写多长？", "你咋又把我整句话都记进去了",
				"主创和简介都不对，麻烦您一项项改一下：监制改成孙志刚，编导改成周文涛", "电话刚才输错了，应该是13782105816"}},
	})
}

// Wrappers come off, the value stays as typed.
func TestUnwrapAndPersonValue(t *testing.T) {
	for _, tc := range []struct{ in, contact, want string }{
		{"真名王建军哈，老王是外号", "", "王建军"},
		{"就写我周文涛吧", "", "周文涛"},
		{"俺 张卫红", "", "张卫红"},
		{"不是许晨阳，是邓一凡剪的", "", "邓一凡"},
		{"我", "李娜", "李娜"},
		{"本人", "李娜", "李娜"},
		{"我王子豪", "", "王子豪"},
		{"李晓雯老师", "", "李晓雯"},
		{"王老师", "", "王老师"},
		{"是我们分管校领导孙志刚书记", "", "孙志刚"},
		{"都是马俊杰老师一个人负责的", "", "马俊杰"},
	} {
		got, ok := personValue(tc.in, tc.contact)
		if !ok || got != tc.want {
			t.Errorf("personValue(%q, %q) = %q, %v; want %q", tc.in, tc.contact, got, ok, tc.want)
		}
	}
	if _, ok := personValue("我", ""); ok {
		t.Errorf("personValue(我) with no contact known: want a question back")
	}
	for _, tc := range []struct{ in, want string }{
		{"全称 中共河南工业职业技术学院委员会", "中共河南工业职业技术学院委员会"},
		{"全称哈：河南工业职业技术学院党委组织部", "河南工业职业技术学院党委组织部"},
		{"老师说写全称 中共河南工业职业技术学院委员会", "中共河南工业职业技术学院委员会"},
		{"俺们就是周口职业技术学院", "周口职业技术学院"},
		{"请写成“河南交通职业技术学院党委组织部、郑州光影文化传媒有限公司”", "河南交通职业技术学院党委组织部、郑州光影文化传媒有限公司"},
		{"河南职业技术学院党委组织部就中", "河南职业技术学院党委组织部"},
	} {
		if got := unwrap(tc.in); got != tc.want {
			t.Errorf("unwrap(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := ownUnit("我们学校党委组织部", "郑州大学"); got != "郑州大学党委组织部" {
		t.Errorf("ownUnit = %q", got)
	}
}

// One reading per message, by class.
func TestInterpret(t *testing.T) {
	for _, tc := range []struct {
		in    string
		act   act
		field slot
	}{
		{"制作单位是啥意思", actAskField, slot(contestbot.FieldProducer)},
		{"监制是啥", actAskField, slotSupervisor},
		{"推荐单位写学校全称还是党委名称", actAskField, slot(contestbot.FieldUnit)},
		{"制作单位跟推荐单位有啥不一样", actAskField, slot(contestbot.FieldProducer)},
		{"推荐单位是啥意思 俺们就是周口职业技术学院", actAskField, slot(contestbot.FieldUnit)},
		{"先这样，我明天再弄", actLeave, ""},
		{"我先忙，回头再填", actLeave, ""},
		{"你帮我缩一下呗", actRequest, ""},
		{"等等，先把目前填的内容发我看一下", actView, ""},
		{"刚才那段不是内容简介，是主创人员名单", actComplaint, slot(contestbot.FieldSynopsis)},
		{"你咋又把我整句话都记进去了？制作单位改成：河南省工业学校机电工程系党总支", actComplaint, ""},
		{"上次那个报名接着弄", actResume, ""},
		{"内容摘要前面多了“摘要另写：”这几个字，去掉", actRemoveText, slot(contestbot.FieldSummary)},
		{"河南工业职业技术学院", actNone, ""},
		{"初心是什么", actNone, ""},
		{"监制张三，编导李四", actNone, ""},
	} {
		r := interpret(tc.in)
		if r.act != tc.act || (tc.field != "" && r.field != tc.field) {
			t.Errorf("interpret(%q) = act %d field %q; want act %d field %q", tc.in, r.act, r.field, tc.act, tc.field)
		}
	}
	if r := interpret("推荐单位是啥意思 俺们就是周口职业技术学院"); r.rest != "俺们就是周口职业技术学院" {
		t.Errorf("rest = %q", r.rest)
	}
}

func TestConsents(t *testing.T) {
	for _, s := range []string{"确认", "是", "好的，核对无误，确认。辛苦您了，谢谢！", "行吧 确认", "确认提交", "没问题"} {
		if !consents(s) {
			t.Errorf("consents(%q) = false", s)
		}
	}
	for _, s := range []string{"确认之前问一下，版权确认协议书原件是寄过去还是送过去？", "对，今年9月拍的", "不确认", "等等，先别提交", "我还没说确认呢，怎么就提交了？", "确认一下时长对吗"} {
		if consents(s) {
			t.Errorf("consents(%q) = true", s)
		}
	}
}

func TestEligibilityClause(t *testing.T) {
	for _, tc := range []struct {
		in  string
		f   contestbot.Field
		val bool
	}{
		{"没往网上发过", contestbot.FieldUnpublished, true},
		{"也没用AI", contestbot.FieldAIUsed, false},
		{"今年弄的", contestbot.FieldMadeInPeriod, true},
		{"是学校的", contestbot.FieldUnitWork, true},
		{"已经在抖音发过了", contestbot.FieldUnpublished, false},
		{"旁白用了AI配音", contestbot.FieldAIUsed, true},
		{"从没在公众号发布", contestbot.FieldUnpublished, true},
		{"不是学校的", contestbot.FieldUnitWork, false},
	} {
		f, v, ok := eligibilityClause(tc.in, period{2025, testSeason(t)})
		if !ok || f != tc.f || v != tc.val {
			t.Errorf("eligibilityClause(%q) = %s %v %v; want %s %v", tc.in, f, v, ok, tc.f, tc.val)
		}
	}
}
