package knowledge

import (
	"context"
	"strings"
	"testing"
)

// s10m: round 31 (rp132) and the round-27 contacts (rp128–rp131), each class
// with questions that must be read the new way (accept) and near misses that
// must not (reject). The cases run through runS10G.

// TestS10MWriteSpeech: a 讲稿 is a text the bot does not write (rp132 q62);
// asking whether a script is sent is no writing request.
func TestS10MWriteSpeech(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "帮俺写个微党课的讲稿呗 主题是黄河", kind: KindOffTopic, want: []string{"不代写"}},
		{q: "帮我写个讲稿", kind: KindOffTopic, want: []string{"不代写"}},
		{q: "给我写一篇党课讲稿", kind: KindOffTopic, want: []string{"不代写"}},
	}, []s10gCase{
		{q: "讲稿要交吗", not: []string{"不代写"}},
		{q: "报名表的撰稿写谁", not: []string{"不代写"}},
	})
}

// TestS10MPartyAffairs: party procedure asked without a work is one line,
// this contest only (rp132 q63); who may make or appear in a work stays
// the notice's answer.
func TestS10MPartyAffairs(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "入党积极分子多久能转预备党员", kind: KindOffTopic, want: []string{"我只解答", "党务"}, not: []string{"出镜人员"}},
		{q: "预备党员转正要多久", kind: KindOffTopic, want: []string{"我只解答"}},
		{q: "党费怎么交", kind: KindOffTopic, want: []string{"我只解答"}, not: []string{"jytzgc2024@126.com"}},
	}, []s10gCase{
		{q: "预备党员能当主创吗", kind: KindNotInNotice, want: []string{"是否必须是党员"}},
		{q: "入党积极分子拍的片子能报吗", not: []string{"党务"}},
		{q: "片子里出镜的是预备党员 可以吗", not: []string{"党务"}},
	})
}

// TestS10MSpaceBeforeLatin: a space between a Chinese question and a Latin
// one separates two questions (rp132 q37); values told in a row keep
// together.
func TestS10MSpaceBeforeLatin(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "分几类 AI做的要标注不", kind: KindFact, want: []string{"实景拍摄", "动画制作", "视频切片", "明确标注"}},
		{q: "截止是哪天 mp4格式行不行", want: []string{"2025年10月15日前", "mp4"}},
	}, []s10gCase{
		{q: "1080P 码率20M 2分40秒 mp4 横屏 中不中", kind: KindVideo, want: []string{"符合通知要求"}},
		{q: "俺的片子是mov格式 1080P 30M", kind: KindVideo, want: []string{"MP4"}},
		{q: "视频是 AI 做的 能报不", kind: KindFact, want: []string{"明确标注"}},
	})
}

// TestS10MSecondsUnitAtEnd: a duration in seconds with a one-letter unit at
// the end of a clause ("时长多少 片子才50s") is cut at its unit; the cut past
// the end of the text panicked once clauses were split before Latin words.
func TestS10MSecondsUnitAtEnd(t *testing.T) {
	for q, want := range map[string]int{"片子50s": 50, "只有50s": 50, "50秒": 50, "时长50秒钟吗": 50, "50s的行不": 50} {
		got := statedDurations(normalize(q))
		if len(got) != 1 || got[0].seconds != want {
			t.Errorf("%q: %v, want one of %d s", q, got, want)
		}
	}
	for _, q := range []string{"码率50m", "50mb", "s"} {
		if got := statedDurations(normalize(q)); len(got) != 0 {
			t.Errorf("%q: %v, want none", q, got)
		}
	}
}

