package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// TestAdverbBeforeValue (s11-e): an adverb with the verb after a label
// ("才是", "就填：") is no part of the value; a value that holds the words
// after a colon, or inside, stays as typed.
func TestAdverbBeforeValue(t *testing.T) {
	cases := []struct {
		in   string
		slot slot
		want string
	}{
		// accept: the words after the adverb are the value
		{"制作单位才是周口职业技术学院团委", slot(contestbot.FieldProducer), "周口职业技术学院团委"},
		{"那片名就填：黄泛区上的新农人", slot(contestbot.FieldTitle), "黄泛区上的新农人"},
		{"片名就写红色家书", slot(contestbot.FieldTitle), "红色家书"},
		{"推荐单位就填写周口职业技术学院", slot(contestbot.FieldUnit), "周口职业技术学院"},
		// reject: the words are the value's own
		{"片名：奋斗才是青春的底色", slot(contestbot.FieldTitle), "奋斗才是青春的底色"},
		{"片名：就写在大地上", slot(contestbot.FieldTitle), "就写在大地上"},
		{"片名《才是归途》", slot(contestbot.FieldTitle), "才是归途"},
	}
	for _, c := range cases {
		got := ""
		for _, v := range extract(c.in).values {
			if v.slot == c.slot {
				got = v.raw
			}
		}
		if strings.Trim(got, "《》") != c.want {
			t.Errorf("extract(%q)[%s] = %q; want %q", c.in, c.slot, got, c.want)
		}
	}
}

