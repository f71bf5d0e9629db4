package dialogs

import (
	"testing"

	"contestbot"
)

// s7-g: a complaint that a value was given already is dropped from around
// the value given again; the number after a contact's name is kept.
func TestMixedValueTalk(t *testing.T) {
	phone := slot(contestbot.FieldPhone)
	checkReaders(t, []readerCase{{
		name:   "dropSaidAround",
		fn:     func(s string) bool { return dropSaidAround(s, phone) != s },
		accept: []string{"刚不是发了吗 13837512468", "我不是说过了吗，13837512468", "13837512468 刚才说过了", "已经发过了 13837512468", "刚刚说了呀 0371-69691670"},
		reject: []string{"刚不是发了吗", "13837512468", "我说了算", "刚才说了吗 电话是多少？", "说过了"},
	}, {
		name:   "phoneClause",
		fn:     phoneClause,
		accept: []string{"13837512468", "0371-69691670", "13837512468。"},
		reject: []string{"蔡志远", "13837512468 蔡志远", "2分48秒", ""},
	}})
	if got := dropSaidAround("刚不是发了吗 13837512468", phone); got != "13837512468" {
		t.Errorf("dropSaidAround = %q", got)
	}
	if got := dropSaidAround("刚才说过了 这是简介", slot(contestbot.FieldSynopsis)); got != "刚才说过了 这是简介" {
		t.Errorf("free text changed: %q", got)
	}
}

// s7-g: "是A还是B" asks which, and is never a value; a choice made with 还是
// is no question.
func TestAltAsked(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "isQuestion",
		fn:     isQuestion,
		accept: []string{"是拍片子的人还是学校", "写全称还是简称", "算实景拍摄还是动画制作", "填的是学校还是党委", "那是寄过去还是送过去"},
		reject: []string{"还是写学校吧", "分类还是实景拍摄", "监制还是周红梅", "就是还是原来那个", "写学校还是要写全称", "我们是学校党委办公室牵头拍的", "青春还是奋斗"},
	}})
	if got := notAsking("是拍片子的人还是学校 我们是学校党委办公室牵头拍的"); got != "我们是学校党委办公室牵头拍的" {
		t.Errorf("notAsking = %q", got)
	}
}

// s7-g: a question about a fault that may happen is no correction of the
// field stored last.
func TestSupposes(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "supposes",
		fn:     func(s string) bool { return supposes(compact(s)) },
		accept: []string{"提交了以后要是发现哪里写错了还能改吗", "万一填错了咋办", "确认了以后发现写错了还能改吗", "如果电话写错了怎么办"},
		reject: []string{"刚才那个写错了能改吗", "电话写错了怎么改", "编导写错了", "上面的片名写错了咋改"},
	}})
}

// s7-g: at the declarations, facts beside a question about something else
// are split off; a question about the facts themselves keeps them in doubt.
func TestFactsAndOtherAsk(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "factsAndOtherAsk",
		fn:   func(s string) bool { _, _, ok := factsAndOtherAsk(s); return ok },
		accept: []string{
			"是 都符合 没用AI 对了那个报名表纸质的一式两份是寄过去还是送过去 寄到哪",
			"都是的。另外问一下原件送到哪个房间？",
			"是 对了截止是哪天",
		},
		reject: []string{
			"没发过 对了朋友圈算发表吗",
			"是 对了AI配音要标注吗",
			"都符合",
			"原件寄到哪？",
			"是 不过去年拍的能算2025年以来吗",
			"那我先按没公开发表填，回头再打电话问问。今年6月拍的，没用AI，学校组织的，那就是都符合吧？",
			"第3条想确认下，我们在学校公众号上发过一张拍摄现场的照片和几句文字介绍，视频本身没发过，这样不影响吧？",
		},
	}})
}

// s7-g: a pointer to the 简介 above, said as a question or with a complaint
// about writing again, asks for the 简介 as the 摘要.
func TestPointsAtSynopsis(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "pointsAtSynopsis",
		fn:     pointsAtSynopsis,
		accept: []string{"就用上头那一段不中吗 俺不会再写一遍了", "同简介", "跟简介一样就行", "用上面那段吧", "就用前面那段", "和简介一样", "用简介的不行吗"},
		reject: []string{"上面那段写得不好", "讲述了老支书的故事", "我重新写一段", "简介有字数要求吗", "摘要：同简介，麻烦您了。再问下原件寄哪", "用上面那段，但是把最后一句去掉"},
	}})
}

// s7-g: an aside on what the unit is usually called is dropped beside the
// full name; a full name said with 叫 is kept.
func TestDropNickname(t *testing.T) {
	unit := slot(contestbot.FieldUnit)
	checkReaders(t, []readerCase{{
		name:   "dropNickname",
		fn:     func(s string) bool { return dropNickname(s, unit) != s },
		accept: []string{"虞城县职业中等专业学校 俺们平常都叫虞城职专", "虞城县职业中等专业学校，简称虞城职专", "郑州职业技术学院，大家一般叫它郑职"},
		reject: []string{"虞城职专", "虞城县职业中等专业学校", "我们学校叫郑州职业技术学院", "俺们平常都叫虞城职专", "郑州职业技术学院 我们叫它郑州职业技术学院"},
	}})
	if got := dropNickname("虞城县职业中等专业学校 俺们平常都叫虞城职专", unit); got != "虞城县职业中等专业学校" {
		t.Errorf("dropNickname = %q", got)
	}
}

// s7-g: AI facts stated inside the question part are kept as facts; the
// question's own words are not.
func TestWithAIFacts(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "withAIFacts",
		fn:     func(s string) bool { return withAIFacts("是", s) != "是" },
		accept: []string{"旁白用了AI配音 片尾字幕有标注“本片旁白由AI合成” 这样可以吗", "片尾标注了AI合成，这样行吗", "配音是AI配的"},
		reject: []string{"用了AI要标注吗", "AI配音算AI生成吗", "原件寄到哪", "没用AI吧？"},
	}})
}
