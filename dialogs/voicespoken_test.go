package dialogs

import (
	"testing"

	"contestbot"
)

// Table tests of branch s12-g (round 32, rp150 laoli_zhoukou): voice input's
// own names for fields, preambles, explanations and spoken edits. Rejects
// first: real texts and titles with 就是说, 那个, 短的, 介绍.

var (
	slotSynopsis = slot(contestbot.FieldSynopsis)
	slotSummary  = slot(contestbot.FieldSummary)
)

func TestSpokenTextLead(t *testing.T) {
	reject := []struct {
		in      string
		pending slot
		filled  bool
	}{
		{"介绍了乡村医生马红梅扎根基层二十多年的故事", slotSynopsis, false},   // a 简介 that opens with 介绍了
		{"短的那个版本我们还在剪，过两天再发给你", slotSummary, true},       // talk, no connector
		{"那短的就这样写吧", slotSummary, true},                  // no text
		{"摘要是啥就是说再要一个短的是吧", slotSummary, true},           // a question
		{"短的就是动画讲述我校毕业生党员医生马红梅的故事", slotSynopsis, false}, // 短的 with neither the 摘要 asked nor a 简介
		{"就是说这个片子讲的是马红梅的事迹和她的红药箱", slotSynopsis, false},  // no label: the text as typed
		{"介绍一下报名流程可以吗", "", false},                       // a question
		{"这个动画片讲的是我们学校2001届毕业生马红梅的事迹", slotSynopsis, false},
	}
	for _, c := range reject {
		if f, text, _, ok := spokenTextLead(c.in, c.pending, c.filled); ok {
			t.Errorf("spokenTextLead(%q) = %q %q, want none", c.in, f, text)
		}
	}
	accept := []struct {
		in      string
		pending slot
		filled  bool
		f       slot
		text    string
		edit    bool
	}{
		{"简介就是那个介绍是吧那我说一下这个动画片讲的是我们学校2001届毕业生马红梅的事迹", slotSynopsis, false, slotSynopsis, "这个动画片讲的是我们学校2001届毕业生马红梅的事迹", false},
		{"那短的就这样写动画讲述我校毕业生党员医生马红梅扎根西华县乡镇卫生院二十多年的故事", slotSummary, true, slotSummary, "动画讲述我校毕业生党员医生马红梅扎根西华县乡镇卫生院二十多年的故事", false},
		{"摘要是动画讲述我校毕业生党员医生马红梅扎根西华县乡镇卫生院的故事", slotSummary, true, slotSummary, "动画讲述我校毕业生党员医生马红梅扎根西华县乡镇卫生院的故事", false},
		{"介绍改成这个动画片讲的是我们学校2001届毕业生马红梅的事迹", "", true, slotSynopsis, "这个动画片讲的是我们学校2001届毕业生马红梅的事迹", true},
		{"那个长的就是这个动画片讲的是我们学校毕业生马红梅的事迹", slotSummary, true, slotSynopsis, "这个动画片讲的是我们学校毕业生马红梅的事迹", false},
		{"简介是那个年代乡村医生背着药箱走村入户的故事", slotSynopsis, false, slotSynopsis, "那个年代乡村医生背着药箱走村入户的故事", false},
		{"那我说一下这个动画片讲的是我们学校毕业生马红梅的事迹", slotSynopsis, false, slotSynopsis, "这个动画片讲的是我们学校毕业生马红梅的事迹", false},
		{"嗯简介是这样的退休教师老党员李德明三十年来坚持用一个小账本记下每月交纳的党费", slotSynopsis, false, slotSynopsis, "退休教师老党员李德明三十年来坚持用一个小账本记下每月交纳的党费", false},
	}
	for _, c := range accept {
		f, text, edit, ok := spokenTextLead(c.in, c.pending, c.filled)
		if !ok || f != c.f || text != c.text || edit != c.edit {
			t.Errorf("spokenTextLead(%q) = %q %q %v %v, want %q %q %v", c.in, f, text, edit, ok, c.f, c.text, c.edit)
		}
	}
}

