package knowledge

import "testing"

// TestS6KClasses holds the classes fixed after round 18 (rp63) and the
// round-13 contacts' questions (branch s6-k), each with accept and reject
// cases.
func TestS6KClasses(t *testing.T) {
	b := mustLoad(t, Options{})
	t.Run("a clause that only asks an attribute is the question before", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "fee then amount", q: "参赛要交报名费吗？需要多少钱", kind: KindNotInNotice, want: []string{"报名费"}, not: []string{"奖金"}, parts: 1},
			{name: "title then length", q: "片名最多能写几个字？有字数限制吗", want: []string{"片名的字数"}, not: []string{"内容简介"}, parts: 1},
			{name: "amount of the prize", q: "获奖有奖金吗？多少钱", want: []string{"奖金"}, not: []string{"报名费"}},
			// Reject: a clause with a topic of its own keeps its answer.
			{name: "reject: a second topic", q: "截止时间是哪天？手机拍的可以吗？", want: []string{"2025年10月15日前", "拍摄设备"}, parts: 2},
			{name: "reject: deadline and room", q: "截止时间是哪天？协议书原件交到哪", want: []string{"2025年10月15日前", "D725B"}},
		})
	})
	t.Run("deeds before a theme's period", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "前几年, in the clause before", q: "想拍俺们学校一个老党员教师的事迹 他的事是前几年的 能算身边典型不",
				want: []string{"2025年以来身边典型人物", "前几年", "通知没有说明", "第7项", "孟晗"}, not: []string{"可以，和通知的选题"}},
			{name: "几年前 asks no time", q: "想拍一个老党员几年前抗洪救灾的事迹，算身边典型人物吗", kind: KindNotInNotice,
				want: []string{"几年前的事"}, not: []string{"没有说明具体时间", "可以，和通知的选题"}},
			{name: "a year before", q: "想拍我们学校老党员2023年的先进事迹，算身边典型吗", want: []string{"2023年的事"}, not: []string{"可以，和通知的选题"}},
			{name: "reject: deeds of this year", q: "身边典型人物的事迹能拍吗，他是今年评上的先进", kind: KindFact,
				want: []string{"可以，和通知的选题第6项相关"}, not: []string{"通知没有说明"}},
			{name: "reject: a time asked", q: "年前能评完吗", not: []string{"前几年"}},
		})
	})
	t.Run("what to mind with AI", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "a part made by AI", q: "我们用AI生成了一部分画面，需要特别注意什么吗？", kind: KindFact,
				want: []string{"应明确标注", "开场字幕说明"}, not: []string{"短小精干"}},
			{name: "AI shots", q: "片子里有AI做的镜头，要注意啥", want: []string{"应明确标注"}},
			{name: "labelled in the end credits", q: "AI生成的内容在片尾字幕标注可以吗", kind: KindNotInNotice,
				want: []string{"没有说明标注的方式和位置"}, not: []string{"可以。"}},
			{name: "no AI used", q: "老照片是人工修复的没有用AI需要标注吗", kind: KindFact, want: []string{"没有要求标注"}, not: []string{"“AI生成”是五类作品之一"}},
			{name: "reject: AI used", q: "用了AI配音需要标注吗", not: []string{"没有要求标注"}},
			{name: "video file requirements beside a logo", q: "视频文件有什么要求？能加学校logo和开场字幕吗", want: []string{"mp4", "水印logo"}, not: []string{"短小精干"}},
			{name: "reject: filming in general", q: "拍摄要注意什么", want: []string{"短小精干"}, not: []string{"应明确标注"}},
		})
	})
	t.Run("another contest compared", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "the same as a national one", q: "这个和全国大学生微电影大赛是一回事吗", kind: KindFact,
				want: []string{"不是一回事"}, not: []string{"学生能否参与制作", "作品分为五类"}, parts: 1},
			{name: "and sent to both", q: "这个和全国大学生微电影大赛是一回事吗？能一个片子两边都投吗",
				want: []string{"不是一回事", "全平台未公开发表", "首播权", "孟晗"}, not: []string{"学生能否参与制作"}},
			{name: "both sides", q: "能一个片子两边都投吗", kind: KindNotInNotice, want: []string{"第三方"}},
			{name: "reject: the province's may be this one", q: "省里那个微党课比赛是不是就是这个？", not: []string{"不是一回事"}},
			{name: "reject: another contest's registration", q: "全国大学生微电影大赛怎么报名", kind: KindOffTopic},
		})
	})
	t.Run("posting on one's own account", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "after sending", q: "作品交上去以后首播权归谁？我们自己还能在学校视频号发吗？", kind: KindNotInNotice,
				want: []string{"首播权归河南省党员教育中心", "通知没有说明", "孟晗"}, not: []string{"不可以"}},
			{name: "still post", q: "我们自己还能在学校视频号发吗", kind: KindNotInNotice, not: []string{"不可以"}},
			{name: "reject: posted before", q: "这个片子上个月已经在我们学校公众号发过了 还能报吗", kind: KindFact, want: []string{"不可以"}},
		})
	})
	t.Run("the notice names no more than it names", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "secretary or principal", q: "汇总表上要谁签字？书记签还是校长签？", want: []string{"分管负责领导", "通知没有指定", "孟晗"}},
			{name: "reject: who signs", q: "汇总表谁签字", want: []string{"分管负责领导"}, not: []string{"通知没有指定"}},
			{name: "contact person", q: "联系人是填学校负责老师还是填作者本人", want: []string{"通知没有规定填谁"}, not: []string{"联系电话：0371"}},
			{name: "reject: the contest's contacts", q: "有问题找谁 电话多少", want: []string{"孟晗", "0371—69691670"}, not: []string{"通知没有规定填谁"}},
			{name: "party B", q: "版权协议书的乙方是学校还是老师", kind: KindFact, want: []string{"报送单位", "单位名称"}},
			{name: "reject: party A", q: "协议书甲方是谁", want: []string{"河南省党员教育中心"}, not: []string{"报送单位"}},
			{name: "who registers", q: "学生能帮忙报名吗", kind: KindNotInNotice, want: []string{"由学校统一报送", "谁都可以替学校填"}, not: []string{"参与制作"}},
			{name: "teacher or student registers", q: "学生能报吗还是必须老师来报", want: []string{"谁都可以替学校填"}},
			{name: "reject: students making the work", q: "学生能参与拍摄吗", want: []string{"学生能否参与制作"}, not: []string{"替学校填"}},
		})
	})
	t.Run("a duration at the limit", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "3分整", q: "3分整 不算超吧", kind: KindVideo, want: []string{"正好3分钟，没有超过", "原则上不超过3分钟"}},
			{name: "exactly 3", q: "时长3分钟算超吗", kind: KindVideo, want: []string{"没有超过"}},
			{name: "reject: over the limit asked", q: "超过3分钟会怎样", kind: KindFact, want: []string{"原则上不超过3分钟"}, not: []string{"正好3分钟"}},
			{name: "within, asking about over", q: "两分四十八秒多一点超过三分钟的话还能报吗", kind: KindVideo,
				want: []string{"时长：通过", "没有说明超过3分钟会怎样处理"}},
			{name: "reject: within, not asking about over", q: "片子2分48秒可以吗", kind: KindVideo, not: []string{"没有说明超过3分钟"}},
			{name: "reject: 3分多钟", q: "我们的视频三分多钟，超了一点点，会不会直接不收啊", want: []string{"超过3分钟"}, not: []string{"没有超过"}},
		})
	})
	t.Run("no paragraph the question did not ask", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "music and copyright", q: "背景音乐用网上下的流行歌曲行不行，会不会有版权问题", want: []string{"第2.1条"}, not: []string{"首播权"}, parts: 1},
			{name: "stop reminders", q: "你们能不能别老给我发截止提醒了，怎么关掉", kind: KindFeature, want: []string{"退订提醒"}, not: []string{"2025年10月15日前"}},
			{name: "late original", q: "10月15号过了以后还能补交材料吗，我们协议书原件可能晚几天到", kind: KindNotInNotice,
				want: []string{"逾期补交"}, not: []string{"D725B"}, parts: 1},
			{name: "a second work here", q: "能不能一次填两个作品？第二个怎么报", kind: KindFeature, want: []string{"再报一个", "数量不限"}, not: []string{"要报送四样"}},
			{name: "reject: how many works", q: "每个学校最多报几个", kind: KindFact, want: []string{"数量不限"}, not: []string{"再报一个"}},
		})
	})
}
