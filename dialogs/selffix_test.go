package dialogs

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// s8-a: a self-correction inside a free text.
func TestSelfFixReading(t *testing.T) {
	accept := []struct {
		in, want string
	}{
		{"纸折小红船带中职学生穿越百年党史，回到实训车间立志做大国工匠。AI配音，片头已标注。等下说错了，是片尾已标注",
			"纸折小红船带中职学生穿越百年党史，回到实训车间立志做大国工匠。AI配音，片尾已标注。"},
		{"影片讲述一位老党员扎根乡村三十年的故事，不对，应该是二十年",
			"影片讲述一位老党员扎根乡村二十年的故事"},
		{"影片讲述红旗渠精神在新时代的传承。写错了，应该是在新时期的传承",
			"影片讲述红旗渠精神在新时期的传承。"},
		{"作品讲述驻村书记带领村民致富的故事，哦不是，应该是驻村第一书记带领村民致富",
			"作品讲述驻村第一书记带领村民致富的故事"},
		{"讲述老党员守护夜校的故事。我说错了，应该是：讲述老党员几十年守护村里夜校灯火的故事。",
			"讲述老党员几十年守护村里夜校灯火的故事。"},
	}
	for _, tc := range accept {
		one, two, ok := selfFixReading(tc.in)
		if !ok || one != tc.want || two != nil {
			t.Errorf("selfFixReading(%q) = %q, %q, %v; want %q", tc.in, one, two, ok, tc.want)
		}
	}
	// Unclear: two readings, neither keeps the talk.
	ask := []struct {
		in   string
		want []string
	}{
		{"影片讲述师生下乡讲党课的故事。展现老党员的初心，助力乡村振兴。说错了，是带动村民增收致富",
			[]string{"影片讲述师生下乡讲党课的故事。展现老党员的初心，带动村民增收致富。", "影片讲述师生下乡讲党课的故事。带动村民增收致富。"}},
	}
	for _, tc := range ask {
		one, two, ok := selfFixReading(tc.in)
		if !ok || one != "" || cmp.Diff(tc.want, two) != "" {
			t.Errorf("selfFixReading(%q) = %q, %q, %v; want readings %q", tc.in, one, two, ok, tc.want)
		}
	}
	// No correction: the story's own words stay.
	reject := []string{
		"影片讲述一名青年发现自己做法不对，是老党员带他走上正路的故事。",
		"讲述了驻村第一书记带领村民发展特色产业的故事。",
		"他说错了就改，是我们学习的榜样。",
		"说错了",
		"老党员看他说错了话也不恼，耐心讲解入党誓词的含义。",
	}
	for _, in := range reject {
		if one, two, ok := selfFixReading(in); ok {
			t.Errorf("selfFixReading(%q) = %q, %q, true; want no correction", in, one, two)
		}
	}
}

// s8-a: two quoted removals in one message.
func TestReadRemovalMore(t *testing.T) {
	accept := []struct {
		in    string
		words []string
	}{
		{"把“（暂定）”和“大概这样”删掉", []string{"（暂定）", "大概这样"}},
		{"“一盏灯”不要 “的坚守与传承”也去掉", []string{"一盏灯", "的坚守与传承"}},
		{"简介不对，把“王主任：简介用这个：”和最后的“【转发】李思远：这个好”都去掉，那些是群里的聊天", []string{"王主任：简介用这个：", "【转发】李思远：这个好"}},
		{"“嗯那个”删掉，“就是说”也删掉", []string{"嗯那个", "就是说"}},
	}
	for _, tc := range accept {
		rm, ok := readRemoval(tc.in)
		got := append([]string{rm.words}, rm.more...)
		if !ok || cmp.Diff(tc.words, got) != "" || rm.front || rm.back || rm.rest != "" {
			t.Errorf("readRemoval(%q) = %+v, %v; want words %q", tc.in, rm, ok, tc.words)
		}
	}
	// One removal stays one; a quoted value to keep is no second removal.
	one := []string{"把“暂定”去掉", "简介里的“嗯那个”删掉，摘要同简介", "“那个”去掉，片名是“红色记忆”"}
	for _, in := range one {
		if rm, ok := readRemoval(in); !ok || len(rm.more) != 0 {
			t.Errorf("readRemoval(%q) = %+v, %v; want one removal", in, rm, ok)
		}
	}
}

// s8-a: the list of fields that differ on a later work.
func TestFieldsListed(t *testing.T) {
	accept := []struct {
		in   string
		want []slot
	}{
		{"片名 时长 简介", []slot{"title", "duration", "synopsis"}},
		{"片名和时长", []slot{"title", "duration"}},
		{"编导", []slot{slotDirector}},
		{"内容简介、摘要", []slot{"synopsis", "summary"}},
	}
	for _, tc := range accept {
		if got := fieldsListed(tc.in); cmp.Diff(tc.want, got) != "" {
			t.Errorf("fieldsListed(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
	reject := []string{"是讲乡村振兴的", "我们学校", "片名我还没想好", ""}
	for _, in := range reject {
		if got := fieldsListed(in); got != nil {
			t.Errorf("fieldsListed(%q) = %q; want nil", in, got)
		}
	}
	like := []string{"跟第一个差不多 就片名 时长 简介不一样", "除了片名和时长 其他都一样", "和上一个一样，只有编导换了"}
	for _, in := range like {
		if !reLikeFirst.MatchString(in) || reExceptList.FindStringSubmatch(in) == nil {
			t.Errorf("%q is not read as like-except", in)
		}
	}
	notLike := []string{"跟第一个不一样", "简介就写乡村振兴", "片名和第一个差不多吗？"}
	for _, in := range notLike {
		if reLikeFirst.MatchString(in) && reExceptList.FindStringSubmatch(in) != nil && fieldsListed(reExceptList.FindStringSubmatch(in)[1]) != nil && !isQuestion(in) {
			t.Errorf("%q is read as like-except", in)
		}
	}
}
