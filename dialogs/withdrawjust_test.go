package dialogs

import "testing"

func TestWithdrawsJustSent(t *testing.T) {
	accept := []string{
		"哎呀坏了 报错片子了！！一堂思政课的诞生这个不是这次要报的，领导定的是另外一个。刚才那个帮我撤掉吧",
		"刚才那个作废吧",
		"刚报的那个不报了",
		"麻烦把刚才那个删掉",
		"刚才提交的那个帮我撤回",
	}
	for _, in := range accept {
		if !withdrawsJustSent(in) {
			t.Errorf("withdrawsJustSent(%q) = false, want true", in)
		}
	}
	reject := []string{
		"刚才那个作废了吗",   // a question about it
		"刚才那个删了没？",   // a question
		"之前那个帮我撤掉吧",  // not the work just sent: withdraw.go and startover.go read it
		"刚才那个简介帮我删掉", // a field of it
		"这个帮我撤掉吧",    // no 刚才: withdraw.go
		"刚才那个我再想想",   // no withdrawal
		"刚才说的那个片名不对", // a correction
	}
	for _, in := range reject {
		if withdrawsJustSent(in) {
			t.Errorf("withdrawsJustSent(%q) = true, want false", in)
		}
	}
}
