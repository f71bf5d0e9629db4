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

// TestToolOutput: pasted ffprobe/MediaInfo lines are a video check.
func TestToolOutput(t *testing.T) {
	checkReaders(t, []readerCase{
		{name: "toolOutput", fn: toolOutput,
			accept: []string{"Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'a.mp4':\n  Duration: 00:02:48.00, bitrate: 15200 kb/s", "Format : MPEG-4\nBit rate : 15.0 Mb/s\nWidth : 1 920 pixels", "  Stream #0:0: Video: h264 (High)"},
			reject: []string{"时长2分48秒 1080p", "片名：初心", "格式：mp4可以吗", "推荐单位：郑州职业技术学院\n片名：初心"}},
	})
}
