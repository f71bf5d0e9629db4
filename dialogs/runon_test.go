package dialogs

import "testing"

func TestRunOnAfterComplaint(t *testing.T) {
	accept := map[string]string{
		"怎么这么麻烦 一项一项问到啥时候 商丘睢阳职业技术学院 片子叫青春接力红色火种 两分三十八秒 电话13837021946": "商丘睢阳职业技术学院，片子叫青春接力红色火种，两分三十八秒，电话13837021946",
		"太麻烦了 推荐单位郑州职业技术学院 片名红色青春 时长3分钟":                               "推荐单位郑州职业技术学院，片名红色青春，时长3分钟",
	}
	reject := []string{
		"怎么这么麻烦 一项一项问到啥时候",
		"截止到啥时候啊 不会已经过了吧",
		"商丘睢阳职业技术学院 片子叫青春接力红色火种 两分三十八秒",
		"怎么这么麻烦 片名红色青春 时长3分钟 能不能用AI配音？",
		"太麻烦了 我不报了 算了",
	}
	for in, want := range accept {
		if got, ok := runOnAfterComplaint(in); !ok || got != want {
			t.Errorf("runOnAfterComplaint(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range reject {
		if got, ok := runOnAfterComplaint(in); ok {
			t.Errorf("runOnAfterComplaint(%q) = %q; want no reading", in, got)
		}
	}
}

func TestNarrativeClauseIsNoQuestion(t *testing.T) {
	story := []string{"讲述老一辈党员的初心故事如何感染新时代青年学生，", "展现青年怎样接过红色火种", "本片记录了老支书如何带领村民致富"}
	asks := []string{"如何报名", "讲述的内容有要求吗", "简介怎么写？", "展现什么内容比较好呢", "时长怎么算"}
	for _, s := range story {
		if isQuestion(s) {
			t.Errorf("isQuestion(%q) = true, want false", s)
		}
	}
	for _, s := range asks {
		if !isQuestion(s) {
			t.Errorf("isQuestion(%q) = false, want true", s)
		}
	}
}
