package dialogs

import "testing"

// s8-f: a change of another field after the answer is rewritten as a
// labelled value; anything else is left as it is.
func TestChangeAfterAnswer(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"3分钟整。对了分类我刚才说的视频切片不对，我们这个算其他吧，改成其他", "3分钟整。分类：其他"},
		{"3分钟整，分类改成其他", "3分钟整，分类：其他"},
		{"2分10秒 分类不对 应该是动画制作", "2分10秒 分类：动画制作"},
		{"赵红梅，电话不对，应该是13903741526", "赵红梅，电话：13903741526"},
		// Rejected: no change, the change opens the message, free text, no new value.
		{"3分钟整，实景拍摄", "3分钟整，实景拍摄"},
		{"分类改成其他", "分类改成其他"},
		{"3分钟整，简介不对，是讲老党员的故事", "3分钟整，简介不对，是讲老党员的故事"},
		{"3分钟整，分类不对", "3分钟整，分类不对"},
		{"3分钟，片名不对吗？", "3分钟，片名不对吗？"},
	} {
		if got := changeAfterAnswer(c.in); got != c.want {
			t.Errorf("changeAfterAnswer(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
