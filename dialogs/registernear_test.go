package dialogs

import "testing"

// s7-n: the registration command typed with same-sound characters, and
// asking whether one can register here.
func TestSoundsLikeRegister(t *testing.T) {
	for _, s := range []string{"我要报明", "我想报明", "报明", "我要报铭", "开始报明"} {
		if !soundsLikeRegister(bare(s)) {
			t.Errorf("soundsLikeRegister(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"报明年的吗", "我要表明", "包名", "我要报名吗", "我要抱怨", "我要保密", "报销", "我要报告", "学校名"} {
		if soundsLikeRegister(bare(s)) {
			t.Errorf("soundsLikeRegister(%q) = true, want false", s)
		}
	}
}

func TestAsksCanRegisterHere(t *testing.T) {
	for _, s := range []string{"在这能报名不", "那我在这能报不能 我们学校有个片子想报", "这里可以报名吗", "在这儿能不能报", "你这能报名吗？"} {
		if !asksCanRegisterHere(s) {
			t.Errorf("asksCanRegisterHere(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"在这能报几个", "这里可以报送纸质材料吗", "报名在哪报", "是在这报名吗", "在这能报名不 截止是啥时候", "能报名吗"} {
		if asksCanRegisterHere(s) {
			t.Errorf("asksCanRegisterHere(%q) = true, want false", s)
		}
	}
}
