package dialogs

import (
	"testing"

	"contestbot"
)

// Table tests of branch s12-b (rounds 30 and 31): each reader with the
// messages it must read its new way (accept) and the near-misses it must
// leave alone (reject), rejects first.

func TestWithdrawnField(t *testing.T) {
	e := &contestbot.Entry{Unit: "焦作工贸职业学校", Title: "党委组织部", Producer: "焦作工贸职业学校", Contact: "吴宏伟"}
	reject := []string{
		"片名不是终点",          // a real title with 不是: not the stored value
		"不是党委组织部",         // no field named, and no "不对"
		"片名不是党委组织部吗？",     // a question
		"我不是党委组织部的",       // no field
		"片名不是党委组织部是守艺人",   // a new value: deniedvalue/namedCorrection read it
		"推荐单位不是党委组织部",     // the unit holds something else
		"党委组织部不是推荐单位的名字吗", // a question
	}
	for _, in := range reject {
		if f, ok := withdrawnField(e, in); ok {
			t.Errorf("withdrawnField(%q) = %q, want none", in, f)
		}
	}
	accept := []struct {
		in   string
		want contestbot.Field
	}{
		{"片名不是党委组织部", contestbot.FieldTitle},
		{"片名不是《党委组织部》", contestbot.FieldTitle},
		{"不对，片名不是党委组织部", contestbot.FieldTitle},
		{"党委组织部不是片名", contestbot.FieldTitle},
		{"片名党委组织部不对", contestbot.FieldTitle},
		{"党委组织部不对", contestbot.FieldTitle},
		{"联系人不是吴宏伟", contestbot.FieldContact},
	}
	for _, c := range accept {
		if f, ok := withdrawnField(e, c.in); !ok || f != slot(c.want) {
			t.Errorf("withdrawnField(%q) = %q %v, want %q", c.in, f, ok, c.want)
		}
	}
}

