package dialogs

import (
	"testing"

	"contestbot"
)

// TestBareLead (s12-a, rp147): a bare label sent alone is a lead-in to that
// field; a question, a label with a value and a real one-word value are not.
func TestBareLead(t *testing.T) {
	accept := []struct {
		in   string
		want slot
	}{
		{"联系人", slot(contestbot.FieldContact)},
		{"摘要", slot(contestbot.FieldSummary)},
		{"内容简介", slot(contestbot.FieldSynopsis)},
		{"好的 那制作单位写", slot(contestbot.FieldProducer)},
		{"嗯 然后摄影", slotCamera},
		{"推荐单位是", slot(contestbot.FieldUnit)},
		{"片名：", slot(contestbot.FieldTitle)},
		{"电话是", slot(contestbot.FieldPhone)},
		{"那个 剪辑", slotEditor},
		{"主创", slotCreators},
	}
	for _, c := range accept {
		if got, ok := bareLead(c.in); !ok || got != c.want {
			t.Errorf("bareLead(%q) = %q %v, want %q", c.in, got, ok, c.want)
		}
	}
	reject := []string{
		"联系人？", "联系人写谁", "摘要是啥意思", "制作单位写什么", "联系人是哪位", // questions
		"联系人吴宏伟", "摄影王磊", "片名守艺人", "电话是139", // a label with its value
		"初心", "守艺人", "党委组织部", "吴宏伟", "郑州职业技术学院", // real values
		"单位", "名字", "学校", // weak labels only
		"是否单位作品", "著作权声明", // yes/no items and the consent
		"简介写得怎么样", "摄影师傅辛苦了",
		"马摄影", "邓导演", "文案组", // a person or a group named with a label word
	}
	for _, in := range reject {
		if got, ok := bareLead(in); ok {
			t.Errorf("bareLead(%q) = %q, want no lead-in", in, got)
		}
	}
}

// TestFromOrgLead (s12-a, rp147): "摄影是电视台的" leads in to the 摄影; a
// name, a title or a unit ending in 的 does not.
func TestFromOrgLead(t *testing.T) {
	accept := []struct {
		in   string
		want slot
	}{
		{"摄影是电视台的", slotCamera},
		{"摄影是电视台那边的", slotCamera},
		{"剪辑是传媒公司的", slotEditor},
		{"撰稿是宣传部的", slotWriter},
		{"联系人是组织部的", slot(contestbot.FieldContact)},
	}
	for _, c := range accept {
		if got, ok := fromOrgLead(c.in); !ok || got != c.want {
			t.Errorf("fromOrgLead(%q) = %q %v, want %q", c.in, got, ok, c.want)
		}
	}
	reject := []string{
		"摄影是电视台的王磊",  // the name is there
		"摄影是王磊的",     // a name, not an organisation
		"片名是奋斗的",     // a title that ends in 的
		"推荐单位是我们学校的", // not a person field
		"摄影是电视台的吗",   // a question
		"摄影是谁的",      // a question word
		"制作单位是电视台的",  // not a person field
		"编导是我们班的同学的", // no organisation
	}
	for _, in := range reject {
		if got, ok := fromOrgLead(in); ok {
			t.Errorf("fromOrgLead(%q) = %q, want no lead-in", in, got)
		}
	}
}

// TestUnitTail (s12-a, rp147): an organ said alone goes on with a school
// stored just before; a unit of its own, talk, or a school does not.
func TestUnitTail(t *testing.T) {
	accept := []struct{ unit, in, want string }{
		{"焦作工贸职业学校", "党委组织部", "党委组织部"},
		{"焦作工贸职业学校", "是党委组织部的", "党委组织部"},
		{"鹤壁职业技术学院", "嗯 党委宣传部", "党委宣传部"},
		{"鹤壁职业技术学院", "团委", "团委"},
		{"鹤壁职业技术学院党委", "组织部", "组织部"},
		{"河南大学", "教务处", "教务处"},
	}
	for _, c := range accept {
		got, ok := unitTail(c.in)
		if !ok || got != c.want || !unitTakesTail(c.unit, got) {
			t.Errorf("unitTail(%q) after %q = %q %v, want %q", c.in, c.unit, got, ok, c.want)
		}
	}
	reject := []struct{ unit, in string }{
		{"焦作工贸职业学校", "守艺人"},                // a title
		{"焦作工贸职业学校", "初心"},                 // a one-word title
		{"焦作工贸职业学校", "郑州市委组织部"},            // a unit of its own
		{"焦作工贸职业学校", "焦作广播电视台"},            // another organisation
		{"焦作工贸职业学校", "鹤壁职业技术学院党委组织部"},      // a whole unit
		{"焦作工贸职业学校", "我不是组织部的"},            // talk
		{"焦作工贸职业学校", "组织部？"},               // a question
		{"焦作工贸职业学校", "片名：党委组织部"},           // labelled
		{"焦作工贸职业学校党委组织部", "党委组织部"},         // said already
		{"焦作工贸职业学校党委组织部", "宣传部"},           // the unit names an organ already
		{"焦作工贸职业学校党委", "党委宣传部"},            // 党委 twice
		{"焦作工贸职业学校", "替党委组织部报的"},           // a sentence
		{"焦作工贸职业学校", "党委组织部做的片子讲的是老党员的故事"}, // a story
	}
	for _, c := range reject {
		if got, ok := unitTail(c.in); ok && unitTakesTail(c.unit, got) {
			t.Errorf("unitTail(%q) after %q = %q, want no continuation", c.in, c.unit, got)
		}
	}
}

