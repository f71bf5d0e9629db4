package dialogs

import "testing"

// TestConsentWithLeadWords (s10-c): a confirmation with harmless lead words
// (好的/嗯/行/信息没问题了/都对/核对过了) confirms; 确认 inside a question, or
// beside a correction, does not.
func TestConsentWithLeadWords(t *testing.T) {
	accept := []string{
		"好的，信息没问题了，确认",
		"好的，信息没问题了，确认。",
		"嗯，都对，确认",
		"行，核对过了，确认",
		"信息没问题了确认",
		"都对确认",
		"核对过了确认提交",
		"好的 信息核对过了 没问题 确认",
		"嗯嗯，信息都没问题了，确认",
		"好的，信息我核对过了，都对，确认",
		"嗯，我看了，信息没问题了，确认",
	}
	reject := []string{
		"确认一下时长对吗？",
		"信息没问题了吗？确认",
		"能确认一下信息没问题吗",
		"确认之前问一下，视频怎么检查",
		"好的，时长不对，确认",
		"信息没问题了，视频怎么检查？确认",
	}
	for _, s := range accept {
		if !consents(s) {
			t.Errorf("consents(%q) = false; want true", s)
		}
	}
	for _, s := range reject {
		if consents(s) {
			t.Errorf("consents(%q) = true; want false", s)
		}
	}
}
