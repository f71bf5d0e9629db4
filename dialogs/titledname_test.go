package dialogs

import (
	"testing"

	"contestbot"
)

func TestTitledNameS12m(t *testing.T) {
	accept := map[string]string{
		"宣传部长刘建华":      "刘建华",
		"学生赵磊":         "赵磊",
		"算了。。。宣传部长刘建华": "刘建华",
		"我们党委副书记刘建国":   "刘建国",
		"研究生李想":        "李想",
	}
	for in, want := range accept {
		if got := titledName(in); got != want {
			t.Errorf("titledName(%q) = %q, want %q", in, got, want)
		}
	}
	// Reject: a title or role word alone, "学生" inside a real title, a name
	// that only ends in 学生.
	for _, in := range []string{"部长", "学生", "学生会", "学生会主席", "陈学生", "宣传部长", "刘建华", "算了"} {
		if got := titledName(in); got != "" {
			t.Errorf("titledName(%q) = %q, want none", in, got)
		}
	}
}

func TestCreatorsSentenceFillersAndTitles(t *testing.T) {
	accept := map[string]string{
		"算了。。。宣传部长刘建华当监制，编导陈静，摄影剪辑都是学生赵磊": "监制：刘建华；编导：陈静；摄影：赵磊；剪辑：赵磊",
		"嗯 王芳来当编导，摄影是学生赵磊":                "编导：王芳；摄影：赵磊",
	}
	for in, want := range accept {
		if got, ok := creatorsSentence(in); !ok || got != want {
			t.Errorf("creatorsSentence(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// Reject: a title with no name, a filler as the only content.
	for _, in := range []string{"部长当监制，编导学生", "算了。。。"} {
		if got, ok := creatorsSentence(in); ok {
			t.Errorf("creatorsSentence(%q) = %q, want not read", in, got)
		}
	}
}

func TestNotWrittenInsteadNamedRole(t *testing.T) {
	e := &contestbot.Entry{Contact: "陈静"}
	e.Creators.Director = "小陈"
	accept := map[string]string{
		"编导不能写小陈。。。写陈静": "编导(导演)：陈静",
		"编导别写小陈 写陈静":    "编导(导演)：陈静",
		"编导小陈不行 写陈静":    "编导(导演)：陈静",
		"摄影不要写小陈，写赵磊":   "摄影：赵磊",
	}
	for in, want := range accept {
		if got := notWrittenInstead(e, in); got != want {
			t.Errorf("notWrittenInstead(%q) = %q, want %q", in, got, want)
		}
	}
	// Reject: no name given instead, a sentence that is no such pair.
	for _, in := range []string{"编导不能写小陈", "编导小陈不行", "小陈不行 写不了", "编导陈静"} {
		if got := notWrittenInstead(e, in); got != in {
			t.Errorf("notWrittenInstead(%q) = %q, want unchanged", in, got)
		}
	}
}

func TestInsteadValue(t *testing.T) {
	accept := map[string]string{
		"不能写小陈。。。写陈静": "陈静",
		"别写小陈 写陈静":    "陈静",
		"小陈不行 写陈静":    "陈静",
		"不要填王老师，填王芳":  "王芳",
	}
	for in, want := range accept {
		if got := insteadValue(in); got != want {
			t.Errorf("insteadValue(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"不能写", "写陈静", "陈静", "不写稿子", "我不行 写不了"} {
		if got := insteadValue(in); got != in {
			t.Errorf("insteadValue(%q) = %q, want unchanged", in, got)
		}
	}
}

func TestClosingTalkPauses(t *testing.T) {
	for _, in := range []string{"好。。。谢谢", "嗯。。。好的 谢谢"} {
		if !closingTalk(in) {
			t.Errorf("closingTalk(%q) = false, want true", in)
		}
	}
	for _, in := range []string{"。。。", "好。。。截止是哪天", "好。。。片名改成黄河", ""} {
		if closingTalk(in) {
			t.Errorf("closingTalk(%q) = true, want false", in)
		}
	}
}
