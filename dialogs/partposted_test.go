package dialogs

import "testing"

// TestPartPosted (s7-j, rp82 p82b): a trailer or clip posted is no
// statement about the work; the work's own words decide.
func TestPartPosted(t *testing.T) {
	accept := []string{"预告片发过 正片没发", "花絮在公众号发了", "我们发了一条15秒的预告", "片段上过抖音", "只发了15秒的预告片"}
	for _, s := range accept {
		if !partPosted(s) {
			t.Errorf("partPosted(%q) = false, want true", s)
		}
	}
	reject := []string{"正片没发", "没往网上发过", "发过抖音", "预告片也没发", "片子发到邮箱了", "已经在视频号发布了"}
	for _, s := range reject {
		if partPosted(s) {
			t.Errorf("partPosted(%q) = true, want false", s)
		}
	}
	p := period{}
	if f, v, ok := eligibilityClause("预告片发过 正片没发", p); !ok || f != "unpublished" || !v {
		t.Errorf("预告片发过 正片没发 = %v %v %v, want unpublished true", f, v, ok)
	}
	if f, v, ok := eligibilityClause("发过抖音", p); ok && f == "unpublished" && v {
		t.Errorf("发过抖音 read as unpublished")
	}
}

// TestAllItemsAgree (s7-j, rp80 p80a): agreeing to the items as a whole.
func TestAllItemsAgree(t *testing.T) {
	accept := []string{"这几条都符合的", "都符合的", "四条都对", "这四条都符合", "几条都没问题", "以上都是", "那几项都满足"}
	for _, s := range accept {
		if !restAgree(s) {
			t.Errorf("restAgree(%q) = false, want true", s)
		}
	}
	reject := []string{"这几条都不符合", "第四条不符合", "都不是", "这几条是啥意思", "几条"}
	for _, s := range reject {
		if restAgree(s) {
			t.Errorf("restAgree(%q) = true, want false", s)
		}
	}
}

// TestTimeBesideFacts (s7-j, rp81 p81a): an exact time beside the checklist
// answer is the 时长; the time after 不是 is replaced; a vague one is not taken.
func TestTimeBesideFacts(t *testing.T) {
	accept := map[string]int{
		"是 都对着哩 没用那啥AI 对了片子时间俺刚才手机上看了一下 是2分58秒 不是三分钟": 178,
		"都符合 时长是2分57秒 不是2分58": 177,
		"是的，另外时长改成2分40秒":      160,
	}
	for s, want := range accept {
		if d, ok := timeBesideFacts(s); !ok || d != want {
			t.Errorf("timeBesideFacts(%q) = %d %v, want %d", s, d, ok, want)
		}
	}
	reject := []string{"都符合", "是 片子三分来钟", "是 2分58秒还是2分50秒来着", "不是2分58", "是 1080P 9:16 竖屏"}
	for _, s := range reject {
		if d, ok := timeBesideFacts(s); ok {
			t.Errorf("timeBesideFacts(%q) = %d, want none", s, d)
		}
	}
}