// TestCourtesyOff (s11-e): the courtesies of formal Chinese are no part of a
// value; the same words inside a value stay.
func TestCourtesyOff(t *testing.T) {
	accept := []struct{ in, want string }{
		{"好的，内容摘要如下，烦请查收：影片记录农学系党员教师扎根黄泛区乡村的故事。", "好的，内容摘要如下：影片记录农学系党员教师扎根黄泛区乡村的故事。"},
		{"不好意思，片名记录有误，应为“黄泛区上的新农人”，烦请更正为盼。", "不好意思，片名记录有误，应为“黄泛区上的新农人”"},
		{"那不是摘要内容，烦请删去。", "那不是摘要内容，删去。"},
		{"片名请更正为“红色家书”为盼。", "片名请更正为“红色家书”。"},
		{"本片讲述老党员扎根乡村的故事。敬请审阅。", "本片讲述老党员扎根乡村的故事。"},
	}
	for _, c := range accept {
		if got := courtesyOff(c.in); got != c.want {
			t.Errorf("courtesyOff(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	reject := []string{
		"讲述了他不怕麻烦，坚持为群众办事的故事。",
		"请查收这份青春答卷",
		"敬请期待",
		"本片寄托着乡亲们的殷切期盼。",
		"多记了“烦请查收：”几个字",
		"烦请查收",
		"麻烦您帮我看看这个片子能报吗",
	}
	for _, s := range reject {
		if got := courtesyOff(s); got != s {
			t.Errorf("courtesyOff(%q) = %q; want it unchanged", s, got)
		}
	}
}

// TestAboutFieldOff (s11-e): a clause about what a field holds is no value
// of it; a value or a correction that names the field stays.
func TestAboutFieldOff(t *testing.T) {
	accept := []struct{ in, want string }{
		{"简介最后一句写了旁白配音和字幕用的AI，片子里片尾也打上了", "片子里片尾也打上了"},
		{"不好意思，片名记录有误，应为“黄泛区上的新农人”，前面“就填”二字并非片名内容", "不好意思，片名记录有误，应为“黄泛区上的新农人”"},
		{"摘要里提到了AI配音", ""},
		{"简介中已经写明了AI配音", ""},
		{"那不是摘要内容，删去。", "删去。"},
	}
	for _, c := range accept {
		got, ok := aboutFieldOff(c.in)
		if !ok || got != c.want {
			t.Errorf("aboutFieldOff(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	reject := []string{
		"简介：本片中写了一封家书的故事",
		"片名里的“红”字要改成“虹”",
		"简介写了吗",
		"简介中有错别字，“坚守”写成了“坚手”",
		"片名不是这个",
		"本片讲述了他在信中写了对家乡的思念。",
		"摘要就用简介前面两句",
	}
	for _, s := range reject {
		if got, ok := aboutFieldOff(s); ok {
			t.Errorf("aboutFieldOff(%q) = %q; want it unchanged", s, got)
		}
	}
}

// TestNegatedAfterValue (s11-e): "X 不是Y" after a labelled value is the
// value X; Y is what it replaces. A denial that is the message's value, or
// that is followed by the new value, is kept.
func TestNegatedAfterValue(t *testing.T) {
	e := &contestbot.Entry{Unit: "周口职院团委", Contact: "李娟"}
	accept := []struct{ in, want string }{
		{"嗯嗯 推荐单位写周口职业技术学院党委组织部哈 不是团委 片名叫《青春答卷》 3分10 实拍", "嗯嗯 推荐单位写周口职业技术学院党委组织部哈 片名叫《青春答卷》 3分10 实拍"},
		{"制作单位错了 是周口职业技术学院团委 不是“才是团委”  推荐单位要带上党委组织部", "制作单位错了 是周口职业技术学院团委 推荐单位要带上党委组织部"},
		{"时长2分50秒，不是3分10", "时长2分50秒"},
		{"联系人李娜 不是李娟", "联系人李娜"},
		{"制作单位是河南大学宣传部，不是组织部", "制作单位是河南大学宣传部"},
	}
	for _, c := range accept {
		if got := negatedAfterValue(e, c.in); got != c.want {
			t.Errorf("negatedAfterValue(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	reject := []string{
		"片名：青春 不是梦",
		"推荐单位写周口职业技术学院 不是团委 是组织部",
		"不是团委 是组织部",
		"简介：他说 不是英雄",
		"推荐单位周口职业技术学院 不是吗",
		"片名叫《答卷》 不是我写的",
		"不是团委",
	}
	for _, s := range reject {
		if got := negatedAfterValue(e, s); got != s {
			t.Errorf("negatedAfterValue(%q) = %q; want it unchanged", s, got)
		}
	}
}

// TestShortThenFull (s11-e): a unit said short and then in full is the full
// one; two different values stay two.
func TestShortThenFull(t *testing.T) {
	accept := []struct{ in, want string }{
		{"制作单位才是团委 周口职业技术学院团委", "制作单位：周口职业技术学院团委"},
		{"推荐单位是组织部 周口职业技术学院党委组织部", "推荐单位：周口职业技术学院党委组织部"},
	}
	for _, c := range accept {
		if got := shortThenFull(c.in); got != c.want {
			t.Errorf("shortThenFull(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	reject := []string{
		"制作单位是团委 联系人李明",
		"制作单位是团委 周口职业技术学院组织部",
		"推荐单位是周口职业技术学院 实景拍摄",
	}
	for _, s := range reject {
		if got := shortThenFull(s); got != s {
			t.Errorf("shortThenFull(%q) = %q; want it unchanged", s, got)
		}
	}
}

// TestSuffixEdit (s11-e): an instruction to add words after a field's
// value ("要带上", "后边得带上…俩字"); questions, values and other edits are
// not.
func TestSuffixEdit(t *testing.T) {
	accept := []struct{ in, field, add string }{
		{"推荐单位要带上党委组织部", "推荐单位", "党委组织部"},
		{"推荐单位后边得带上党委俩字", "推荐单位", "党委"},
		{"制作单位后面加上团委两个字", "制作单位", "团委"},
		{"后面加上党委", "", "党委"},
		{"推荐单位还得加上党委", "推荐单位", "党委"},
		{"片名最后加个“！”", "片名", "“！”"},
	}
	for _, c := range accept {
		m := reSuffixEdit.FindStringSubmatch(c.in)
		if m == nil || m[1] != c.field || m[2] != c.add {
			t.Errorf("reSuffixEdit(%q) = %q; want field %q, add %q", c.in, m, c.field, c.add)
		}
	}
	reject := []string{
		"片名：带上妈妈去旅行",
		"带上身份证",
		"推荐单位写周口职业技术学院",
		"简介后面加上一句话",
		"制作单位前面加上学校名",
		"推荐单位带上党委组织部的",
	}
	for _, s := range reject {
		if m := reSuffixEdit.FindStringSubmatch(s); m != nil {
			t.Errorf("reSuffixEdit(%q) = %q; want no edit", s, m)
		}
	}
	// A question is never an edit, whatever it matches.
	if !isQuestion("推荐单位要带上党委吗") {
		t.Errorf("isQuestion(推荐单位要带上党委吗) = false")
	}
}

// TestRestoreWords (s11-e): the complaint that a stored text is the wrong
// one, and the ask for the first one; other talk about a text is not.
func TestRestoreWords(t *testing.T) {
	for _, s := range []string{"简介不是这个", "哎简介不是这个", "摘要不对", "简介怎么变了"} {
		if !reNotThisOne.MatchString(s) {
			t.Errorf("reNotThisOne(%q) = false", s)
		}
	}
	for _, s := range []string{"简介还是我一开始发给你的那一大段", "还是原来那个", "用之前那段", "还是最开始那段吧"} {
		if !reKeepFirst.MatchString(s) {
			t.Errorf("reKeepFirst(%q) = false", s)
		}
	}
	for _, s := range []string{"简介不是这个意思", "这个不是简介", "简介还是有点长", "还是原来的单位", "不是这个", "原来那段太长了"} {
		if reNotThisOne.MatchString(s) || reKeepFirst.MatchString(s) {
			t.Errorf("%q read as a restore", s)
		}
	}
}

// TestIntroForOther (s11-e): an introduction beside a registration for
// another body names the typist's office, not the 推荐单位.
func TestIntroForOther(t *testing.T) {
	accept := []struct{ in, want string }{
		{"我是周口职院团委的 想给组织部那边报个片子", "想给组织部那边报个片子"},
		{"你好，我是宣传部的，替党委组织部报一个作品", "你好，替党委组织部报一个作品"},
	}
	for _, c := range accept {
		got, ok := introForOther(c.in)
		if !ok || got != c.want {
			t.Errorf("introForOther(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	reject := []string{
		"我是周口职业技术学院的 想给你们报个片子",
		"我是周口职业技术学院团委的 帮学校报个片子",
		"我们想给组织部报个片子",
		"我是周口职业技术学院的老师 想报个片子",
		"我是周口职业技术学院的 给您添麻烦了",
	}
	for _, s := range reject {
		if got, ok := introForOther(s); ok {
			t.Errorf("introForOther(%q) = %q; want no change", s, got)
		}
	}
}