func TestVoiceValueFix(t *testing.T) {
	const unit = "周口卫生职业学院"
	reject := []struct {
		in      string
		pending slot
	}{
		{"片名叫那个夏天", ""},                        // a title may open with 那个
		{"片名叫那个夏天的故事就是说我们的片子好吗", ""},           // a question after 就是说
		{"片名就是红药箱这几个字好看吗", ""},                 // a question
		{"制作单位就写组织部吧 不过也可能写学校", ""},            // the decision does not end the message
		{"片名叫就写这个吧", ""},                       // no unit
		{"制作单位又写错了", ""},                       // no value
		{"就写这个吧", slot(contestbot.FieldTitle)}, // not the 制作单位 step
	}
	for _, c := range reject {
		if got := voiceValueFix(c.in, c.pending, unit); got != c.in {
			t.Errorf("voiceValueFix(%q) = %q, want unchanged", c.in, got)
		}
	}
	accept := []struct {
		in      string
		pending slot
		want    string
	}{
		{"片名叫那个乡村医生的红药箱就是说红颜色的那个红药箱", "", "片名叫乡村医生的红药箱"},
		{"不对不对片名就是乡村医生的红药箱这几个字后面那是我给你解释的", "", "片名改成乡村医生的红药箱"},
		{"制作单位又写错了就写周口卫生职业学院党委组织部后面那些话都不要联系人就是我李建民电话13903946218", "", "制作单位改成周口卫生职业学院党委组织部 联系人就是我李建民电话13903946218"},
		{"制作单位就是我们学校党委组织部那个那个学生动漫社团也帮着做了不过主要是组织部做的就写组织部吧", "", "制作单位是我们学校党委组织部"},
		{"我们学校党委组织部做的 学生社团也帮了忙 就写组织部吧", slot(contestbot.FieldProducer), "制作单位是我们学校党委组织部"},
	}
	for _, c := range accept {
		if got := voiceValueFix(c.in, c.pending, unit); got != c.want {
			t.Errorf("voiceValueFix(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCategoryInRunOn(t *testing.T) {
	cats := []string{"实景拍摄", "动画制作", "AI生成", "视频切片", "其他"}
	cat := slot(contestbot.FieldCategory)
	reject := []struct {
		in      string
		pending slot
	}{
		{"动画制作那一类的", ""},                   // nothing before it: the category readers take it
		{"时长两分四十五秒 分类动画制作", ""},            // labelled already
		{"时长两分四十五秒是那个动画片就是说动画制作那一类的吗", ""}, // a question
		{"3动画制作", cat},                     // the number and the name disagree
		{"这算不算AI生成那一类啊", cat},              // a question
		{"2024年做的动画片", cat},                // no category name
	}
	for _, c := range reject {
		if got := categoryInRunOn(c.in, cats, c.pending); got != c.in {
			t.Errorf("categoryInRunOn(%q) = %q, want unchanged", c.in, got)
		}
	}
	accept := []struct {
		in      string
		pending slot
		want    string
	}{
		{"时长两分四十五秒是那个动画片就是说动画制作那一类的", "", "时长两分四十五秒 分类动画制作"},
		{"时长2分30秒，实景拍摄那一类的", "", "时长2分30秒 分类实景拍摄"},
		{"2动画制作", cat, "动画制作"},
		{"2动画制作我刚才不是说了吗对了我们那个配音是用AI配的这算不算AI生成那一类啊", cat, "分类动画制作。对了我们那个配音是用AI配的这算不算AI生成那一类啊"},
	}
	for _, c := range accept {
		if got := categoryInRunOn(c.in, cats, c.pending); got != c.want {
			t.Errorf("categoryInRunOn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSpelledNames(t *testing.T) {
	director := slotDirector
	reject := []struct {
		in      string
		pending slot
	}{
		{"片名叫乡村医生的红药箱", ""},          // a title, no person
		{"编导是陈思雨", ""},               // nothing spelt
		{"编导是王丽的学生", ""},             // 的 after the name, but no character of it
		{"陈思雨", director},            // nothing spelt
		{"编导是陈思雨 思想的思", ""},          // spaced: s11-i charexplain.go reads it
		{"那就是河南省漯河商贸中等专业学校", ""},     // 省漯河 is no surname said by its parts
		{"监制是王建军导演是我撰稿也是我摄影是李振", ""}, // 也是我 is no explanation
	}
	for _, c := range reject {
		if got := spelledNames(c.in, c.pending); got != c.in {
			t.Errorf("spelledNames(%q) = %q, want unchanged", c.in, got)
		}
	}
	accept := []struct {
		in      string
		pending slot
		want    string
	}{
		{"编导是陈思雨耳东陈思想的思下雨的雨", "", "编导是陈思雨"},
		{"剪辑是周凯凯旋的凯", "", "剪辑是周凯"},
		{"监制是我李建民编导是陈思雨耳东陈思想的思下雨的雨撰稿也是我摄影没有因为是动画嘛剪辑是周凯凯旋的凯", "", "监制是我李建民编导是陈思雨撰稿也是我摄影没有因为是动画嘛剪辑是周凯"},
		{"陈思雨思想的思", director, "陈思雨"},
	}
	for _, c := range accept {
		if got := spelledNames(c.in, c.pending); got != c.want {
			t.Errorf("spelledNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSpokenFieldNames(t *testing.T) {
	reject := []struct {
		in    string
		short bool
	}{
		{"介绍开头的这个动画片讲的是我们学校的事迹", true},     // no removal: a text
		{"短的开头一稿这两个字去掉", false},            // 短的 with no 简介 to be short against
		{"介绍了乡村医生的故事，开头不要写进去的话我再看看", true}, // 介绍了: a text's own word
		{"把简介里的“一稿”去掉", true},              // the label as typed
	}
	for _, c := range reject {
		if got := spokenFieldNames(c.in, c.short); got != c.in {
			t.Errorf("spokenFieldNames(%q) = %q, want unchanged", c.in, got)
		}
	}
	accept := []struct {
		in    string
		short bool
		want  string
	}{
		{"哎呀介绍开头的介绍改成这四个字去掉还有那个短的开头摘要是这三个字也去掉", true, "哎呀简介开头的介绍改成这四个字去掉。还有摘要开头摘要是这三个字也去掉"},
		{"介绍那里不对开头那句是我说的话不要写进去", true, "简介那里不对开头那句是我说的话不要写进去"},
		{"那个长的最后那句删了", true, "简介最后那句删了"},
	}
	for _, c := range accept {
		if got := spokenFieldNames(c.in, c.short); got != c.want {
			t.Errorf("spokenFieldNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSpokenCut(t *testing.T) {
	e := &contestbot.Entry{
		Synopsis: "简介就是那个介绍是吧那我说一下这个动画片讲的是我们学校毕业生马红梅的事迹，片子用动画的形式把她的故事讲出来那短的就这样写动画讲述我校毕业生党员医生马红梅的故事",
		Summary:  "动画讲述我校毕业生党员医生马红梅的故事",
	}
	reject := []string{
		"简介那里不对开头那句你好老师是我说的话不要写进去",      // words not at the start
		"开头那句简介就是那个介绍是吧那我说一下是我说的话不要写进去", // no field named before the request
		"简介那里不对开头那句“简介就是”不要",            // quoted: removetext.go reads it
		"简介从那长的开始往后都不要",                 // words not in the text
		"简介从简介就是开始往后都不要",                // from the start: nothing would be left
	}
	for _, in := range reject {
		if f, v, ok := spokenCut(e, in); ok {
			t.Errorf("spokenCut(%q) = %q %q, want none", in, f, v)
		}
	}
	accept := []struct{ in, want string }{
		{"简介那里不对开头那句简介就是那个介绍是吧那我说一下是我说的话不要写进去后面从那短的就这样写开始往后也都不要", "这个动画片讲的是我们学校毕业生马红梅的事迹，片子用动画的形式把她的故事讲出来"},
		{"简介后面从那短的就这样写开始往后都删掉", "简介就是那个介绍是吧那我说一下这个动画片讲的是我们学校毕业生马红梅的事迹，片子用动画的形式把她的故事讲出来"},
	}
	for _, c := range accept {
		if f, v, ok := spokenCut(e, c.in); !ok || f != slotSynopsis || v != c.want {
			t.Errorf("spokenCut(%q) = %q %q %v, want %q", c.in, f, v, ok, c.want)
		}
	}
}
