package dialogs

import (
	"strings"
	"testing"
)

// s10-f (round 26, rp123–rp126): starting the form from anything, the
// second work's references and lead-ins, bare labels before a text,
// cheers and restated values at the summary.

func TestGreetingBeforeWish(t *testing.T) {
	tr := &turn{c: &Core{season: testSeason(t)}}
	for _, s := range []string{"你好 报名短视频大赛", "您好，报名短视频大赛", "hi 报名比赛", "老师好 我要报名", "你好 报名作品", "在吗 报名大赛",
		"你好 报名" + testSeason(t).Title} {
		// Either read undressed here or, as before, by the ordinary readers.
		if _, _, ok := tr.registersInOwnWords(s); !ok && !registerIntent(s) && !wantsToRegister(s) && !wishesToRegister(s) {
			t.Errorf("registersInOwnWords(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"你好", "你好 报名表在哪下载", "你好 报名短视频大赛截止是哪天", "您好 报名作品有什么要求", "你好 报名比赛需要什么材料",
		"你好 请问怎么报名", "你好 作品分几类"} {
		if _, _, ok := tr.registersInOwnWords(s); ok {
			t.Errorf("registersInOwnWords(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"短视频大赛报名", "我们要参加比赛报名吧"} {
		if !registerIntent(s) {
			t.Errorf("registerIntent(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"短视频大赛报名截止了吗", "大赛报名表", "比赛报名时间"} {
		if registerIntent(s) {
			t.Errorf("registerIntent(%q) = true, want false", s)
		}
	}
}

func TestWithoutPoliteClose(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"好的，非常感谢您的详细说明！我要报名。第一部作品片名是《太行深处的守望》，推荐单位是新乡职业技术学院，您看这样可以吗？",
			"好的，非常感谢您的详细说明！我要报名。第一部作品片名是《太行深处的守望》，推荐单位是新乡职业技术学院。"},
		{"推荐单位是新乡职业技术学院，电话13837312468，这样行吗", "推荐单位是新乡职业技术学院，电话13837312468。"},
	} {
		if got, ok := withoutPoliteClose(tc.in); !ok || got != tc.want {
			t.Errorf("withoutPoliteClose(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, s := range []string{"您看这样可以吗？", "我们是手机拍的竖屏 这样可以吗", "截止是哪天？这样对吗", "码率8M，这样行吗",
		"我要报名，作品片名怎么写？", "我要报名。片名是《X》，时长能超过三分钟吗？",
		// round 35 (rp149): values that only describe the film, then a check-back, ask about the film.
		"4K的 马率60Mbps 时长3分半 mov格式 行不行", "时长3分半 行不行", "实拍的 两分五十秒 这样可以吗", "1080p 时长2分50秒，这样行吗"} {
		if got, ok := withoutPoliteClose(s); ok {
			t.Errorf("withoutPoliteClose(%q) = %q, true; want untouched", s, got)
		}
	}
}

func TestFieldRunRefs(t *testing.T) {
	tr := &turn{}
	for _, tc := range []struct{ in, want string }{
		{"八项规定小课堂，动画，2:36，制作单位同上 联系人电话也同上", "八项规定小课堂，动画，2:36，制作单位、联系人、联系电话都跟上一个一样"},
		{"制作单位同上", "制作单位都跟上一个一样"},
		{"单位 制作单位 联系人都同上", "推荐单位、制作单位、联系人、联系电话都跟上一个一样"},
		{"联系人也同上，时长3分钟", "时长3分钟，联系人、联系电话都跟上一个一样"},
	} {
		if got := tr.fieldRunRefs(nil, tc.in); got != tc.want {
			t.Errorf("fieldRunRefs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, s := range []string{"同上", "编导同上", "剪辑 同上", "八项规定小课堂，动画", "回复同上", "推荐单位郑州职业技术学院，制作单位同上"} {
		if got := tr.fieldRunRefs(nil, s); got != s {
			t.Errorf("fieldRunRefs(%q) = %q, want it untouched", s, got)
		}
	}
}

func TestWorkLeadIn(t *testing.T) {
	for _, s := range []string{"好 那我报第二个", "thx 再报一个", "那我报第二个", "接着报第三个吧", "监制撰稿摄影剪辑都不变", "单位 联系人 电话都一样", "谢谢 再报一个"} {
		if !titleIsLeadIn(s) {
			t.Errorf("titleIsLeadIn(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"八项规定小课堂", "thx 再报一个，八项规定小课堂", "再报一个春天", "我们来报到", "好人好事", "一个都不能少", "报春花开"} {
		if titleIsLeadIn(s) {
			t.Errorf("titleIsLeadIn(%q) = true, want false", s)
		}
	}
}

func TestAnnouncedNextWork(t *testing.T) {
	for _, s := range []string{"那我报第二个", "我们填下一个", "俺报第三个作品", "再报一个"} {
		if !reAnotherLoose.MatchString(compact(s)) {
			t.Errorf("reAnotherLoose(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"我报一个吧", "我要报名", "第二个报什么", "我报的第二个片名错了", "报第二个要啥材料"} {
		if reAnotherLoose.MatchString(compact(s)) {
			t.Errorf("reAnotherLoose(%q) = true, want false", s)
		}
	}
}

func TestBareLabelLead(t *testing.T) {
	sum, syn := slotOf("内容摘要"), slotOf("内容简介")
	for _, tc := range []struct {
		in   string
		p    slot
		want string
	}{
		{"摘要 二维动画通过卡通人物“小廉”的几个日常场景，通俗解读中央八项规定精神。", sum, "二维动画通过卡通人物“小廉”的几个日常场景，通俗解读中央八项规定精神。"},
		{"内容摘要，二维动画通过卡通人物解读八项规定精神。", sum, "二维动画通过卡通人物解读八项规定精神。"},
		{"简介 本片讲述了驻村第一书记带领村民致富的故事。", syn, "本片讲述了驻村第一书记带领村民致富的故事。"},
	} {
		if got := bareLabelLead(tc.in, tc.p); got != tc.want {
			t.Errorf("bareLabelLead(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in string
		p  slot
	}{
		{"摘要这个我不会写，您帮我看看行吗", sum},
		{"摘要 同简介", sum},
		{"简介里写的是驻村第一书记带领村民致富的故事。", syn},
		{"摘要 二维动画通过卡通人物解读八项规定精神。", syn},
		{"本片时长虽短，却讲述了驻村第一书记的故事。", syn},
		{"片名 黄河岸边的守望者们的故事", slotOf("片名")},
	} {
		if got := bareLabelLead(tc.in, tc.p); got != tc.in {
			t.Errorf("bareLabelLead(%q, %s) = %q, want it untouched", tc.in, tc.p, got)
		}
	}
}

func TestWithoutCheer(t *testing.T) {
	for _, s := range []string{"确认 冲！", "确认，冲冲冲", "确认 加油💪", "提交 搞定", "确认呀 冲鸭"} {
		c, ok := withoutCheer(s)
		if !ok || !consents(c) {
			t.Errorf("withoutCheer(%q) = %q, %v; want a consent", s, c, ok)
		}
	}
	for _, s := range []string{"冲！", "确认", "先别确认 冲", "片名改成冲", "确认一下时长 冲"} {
		if c, ok := withoutCheer(s); ok && consents(c) {
			t.Errorf("withoutCheer(%q) = %q consents; want no consent", s, c)
		}
	}
}

// slotOf is the slot a label word names.
func slotOf(word string) slot {
	for _, d := range labelDefs {
		if d.word == word {
			return slot(strings.TrimSuffix(string(d.slot), "!"))
		}
	}
	return ""
}
