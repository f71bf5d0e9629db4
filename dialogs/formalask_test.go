package dialogs

import (
	"strings"
	"testing"
)

// TestFormalEnquiry (s5-f4): formal words that ask for an answer make a
// question, with or without a colon; asking approval of a submission does not.
func TestFormalEnquiry(t *testing.T) {
	accept := []string{
		"您好。本人系信阳市茶都职业中等专业学校党委副书记阎丽华，现就全省党员教育短视频创作大赛（第一季）报送事宜咨询如下：本次大赛作品时长是否有明确上限，超出规定时长之作品是否仍予受理，妥否，请予答复。",
		"兹有我校拟报送作品一部，请问报送流程如何？",
		"我院拟报送作品一部，报送材料包括哪些，敬请告知。",
		"关于作品分类：部分画面系AI修复，应报何类，请予明示。",
		"特此咨询，盼复。",
	}
	reject := []string{
		"兹有我校党委办公室牵头组织创作之党员教育短视频《大别山下茶飘香》一部，现特此申报。妥否，请示。",
		"推荐单位：信阳市茶都职业中等专业学校",
		"经核无误，予以确认。",
		"请予提交",
		"讲述了驻村第一书记带领村民发展特色产业的故事。",
		"另有一事敬请指教：我院推荐的作品名为《铁轨上的初心》",
		"现就报送事宜咨询如下：",
	}
	for _, s := range accept {
		if !isQuestion(s) {
			t.Errorf("isQuestion(%q) = false", s)
		}
	}
	for _, s := range reject {
		if formalEnquiry(s) {
			t.Errorf("formalEnquiry(%q) = true", s)
		}
	}
	const ans = "通知写的是“时长原则上不超过3分钟”。"
	if got := offerRegister("兹有我校拟报送作品一部，时长有上限吗", ans); !strings.Contains(got, "我要报名") {
		t.Errorf("offerRegister(拟报送) = %q; want the offer", got)
	}
	// s12-h (rp155 q69): a negated will-submit offers nothing; a plain one still does.
	if got := offerRegister("我们想报两个作品，汇总表怎么排", ans); !strings.Contains(got, "我要报名") {
		t.Errorf("offerRegister(想报) = %q; want the offer", got)
	}
	for _, s := range []string{"时长有上限吗", "作品已经报送了，怎么查看", "报名能撤回吗 不想报了", "没打算报了 能删掉吗"} {
		if got := offerRegister(s, ans); got != ans {
			t.Errorf("offerRegister(%q) = %q; want the answer alone", s, got)
		}
	}
}
