package dialogs

import (
	"testing"

	"contestbot"
)

// TestFaultRemark (s5-f4): a remark that a field is wrong is never its value.
func TestFaultRemark(t *testing.T) {
	accept := []string{"一栏有遗漏", "那里少了个字", "有误", "写错了", "这一项不对", "漏了一个人", "少了一个字，请更正。", "好像有问题", "打错了"}
	reject := []string{"胡静", "阎丽华、胡静", "有遗漏的胡静", "少年强则国强", "多了一份坚守", "错过的风景", "不对称的美"}
	for _, s := range accept {
		if !faultRemark(s) {
			t.Errorf("faultRemark(%q) = false", s)
		}
	}
	for _, s := range reject {
		if faultRemark(s) {
			t.Errorf("faultRemark(%q) = true", s)
		}
	}
	for _, s := range []string{"撰稿一栏有遗漏", "片名那里少了个字", "电话有误"} {
		if _, ok := correctionOnly(s); !ok {
			t.Errorf("correctionOnly(%q) = false", s)
		}
	}
}

// TestTypedCorrection (s5-f4): a value whose type fits one field corrects it.
func TestTypedCorrection(t *testing.T) {
	tt := &turn{c: &Core{season: testSeason(t)}}
	accept := map[string]string{
		"不对，是2分46秒":      "时长：2分46秒",
		"实际是2分46秒":       "时长：2分46秒",
		"应该是13937602459": "联系电话：13937602459",
		"不对 是《大别山下茶更香》":  "片名：《大别山下茶更香》",
		"《大别山下茶更香》":      "片名：《大别山下茶更香》",
		"错了，应为动画制作":      "分类：动画制作",
	}
	for in, want := range accept {
		if got, ok := tt.typedCorrection(in); !ok || got != want {
			t.Errorf("typedCorrection(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	reject := []string{"2分46秒", "不对", "不对，是胡静", "实际是讲述茶农的故事", "是", "应该是吧", "《大别山下》和《茶飘香》"}
	for _, in := range reject {
		if got, ok := tt.typedCorrection(in); ok {
			t.Errorf("typedCorrection(%q) = %q; want none", in, got)
		}
	}
}

// TestMissingPeople (s5-f4): people said missing from a role are added.
func TestMissingPeople(t *testing.T) {
	tt := &turn{c: &Core{season: testSeason(t)}}
	e := &contestbot.Entry{}
	e.Creators.Writer = "胡静"
	accept := map[string]string{
		"撰稿漏了阎丽华":    "撰稿：胡静和阎丽华",
		"撰稿一栏漏掉了本人":  "撰稿：胡静和本人",
		"摄影还有李明":     "摄影：李明",
		"撰稿那里少了王一帆。": "撰稿：胡静和王一帆",
	}
	for in, want := range accept {
		if got, ok := tt.missingPeople(e, in); !ok || got != want {
			t.Errorf("missingPeople(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	reject := []string{"片名少了个字", "电话漏了一位", "胡静", "撰稿", "简介还有一句", "撰稿那里漏了个人", "撰稿少了一个人", "剪辑漏了两个字"}
	for _, in := range reject {
		if got, ok := tt.missingPeople(e, in); ok {
			t.Errorf("missingPeople(%q) = %q; want none", in, got)
		}
	}
}
