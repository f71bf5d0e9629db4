package dialogs

import "testing"

// s8-j: table tests for the readers changed on branch s8-j, each with an
// accept and a reject list.

func TestS8JWishClause(t *testing.T) {
	for _, s := range []string{"行，那直接报名吧", "报两个作品", "那我们赶紧报名吧", "想报三个片子", "我们报俩作品"} {
		if !wishesToRegister(s) {
			t.Errorf("wishesToRegister(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"报两个作品可以吗", "能直接报名吗", "不直接报名", "报名截止到啥时候", "两个作品怎么报", "报了两个作品"} {
		if wishesToRegister(s) {
			t.Errorf("wishesToRegister(%q) = true, want false", s)
		}
	}
}

func TestS8JWorksSaid(t *testing.T) {
	for s, want := range map[string]int{"你好，我是开封文化艺术职业学院党办的，报两个作品": 2, "想报三个片子": 3, "那直接报名吧": 0, "报一个": 0} {
		if got := worksSaid(s); got != want {
			t.Errorf("worksSaid(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestS8JAgreeParticles(t *testing.T) {
	for _, s := range []string{"都是喔", "是啦", "对哦", "是的喽", "对呐"} {
		if !agreesOnly(s) {
			t.Errorf("agreesOnly(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"不是喔", "没有哦", "是吗", "对不对喔", "是学校喔"} {
		if agreesOnly(s) {
			t.Errorf("agreesOnly(%q) = true, want false", s)
		}
	}
}

func TestS8JOrgParticle(t *testing.T) {
	for in, want := range map[string]string{
		"学校党委办公室啦 就是信阳市商业中等专业学校党委办公室": "信阳市商业中等专业学校党委办公室",
		"我们学院宣传部呀，就是平顶山工业职业技术学院宣传部":   "平顶山工业职业技术学院宣传部",
	} {
		if got := orgParticleOff(restatedOrg(in)); got != want {
			t.Errorf("restatedOrg(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"信阳市商业中等专业学校党委办公室啦": "信阳市商业中等专业学校党委办公室", "濮阳市职业中等专业学校党总支哈": "濮阳市职业中等专业学校党总支"} {
		if got := orgParticleOff(in); got != want {
			t.Errorf("orgParticleOff(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"啥意思啦", "我们学校啦 就是", "好的呀"} {
		if got := orgParticleOff(restatedOrg(in)); got != in {
			t.Errorf("orgParticleOff(restatedOrg(%q)) = %q, want it unchanged", in, got)
		}
	}
}

func TestS8JProducerName(t *testing.T) {
	for in, want := range map[string]string{"学校党总支做的": "濮阳市职业中等专业学校党总支", "学校团委拍的": "濮阳市职业中等专业学校团委", "我们学校党委组织部做的": "濮阳市职业中等专业学校党委组织部"} {
		if got := producerName(in, "濮阳市职业中等专业学校"); got != want {
			t.Errorf("producerName(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"学校做的", "我们自己拍的"} {
		if got := producerName(in, "濮阳市职业中等专业学校"); isOrg(got) && got != "濮阳市职业中等专业学校" {
			t.Errorf("producerName(%q) = %q, want no department", in, got)
		}
	}
}

func TestS8JUnitWriteAsk(t *testing.T) {
	for _, s := range []string{"推荐单位就写学校名不带组织部是吧", "我是问报名表上推荐单位那一栏写学校名就行了是吧", "制作单位填学校全称吗", "推荐单位写学校全称对吧"} {
		if !reUnitWriteAsk.MatchString(bare(s)) {
			t.Errorf("reUnitWriteAsk misses %q", s)
		}
	}
	for _, s := range []string{"推荐单位写平顶山工业职业技术学院", "推荐单位是啥意思", "制作单位就是学校", "推荐单位写学校全称", "片名写全称吗"} {
		if reUnitWriteAsk.MatchString(bare(s)) {
			t.Errorf("reUnitWriteAsk takes %q", s)
		}
	}
}

func TestS8JIntroBody(t *testing.T) {
	for in, want := range map[string]string{
		"我是三门峡市卫生学校党总支的老宋":    "三门峡市卫生学校党总支",
		"我是平顶山工业职业技术学院党委组织部的": "平顶山工业职业技术学院党委组织部",
		"我是漯河市第二中等专业学校党委的":    "漯河市第二中等专业学校党委",
	} {
		school, _ := introParts(in)
		if got := introBody(in, school); got != want {
			t.Errorf("introBody(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"我是周口职业技术学院教务处的": "周口职业技术学院", "我是三门峡市卫生学校的老宋": "三门峡市卫生学校",
		// An office one works in is no party organ: the school (lead, after s11-a).
		"我是安阳殷都职业技术学院办公室的": "安阳殷都职业技术学院", "我是周口职业技术学院团委的": "周口职业技术学院",
		// s12-e: only the notice's addressees are kept; 党委宣传部 is an office too.
		"我是许昌职业技术学院党委宣传部的": "许昌职业技术学院"} {
		school, _ := introParts(in)
		if got := introBody(in, school); got != want {
			t.Errorf("introBody(%q) = %q, want the school %q", in, got, want)
		}
	}
}

func TestS8JFilledAlready(t *testing.T) {
	for _, s := range []string{"刚才不是填过了吗", "早就写了啊", "不是说过了嘛", "我都填过了"} {
		if !reFilledAlready.MatchString(bareNoSymbols(s)) {
			t.Errorf("reFilledAlready misses %q", s)
		}
	}
	for _, s := range []string{"我填了哪些", "刚才填的对吗", "写了简介", "还没填"} {
		if reFilledAlready.MatchString(bareNoSymbols(s)) {
			t.Errorf("reFilledAlready takes %q", s)
		}
	}
}

func TestS8JMeantValue(t *testing.T) {
	for in, want := range map[string]string{
		"蛤? 我是说制作单位 信阳市商业中等专业学校党委办公室": "制作单位 信阳市商业中等专业学校党委办公室",
		"啊？我的意思是片名《茶山上的党旗》":           "片名《茶山上的党旗》",
	} {
		if got := meantValue(in); got != want {
			t.Errorf("meantValue(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"蛤? 制作单位是啥意思", "我是说制作单位要写全称吗", "我是说我明天再填", "蛤？"} {
		if got := meantValue(in); got != in {
			t.Errorf("meantValue(%q) = %q, want it unchanged", in, got)
		}
	}
}

func TestS8JPauseClause(t *testing.T) {
	for _, s := range []string{"等一下", "稍等", "那个等等", "等下哈"} {
		if !rePauseClause.MatchString(s) {
			t.Errorf("rePauseClause misses %q", s)
		}
	}
	for _, s := range []string{"2分18", "等一下再填", "实景拍摄", "等我问问领导"} {
		if rePauseClause.MatchString(s) {
			t.Errorf("rePauseClause takes %q", s)
		}
	}
}
