package knowledge

import "testing"

// Round 8 (issue 12): the classes of the untuned rp5 batch, by the
// report's priorities. Each case holds a general rule, not one phrasing:
// the bank (testdata/questions.yaml) holds the rest of the batch.

// A message of several questions answers every one it asks.
func TestRound8EveryQuestion(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "three sentences", q: "截止啥时候？发哪个邮箱？要纸质版不？", kind: KindFact,
			want: []string{"2025年10月15日前", "jytzgc2024@126.com", "1式2份"}, parts: 2},
		{name: "clauses cut at spaces", q: "分辨率码率有啥要求 时长多长 个人能报吗", kind: KindFact,
			want: []string{"1080P（1920×1080）", "10-50Mbps", "原则上不超过3分钟", "暂不接受个人作品"}},
		{name: "typos and a follow-up", q: "分辨律要多少 码律呢", kind: KindFact,
			want: []string{"1080P（1920×1080）", "导出时请手动设置码率"}, parts: 2},
		{name: "video rules listed without a conjunction", q: "时长格式有规定吗", want: []string{"3分钟", "mp4"}},
		{name: "nouns side by side qualify", q: "学生个人可以投稿吗", kind: KindFact, want: []string{"暂不接受个人作品"}, parts: 1},
		{name: "a question with nothing to say is left out", q: "老师让我问一下 我们做的AI作品要不要标注啊",
			want: []string{"明确标注"}, not: []string{"通知中没有说明这一点"}},
	})
}

// Questions about this contest that name another body are not other events.
func TestRound8NotAnotherEvent(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "made by the youth league", q: "团委做的片子能以学校名义报吗", kind: KindNotInNotice,
			want: []string{"党委组织人事部门", "没有单独说明", "孟晗"}, not: []string{"我只解答"}},
		{name: "made by the publicity office", q: "宣传部拍的视频可以报吗", kind: KindNotInNotice, want: []string{"没有单独说明"}},
		{name: "another organiser's contest", q: "团委的微视频比赛什么时候截止", kind: KindOffTopic, want: []string{"我只解答"}},
		{name: "made by a department, entered here", q: "团委做的片子能报这个比赛吗", kind: KindNotInNotice, want: []string{"没有单独说明"}},
	})
}

// The bot's own features, asked in dialect.
func TestRound8FeaturesInDialect(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "what is a bitrate and how to see it", q: "俺不会弄那个码率是啥玩意儿咋看俺这视频码率中不中", kind: KindFeature,
			want: []string{"检查视频", "10-50Mbps"}, not: []string{"没帮上"}},
		{name: "how to see the resolution", q: "分辨率咋看", kind: KindFeature, want: []string{"检查视频"}},
		{name: "a provocation stays one", q: "这是什么玩意", kind: KindOffTopic},
	})
}

// Facts the notice states that were missed, and what it does not say.
func TestRound8NoticeFacts(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "cooperation with a signature", q: "我们是和一家传媒公司合作拍的，署名两家，可以报吗？", kind: KindFact,
			want: []string{"合作完成"}, not: []string{"片尾署名"}, parts: 1},
		{name: "portrait rights", q: "视频里能出现学生的正脸吗 需要肖像授权吗", kind: KindNotInNotice,
			want: []string{"肖像权", "由我单位承担一切法律责任", "孟晗"}, not: []string{"首播权归"}},
		{name: "paper summary table", q: "汇总表要不要交纸质版的", kind: KindNotInNotice,
			want: []string{"1式2份", "是否另交纸质版", "孟晗"}, not: []string{"按推荐单位填写序号"}, parts: 1},
		{name: "paper copies by the deadline", q: "纸质材料也要15号前寄到吗", kind: KindFact,
			want: []string{"2025年10月15日前", "没有单独规定纸质"}, parts: 1},
		// s6-k: 乙方 is the school that sends the work (单位名称, no individual works).
		{name: "party B", q: "版权确认协议书里乙方写学校还是写作者个人？", kind: KindFact,
			want: []string{"投稿作者", "单位名称", "报送单位"}, parts: 1},
		{name: "reimbursement", q: "拍视频的费用能报销吗", kind: KindNotInNotice, want: []string{"年度经费", "能否报销"}},
		{name: "publishing after the contest", q: "获奖以后我们能在学校公众号上发吗", kind: KindNotInNotice,
			want: []string{"通知没有说明", "首播权"}, not: []string{"不可以", "人才库"}, parts: 1},
		{name: "whether a theme fits", q: "拍一位老教师扎根讲台的事迹，符合主题吗", kind: KindFact,
			want: []string{"身边典型人物", "没有对具体题材逐一认定"}},
		{name: "which category", q: "剪成几段的录像算视频切片还是算其他类", kind: KindNotInNotice, want: []string{"没有解释各类的含义"}},
	})
}

// No paragraph the question did not ask.
func TestRound8NoUnaskedParagraph(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "caption about the background", q: "片头想加个学校logo和一段字幕介绍背景，可以吗", want: []string{"水印logo"}, not: []string{"活动目的"}},
		{name: "QR code at the end", q: "报送的作品能不能加片尾二维码或者学校公众号水印", want: []string{"水印logo", "二维码"}},
		{name: "first-play rights", q: "请问作品首播权归谁？获奖以后我们能在学校公众号上发吗", want: []string{"首播权", "通知没有说明"}, not: []string{"人才库"}},
	})
}
