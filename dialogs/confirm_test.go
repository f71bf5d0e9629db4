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