// TestS10MEditLeads: a field entered wrongly ("报名时片名填错了 咋改") is
// first how to change it here; material already sent, which the notice
// leaves open, comes after (rp132 q68). A facet marked lead in the facts
// opens the answer only when the question names it.
func TestS10MEditLeads(t *testing.T) {
	b := mustLoad(t, Options{})
	for q, lead := range map[string]bool{
		"报名时片名填错了 咋改":      true,
		"之前报名时学校名称填错了，怎么改": true,
		"我报名时联系电话填错了，咋改":   true,
		"交上去的材料有错 能改吗":     false,
		"已经报送的材料还能替换吗":     false,
		"报完名了还能修改不":        false,
	} {
		a := b.Answer(context.Background(), q)
		if got := strings.HasPrefix(a.Text, "在这里填的报名信息随时可以改"); got != lead {
			t.Errorf("%q: leads with the edit-here lines %v, want %v\n%s", q, got, lead, a.Text)
		}
	}
}

// TestS10MPrevTopicWord: a short later question whose only topic word is
// one of the earlier question's topic ("评审是咋评的 流程是啥": 流程 is a
// word of 评审) asks that topic again; a word of its own keeps it a second
// question (rp132 q23).
func TestS10MPrevTopicWord(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "评审是咋评的 流程是啥", kind: KindFact, want: []string{"初审"}, not: []string{"要报送四样"}},
		{q: "评审咋评 流程是什么样的", want: []string{"初审"}, not: []string{"要报送四样"}},
	}, []s10gCase{
		{q: "流程是啥", want: []string{"要报送四样"}},
		{q: "截止啥时候 报名流程是啥", want: []string{"2025年10月15日前", "要报送四样"}},
		{q: "截止啥时候 邮箱呢", want: []string{"2025年10月15日前", "jytzgc2024@126.com"}},
		{q: "汇总表谁签字 汇总表要几份", want: []string{"分管负责领导"}},
		{q: "联系人是谁 电话多少", want: []string{"孟晗", "0371—69691670"}},
	})
}

// TestS10MOriginalWhen: the original agreement asked with a time ("这天之前
// 送到不") gets the notice's one date for all four materials (rp132 q2);
// where it goes stays the place.
func TestS10MOriginalWhen(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "那协议书原件也是这天之前送到不", kind: KindFact, want: []string{"2025年10月15日前", "版权确认协议书", "没有单独规定"}},
		{q: "协议书原件也是10月15日之前送到吗", want: []string{"没有单独规定"}},
		{q: "原件最晚啥时候寄到", want: []string{"2025年10月15日前"}},
	}, []s10gCase{
		{q: "原件送到哪", want: []string{"D725B"}, not: []string{"没有单独规定"}},
		{q: "协议书原件寄到哪儿", want: []string{"D725B"}, not: []string{"没有单独规定"}},
	})
}

// TestS10MCollegeName: entering in a 学院's (a school department's) name is
// who may enter: the school sends it (rp132 q11); a school named 学院 is
// no department.
func TestS10MCollegeName(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "那以学院名义报呢", kind: KindNotInNotice, want: []string{"由学校统一报送"}, not: []string{"回答不了"}},
		{q: "以学院名义报行不行", want: []string{"由学校统一报送"}},
		{q: "二级学院能以自己名义报送吗", want: []string{"由学校统一报送"}},
	}, []s10gCase{
		{q: "郑州铁路职业技术学院能报几个", want: []string{"数量不限"}, not: []string{"学校其他部门"}},
		{q: "我们是XX职业学院 以学校名义报", not: []string{"学校其他部门"}},
	})
}

// TestS10MOwnNumber: the 序号 or order of a work entered here ("这个报上去序号
// 是几", "现在汇总表里是不是这个顺序") is the bot's feature: "我的作品" shows it;
// what 序号 means or whether to rank stays the notice's answer.
func TestS10MOwnNumber(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "这个报上去序号是几", kind: KindFeature, want: []string{"我的作品", "调整顺序"}},
		{q: "现在汇总表里是不是这个顺序", kind: KindFeature, want: []string{"我的作品"}},
		{q: "俺们这部排第几", want: []string{"我的作品"}},
	}, []s10gCase{
		{q: "序号是什么意思", not: []string{"调整顺序"}},
		{q: "汇总表要排序吗", want: []string{"排序"}, not: []string{"调整顺序"}},
	})
}
