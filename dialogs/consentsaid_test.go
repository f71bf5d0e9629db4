package dialogs

import (
	"testing"

	"contestbot"
)

// TestConsentSaid (s11-d, round 29): at the summary a confirming act with
// only chatter beside it is consent; a question, a change, a different
// value, a deferral or a negation is not.
func TestConsentSaid(t *testing.T) {
	tr, e := fixTurn(t)
	e.Synopsis = "讲述党员教师扎根乡村二十年的故事。"
	e.Summary = e.Synopsis
	reject := []string{
		// questions
		"确认 能不能先不交原件？",
		"中 就这吧 这样能过吗",
		"确认 版权协议书咋签",
		"没有要改的 汇总表在哪下载 确认",
		"确认之前问一下原件寄哪",
		"好吧 音乐能用吗 确认",
		"确认 是不是就报上了",
		// changes
		"片名改成《守望》 确认",
		"把撰稿去掉 确认",
		"确认 时长改成2分10秒",
		"没有要改的 就是电话改一下 确认",
		"确认 简介最后一句删了",
		// a new value that differs from the draft
		"那先按动画制作报吧 确认",
		"那就AI生成 确认",
		"时长2分50秒 确认",
		"确认 联系人写李娜",
		// deferrals
		"我先问问领导再确认",
		"等我问问再说",
		"好吧那我回头问问汪老师再确认",
		"回头问问汪老师",
		"我再看看 确认",
		"片名的事我们自己再看 确认",
		"这个事我们再商量 确认",
		"等一下 确认",
		"稍等 我问问 确认",
		// negations
		"先别提交",
		"不确认",
		"不是不是 先别提交",
		"确认不了 信息有误",
		"不对 确认",
		"有要改的 确认",
		// no confirming act
		"好的 谢谢",
		"哈哈哈",
		"没有要改的呀😂😂",
		"不是不是",
		"感谢贵平台的耐心协助！",
		"音乐的事我们自己再看",
		"好吧那我回头问问汪老师😂",
	}
	accept := []string{
		"好吧那我回头问问汪老师😂 确认",
		"不是不是 先提交吧 音乐的事我们自己再看 确认✅",
		"没有要改的呀😂😂 确认！",
		"中 就这吧 确认",
		"经核对无误，确认。感谢贵平台的耐心协助！",
		"那先按实景拍摄报吧 确认",
		"确认 ok的",
		"中 就这吧",
		"哈哈哈哈 确认提交",
		"没什么要改的了 确认",
		"不用改了 提交吧",
		"确认，辛苦了，你们太贴心了",
		"谢谢老师 确认无误",
		"配乐的问题我们自己处理 确认",
		"那我回头跟领导说一声 确认",
		"确认！谢谢您的耐心解答🙏",
		"分类就实景拍摄 确认",
		"好嘞 确认提交 辛苦啦",
		"就这么定了 确认",
	}
	for _, s := range reject {
		if tr.consentSaid(e, s) {
			t.Errorf("consentSaid(%q) = true, want false", s)
		}
	}
	for _, s := range accept {
		if !tr.consentSaid(e, s) {
			t.Errorf("consentSaid(%q) = false, want true", s)
		}
	}
	if tr.consentSaid(nil, "确认") {
		t.Error("consentSaid with no entry = true")
	}
	_ = contestbot.FieldCopyright
}
