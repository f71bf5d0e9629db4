package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// TestProducerExample: an example 制作单位 built from the 推荐单位 never
// doubles 党委 (s12-c eligibleaside.go).
func TestProducerExample(t *testing.T) {
	for _, tc := range []struct{ unit, want string }{
		{"新乡科技职业学院党委", "新乡科技职业学院党委组织部"},
		{"中共洛阳工程职业技术学院委员会", "洛阳工程职业技术学院党委组织部"},
		{"郑州职业技术学院", "郑州职业技术学院党委组织部"},
		{"新乡科技职业学院党委组织部", "新乡科技职业学院党委组织部"},
		{"", "郑州职业技术学院党委组织部"},
	} {
		if got := producerExample(tc.unit); got != tc.want {
			t.Errorf("producerExample(%q) = %q, want %q", tc.unit, got, tc.want)
		}
		if strings.Contains(producerExample(tc.unit), "党委党委") {
			t.Errorf("producerExample(%q) doubles 党委", tc.unit)
		}
	}
}

// TestAsideAtEligibility: at the eligibility step a value for a filled
// field that fails its validator, or is the stored value or a vaguer form of
// it, is talk; a new valid value, a correction, another step or an empty
// field is not (s12-c eligibleaside.go).
func TestAsideAtEligibility(t *testing.T) {
	e := &contestbot.Entry{Unit: "新乡科技职业学院党委", Producer: "新乡科技职业学院党委组织部"}
	elig := slot(contestbot.FieldUnitWork)
	prod := slot(contestbot.FieldProducer)
	accept := []string{"我们组织部 6月份做完", "新乡科技职业学院组织部", "组织部", "新乡科技职业学院党委组织部"}
	for _, v := range accept {
		if !asideAtEligibility(e, prod, v, elig, "是的 都符合，这个是"+v+"拍的") {
			t.Errorf("asideAtEligibility(%q) = false, want true", v)
		}
	}
	reject := []struct {
		v, pending, raw string
		empty           bool
	}{
		{"郑州光影文化传媒有限公司", string(elig), "都符合，是郑州光影文化传媒有限公司拍的", false},       // a new value: it wins
		{"组织部", string(elig), "制作单位改成组织部", false},                          // a correction keeps its reply
		{"我们组织部 6月份做完", string(slot(contestbot.FieldContact)), "x", false}, // not the eligibility step
		{"我们组织部 6月份做完", string(elig), "x", true},                           // nothing stored to keep
	}
	for _, tc := range reject {
		x := *e
		if tc.empty {
			x.Producer = ""
		}
		if asideAtEligibility(&x, prod, tc.v, slot(tc.pending), tc.raw) {
			t.Errorf("asideAtEligibility(%q, %s, %q) = true, want false", tc.v, tc.pending, tc.raw)
		}
	}
}

// TestAgreeAllBeside: a leading 都符合 agrees to every open fact, and a fact
// said after it wins; a question, an exception, or a plain yes without 都 are
// left to the older readers (s12-c eligibleaside.go).
func TestAgreeAllBeside(t *testing.T) {
	str := func(b *bool) string {
		if b == nil {
			return "nil"
		}
		if *b {
			return "true"
		}
		return "false"
	}
	accept := []struct{ msg, want string }{
		{"是的 都符合，这个是我们组织部自己拍的 6月份做完的", "true true true false"},
		{"都是，片子是我们宣传部牵头拍的", "true true true false"},
		{"上面几条都没问题，就是用了AI配音", "true true true true"},
	}
	for _, tc := range accept {
		tr, e := fixTurn(t)
		e.Unit, e.Producer, e.Synopsis, e.Summary = "新乡科技职业学院党委", "新乡科技职业学院党委组织部", "x", "x"
		tr.st.Pending = slot(contestbot.FieldUnitWork)
		out, ok := tr.agreeAllBeside(e, tc.msg, tr.st.Pending)
		got := strings.Join([]string{str(e.UnitWork), str(e.MadeInPeriod), str(e.Unpublished), str(e.AIUsed)}, " ")
		if !ok || got != tc.want {
			t.Errorf("agreeAllBeside(%q) = %v, facts %s, want %s", tc.msg, ok, got, tc.want)
		}
		if strings.Contains(out, "不像单位名称") || e.Producer != "新乡科技职业学院党委组织部" {
			t.Errorf("agreeAllBeside(%q) touched the 制作单位: %q, %q", tc.msg, e.Producer, out)
		}
	}
	reject := []string{
		"都符合。另外问下视频是剪映导出的1080p，有格式要求吗", // a question: s10-j
		"除了AI那条 其他都是",     // an exception
		"是的，由信息工程学院组织完成。", // no 都: s10-e
		"不是 用了AI配音",       // a denial
		"是个人拍的",           // an individual work
		"都符合",             // nothing after the yes
	}
	for _, msg := range reject {
		tr, e := fixTurn(t)
		e.Synopsis, e.Summary = "x", "x"
		tr.st.Pending = slot(contestbot.FieldUnitWork)
		if _, ok := tr.agreeAllBeside(e, msg, tr.st.Pending); ok {
			t.Errorf("agreeAllBeside(%q) took it", msg)
		}
	}
}

