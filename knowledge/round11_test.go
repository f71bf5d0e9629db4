package knowledge

import "testing"

// TestRound11Fixes: the rp24 misses the knowledge makes (issue 12, branch
// k), each class with questions that must get it and questions that must
// keep their old reading.
func TestRound11Fixes(t *testing.T) {
	b := mustLoad(t, Options{})
	fieldList := "报名表（附件2）要填"
	checkAnswers(t, b, []answerCase{
		// The 报名表 field list only for filling the form.
		{name: "end credits naming the makers", q: "片尾加字幕写上主创人员名单可以吗", kind: KindNotInNotice,
			want: []string{"片尾署名", "通知中没有说明", "开场字幕说明", "孟晗"}, not: []string{fieldList, "我要报名"}},
		{name: "end credits with roles", q: "结尾字幕写上编导摄影的名字行不行", kind: KindNotInNotice,
			want: []string{"片尾署名"}, not: []string{fieldList, "推荐单位-序号-片名"}},
		{name: "which seal on the form", q: "报名表上推荐单位意见那一栏盖什么章？党委章还是学校章？",
			// s5-k3: which of the school's seals the notice does not settle.
			kind: KindNotInNotice, want: []string{"“推荐单位意见”由推荐单位盖章", "没有规定用党委的章还是学校行政公章"}, not: []string{fieldList}},
		{name: "a column's own answer", q: "时长这栏怎么填 写几分几秒吗", parts: 1, want: []string{"写到秒"}, not: []string{fieldList}},
		{name: "series with forms", q: "想问下：1.能不能拍成系列片分几集报 2.每集要单独填报名表吗 3.汇总表怎么排序",
			want: []string{"每部作品填一份报名表", "排序"}, not: []string{fieldList}},
		{name: "reject: how to fill the form", q: "报名表怎么填", kind: KindFact, want: []string{fieldList}},
		{name: "reject: what the form asks", q: "报名表要填哪些内容", kind: KindFact, want: []string{fieldList}},
		{name: "reject: the makers' column", q: "主创人员有哪些", kind: KindFact, want: []string{"监制(策划)"}},

		// Other contests get one line.
		{name: "national film contest", q: "全国大学生微电影大赛怎么报名", kind: KindOffTopic,
			want: []string{"我只解答"}, not: []string{"jytzgc2024@126.com", fieldList}},
		{name: "national film contest deadline", q: "全国大学生微电影大赛截止时间", kind: KindOffTopic, not: []string{"2025年10月15日前"}},
		{name: "provincial essay contest", q: "省里的征文比赛啥时候截止", kind: KindOffTopic, want: []string{"我只解答"}},
		{name: "city micro party lesson", q: "市里的微党课比赛怎么报名", kind: KindOffTopic, want: []string{"我只解答"}},
		{name: "county speech contest", q: "县里的红色故事演讲比赛要交啥", kind: KindOffTopic},
		{name: "reject: this contest by its name", q: "全省党员教育短视频大赛怎么报名", kind: KindFact, want: []string{"jytzgc2024@126.com"}},
		{name: "reject: this contest by its topic", q: "省里的短视频大赛截止时间", kind: KindFact, want: []string{"2025年10月15日前"}},
		{name: "reject: is it the same one", q: "省里那个微党课比赛是不是就是这个？", kind: KindNotInNotice, want: []string{"孟晗"}},
		{name: "reject: another contest's winner here", q: "在全国大学生微电影大赛获过奖的片子还能报吗", not: []string{"我只解答"}},

		// The bot's own features.
		{name: "register through you", q: "怎么用你报名啊", kind: KindFeature, want: []string{"我要报名"}, not: []string{"党课开讲"}},
		{name: "register through you, other words", q: "通过你能报名吗", kind: KindFeature, want: []string{"我要报名"}, not: []string{"个人作品"}},
		{name: "bot or human with emoji", q: "你是机器人还是真人啊😂", kind: KindOffTopic, want: []string{"自动回复"}, not: []string{"电子邮箱"}},
		{name: "person or machine", q: "你到底是人是机器啊", kind: KindOffTopic, want: []string{"自动回复"}},
		{name: "check a video", q: "怎么把视频发给你检查", kind: KindFeature, want: []string{"检查视频"}},
		{name: "download filled forms", q: "报名表填完了在哪下载", kind: KindFeature, want: []string{"下载报名材料"}},
		{name: "stop reminders", q: "别再给我发提醒了 怎么关", kind: KindFeature, want: []string{"退订提醒"}},
		{name: "reject: a person to call", q: "我要找真人", want: []string{"0371—69691670"}, not: []string{"自动回复"}},
		{name: "reject: how winning works are used", q: "获奖作品之后怎么用", kind: KindFact, want: []string{"党课开讲"}},

		// Choosing between two categories.
		{name: "AI or animation", q: "AI做的片子分类选AI生成还是动画制作", kind: KindNotInNotice,
			want: []string{"没有解释各类的含义", "孟晗"}},
		{name: "reject: one category's meaning", q: "视频切片是啥意思", kind: KindNotInNotice, want: []string{"没有解释"}},
		{name: "reject: the categories", q: "作品分类有哪几种", kind: KindFact, want: []string{"实景拍摄"}},

		// A role nobody had.
		{name: "no script writer", q: "主创人员必须都写吗 我们没有撰稿咋办", kind: KindNotInNotice,
			want: []string{"没有的一项写“无”", "孟晗"}, not: []string{fieldList}},
		{name: "camera left empty", q: "摄影没有可以空着吗", kind: KindNotInNotice, want: []string{"写“无”"}},
		{name: "reject: who is the producer", q: "监制写谁", kind: KindNotInNotice, want: []string{"按实际分工"}, not: []string{"写“无”"}},
		{name: "reject: how many makers", q: "主创人员最多写几个人", want: []string{"人数"}, not: []string{"写“无”"}},

		// When the phone is answered.
		{name: "holiday phone", q: "国庆放假期间打电话有人接吗", kind: KindNotInNotice,
			want: []string{"没有说明接听时间", "0371—69691670"}},
		{name: "reject: weekend trip", q: "周末去哪玩中不中", kind: KindOffTopic},
		{name: "reject: the phone", q: "电话多少", kind: KindFact, want: []string{"0371—69691670"}, not: []string{"接听时间"}},

		// Some shots published (rp25): not settled, no students paragraph.
		{name: "some shots published on a club account", q: "我们这个片子有几个镜头是在学生社团公众号上发过的，这算公开发表吗？还能报吗",
			kind: KindNotInNotice, parts: 1, want: []string{"片段", "孟晗"}, not: []string{"学生能否参与制作", "不可以"}},
		{name: "reject: the whole work published", q: "视频之前在学校公众号发过了，还能报吗？", kind: KindFact, want: []string{"全平台未公开发表"}},
		{name: "reject: students making it", q: "学生参与拍摄可以吗", kind: KindNotInNotice, want: []string{"学生"}},
		// Wanting to enter (rp26).
		{name: "wants to enter", q: "想报个视频比赛中不中", kind: KindFact, want: []string{"中职"}},

		// 符合要求 alone asks for no rule's paragraph.
		{name: "all parameters", q: "我们视频是1080P的，码率8Mbps，mp4格式，时长2分40秒，符合要求吗？", kind: KindVideo,
			want: []string{"不通过"}, not: []string{"没有规定最短时长"}},
		{name: "reject: the duration rule asked", q: "视频时长有要求吗，我们的片子2分48秒", kind: KindVideo, want: []string{"原则上"}},
	})
}
