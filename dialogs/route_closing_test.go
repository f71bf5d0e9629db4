package dialogs

import "testing"

// TestClosingTalk: a message that only closes the chat is answered as such,
// never as a question about the notice (round 12, rp56).
func TestClosingTalk(t *testing.T) {
	checkReaders(t, []readerCase{
		{name: "closingTalk", fn: closingTalk,
			accept: []string{"算了 我问问孟老师吧 谢谢", "行 我知道了 谢谢啊", "好的 我再问问领导", "谢谢", "好的，辛苦了", "那算了，回头再说"},
			reject: []string{"我问问截止时间", "谢谢，截止时间是哪天", "好的 片名是初心", "我想问问码率", "算了吗", "我问问孟老师电话是多少"}},
	})
}
