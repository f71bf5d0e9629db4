package dialogs

import "testing"

// TestDropLeadPause: a pause before the rest of a message is dropped
// (rp48 F3); a pause alone, or words that only start like one, stay.
func TestDropLeadPause(t *testing.T) {
	cases := []struct{ in, want string }{
		// accept
		{"等一下 时长是填分钟还是秒", "时长是填分钟还是秒"},
		{"稍等，这里的制作单位和推荐单位有啥区别", "这里的制作单位和推荐单位有啥区别"},
		{"先等等哈 王建国", "王建国"},
		{"等等！片名改成《焦桐》", "片名改成《焦桐》"},
		// reject
		{"等一下", "等一下"},
		{"等待花开", "等待花开"},
		{"等一下再说的故事", "等一下再说的故事"},
		{"等一下 先问一下 这个视频交啥格式的", "等一下 先问一下 这个视频交啥格式的"},
		{"张等等", "张等等"},
	}
	for _, c := range cases {
		if got := dropLeadPause(c.in); got != c.want {
			t.Errorf("dropLeadPause(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
