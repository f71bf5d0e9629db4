package knowledge

import "testing"

// s11-k: round 34 (rp146) and the round-30 contacts' own questions
// (rp142–rp145). Each class has questions that must be read the new way
// and near-misses that must not.

// TestS11kLatinWordDigit (rp146): a digit that ends a Latin word (mp4,
// h264, h265, 4k) never starts the number of a duration written after it
// in Chinese numerals: "mp4 两分半" is 2分30秒, not 42分30秒.
func TestS11kLatinWordDigit(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "俺们视频1920x1080 码率20M mp4 两分半 横屏 中不中", kind: KindVideo, want: []string{"时长2分30秒", "符合通知要求"}, not: []string{"42分", "超过"}},
		{q: "1080p mp4两分半 码率20兆 行不行", kind: KindVideo, want: []string{"时长2分30秒"}, not: []string{"42分"}},
		{q: "h264 三分钟 1080p 码率20M 可以不", kind: KindVideo, want: []string{"时长3分"}, not: []string{"2643"}},
		{q: "编码h265两分钟 1080p 码率30兆 中不中", kind: KindVideo, want: []string{"时长2分"}, not: []string{"2652"}},
		{q: "4k两分半 码率40兆 mp4 能报吗", kind: KindVideo, want: []string{"时长2分30秒"}},
		// Rejects: digits that are not part of a Latin word still read as
		// written; a plain Arabic duration after mp4 is not changed.
		{q: "mp4 2分半 1080p 码率20m 中不中", kind: KindVideo, want: []string{"时长2分30秒"}},
		{q: "视频四分钟 mp4 1080p 码率20M 行吗", kind: KindVideo, want: []string{"时长4分"}},
		{q: "时长十二分钟 1080p 码率20M", kind: KindVideo, want: []string{"时长12分"}},
	})
	if got := arabicDurations("mp4两分半"); got != "mp4 2分半" {
		t.Errorf("arabicDurations(mp4两分半) = %q", got)
	}
	if got := arabicDurations("时长两分半"); got != "时长2分半" {
		t.Errorf("arabicDurations(时长两分半) = %q", got)
	}
}

// TestS11kNoticeWords (rp146, rp142–rp145): questions answered by the
// notice's own words on the thing asked, not by a neighbouring topic.
func TestS11kNoticeWords(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		// What the notice asks of AI works: the label and the category, not the format.
		{q: "用AI生成的视频有啥要求", want: []string{"明确标注", "AI生成"}, not: []string{"1080P或4K"}},
		{q: "ai做的片子有什么要求", want: []string{"明确标注"}, not: []string{"1080P或4K"}},
		// Rejects: the format asked, and AI asked without 要求.
		{q: "视频有啥要求", want: []string{"mp4"}, not: []string{"明确标注"}},
		{q: "用AI做的可以吗", want: []string{"AI生成"}},
		// Ordinary subtitles beside the opening-caption ban: not settled.
		{q: "片子里有同期声字幕 算不算开场字幕说明", kind: KindNotInNotice, want: []string{"同期声", "没有说明", "0371"}},
		{q: "采访字幕能加吗", kind: KindNotInNotice, want: []string{"没有说明"}},
		// Rejects: the opening caption and the watermark are banned outright.
		{q: "能不能加开场字幕说明", want: []string{"勿添加"}, not: []string{"同期声"}},
		{q: "可以加水印吗", want: []string{"水印logo"}, not: []string{"同期声"}},
		// The blank forms: the notice's attachments first.
		{q: "附件里那几个表在哪下载 空白的", want: []string{"附件2 报名表", "下载报名材料"}},
		{q: "空白表格哪里有", want: []string{"附件2 报名表"}},
		// Rejects: the filled forms are the bot's download.
		{q: "填好的报名表怎么下载", want: []string{"下载报名材料"}, not: []string{"空白表格就是"}},
		// An English title beside the Chinese one is the 片名, not the language.
		{q: "片名能不能加个英文名 中英文都写上", kind: KindNotInNotice, want: []string{"片名", "英文"}, not: []string{"配音或语言"}},
		{q: "标题想弄成中英文标题 行吗", want: []string{"片名"}, not: []string{"配音或语言"}},
		// Rejects: the language of the voice-over stays the language answer.
		{q: "配音用方言可以吗", want: []string{"配音或语言"}, not: []string{"片名"}},
		{q: "能用英文配音吗", want: []string{"配音或语言"}},
		// A cut asked as a work to send: one of the five categories.
		{q: "剪出来的片段算不算 切片能不能报", want: []string{"“视频切片”是通知所列五类作品之一"}},
		{q: "切片能报吗", want: []string{"“视频切片”是通知所列五类作品之一"}},
		// Rejects: what a cut means is still not explained by the notice.
		{q: "切片是啥意思", want: []string{"没有解释"}},
		{q: "切片这一类有啥要求", not: []string{"可以选这一类报送"}},
	})
}

