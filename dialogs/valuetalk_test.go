package dialogs

import (
	"testing"

	"contestbot"
)

// TestRemarkOff: a remark or laughter after a title or name goes; a value
// holding such words as its own stays.
func TestRemarkOff(t *testing.T) {
	accept := map[string]string{
		"青春向党·黄河岸边的红色电波 名字有点长hhh 中间那个是小圆点": "青春向党·黄河岸边的红色电波",
		"红色电波hhh":            "红色电波",
		"黄河岸边的守望 哈哈哈":        "黄河岸边的守望",
		"周敏hhh":              "周敏",
		"一盏灯，题目是不是太短了":       "一盏灯",
		"青春向党·红色电波 中间那个是小圆点": "青春向党·红色电波",
		"买买提·艾力 中间的点是间隔号":    "买买提·艾力",
	}
	for in, want := range accept {
		if got := remarkOff(in); got != want {
			t.Errorf("remarkOff(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"哈哈镜里的青春", "名字有点长", "黄河岸边 名字的故事", "嘿嘿", "李娜、王芳", "平顶山工业职业技术学院 党委宣传部",
		"山河无恙 人间皆安", "John Smith", "0371 2333 4567", "Ahh Ohh"} {
		if got := remarkOff(in); got != in {
			t.Errorf("remarkOff(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestWritingLeadOff: a lead-in about writing the text before a colon goes;
// a colon in the story stays.
func TestWritingLeadOff(t *testing.T) {
	accept := map[string]string{
		"100字以内那个我另外写一个短一点的吧：退休老党员赵文海扎根职教四十年。": "退休老党员赵文海扎根职教四十年。",
		"我重新概括了一下：讲述老党员的故事。":                   "讲述老党员的故事。",
		"短一点的我写好了：讲述老党员的故事。":                   "讲述老党员的故事。",
	}
	for in, want := range accept {
		if got := writingLeadOff(in); got != want {
			t.Errorf("writingLeadOff(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"老支书常说：党员就要冲在前。", "片中学生写下一句话：我要回家乡。", "影片分三部分：寻找、坚守、传承。",
		"他在日记里写道：我是党员。", "讲述老党员的故事。"} {
		if got := writingLeadOff(in); got != in {
			t.Errorf("writingLeadOff(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestNotFinished: a bubble that only says the text goes on.
func TestNotFinished(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "notFinished",
		fn:     notFinished,
		accept: []string{"还没完", "还没完呢", "没说完", "等下 还没完", "后面还有", "还有半句", "我还没写完", "简介还没说完"},
		reject: []string{"还没完成拍摄", "没完没了", "还有我", "还有一个作品", "还没发过", "她的工作还没完成。", "还有问题"},
	}})
}

// TestMovedHalf: "刚才那句是简介的后半句" names the text sent last as the
// rest of the other one; a question or a fresh text does not.
func TestMovedHalf(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "reOtherHalf",
		fn: func(s string) bool {
			c := compact(s)
			return reOtherHalf.MatchString(c) && reBackRef.MatchString(c)
		},
		accept: []string{"等下 刚才那句是简介的后半句 不是摘要", "刚才那段是简介的后半部分", "那句不是摘要 是简介的后面一段"},
		reject: []string{"简介的后半句写什么好", "摘要写简介的一部分可以吗", "刚才那句是摘要"},
	}})
}

// TestDeniedFieldFix: at the 简介 step, a denial then another field's label
// is a correction of that field; a 简介 is kept as typed.
func TestDeniedFieldFix(t *testing.T) {
	syn := slot(contestbot.FieldSynopsis)
	accept := map[string]string{
		"不对不对 剪辑是李想和孙浩然 我是李想 不是周老师哈": "剪辑是李想和孙浩然",
		"错了，片名是《一盏灯》":                "片名是《一盏灯》",
		"不对 摄影是刘洋 剪辑是陈志强":            "摄影是刘洋 剪辑是陈志强",
	}
	for in, want := range accept {
		if got, ok := deniedFieldFix(in, syn); !ok || got != want {
			t.Errorf("deniedFieldFix(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"讲述老党员的故事。", "不是每个人都能坚守四十年，本片讲述…", "不对，简介是：讲述老党员的故事。", "剪辑是李想"} {
		if got, ok := deniedFieldFix(in, syn); ok {
			t.Errorf("deniedFieldFix(%q) = %q; want none", in, got)
		}
	}
	if _, ok := deniedFieldFix("不对不对 剪辑是李想", slot(contestbot.FieldTitle)); ok {
		t.Errorf("deniedFieldFix read a correction at the 片名 step")
	}
}

// TestCategoryDecision: a category decided in words at any step; a question
// or a clause naming no category is none.
func TestCategoryDecision(t *testing.T) {
	season := testSeason(t)
	accept := map[string]string{
		"主任说还是算动画 AI只做了部分画面和配音": "分类：动画制作",
		"还是算动画吧":  "分类：动画制作",
		"那就选实景拍摄": "分类：实景拍摄",
		"就归到其他类吧": "分类：其他",
	}
	for in, want := range accept {
		if got, ok := categoryDecision(season, in); !ok || got != want {
			t.Errorf("categoryDecision(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"这个算动画吗", "还是算了吧", "那就选他吧", "算是老党员的故事", "动画制作"} {
		if got, ok := categoryDecision(season, in); ok {
			t.Errorf("categoryDecision(%q) = %q; want none", in, got)
		}
	}
}

// TestOnlyEligibility: facts alone are eligibility; a labelled value of a
// form field beside them ("分类是AI生成 画面是用AI做的") is not, so the field
// changes.
func TestOnlyEligibility(t *testing.T) {
	p := period{year: 2026}
	checkReaders(t, []readerCase{{
		name:   "onlyEligibility",
		fn:     func(s string) bool { return onlyEligibility(s, p) },
		accept: []string{"画面是用AI做的 已经标注了", "没在网上发过，也没用AI"},
		reject: []string{"分类是AI生成 画面是用AI做的", "分类改成AI生成，画面是用AI做的", "时长2分10秒 没用AI"},
	}})
}

// TestTitleOKOff: "就行" after a title goes; a title ending in 就好 stays.
func TestTitleOKOff(t *testing.T) {
	for in, want := range map[string]string{"红旗渠畔的思政课就行": "红旗渠畔的思政课", "红旗渠畔的思政课就行了": "红旗渠畔的思政课",
		"一盏灯即可": "一盏灯", "平安就好": "平安就好", "说干就干": "说干就干", "就行": "就行"} {
		if got := titleOKOff(in); got != want {
			t.Errorf("titleOKOff(%q) = %q, want %q", in, got, want)
		}
	}
}
