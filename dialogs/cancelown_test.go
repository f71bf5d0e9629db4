package dialogs

import "testing"

func TestCancelOwnWords(t *testing.T) {
	for _, s := range []string{"取消吧 我重新报", "不报这个了 重新来", "啥呀 乱了 取消吧 我重新报", "取消 重新填", "算了 取消吧"} {
		if !cancelOwnWords(s) {
			t.Errorf("cancelOwnWords(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"取消了还能重新报吗", "我重新报", "重新来", "片名取消副标题", "取消的话要重新报吗", "乱了", "取消后怎么重新报名"} {
		if cancelOwnWords(s) {
			t.Errorf("cancelOwnWords(%q) = true, want false", s)
		}
	}
}
