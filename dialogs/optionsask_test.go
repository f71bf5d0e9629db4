package dialogs

import "testing"

// TestAsksTwoCategories is s9-k's class: a question between two named
// categories, said at any step, is a question and no value.
func TestAsksTwoCategories(t *testing.T) {
	season := testSeason(t)
	accept := []string{
		"我们用剪映做的动画算动画制作还是AI生成呀🤔",
		"用手机拍的算实景拍摄还是视频切片？",
		"这种是选动画还是AI啊",
		"从录像里剪的归视频切片还是其他",
		"AI做的动画算AI生成或者动画制作呢😂",
	}
	reject := []string{
		"郑州职业技术学院",
		"我们学校还是郑州职业技术学院",
		"动画制作",
		"选动画制作吧",
		"算了还是写实景拍摄",
		"实景拍摄还是实景拍摄",
		"撰稿还是李华",
	}
	for _, s := range accept {
		if !asksTwoCategories(season, s) {
			t.Errorf("asksTwoCategories(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if asksTwoCategories(season, s) {
			t.Errorf("asksTwoCategories(%q) = true, want false", s)
		}
	}
}
