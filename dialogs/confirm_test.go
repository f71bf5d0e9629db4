package dialogs

import "testing"

func TestConsentsAmidChatter(t *testing.T) {
	accept := []string{
		"好的，非常感谢，确认。",
		"好哒 确认～",
		"那中 不发了 确认",
		"ok确认",
		"没问题了 确认提交吧",
		"确认👌",
		"嗯嗯 确认 谢谢老师🙏",
		"核对无误，确认提交。辛苦您了",
		"行 提交吧",
		"好的，明白了，谢谢您。信息核对无误，确认。",
		"经核对无误，确认。",
		"以上信息均无误，确认提交",
	}
	reject := []string{
		"确认之前俺再问一下 公众号还能先发不",
		"确认一下时长对不对",
		"先别提交，片名不对",
		"不确认",
		"确认，片名改成《守望》",
		"好的，非常感谢",
		"确认吗？",
		"等一下再确认",
		"时长确认是2分30秒",
		"不对 确认不了",
		"我再确认一下",
		"信息有误，确认不了",
		"我们确认一下内容",
	}
	for _, s := range accept {
		if !consentsAmidChatter(s) {
			t.Errorf("consentsAmidChatter(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if consentsAmidChatter(s) {
			t.Errorf("consentsAmidChatter(%q) = true, want false", s)
		}
	}
}

// TestFormalConsent (s5-f4): formal consent at the summary, read by the one
// consent reader (consents, which falls back to consentsAmidChatter).
func TestFormalConsent(t *testing.T) {
	accept := []string{
		"经核无误，予以确认。",
		"以上信息确认无误，请予提交",
		"核对无误",
		"核对无误。",
		"经核实无误，请予提交。",
		"以上信息经审核无误，特此确认。",
		"同意提交",
		"好 确认",
	}
	reject := []string{
		"核对无误吗？",
		"经核，电话有误，请予更正",
		"请予确认片名是否需要书名号",
		"片名核对无误，电话不对",
		"确认之前，尚请明示：版权确认协议书原件应报送至何处？",
		"不同意",
		"经核无误，但撰稿漏了胡静",
		"撰稿一栏有遗漏，应为本人及胡静二人，请更正。",
	}
	for _, s := range accept {
		if !consents(s) {
			t.Errorf("consents(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if consents(s) {
			t.Errorf("consents(%q) = true, want false", s)
		}
	}
}
