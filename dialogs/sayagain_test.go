package dialogs

import "testing"

// s7-n: messages that only ask to hear the question again.
func TestAsksSayAgain(t *testing.T) {
	for _, s := range []string{"你说啥", "你刚说啥", "啥意思", "啥？", "你说啥呢", "这是啥意思", "没看懂", "再说一遍", "额 你说的啥", "什么意思啊"} {
		if !asksSayAgain(s) {
			t.Errorf("asksSayAgain(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"学校党委组织部", "你说啥时候截止", "监制是啥意思", "制作单位是啥意思", "说啥都行", "你说的对", "蒋德胜", "啥时候交", "什么叫实景拍摄"} {
		if asksSayAgain(s) {
			t.Errorf("asksSayAgain(%q) = true, want false", s)
		}
	}
}