// TestAffiliated (s12-a, rp147): a person with an outside organisation is
// one person, "王磊（焦作广播电视台）"; the school's own department, a role
// note, a bare name or an organisation alone are not that shape.
func TestAffiliated(t *testing.T) {
	accept := []struct{ in, want string }{
		{"焦作广播电视台 王磊", "王磊（焦作广播电视台）"},
		{"焦作广播电视台王磊", "王磊（焦作广播电视台）"},
		{"焦作广播电视台的王磊", "王磊（焦作广播电视台）"},
		{"王磊（焦作台）", "王磊（焦作台）"},
		{"王磊(焦作广播电视台)", "王磊（焦作广播电视台）"},
		{"王磊 焦作广播电视台的", "王磊（焦作广播电视台）"},
		{"郑州光影文化传媒有限公司的欧阳娜娜", "欧阳娜娜（郑州光影文化传媒有限公司）"},
		{"修武县融媒体中心 赵强", "赵强（修武县融媒体中心）"},
	}
	for _, c := range accept {
		if got, ok := affiliated(c.in); !ok || got != c.want {
			t.Errorf("affiliated(%q) = %q %v, want %q", c.in, got, ok, c.want)
		}
	}
	reject := []string{
		"王磊", "焦作广播电视台", "郑州光影文化传媒有限公司", // a name or an organisation alone
		"宣传部 李娜", "党委宣传部李娜", "组织部王老师", // the school's own department
		"张三（导演）", "李娜（盖章）", "王磊（我校）", // a role note, a remark
		"电视台的吗", "王磊和焦作广播电视台", "焦作广播电视台 王磊 李娜",
		"郑州职业技术学院王磊", // a school: read as before
	}
	for _, in := range reject {
		if got, ok := affiliated(in); ok {
			t.Errorf("affiliated(%q) = %q, want not that shape", in, got)
		}
	}
	if got, ok := affiliatedPeople("张伟、焦作广播电视台的王磊"); !ok || got != "张伟、王磊（焦作广播电视台）" {
		t.Errorf("affiliatedPeople(list) = %q %v", got, ok)
	}
	if _, ok := affiliatedPeople("张伟、李娜"); ok {
		t.Errorf("affiliatedPeople(plain list) taken")
	}
	if got := withAffiliations("张伟、王磊", "王磊（焦作台）"); got != "张伟、王磊（焦作台）" {
		t.Errorf("withAffiliations in place = %q", got)
	}
	if got := withAffiliations("张伟", "王磊（焦作台）"); got != "张伟、王磊（焦作台）" {
		t.Errorf("withAffiliations added = %q", got)
	}
	if !nameWithOrg("王磊（焦作广播电视台）") || nameWithOrg("王磊（导演）") {
		t.Errorf("nameWithOrg")
	}
}

