package dialogs

import "testing"

// TestSaysPublished: the user's own word that the work is published (round 9,
// rp40: a county TV broadcast stored as unpublished four times).
func TestSaysPublished(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "saysPublished",
		fn:   saysPublished,
		accept: []string{"第三项需如实说明：本片未在任何网络平台发布，但曾于今年七月在汝南县电视台播出一次。请如实登记为“已公开发表”",
			"您所记“未公开发表”有误，请更正为已公开发表。", "未公开发表一项改为：否。本片已公开发表过（县电视台播出一次）。",
			"本片已经发表过，不是未公开发表。", "片子已发表了"},
		reject: []string{"没发表过", "未公开发表", "都是 没在哪儿播过", "县电视台播过一次算已公开发表吗", "如果算已公开发表就登记为已公开发表",
			"本片未公开发表", "从没发表过", "不是已发表的"},
	}})
}

// TestConsentLast: a final 确认 after talk that only says the record was
// checked (round 9, rp39 and rp41).
func TestConsentLast(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "consentsAmidChatter",
		fn:   consentsAmidChatter,
		accept: []string{"我看了一遍，都对着呢。确认", "好吧 领导说没问题 确认", "信息没问题，确认提交", "核对过了 没问题 确认",
			"领导看过了，确认", "我看了下没问题 确认吧", "都对着呢 确认了", "核对过了，没有问题，确认。"},
		reject: []string{"我看了一遍，简介不对。确认", "电话改成13800000000 确认", "领导说没问题吗 确认", "还没看 确认",
			"片名是《守望》 确认", "我看了一遍，确认一下时长", "确认之前问一下，原件寄哪", "不对 确认",
			"我看了下没问题 确认吗", "片名没问题 确认吧 监制改一下", "简介还有问题 确认"},
	}})
}

// TestPrivacyInOwnWords: the rights asked for in own words (round 9, rp42).
func TestPrivacyInOwnWords(t *testing.T) {
	checkReaders(t, []readerCase{
		{name: "wantsDeleteInfo", fn: func(s string) bool { return wantsDeleteInfo(bare(s)) },
			accept: []string{"把我的信息删了吧", "删掉我的信息", "我的信息删了吧", "帮我把我的资料删除", "删除我的数据吧"},
			reject: []string{"不删了 留着吧", "把第一个作品删了", "简介里我的电话删掉", "删除我的信息怎么弄不删了", "片子删了吧"}},
		{name: "asksPrivacy", fn: func(s string) bool { return asksPrivacy(bare(s)) },
			accept: []string{"我的数据安全吗", "谁能看到我的电话", "我的信息用来干嘛", "我的手机号会泄露吗", "个人信息保存多久",
				"我填的东西安全不", "俺填哩资料给谁看"},
			reject: []string{"我的作品安全吗", "谁能看到作品", "电话是多少", "联系人电话写谁", "我填的东西对不对", "我们拍的片子安全吗"}},
		{name: "asksWhatIsHeld", fn: func(s string) bool { return asksWhatIsHeld(bare(s)) },
			accept: []string{"我想问一下 你们这里都存了我哪些个人信息啊", "不是问这个 我是说我的名字电话这些 你们存了啥", "你们收集了我什么信息", "助手存了我多少资料"},
			reject: []string{"存了哪些作品", "片子存了什么格式", "我的作品存了吗", "简介存了什么", "邮箱是多少"}},
		{name: "asksRetention", fn: func(s string) bool { return asksRetention(bare(s)) },
			accept: []string{"那比赛完了这些信息会给删了吗", "你刚开始不是说保存到评审结束吗 到时候是自动删还是得我自己删", "我的信息保存多久", "我的电话会一直存着吗会不会删"},
			reject: []string{"把我的信息删了吧", "删除我的信息", "作品会删吗", "片子保存到什么时候", "简介能删吗"}},
	})
}
