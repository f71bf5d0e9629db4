package dialogs

import "testing"

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
