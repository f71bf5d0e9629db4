package dialogs

import "testing"

// s8-k: an example inside a question is read as an example; values typed
// as answers, or a prompt's own 例如, are not.
func TestExampleClause(t *testing.T) {
	accept := []string{
		"请问视频文件应该怎么命名？比如我们学校叫河南某某职业技术学院，片名是《微光》",
		"文件名咋写 比如片名叫《微光》",
		"比如片名是《红船》，文件名怎么写？",
		"时长怎么填？例如3分20秒的",
		"假如我们是4K竖屏 码率要多少？",
		"要是片子3分10秒行不行",
		"推荐单位写全称吗？比方说郑州职业技术学院还是郑职院",
	}
	reject := []string{
		"河南省经济管理学校",
		"片名《微光》",
		"比如说吧，我们片名就叫微光", // no question: a value said with a filler
		"视频文件应该怎么命名？",
		"要是没有撰稿写啥",
		"例如：张伟",
		"讲述了老党员比如张书记带领村民致富的故事",
	}
	for _, s := range accept {
		if exampleClause(s) == "" {
			t.Errorf("exampleClause(%q) = \"\", want the example", s)
		}
	}
	for _, s := range reject {
		if c := exampleClause(s); c != "" {
			t.Errorf("exampleClause(%q) = %q, want none", s, c)
		}
	}
}