func TestReasonClausesOff(t *testing.T) {
	title := slot(contestbot.FieldTitle)
	reject := []struct {
		in      string
		pending slot
	}{
		{"替党委组织部报的", title},                                // alone: nothing else to read
		{"为人民服务", title},                                   // a title
		{"片名叫为你而战，时长2分钟", title},                           // no reason clause
		{"本片讲述老党员替乡亲们报的喜", slot(contestbot.FieldSynopsis)}, // free text
	}
	for _, c := range reject {
		if got := reasonClausesOff(c.in, c.pending); got != c.in {
			t.Errorf("reasonClausesOff(%q) = %q, want unchanged", c.in, got)
		}
	}
	accept := []struct{ in, want string }{
		{"不对，推荐单位应该是组织部吧，这个片子是替党委组织部报的", "不对，推荐单位应该是组织部吧"},
		{"推荐单位是鹤壁职业技术学院党委组织部，是组织部这边报送的", "推荐单位是鹤壁职业技术学院党委组织部"},
		{"推荐单位改成鹤壁职业技术学院党委组织部，因为是组织部牵头报送", "推荐单位改成鹤壁职业技术学院党委组织部"},
	}
	for _, c := range accept {
		if got := reasonClausesOff(c.in, title); got != c.want && got != c.want+"，" {
			t.Errorf("reasonClausesOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRunOnCut(t *testing.T) {
	season := testSeason(t)
	title := slot(contestbot.FieldTitle)
	reject := []string{
		"片名叫时长三分钟的青春",
		"时长三分钟的青春",
		"我是怎样拍摄的",
		"片名是我是怎样拍摄的",
		"最后三分钟",
		"片名叫最后三分钟",
		"垃圾分类新时尚",
		"片名叫垃圾分类新时尚",
		"时长2分30秒",
		"片名《黄河岸边的守望时长两分钟》",
		"电话13800000000",
		"没有使用AI", // a bare category word ends a clause of another kind
		"我们用的AI",
		"小红船的故事2分半动画制作", // no label and no seconds: left to the older readers
		"最后的三分钟十秒",      // a title that ends in a running time, nothing after
		"好的我回头打电话问问再确认",
		"片名叫红色足迹电话打不通",
		"片名叫小红船的故事吗",
	}
	for _, in := range reject {
		if got := runOnCut(season, in, title); got != in {
			t.Errorf("runOnCut(%q) = %q, want unchanged", in, got)
		}
	}
	accept := []struct{ in, want string }{
		{"片名叫黄河岸边的户绿人时长两分五十八秒是实景拍摄的", "片名叫黄河岸边的户绿人，时长两分五十八秒是实景拍摄的"},
		{"片名叫黄河岸边的户绿人两分五十八秒实景拍摄", "片名叫黄河岸边的户绿人，时长两分五十八秒实景拍摄"},
		{"片名叫黄河岸边的户绿人是实景拍摄的", "片名叫黄河岸边的户绿人，分类是实景拍摄的"},
		{"片名叫红色足迹联系人王磊", "片名叫红色足迹，联系人王磊"},
		{"黄河岸边的户绿人两分五十八秒实景拍摄", "黄河岸边的户绿人，时长两分五十八秒实景拍摄"},
		{"片名叫红色足迹电话13800000000", "片名叫红色足迹，电话13800000000"},
	}
	for _, c := range accept {
		if got := runOnCut(season, c.in, title); got != c.want {
			t.Errorf("runOnCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := runOnCut(season, "黄河岸边的户绿人时长两分五十八秒", slot(contestbot.FieldSynopsis)); got != "黄河岸边的户绿人时长两分五十八秒" {
		t.Errorf("runOnCut at the 简介 step = %q, want unchanged", got)
	}
}

func TestCtxCharFix(t *testing.T) {
	e := &contestbot.Entry{Title: "守艺人", Unit: "黄河水利职业技术学院",
		Synopsis: "他们在郑州花园口一带开展植树护绿、垃圾清理和生态知识宣将，用专业所学帮助沿岸村民。",
		Summary:  "开展生态知识宣将的志愿者。"}
	reject := []string{
		"宣将的将应该是讲话的讲吗？",   // a question
		"花园的花应该是花朵的花",     // the same character
		"宣将的将应该是讲话的说",     // the host word does not hold the new character
		"黄河的水应该是甜的",       // no stored context
		"我们学校的书记应该是王建国",   // a person, not a character
		"本片讲述了他的故事应该是真实的", // no stored context
	}
	for _, in := range reject {
		if out, ask, ok := ctxCharFix(e, in); ok {
			t.Errorf("ctxCharFix(%q) = %q %q, want none", in, out, ask)
		}
	}
	accept := []struct{ in, want string }{
		{"简介里面有个字错了生态知识宣将的将应该是讲话的讲", "内容简介里的宣将改成宣讲"},
		{"内容摘要里宣将的将应该是讲", "内容摘要里的宣将改成宣讲"},
		{"简介里宣将的将字错了 应该是讲", "内容简介里的宣将改成宣讲"},
	}
	for _, c := range accept {
		if out, ask, ok := ctxCharFix(e, c.in); !ok || ask != "" || out != c.want {
			t.Errorf("ctxCharFix(%q) = %q %q %v, want %q", c.in, out, ask, ok, c.want)
		}
	}
	// No field named: the words are in the 简介 and the 摘要, so it asks.
	if _, ask, ok := ctxCharFix(e, "生态知识宣将的将应该是讲话的讲"); !ok || ask == "" {
		t.Errorf("ctxCharFix in two fields: ask %q %v, want a question", ask, ok)
	}
	// A 摘要 given as 同简介 follows the 简介: one place.
	e.Summary = e.Synopsis
	if out, ask, ok := ctxCharFix(e, "生态知识宣将的将应该是讲话的讲"); !ok || ask != "" || out != "内容简介里的宣将改成宣讲" {
		t.Errorf("ctxCharFix with 摘要 同简介 = %q %q %v", out, ask, ok)
	}
}

func TestRefThenAsk(t *testing.T) {
	reject := []string{
		"同上",
		"同上，谢谢",
		"同心同向，这样可以吗", // no reference: a title and a question
		"同上海的故事",
		"我们同上一堂课",
	}
	for _, in := range reject {
		if ref, q, ok := refThenAsk(in); ok {
			t.Errorf("refThenAsk(%q) = %q %q, want none", in, ref, q)
		}
	}
	accept := []struct{ in, ref string }{
		{"同上。那English title先不填了是吧，只写中文的ok", "同上"},
		{"同上，对了原件寄到哪？", "同上"},
		{"同简介。摘要要盖章吗", "同简介"},
	}
	for _, c := range accept {
		if ref, _, ok := refThenAsk(c.in); !ok || ref != c.ref {
			t.Errorf("refThenAsk(%q) = %q %v, want %q", c.in, ref, ok, c.ref)
		}
	}
	for in, want := range map[string]string{
		"我说了同上": "同上", "都说了同上": "同上", "不是说了同上吗": "同上", "我刚才说了是同上啊": "同上",
		// reject
		"同上": "同上", "我说了算": "我说了算", "我说了同上海的事": "我说了同上海的事",
	} {
		if got := insistedRef(in); got != want {
			t.Errorf("insistedRef(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFilmRemark(t *testing.T) {
	reject := []string{
		"本片讲述了乡村教师的故事",
		"影片记录了片子里的老党员",
		"讲述学院党员教师带领学生志愿者的故事",
		"他们在车间里有说有笑",
	}
	for _, in := range reject {
		if filmRemark(in) {
			t.Errorf("filmRemark(%q) = true, want false", in)
		}
	}
	for _, in := range []string{
		"对了，我们片子里有English subtitles，中英双语字幕",
		"另外我们视频用了AI配音",
		"我们的片子是竖屏的",
	} {
		if !filmRemark(in) {
			t.Errorf("filmRemark(%q) = false, want true", in)
		}
	}
}

func TestMakerInProse(t *testing.T) {
	e := &contestbot.Entry{Unit: "河南工业职业技术学院"}
	title := slot(contestbot.FieldTitle)
	reject := []string{
		"我是怎样拍摄的",
		"片名红色足迹，是张老师拍的",
		"片名红色足迹，团委做的",
		"老支书的红色账本 是俺们支部自己拍的",
		"是我们自己拍的",
		"片名《是我们学校党委宣传科做的》",
		"制作单位河南工业职业技术学院，是我们学校党委宣传科做的",
	}
	for _, in := range reject {
		if got := makerInProse(e, in, title); got != in {
			t.Errorf("makerInProse(%q) = %q, want unchanged", in, got)
		}
	}
	if got := makerInProse(e, "是我们学校党委宣传科做的", slot(contestbot.FieldSynopsis)); got != "是我们学校党委宣传科做的" {
		t.Errorf("makerInProse at the 简介 step = %q, want unchanged", got)
	}
	accept := []struct{ in, want string }{
		{"是我们学校党委宣传科做的", "制作单位：河南工业职业技术学院党委宣传科"},
		{"片子是郑州大学党委宣传部拍的", "制作单位：郑州大学党委宣传部"},
		{"片名红色足迹，是我们学校党委宣传科做的，时长2分30秒", "片名红色足迹，制作单位：河南工业职业技术学院党委宣传科，时长2分30秒"},
	}
	for _, c := range accept {
		if got := makerInProse(e, c.in, title); got != c.want {
			t.Errorf("makerInProse(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestResignLead(t *testing.T) {
	for _, in := range []string{"算了", "那算了", "算了吧", "哎算了"} {
		if !reResignLead.MatchString(in) {
			t.Errorf("reResignLead(%q) = false", in)
		}
	}
	// reject: giving up the registration, or more than the lead.
	for _, in := range []string{"算了不报了", "算了先不弄了", "就这样吧", "算了我问问"} {
		if reResignLead.MatchString(in) {
			t.Errorf("reResignLead(%q) = true", in)
		}
	}
}
