package knowledge

import "testing"

// TestS8gRound24: round 24's misses (rp93) and the round-19 contacts'
// questions (rp89-rp92), each class with questions that must keep their old
// reading (branch s8-g).
func TestS8gRound24(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		// Leaving a form half filled: the bot's own commands.
		{name: "quit half way", q: "填到一半不想填了咋退出", kind: KindFeature, want: []string{"先这样", "继续报名", "取消"}},
		{name: "quit registration", q: "怎么退出报名", kind: KindFeature, want: []string{"继续报名", "取消"}},
		{name: "reject: later", q: "中途不想填了 能保存下次再接着填吗", want: []string{"继续报名"}, not: []string{"取消"}},

		// Creators need not all be the school's staff.
		{name: "creators own teachers", q: "主创人员必须都是本校老师吗", kind: KindFact, want: []string{"不必都是本校老师", "短视频领域从业人员"}, not: []string{"没有的一项写“无”"}},
		{name: "creators outside people", q: "主创可以写校外人员吗", kind: KindFact, want: []string{"相关单位"}},
		{name: "reject: empty role", q: "主创人员每一项都得有人吗", want: []string{"写“无”"}, not: []string{"不必都是本校老师"}},

		// Who films it is not a theme.
		{name: "old members film", q: "恁这个比赛俺们学校老党员拍哩中不中 拍的人还得是党员不", kind: KindNotInNotice, want: []string{"是否必须是党员"}, not: []string{"两个确立"}},
		{name: "reject: film about old members", q: "拍老党员的故事符合选题吗", want: []string{"选题"}, not: []string{"是否必须是党员"}},

		// A filming date alone does not settle the works-since rule.
		{name: "filmed before", q: "我们2024年12月拍的片子能报吗", want: []string{"拍摄时间", "完成时间", "孟晗"}},
		{name: "reject: made before", q: "2024年做的片子能报吗", want: []string{"不在2025年以来的报送范围内"}, not: []string{"拍摄时间"}},
		{name: "reject: finished later", q: "2024年12月拍完的，今年3月剪完的，能报吗", want: []string{"时间上符合要求"}, not: []string{"拍摄时间"}},

		// An opening text is the banned 开场字幕说明.
		{name: "opening text", q: "视频里可以加字幕吗 开头想放一段文字介绍背景", kind: KindFact, want: []string{"开场字幕说明", "不要放", "普通字幕"}, not: []string{"拿不准"}},
		{name: "reject: logo and text", q: "片头想加个学校logo和一段字幕介绍背景，可以吗", want: []string{"水印logo"}, not: []string{"不要放。"}},

		// The contacts' phrasings of known rules.
		{name: "two works", q: "恁好 俺是周口职业技术学院教务处的 想给恁这报俩片子 中不中", kind: KindFact, want: []string{"数量不限"}, not: []string{"通知中没有说明这一点"}},
		{name: "ranking and signing", q: "问一下 这俩片子汇总表上谁排前头 俺咋弄 要领导签字不", kind: KindFact, want: []string{"质量", "排序", "分管负责领导"}, not: []string{"通知中没有说明这一点"}},
		{name: "mail size", q: "问一下 要是导成4K的话码率给60M行不行？那样文件得有1个多G，邮箱发得过去吗", want: []string{"码率：通过", "没有说明文件大小限制"}, not: []string{"D725B"}},
		{name: "rewards", q: "好嘞 懂了👌 那得奖的话有啥奖励吗", kind: KindNotInNotice, want: []string{"没有说明奖金", "上线推广", "人才库"}},
		{name: "reject: the awards", q: "奖项怎么设置的 一等奖几个", kind: KindFact, want: []string{"一等奖5名"}, not: []string{"人才库"}},
		{name: "exactly three minutes", q: "正好3分00秒算超时吗", want: []string{"没有超过"}},
		{name: "watermark logo", q: "摘要我等会写 先问下 我们这个片子拍的时候片头加了学校的logo水印 这个行不行啊", want: []string{"水印logo"}, not: []string{"回答不了"}},
	})
}

// TestS8gNoticeDatePassed: with registration open past the notice's own
// date, a deadline answer says that date has passed, and today's year.
func TestS8gNoticeDatePassed(t *testing.T) {
	d, _ := ParseDeadline("2099-12-31")
	late := mustLoad(t, Options{Deadline: d, Now: at("2026-12-07T10:00:00+08:00")})
	checkAnswers(t, late, []answerCase{
		{name: "passed", q: "截至时间是几号啊", want: []string{"2025年10月15日前", "通知写的报送日期（2025年10月15日）已经过了", "本次报名截止：2099年12月31日", "今天是2026年12月7日"}},
	})
	early := mustLoad(t, Options{Deadline: d})
	checkAnswers(t, early, []answerCase{
		{name: "reject: not yet passed", q: "截至时间是几号啊", want: []string{"本次报名截止：2099年12月31日", "今天是10月8日"}, not: []string{"已经过了"}},
	})
	plain := mustLoad(t, Options{Now: at("2025-10-10T10:00:00+08:00")})
	checkAnswers(t, plain, []answerCase{
		{name: "reject: no override", q: "截止时间是几号", want: []string{"2025年10月15日前", "今天是10月10日"}, not: []string{"已经过了", "本次报名截止"}},
	})
}
