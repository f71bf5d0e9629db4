package dialogs

import (
	"testing"

	"contestbot"
)

// s8-f: a message of questions only at the declarations step; answers,
// values and changes are not.
func TestOnlyAsks(t *testing.T) {
	accept := []string{
		"第1条想问一下：片子是我们学校出题策划、请传媒公司拍的，这算学校组织完成的作品吧？",
		"请问抖音上发过预告片算公开发表吗？",
		"问一下 用AI配的音算用了AI吗",
		"AI做的片头要怎么标注呢？",
	}
	reject := []string{
		"是",
		"都符合",
		"是。另外我们片子正好3分00秒，这不算超时吧？",
		"摘要改成学院师生寻访黄泛区老党员",
		"监制：李建国",
		"前三条都对 第四条不对 旁白是AI配的音",
		"摘要前头那四个字摘要另写不要 是俺说的话",
	}
	for _, s := range accept {
		if !onlyAsks(s) {
			t.Errorf("onlyAsks(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if onlyAsks(s) {
			t.Errorf("onlyAsks(%q) = true, want false", s)
		}
	}
}

// s8-f: what follows a text edit counts at the declarations step only when
// it speaks of them.
func TestRestAfterEdit(t *testing.T) {
	elig := slot(contestbot.FieldUnitWork)
	for _, c := range []struct{ in, want string }{
		{"是俺说的话", ""},
		{"谢谢", ""},
		{"都符合", "都符合"},
		{"没用AI 都是实拍的", "没用AI 都是实拍的"},
		{"没发过", "没发过"},
	} {
		if got := restAfterEdit(c.in, elig); got != c.want {
			t.Errorf("restAfterEdit(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := restAfterEdit("是俺说的话", slot(contestbot.FieldTitle)); got != "是俺说的话" {
		t.Errorf("restAfterEdit at the title step = %q, want it kept", got)
	}
}

// s8-f: answers and other acts beside a question are no "questions only".
func TestOnlyAsksRejectsAnswers(t *testing.T) {
	for _, s := range []string{
		"都符合 从来没发过 没用啥AI",
		"123都是哒✅ 今年暑假拍的 还没发过 4不是哈 旁白用了AI配音 这样可以吗🥺",
		"都是哒✅ 不过问下 我们想剪个15秒的预告先发学院抖音号 会不会算公开发表了啊🥺",
		"你刚才记的是啥",
		"你怎么把这句话记成摘要了？？摘要不对，摘要就用上面那段简介",
		"你咋又把俺问的话记上了 摘要俺重新发 党员教师带学生上党课",
	} {
		if onlyAsks(s) {
			t.Errorf("onlyAsks(%q) = true, want false", s)
		}
	}
}
