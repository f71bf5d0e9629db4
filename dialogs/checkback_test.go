package dialogs

import (
	"testing"

	"contestbot"
)

// TestCheckBackParts reads answers given as questions (s5-f3, round 10):
// accepted ones yield the value and whether a check-back was asked; the
// rejected ones are no check-back with a value at all.
func TestCheckBackParts(t *testing.T) {
	accept := []struct {
		name, in, value string
		check           bool
		asks            int
	}{
		{"question then check then value", "推荐单位是啥意思，是填我们学校吧？河南省漯河商贸中等专业学校", "河南省漯河商贸中等专业学校", true, 2},
		{"lead word and closing check", "那就是河南省漯河商贸中等专业学校，这样填对吗", "河南省漯河商贸中等专业学校", true, 0},
		{"self check before the values", "联系人就是我吧？房春燕，电话13598561237，这样填对吗", "房春燕，电话13598561237", true, 1},
		{"pronoun for a person named with a title", "监制是填领导吗？我们党总支书记张秀琴老师一直在管这个事，填她对吗", "张秀琴", true, 1},
		{"tag at the end of the value", "牡丹花下的初心可以吗", "牡丹花下的初心", true, 0},
		{"write X 行不行", "写王建国行不行", "王建国", true, 0},
		{"check with no value", "是这个意思吧", "", true, 0},
		{"value asked back with 那就写…吧？", "那就写同上吧？", "同上", true, 0},
		{"self check with 行吗", "联系人填我行吗？我叫李娜，13800000000", "我叫李娜，13800000000", true, 1},
		{"labelled value with a tag", "监制写我们书记王强可以吗", "监制写我们书记王强", true, 0},
		{"check with no value, 这样填对吗", "这样填对吗", "", true, 0},
		{"length question then the text", "简介要写多长啊？我写了一段您看行不行：影片记录我校学生党员志愿服务队的日常。", "影片记录我校学生党员志愿服务队的日常。", false, 2},
	}
	for _, tc := range accept {
		t.Run("accept/"+tc.name, func(t *testing.T) {
			asks, value, check, ok := checkBackParts(tc.in)
			if !ok || value != tc.value || check != tc.check || len(asks) != tc.asks {
				t.Errorf("checkBackParts(%q) = %q, %q, %v, %v; want value %q, check %v, %d asks", tc.in, asks, value, check, ok, tc.value, tc.check, tc.asks)
			}
		})
	}
	reject := []string{
		"河南省漯河商贸中等专业学校",
		"联系人写我们科里的王丽娟老师吧，她的手机号是13839512468。请问一下，报名表和汇总表的纸质版需要交几份？",
		"时长这一栏要写几分几秒吗？还是写几分钟就行",
		"这个表在这填完了还用交纸质的吗",
		"监制填她对吗", // 她 stands for nobody named here
		"我们党总支书记张秀琴老师一直在管这个事", // no check-back
	}
	for _, in := range reject {
		t.Run("reject/"+in, func(t *testing.T) {
			if asks, value, check, ok := checkBackParts(in); ok && value != "" {
				t.Errorf("checkBackParts(%q) = %q, %q, %v, true; want no value", in, asks, value, check)
			}
		})
	}
}

// TestCheckTag tells a clause that only asks whether the filling is right
// from a value or a real question.
func TestCheckTag(t *testing.T) {
	for _, in := range []string{"这样填对吗", "是这个意思吧", "对吧", "这样可以吗", "您看行不行", "填她对吗", "这么写没问题吧", "是吧？"} {
		if _, ok := checkTag(in); !ok {
			t.Errorf("checkTag(%q) = false, want true", in)
		}
	}
	for _, in := range []string{"行吧", "王建国", "截止时间是哪天", "这个算公开发表吗", "好的", "可以"} {
		if _, ok := checkTag(in); ok {
			t.Errorf("checkTag(%q) = true, want false", in)
		}
	}
}

