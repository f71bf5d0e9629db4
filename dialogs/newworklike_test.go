package dialogs

import "testing"

// s8-f: a new work announced as like an earlier one, and the changes said
// in it.
func TestNewWorkLike(t *testing.T) {
	accept := []string{
		"还有一个 跟第一个差不多 单位联系人啥的都一样 就是片名时长简介不一样 编导换成王丽娟了",
		"还有一个 和上一个一样 就片名不一样",
		"另外一个 跟刚才那个差不多",
	}
	reject := []string{
		"还有一个问题",
		"还有一个 跟第一个一样吗？",
		"跟第一个差不多",
		"还有一个 叫《麦田里的党课》",
		"编导换成王丽娟",
	}
	for _, s := range accept {
		if _, ok := newWorkLike(s); !ok {
			t.Errorf("newWorkLike(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if _, ok := newWorkLike(s); ok {
			t.Errorf("newWorkLike(%q) = true, want false", s)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"跟第一个差不多 单位联系人啥的都一样 就是片名时长简介不一样 编导换成王丽娟了", "编导(导演)：王丽娟"},
		{"和上一个一样 就是摄影改成孙磊", "摄影：孙磊"},
		{"跟第一个差不多 片名不一样", ""},
	} {
		if got := workChanges(c.in); got != c.want {
			t.Errorf("workChanges(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
