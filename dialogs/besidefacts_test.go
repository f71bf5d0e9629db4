package dialogs

import "testing"

// TestDeclarationInSentence: a demonstrative 几 asks nothing; a change told
// in the message makes the later statement of a fact win (s9-d).
func TestDeclarationInSentence(t *testing.T) {
	checkReaders(t, []readerCase{
		{
			name:   "a question",
			fn:     isQuestion,
			accept: []string{"主创写几个人", "一个学校能报几个", "几个人合适"},
			reject: []string{"刚才说那几个AI画哩背景后来俺让学生自己手画重新弄了", "这几个镜头是学生拍的", "我们几个老师一起拍的"},
		},
		{
			name:   "a change told",
			fn:     statesLater,
			accept: []string{"刚才说那几个AI画哩背景后来俺让学生自己手画重新弄了", "现在片子里没有AI了", "原来用了AI配音 已经改成真人配音了"},
			reject: []string{"没用AI", "是今年五月份做哩没往网上发过", "都符合"},
		},
	})
}
