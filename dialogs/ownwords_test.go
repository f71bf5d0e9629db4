package dialogs

import (
	"testing"

	"contestbot"
)

// TestOwnWords reads leaving, resuming, registering and asking in the
// user's own words (branch fb), each with cases it must reject.
func TestOwnWords(t *testing.T) {
	checkReaders(t, []readerCase{
		{"leavesInOwnWords", leavesInOwnWords,
			[]string{"算了 先不报了", "今天先不填了", "先这样吧", "回头再说", "那先这样吧", "今天就不弄了", "改天再填吧", "不是 我是说今天先不填了 等我问完领导再说", "稍等哈 先去开个会 回来再弄", "我先去上课，回头再弄"},
			[]string{"算了 不报了", "不报了", "先这样写可以吗", "跳过", "暂时不填", "联系人王芳，先这样", "回头再说吧，截止是哪天", "稍等，片名是灯塔", "先去开会的是王芳"}},
		{"resumesDraftInOwnWords", resumesDraftInOwnWords,
			[]string{"还是报吧，刚才填的还在吗", "刚才填的还在吗", "接着报", "继续填吧", "之前填的东西都还在吗", "那还是报吧"},
			[]string{"还在吗", "片名：灯塔", "接着报第二个，单位跟上一个一样", "刚才填的电话不对", "报名还能改吗"}},
		{"registersNow", registersNow,
			[]string{"现在先报名吧", "那就先报名吧", "好，报名吧", "好吧，那我先帮他填上报名，作品是学校的", "那我先帮他填上报名", "好的好的，谢谢老师。那我就报一下吧，我们学校是濮阳市第一职业中等专业学校"},
			[]string{"现在能报名吗", "报名截止了吗", "先报名还是先交视频"}},
		{"registerIntent", registerIntent,
			[]string{"那我就报一下吧", "那我先帮他填上报名", "现在先报名吧", "帮我报一个"},
			[]string{"是在这报名吗", "在这里报名吗？"}},
		{"asksRegisterHere", asksRegisterHere,
			[]string{"是在这报名吗", "这里能直接报名吗", "报名是在这里吗？"},
			[]string{"在这报名吧", "我们学校要报一个片子，在这儿能直接报名吗？", "我要报名"}},
	})
}

// TestRestate rewrites a correction by restating as the field's new value.
func TestRestate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"时长不是两分五十，是两分十五", "时长：两分十五"},
		{"片名不是灯火 是《灯塔》", "片名：《灯塔》"},
		{"片名不是《灯火》，是《灯塔，守望》", "片名：《灯塔，守望》"},
		{"制作单位不是洛阳理工学院，是洛阳理工学院宣传部，联系人王芳", "制作单位：洛阳理工学院宣传部，联系人王芳"},
		{"联系人王芳，联系电话不是13800000000，而是13900000000", "联系人王芳，联系电话：13900000000"},
		{"监制不是张三，是李四", "监制：李四"},
		// Not a restatement: left alone.
		{"不是内容简介，是主创人员名单", "不是内容简介，是主创人员名单"},
		{"影片讲述的不是别人，是老支书", "影片讲述的不是别人，是老支书"},
		{"简介不是这个，是下面这段", "简介不是这个，是下面这段"},
		{"片名是《灯塔》", "片名是《灯塔》"},
	} {
		if got := restate(tc.in); got != tc.want {
			t.Errorf("restate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLikeLastOthers reads "the rest as on the work before".
func TestLikeLastOthers(t *testing.T) {
	for _, s := range []string{"其他跟前面一样", "其他都跟上一个一样", "片名《灯塔》，其它和上一个相同", "剩下的跟第一个一样就行"} {
		if !reLikeLastOthers.MatchString(s) {
			t.Errorf("rejects %q", s)
		}
	}
	for _, s := range []string{"跟上一个一样", "单位跟上一个一样", "其他没有了", "和前面的简介不一样"} {
		if reLikeLastOthers.MatchString(s) {
			t.Errorf("accepts %q", s)
		}
	}
}

// TestRestateOnly drops the talk around a restated field in an open form.
func TestRestateOnly(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"不是两分钟哈老师。哎呀我刚又翻了一下学生发我的文件，时长不是两分五十，是两分十五，我记岔了，不好意思", "时长：两分十五"},
		{"制作单位不是洛阳理工学院，是洛阳理工学院宣传部，联系人王芳", "制作单位：洛阳理工学院宣传部，联系人王芳"},
		{"王芳", "王芳"},
	} {
		if got := restateOnly(tc.in); got != tc.want {
			t.Errorf("restateOnly(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRestateStored finds the field a restatement without a name means by
// the value it holds.
func TestRestateStored(t *testing.T) {
	e := &contestbot.Entry{Unit: "洛阳理工学院", Title: "灯火", Contact: "王芳"}
	e.Creators.Director = "李四"
	for _, tc := range []struct{ in, want string }{
		{"不是灯火，是《灯塔》", "片名：《灯塔》"},
		{"不对，不是洛阳理工学院，是洛阳理工大学", "推荐单位：洛阳理工大学"},
		{"不是李四 是李思", "编导(导演)：李思"},
		{"不是王芳，是王方。", "联系人：王方"},
		// Nothing stored is named: left alone.
		{"不是张三，是李四", "不是张三，是李四"},
		{"不是两分钟，是两分十五", "不是两分钟，是两分十五"},
	} {
		if got := restateStored(e, tc.in); got != tc.want {
			t.Errorf("restateStored(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