// TestAffiliatedMsg (s12-a, rp147): the person field and the value in a
// whole message.
func TestAffiliatedMsg(t *testing.T) {
	accept := []struct {
		in      string
		pending slot
		f       slot
		want    string
	}{
		{"焦作广播电视台 王磊", slotEditor, slotEditor, "王磊（焦作广播电视台）"},
		{"摄影 王磊（焦作广播电视台）", slot(contestbot.FieldCopyright), slotCamera, "王磊（焦作广播电视台）"},
		{"摄影改成焦作广播电视台王磊", slot(contestbot.FieldCopyright), slotCamera, "王磊（焦作广播电视台）"},
		{"不对 王磊是摄影 焦作广播电视台的王磊", slot(contestbot.FieldSynopsis), slotCamera, "王磊（焦作广播电视台）"},
		{"摄影：焦作广播电视台 王磊", slotEditor, slotCamera, "王磊（焦作广播电视台）"},
		{"摄影那加上焦作广播电视台 王磊是他们台的", slot(contestbot.FieldCopyright), slotCamera, "王磊（焦作广播电视台）"},
	}
	for _, c := range accept {
		f, v, _, ok := affiliatedMsg(c.in, c.pending)
		if !ok || f != c.f || v != c.want {
			t.Errorf("affiliatedMsg(%q) = %q %q %v, want %q %q", c.in, f, v, ok, c.f, c.want)
		}
	}
	reject := []struct {
		in      string
		pending slot
	}{
		{"焦作广播电视台 王磊", slot(contestbot.FieldProducer)}, // not a person step, no label
		{"摄影王磊", slotCamera},
		{"片名 王磊（焦作广播电视台）", slotCamera},
		{"王磊是摄影 焦作广播电视台的李娜", slotCamera},
		{"摄影是焦作广播电视台的王磊吗", slotCamera},
	}
	for _, c := range reject {
		if f, v, _, ok := affiliatedMsg(c.in, c.pending); ok {
			t.Errorf("affiliatedMsg(%q) = %q %q, want nothing", c.in, f, v)
		}
	}
}

// TestSoloWords (s12-a, rp143/rp147): "都是他一个人弄的" and "…一个人干的".
func TestSoloWords(t *testing.T) {
	for _, in := range []string{"都是他一个人弄的", "都是他", "剩下的也都是她", "其他都是他一个人干的", "全是她一个人做的"} {
		if !reSoloPronoun.MatchString(in) {
			t.Errorf("reSoloPronoun(%q) = false", in)
		}
	}
	for _, in := range []string{"都是他们", "都是我", "都是张鹏", "他一个人", "都是他吗", "都是他们一起弄的"} {
		if reSoloPronoun.MatchString(in) {
			t.Errorf("reSoloPronoun(%q) = true", in)
		}
	}
	for _, in := range []string{"剪辑也是张鹏 一个人干的", "摄影张鹏，一个人弄的", "剪辑也是张鹏 都是他一个人干的"} {
		if reSoloTail.FindStringIndex(in) == nil {
			t.Errorf("reSoloTail(%q) = no match", in)
		}
	}
	for _, in := range []string{"张鹏一个人干的", "一个人干的", "剪辑也是张鹏 一个人干不过来", "讲述他一个人坚守三十年的故事"} {
		if loc := reSoloTail.FindStringIndex(in); loc != nil && loc[0] > 0 {
			t.Errorf("reSoloTail(%q) matched", in)
		}
	}
}

// TestNickPairs (s12-a, round 30 rp145): nickname → full name pairs.
func TestNickPairs(t *testing.T) {
	got, ok := nickPairs("王书记叫王建国 小李是李雪 老胡是胡志刚")
	want := []nickPair{{"王书记", "王建国"}, {"小李", "李雪"}, {"老胡", "胡志刚"}}
	if !ok || len(got) != len(want) {
		t.Fatalf("nickPairs = %v %v", got, ok)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("pair %d = %v, want %v", i, got[i], want[i])
		}
	}
	for _, in := range []string{"小李全名李雪", "王老师的名字叫王丽，", "张主任就是张伟"} {
		if _, ok := nickPairs(in); !ok {
			t.Errorf("nickPairs(%q) = false", in)
		}
	}
	reject := []string{
		"小李是李雪吗",         // a question
		"小李是王雪",          // another surname
		"王书记叫王建国 片名叫守艺人", // a value beside
		"小李是摄影",          // a role, not a name
		"监制是王建国",         // a label
		"王建国",            // a name alone
		"老胡是我们台的",        // no full name
	}
	for _, in := range reject {
		if got, ok := nickPairs(in); ok {
			t.Errorf("nickPairs(%q) = %v, want none", in, got)
		}
	}
}

// TestStrayBetween (s12-a, rp147): talk that may stand between a lead-in and
// its value keeps the lead-in; a value does not.
func TestStrayBetween(t *testing.T) {
	for _, in := range []string{"嗯", "嗯嗯", "稍等", "等下", "我看看", "好的 稍等一下", "我找找"} {
		if !strayBetween(in) {
			t.Errorf("strayBetween(%q) = false", in)
		}
	}
	for _, in := range []string{"吴宏伟", "13938172046", "等下我问问王书记电话多少", "稍等啊我看看简介在哪 讲述了…", "初心"} {
		if strayBetween(in) {
			t.Errorf("strayBetween(%q) = true", in)
		}
	}
}
