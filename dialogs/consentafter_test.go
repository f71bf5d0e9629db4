package dialogs

import "testing"

// s9-a: consent at the summary after a change, read by the one consent
// reader (consents): it confirms only when it confirms and asks nothing.
func TestConsentAfterChange(t *testing.T) {
	accept := []string{
		"好的确认",
		"确认。",
		"核对无误，确认。",
		"改好了，我又看了一遍，核对无误，确认。",
		"改完了 没问题了 确认",
		"好的，这下都对了，确认",
		"中 确认",
		"好的明白了，我们回头重新导出成mp4，信息都没问题，确认。",
	}
	for _, in := range accept {
		if !consents(in) {
			t.Errorf("consents(%q) = false; want true", in)
		}
	}
	reject := []string{
		"确认之前问一下，版权确认协议书原件是寄过去还是送过去？",
		"好的确认，原件寄到哪？",
		"确认。对了获奖有奖金吗",
		"等我问问领导再确认。",
		"片名确认是太行山下的育人人吗",
		"片名改成太行山下的育人人，确认。",
		"时长改好了，是2分55秒，确认",
		"片名改对了吗，确认",
		"还没改好，先别确认",
		"电话不对，确认一下",
		"改好了吗？确认",
		"好的，片名改对了，确认。",
		"我们回头重新导出成mp4，格式行不行，确认",
		"我们回头把时长剪到2分50秒，确认",
	}
	for _, in := range reject {
		if consents(in) {
			t.Errorf("consents(%q) = true; want false", in)
		}
	}
}