// TestValueEdgeTalk covers the talk kept at the edges of values (s5-f3):
// lead words before an organisation, a count after a title, a pointer to
// an option, and chatter before or after a free text.
func TestValueEdgeTalk(t *testing.T) {
	orgs := map[string]string{
		"还是平顶山鹰城技师学院":      "平顶山鹰城技师学院",
		"那就是河南省漯河商贸中等专业学校": "河南省漯河商贸中等专业学校",
		"即郑州铁路职业技术学院":      "郑州铁路职业技术学院",
		"还是学院":             "还是学院", // what remains is no organisation
		"即墨区职业中等专业学校":      "即墨区职业中等专业学校",
	}
	for in, want := range orgs {
		if got := orgLeadOff(in); got != want {
			t.Errorf("orgLeadOff(%q) = %q, want %q", in, got, want)
		}
	}
	titles := map[string]string{
		"就粉条直播间四个字":  "粉条直播间",
		"红色青春这4个字":   "红色青春",
		"初心如磐哈哈哈":    "初心如磐",
		"八个字":        "八个字", // too short to be a title with a count
		"青春 我们来了":    "青春 我们来了",
		"一个字也不能少的青春": "一个字也不能少的青春",
	}
	for in, want := range titles {
		if got, _ := titleRemarkOff(in); got != want {
			t.Errorf("titleRemarkOff(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"老师说用第一个哈哈哈", "就用后面那个", "选第二个吧", "第一个"} {
		if !optionRef(in) {
			t.Errorf("optionRef(%q) = false, want true", in)
		}
	}
	for _, in := range []string{"牡丹花下的初心", "第一书记的一天", "那个夏天", "最后一课"} {
		if optionRef(in) {
			t.Errorf("optionRef(%q) = true, want false", in)
		}
	}
	texts := map[string]string{
		"行吧。影片讲述我院党员教师扎根职业教育十余年的故事，":              "影片讲述我院党员教师扎根职业教育十余年的故事",
		"那我另写个短点的吧，记录我校党员志愿服务队在沙澧河畔服务群众的日常。这样可以吗": "记录我校党员志愿服务队在沙澧河畔服务群众的日常。",
		"我写了一段您看行不行：影片记录我校学生党员志愿服务队的日常。":          "影片记录我校学生党员志愿服务队的日常。",
		"摘要另写一个短的：用AI再现红旗渠修建场景，引导党员传承红旗渠精神。":      "用AI再现红旗渠修建场景，引导党员传承红旗渠精神。",
	}
	for in, want := range texts {
		if got, _, ok := freeTextChatterOff(in); !ok || got != want {
			t.Errorf("freeTextChatterOff(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"还没发完呢，后面还有半句：以小切口展现新时代职业院校党员教师的先锋模范作用。", "后面还有一句：展现党员本色。"} {
		if !opensWithMore(in) {
			t.Errorf("opensWithMore(%q) = false, want true", in)
		}
	}
	for _, in := range []string{"影片讲述还有半句话没说完的老人的故事。", "行吧。影片讲述我院党员教师的故事"} {
		if opensWithMore(in) {
			t.Errorf("opensWithMore(%q) = true, want false", in)
		}
	}
}

// TestPhoneLabelAsVerb: "打电话" makes a call; it labels no phone number.
func TestPhoneLabelAsVerb(t *testing.T) {
	for _, in := range []string{"回头让老师打电话问问", "我回电话问问", "等他来电话"} {
		for _, v := range extract(in).values {
			if v.slot == slot(contestbot.FieldPhone) {
				t.Errorf("extract(%q) took a phone: %q", in, v.raw)
			}
		}
	}
	ex := extract("电话13598561237")
	if len(ex.values) != 1 || ex.values[0].slot != slot(contestbot.FieldPhone) {
		t.Errorf("extract(电话13598561237) = %+v, want the phone", ex.values)
	}
}

// TestFactsSummedUp: a closing check on the eligibility facts counts only
// after a summing-up clause.
func TestFactsSummedUp(t *testing.T) {
	for _, in := range []string{"那就是都符合", "都没问题", "全都满足", "以上都是", "应该都符合"} {
		if !reAllAgree.MatchString(in) {
			t.Errorf("reAllAgree(%q) = false, want true", in)
		}
	}
	for _, in := range []string{"这样不影响", "视频本身没发过", "都符合要求吗", "没用AI", "符合"} {
		if reAllAgree.MatchString(in) {
			t.Errorf("reAllAgree(%q) = true, want false", in)
		}
	}
}

// TestFullerOrgOwnPart: a part said with 我们 and then the full name.
func TestFullerOrgOwnPart(t *testing.T) {
	cases := map[string]string{
		"我们宣传部做的，新乡牧野职业技术学院党委宣传部":    "新乡牧野职业技术学院党委宣传部做的",
		"电气工程学院做的，平顶山工业职业技术学院电气工程学院": "平顶山工业职业技术学院电气工程学院做的",
	}
	for in, want := range cases {
		if got := fullerOrg(in); got != want {
			t.Errorf("fullerOrg(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDefersConfirm: putting the confirmation off is no consent and no edit.
func TestDefersConfirm(t *testing.T) {
	for _, in := range []string{"好的我回头打电话问问再确认", "我先问问领导", "等我核实一下", "明天请示一下书记再说"} {
		if !defersConfirm(in) {
			t.Errorf("defersConfirm(%q) = false, want true", in)
		}
	}
	for _, in := range []string{"确认", "先问一下，原件寄到哪？", "时长改成2分10秒", "好的那我回头让老师打电话问问 其他都是的 正片没发过 也没用AI"} {
		if defersConfirm(in) {
			t.Errorf("defersConfirm(%q) = true, want false", in)
		}
	}
}