// TestS11kOtherSchool (rp142–rp145): a school outside the notice's
// audience gets the audience and the 报送范围, that the notice does not
// settle it, and the contacts; never a flat yes or no.
func TestS11kOtherSchool(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "技师学院 归人社厅管的 能报吗", kind: KindNotInNotice, want: []string{"委管高职、中职学校", "报送范围", "没有说明其他学校", "0371"}, not: []string{"不可以", "可以。"}},
		{q: "我们是本科院校 也可以参加吗", kind: KindNotInNotice, want: []string{"没有说明其他学校"}},
		// Reject: a 中职 school is the audience itself.
		{q: "我们是中职学校，也能报吗？", want: []string{"中职学校"}, not: []string{"没有说明其他学校"}},
	})
}

// TestS11kThemeRequirement (rp146): 有啥要求 right after 主题/选题 asks the
// themes, not the style paragraph with its duration clause; a subject
// asked beside it gets its yes and theme.
func TestS11kThemeRequirement(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "作品主题有啥要求 可以拍身边的优秀党员不", kind: KindFact, want: []string{"可以，和通知的选题第6项相关", "7项选题"}, not: []string{"时长原则上", "短小精干"}},
		{q: "选题有什么要求", want: []string{"7项选题"}, not: []string{"短小精干"}},
		// Rejects: 有啥要求 of the work as a whole is still the style answer.
		{q: "作品有啥要求", want: []string{"短小精干"}},
		{q: "作品风格有什么要求", want: []string{"短小精干"}},
	})
}

// TestS11kRegisterByBot (rp146 q53): asking the bot itself to register is
// its own feature (发“我要报名”), not "通知中没有说明".
func TestS11kRegisterByBot(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "你能帮俺报名不", kind: KindFeature, want: []string{"我要报名"}, not: []string{"通知中没有说明"}},
		{q: "你可以帮我们报名吗", kind: KindFeature, want: []string{"我要报名"}},
		// Rejects: who at the school registers, and the deadline to register.
		{q: "报名截止时间是哪天", want: []string{"2025年10月15日前"}, not: []string{"一项项问"}},
		{q: "学生能帮忙报名吗", not: []string{"一项项问"}},
	})
}

// TestS11kGoverningBody (rp143): the body a school belongs to ("不是教育厅的
// 学校") names no other event; the question is the audience's.
func TestS11kGoverningBody(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "都符合 问一下我们是技师学院 归人社厅管的 不是教育厅的学校 这个比赛我们能报吗", kind: KindNotInNotice, want: []string{"委管高职、中职学校", "没有说明其他学校"}, not: []string{"我只解答"}},
		{q: "我们是教育部直属的学校 这个比赛能报吗", not: []string{"我只解答"}},
		// Rejects: another organiser's contest is still another event.
		{q: "教育厅那个微课比赛啥时候截止", kind: KindOffTopic, want: []string{"我只解答"}},
		{q: "教育部的征文比赛也是这个邮箱吗", want: []string{"我只解答"}},
	})
}

// TestS11kRegisterByBotReject: other help asked of the bot stays off topic.
func TestS11kRegisterByBotReject(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "你能帮我订个外卖吗", kind: KindOffTopic},
	})
}
