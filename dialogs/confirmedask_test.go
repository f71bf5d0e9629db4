package dialogs

import "testing"

func TestAsksSubmitted(t *testing.T) {
	for _, s := range []string{"我不是确认了吗", "提交了吗", "已经提交了吧？", "报上了没有", "是不是已经确认了", "确认成功了没有"} {
		if !asksSubmitted(s) {
			t.Errorf("asksSubmitted(%q) = false; want true", s)
		}
	}
	for _, s := range []string{"确认", "怎么提交", "确认之前问一下原件寄哪", "提交以后还能改吗", "什么时候提交", "确认了", "我确认"} {
		if asksSubmitted(s) {
			t.Errorf("asksSubmitted(%q) = true; want false", s)
		}
	}
}

func TestConsentAfterTalk(t *testing.T) {
	for _, s := range []string{"……行吧，那就先这样，确认", "没问题了 确认吧", "行吧那就先这样吧，确认提交", "我看了一遍，都对着呢。确认"} {
		if !consents(s) {
			t.Errorf("consents(%q) = false; want true", s)
		}
	}
	for _, s := range []string{"先这样吧，明天再确认", "行吧，先这样，确认吗？", "先这样", "电话不对，确认", "确认之前问一下，原件是寄过去吗"} {
		if consents(s) {
			t.Errorf("consents(%q) = true; want false", s)
		}
	}
}
