package dialogs

import "testing"

func TestAsksWhetherCounts(t *testing.T) {
	accept := []string{
		"我们公众号发过一张拍摄花絮照片 这算发表吗",
		"第3条想确认下，我们在学校公众号上发过一张拍摄现场的照片和几句文字介绍，视频本身没发过，这样不影响吧？",
		"在学校大会上放过一次，这个算公开发表不算",
		"预告片发过抖音 那算不算发表了",
	}
	for _, s := range accept {
		if !asksWhetherCounts(s) {
			t.Errorf("asksWhetherCounts(%q) = false; want true", s)
		}
	}
	reject := []string{
		"是学校的 今年弄的 没往网上发过 也没用AI",
		"都是哒✅ 不过问下 我们想剪个15秒的预告先发学院抖音号 会不会算公开发表了啊🥺",
		"学校公众号发过",
		"是",
		"这算发表吗",
		"没发过，用了AI配音，已标注",
	}
	for _, s := range reject {
		if asksWhetherCounts(s) {
			t.Errorf("asksWhetherCounts(%q) = true; want false", s)
		}
	}
}
