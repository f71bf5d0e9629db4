package dialogs

import "testing"

func TestAgreesOnly(t *testing.T) {
	checkReaders(t, []readerCase{
		{"agreesOnly", agreesOnly,
			[]string{"都是哒✅", "确认~", "对滴", "嗯嗯是的👌", "没问题哈", "是", "是的", "好滴", "中中中", "都对～", "全是", "都符合", "确认无误👍", "ok~", "是哒", "对对对"},
			[]string{"不是", "对不对", "没有", "都不是", "是吗", "确认之前问一下，原件寄过去还是送过去？", "是学校的", "没问题吧？",
				"都是哒✅ 不过问下 会不会算公开发表了啊🥺", "是不是", "好像不对", "嗯…我想想", "", "～～", "不确认"}},
		{"isYes", isYes,
			[]string{"都是哒✅", "对滴", "没问题哈", "是", "对"},
			[]string{"不是", "没有", "都不是", "不对"}},
		{"consents", consents,
			[]string{"确认~", "对滴", "嗯嗯是的👌", "没问题哈", "都是哒✅", "确认"},
			[]string{"确认之前问一下，版权确认协议书原件是寄过去还是送过去？", "信息没问题 获奖了证书咋发", "不确认", "对，今年9月拍的"}},
	})
}

func TestQuestionBesideAgreement(t *testing.T) {
	checkReaders(t, []readerCase{
		{"isQuestion", isQuestion,
			[]string{"都是哒✅ 不过问下 我们想剪个15秒的预告先发学院抖音号 会不会算公开发表了啊🥺", "会不会算公开发表", "开会放过算不算"},
			[]string{"都是哒✅", "不是不是", "会上放过一回"}},
	})
	if got := leadingAgree(fineClauses(splitClauses("都是哒✅ 不过问下 我们想剪个预告 会不会算公开发表了啊🥺"))); got != 1 {
		t.Errorf("leadingAgree = %d, want 1", got)
	}
}
