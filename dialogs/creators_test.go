package dialogs

import "testing"

func TestCreatorsSentence(t *testing.T) {
	accept := map[string]string{
		"监制是王书记 编导我 摄像剪辑都是小李": "监制：王书记；编导：我；摄影：小李；剪辑：小李",
		"片子是赵鹏拍的 孙浩剪的":        "摄影：赵鹏；剪辑：孙浩",
		"监制是我们党委副书记刘建国，编导由我本人负责，稿子是王晓敏老师写的，拍摄是陈磊和孙浩两位，后期剪辑孙浩一个人完成。": "监制：刘建国；编导：我；撰稿：王晓敏；摄影：陈磊、孙浩；剪辑：孙浩",
		"监制张红梅（我们团委书记） 导演李思源老师 稿子王一鸣和赵欣怡写的":                         "监制：张红梅；编导：李思源；撰稿：王一鸣、赵欣怡",
		"主创人员：监制胡建设，编导撰稿都是我，摄像剪辑周明":                                 "主创人员：监制：胡建设；编导：我；撰稿：我；摄影：周明；剪辑：周明",
		"监制是王校长王建国，编导我们科的小刘刘洋":                                      "监制：王建国；编导：刘洋",
		"麻烦您改一下。监制刘建国，编导赵文博，撰稿王晓敏，摄影陈磊、孙浩，剪辑孙浩。":                    "监制：刘建国；编导：赵文博；撰稿：王晓敏；摄影：陈磊、孙浩；剪辑：孙浩",
	}
	reject := []string{
		"讲述了学校老党员带着学生拍摄乡村振兴纪录片的故事",
		"影片讲述了监制老王和导演小李一起拍片的经历，展现了党员的担当",
		"监制是谁",
		"拍的是学校退休老党员王德厚老师",
		"实景拍摄",
		"2分30秒 实景拍摄",
		"编导我",
	}
	for s, want := range accept {
		got, ok := creatorsSentence(rewritePersonRole(s))
		if !ok || got != want {
			t.Errorf("creatorsSentence(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range reject {
		if got, ok := creatorsSentence(s); ok {
			t.Errorf("creatorsSentence(%q) = %q, want no list", s, got)
		}
	}
}