// TestAlreadyGiven: "X不是填了吗" with the stored value (or nothing) is
// acknowledged in one line and the rest read; another value, an empty field
// or no field named is left alone (s12-c alreadygiven.go).
func TestAlreadyGiven(t *testing.T) {
	accept := []struct{ msg, want string }{
		{"制作单位表格里不是填了吗 信阳职业技术学院党委组织部 。上面几条都是，都符合", "制作单位已经记下：信阳职业技术学院党委组织部"},
		{"制作单位不是填了吗", "制作单位已经记下：信阳职业技术学院党委组织部"},
		{"联系人我不是说了吗 王丽娜", "联系人已经记下：王丽娜"},
		{"片名刚才不是发了吗？", "片名已经记下：《红旗渠畔》"},
	}
	for _, tc := range accept {
		tr, e := fixTurn(t)
		e.Synopsis, e.Summary = "x", "x"
		tr.st.Pending = slot(contestbot.FieldUnitWork)
		out, ok := tr.alreadyGiven(e, tc.msg)
		if !ok || !strings.HasPrefix(out, tc.want) {
			t.Errorf("alreadyGiven(%q) = %v %q, want %q", tc.msg, ok, out, tc.want)
		}
	}
	tr, e := fixTurn(t)
	e.Synopsis, e.Summary = "x", "x"
	tr.st.Pending = slot(contestbot.FieldUnitWork)
	if out, _ := tr.alreadyGiven(e, accept[0].msg); e.UnitWork == nil || e.AIUsed == nil || *e.AIUsed || strings.Contains(out, "请确认：") {
		t.Errorf("alreadyGiven: 上面几条都是 did not answer the facts: %q", out)
	}
	reject := []string{
		"制作单位不是填了吗 郑州光影文化传媒有限公司", // another value: a correction
		"简介刚才不是发过去了吗",            // s10-l: no field filled to acknowledge here (synopsis empty below)
		"不是填了吗",                  // no field named
		"制作单位是不是填党委组织部",          // a question, not the rhetorical
		"不是 用了AI配音",
	}
	for _, msg := range reject {
		tr, e := fixTurn(t)
		tr.st.Pending = slot(contestbot.FieldUnitWork)
		if _, ok := tr.alreadyGiven(e, msg); ok {
			t.Errorf("alreadyGiven(%q) took it", msg)
		}
	}
}

// TestPartReplaced: "是X不是Y" and its kin replace Y by X in the named
// field's value; near-misses change nothing (s12-c partfix.go).
func TestPartReplaced(t *testing.T) {
	const old = "开封汴京职业学院组织部"
	accept := []struct{ msg, want string }{
		{"刚才那个制作单位你改过来没有？是党委组织部不是组织部", "开封汴京职业学院党委组织部"},
		{"制作单位不是组织部，是党委组织部", "开封汴京职业学院党委组织部"},
		{"制作单位应该是党委组织部", "开封汴京职业学院党委组织部"},
		{"制作单位 汴京不是汴梁", ""}, // Y not in the value: nothing
		{"制作单位是开封汴京职业学院组织部不是宣传部", ""},
		{"制作单位应该是开封汴京职业学院党委组织部", ""}, // a whole value: the usual change
	}
	for _, tc := range accept {
		got, ok := partReplaced(old, tc.msg)
		if tc.want == "" {
			if ok {
				t.Errorf("partReplaced(%q) = %q, want nothing", tc.msg, got)
			}
			continue
		}
		if !ok || got != tc.want {
			t.Errorf("partReplaced(%q) = %q %v, want %q", tc.msg, got, ok, tc.want)
		}
	}
	tr, e := fixTurn(t)
	e.Producer = old
	tr.st.Mode = modeForm
	tr.entries = []*contestbot.Entry{e}
	for _, msg := range []string{
		"不是 用了AI配音", "是个人拍的", "党委组织部不是组织部", // no field named
		"电话不是这个", "制作单位改过来没有", // no pair
	} {
		if got := tr.partFix(msg); got != msg {
			t.Errorf("partFix(%q) = %q, want it unchanged", msg, got)
		}
	}
}

// TestSelfMay: "写我自己中不中" at a person step is about that field; the
// same words elsewhere, or a statement, are not (s12-c selfmay.go).
func TestSelfMay(t *testing.T) {
	tr, e := fixTurn(t)
	e.Contact = ""
	for _, msg := range []string{"联系人写谁都行吗 写我自己中不中", "填我行吗", "可以写本人吗", "写我自己的名字可以吗？"} {
		tr.st.Pending = slot(contestbot.FieldContact)
		out, ok := tr.selfMayAsked(e, msg)
		if !ok || !strings.HasPrefix(out, "可以") || strings.Contains(out, "个人作品") {
			t.Errorf("selfMayAsked(%q) = %v %q", msg, ok, out)
		}
	}
	for _, tc := range []struct {
		msg     string
		pending slot
	}{
		{"联系人写我自己", slot(contestbot.FieldContact)}, // a statement: 我 is the contact
		{"就写我吧", slot(contestbot.FieldContact)},
		{"是个人拍的", slot(contestbot.FieldUnitWork)},   // an individual work
		{"写我自己中不中", slot(contestbot.FieldUnitWork)}, // not a person step
		{"我自己拍的行不行", slot(contestbot.FieldContact)}, // about who made it, no write verb
	} {
		tr.st.Pending = tc.pending
		if _, ok := tr.selfMayAsked(e, tc.msg); ok {
			t.Errorf("selfMayAsked(%q at %s) took it", tc.msg, tc.pending)
		}
	}
}
