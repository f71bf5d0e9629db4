package dialogs

import (
	"testing"

	"contestbot"
)

// s7-k: a field asked and answered in one message is its value.
func TestSelfAnswered(t *testing.T) {
	accept := map[string]string{
		"片子叫啥 叫黄河岸边的老党员":    "片子叫：黄河岸边的老党员",
		"学校名是啥？是三门峡市中等专业学校": "学校名：三门峡市中等专业学校",
		"监制是谁，是王振华":         "监制：王振华",
		"片名叫什么 就叫《一盏马灯》":    "片名：《一盏马灯》",
	}
	for in, want := range accept {
		if got := selfAnswered(in); got != want {
			t.Errorf("selfAnswered(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"片子叫啥都行吗",
		"制作单位是啥意思",
		"监制是啥？是领导吗",
		"你叫啥 我叫王红",      // no field's words before the question
		"这是啥 是不是要填学校全称", // a question after
		"黄河岸边的老党员",
	}
	for _, in := range reject {
		if got := selfAnswered(in); got != in {
			t.Errorf("selfAnswered(%q) = %q, want it unchanged", in, got)
		}
	}
}

// s7-k: the people's own words for roles and units.
func TestOwnRoleWords(t *testing.T) {
	accept := map[string]string{
		"拍的跟剪的是刘晓东": "摄影：刘晓东；剪辑：刘晓东",
		"拍的和剪的都是陈磊": "摄影：陈磊；剪辑：陈磊",
		"写的跟导的是王芳":  "撰稿：王芳；编导：王芳",
	}
	for in, want := range accept {
		if got, _, ok := readRoleProse(in, ""); !ok || got != want {
			t.Errorf("readRoleProse(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"实打实拍的 跟剪的一样", "拍的跟剪的都挺好", "就拍的跟剪的"} {
		if got, _, ok := readRoleProse(in, ""); ok {
			t.Errorf("readRoleProse(%q) = %q, want not read", in, got)
		}
	}
	units := map[string]string{
		"学校名是三门峡市中等专业学校":   "三门峡市中等专业学校",
		"拍片子的就是三门峡市中等专业学校": "三门峡市中等专业学校",
		"做视频的单位是焦作工贸职业学院":  "焦作工贸职业学院",
		"三门峡市中等专业学校":       "三门峡市中等专业学校",
		"拍片子的":             "拍片子的", // only the lead-in: left as typed
	}
	for in, want := range units {
		if got := unitUnwrapped(in, ""); got != want {
			t.Errorf("unitUnwrapped(%q) = %q, want %q", in, got, want)
		}
	}
}

// s7-k: a field said to have become the wrong value is corrected.
func TestBecameWrong(t *testing.T) {
	accept := map[string]string{
		"推荐单位咋成俺学校了 写全名 三门峡市中等专业学校": "推荐单位：三门峡市中等专业学校",
		"片名怎么变成红色帐本了，应该是《红色账本》":     "片名：《红色账本》",
		"联系人咋是张伟 是王红梅":              "联系人：王红梅",
	}
	e := &contestbot.Entry{Unit: "俺学校"}
	for in, want := range accept {
		if got := becameWrong(e, in); got != want {
			t.Errorf("becameWrong(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{
		"推荐单位咋成俺学校了",           // no right value
		"推荐单位咋成俺学校了 咋改",        // a question after
		"怎么成功报名 我们是三门峡市中等专业学校", // no field named
		"片子咋拍成这样了 重拍吧",         // no field
		"内容简介咋成这了 俺还木写嘞",       // pointed at, and a free text
		"推荐单位咋成这样了 俺说的是学校",     // pointed at
		"联系人咋是张伟 是我",           // the validator refuses 我 as typed
	} {
		if got := becameWrong(e, in); got != in {
			t.Errorf("becameWrong(%q) = %q, want it unchanged", in, got)
		}
	}
}

// s7-k: a title before a name, and a person dropped beside the name meant.
func TestTitledName(t *testing.T) {
	e := &contestbot.Entry{Contact: "柴文斌"}
	e.Creators.Supervisor = "张书记"
	e.Creators.Camera = "李娜、张书记"
	accept := map[string]string{
		"写名字 张国栋 不要写张书记": "监制(策划)：张国栋；摄影：李娜、张国栋",
		"不写柴文斌了，王红梅":     "联系人：王红梅",
	}
	for in, want := range accept {
		if got := notWrittenInstead(e, in); got != want {
			t.Errorf("notWrittenInstead(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"写名字 张国栋", "不要写王强 张国栋", "不要写张书记 讲述了张国栋的故事"} {
		if got := notWrittenInstead(e, in); got != in {
			t.Errorf("notWrittenInstead(%q) = %q, want it unchanged", in, got)
		}
	}
	titled := map[string]string{
		"领导说监制写张书记 张国栋，不写我了": "领导说监制写张国栋",
		"联系人王老师，王红梅":         "联系人王红梅",
	}
	for in, want := range titled {
		if got := titledThenName(in); got != want {
			t.Errorf("titledThenName(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"讲述了张书记 张国栋带领村民致富的故事", "监制写张书记 李国栋"} {
		if got := titledThenName(in); got != in {
			t.Errorf("titledThenName(%q) = %q, want it unchanged", in, got)
		}
	}
}

// s7-k: a 摘要 answer pointing back at the 简介 with a spoken tail.
func TestSameTailSpoken(t *testing.T) {
	for _, in := range []string{"哦 那就跟简介一样中了", "那就同简介吧", "跟简介一样就行了", "用简介那段呗"} {
		if !endsSameAsSynopsis(in) {
			t.Errorf("endsSameAsSynopsis(%q) = false", in)
		}
	}
	for _, in := range []string{"跟简介一样吗？", "简介一样的故事讲了三遍", "跟简介不一样"} {
		if endsSameAsSynopsis(in) {
			t.Errorf("endsSameAsSynopsis(%q) = true", in)
		}
	}
}

// s7-k: a unit with a remark about who it is.
func TestUnitBesideRemark(t *testing.T) {
	e := &contestbot.Entry{Unit: "焦作工贸职业学院"}
	p := slot(contestbot.FieldProducer)
	accept := map[string]string{
		"焦作山阳文化传媒有限公司 我们请的公司拍的": "焦作山阳文化传媒有限公司",
		"同上，就是我们学校":             "同上",
		"我们找的公司，焦作山阳文化传媒有限公司":   "焦作山阳文化传媒有限公司",
	}
	for in, want := range accept {
		if got := unitBesideRemark(e, in, p); got != want {
			t.Errorf("unitBesideRemark(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{
		"焦作山阳文化传媒有限公司",        // one clause: read as usual
		"同上，焦作山阳文化传媒有限公司拍的",   // both said: the readers ask
		"焦作山阳文化传媒有限公司 联系人王红梅", // a value beside it
		"焦作山阳文化传媒有限公司 这个算不算",  // a question beside it
	} {
		if got := unitBesideRemark(e, in, p); got != in {
			t.Errorf("unitBesideRemark(%q) = %q, want it unchanged", in, got)
		}
	}
	if in := "焦作山阳文化传媒有限公司 我们请的公司拍的"; unitBesideRemark(e, in, slot(contestbot.FieldTitle)) != in {
		t.Errorf("unitBesideRemark at the title step changed %q", in)
	}
}

// s7-k: a kind of teacher with no name is no person's name.
func TestTitleQualifier(t *testing.T) {
	for _, in := range []string{"实习老师", "代课老师", "新来的老师", "一名兼职教师"} {
		if !officeOnly(in) {
			t.Errorf("officeOnly(%q) = false", in)
		}
	}
	for _, in := range []string{"王实习", "史老师", "王红梅老师", "实习生王红"} {
		if officeOnly(in) {
			t.Errorf("officeOnly(%q) = true", in)
		}
	}
}

// s7-k: a free text's label with words about it before a colon.
func TestLabelTalkColon(t *testing.T) {
	accept := map[string]string{
		"摘要我们准备好了：老党员守护红旗渠四十年。": "摘要：老党员守护红旗渠四十年。",
		"简介如下：讲述了老支书带领村民修路的故事":  "简介：讲述了老支书带领村民修路的故事",
	}
	for in, want := range accept {
		if got := labelTalkColon(in); got != want {
			t.Errorf("labelTalkColon(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"摘要我们准备好了：同上", "简介，讲述了：老支书的故事", "摘要和片名：红色账本", "讲述了老支书：带领村民修路"} {
		if got := labelTalkColon(in); got != in {
			t.Errorf("labelTalkColon(%q) = %q, want it unchanged", in, got)
		}
	}
}
