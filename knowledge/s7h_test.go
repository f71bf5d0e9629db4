package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// TestS7HClasses holds the classes fixed after round 21 (rp78) and the
// round-16 contacts' questions (branch s7-h), each with accept and reject
// cases.
func TestS7HClasses(t *testing.T) {
	b := mustLoad(t, Options{})
	t.Run("a word that only touches is no topic", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "写什么地址 for a parcel", q: "寄快递的话写什么地址", want: []string{"D725B", "没有写楼栋"}, not: []string{"两个确立"}},
			{name: "Excel is the forms' format", q: "汇总表必须是Excel格式的吗", kind: KindNotInNotice, want: []string{"没有规定", "Excel文件"}, not: []string{"手写"}},
			{name: "讲党史 describes the work asked about", q: "分类我拿不准，讲党史的动画加实拍算哪类", kind: KindNotInNotice,
				want: []string{"没有解释各类的含义"}, not: []string{"两个确立"}},
			{name: "AI voice-over", q: "旁白是用AI配的音 这样可以吗", kind: KindFact, want: []string{"明确标注"}, not: []string{"没有说明配音或语言"}},
			{name: "职称评审 is no judging question", q: "获奖有证书吗？能不能算职称评审的业绩？", want: []string{"职称评审"}, not: []string{"现场集中评审"}},
			// Reject: the same words where they are the topic.
			{name: "reject: what to film", q: "片子里写什么内容好", want: []string{"选题"}, not: []string{"D725B"}},
			{name: "reject: handwriting", q: "报名表能手写吗", kind: KindNotInNotice, want: []string{"手写"}, not: []string{"Excel文件"}},
			{name: "reject: a theme asked", q: "讲党史的片子符合选题吗", not: []string{"没有解释各类的含义"}},
			{name: "reject: a dialect voice-over", q: "配音可以用方言吗", kind: KindNotInNotice, not: []string{"明确标注"}},
			{name: "reject: the judging process", q: "评审流程是怎样的", want: []string{"现场集中评审"}},
			{name: "属于哪个选题 is a theme", q: "我们拍红色故事，属于哪个选题", want: []string{"选题"}, not: []string{"作品分为五类"}},
			{name: "reject: 属于哪类", q: "动画属于哪类", want: []string{"动画制作"}},
		})
	})
	t.Run("which schools may enter", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "the sender's office is no topic", q: "你好 那个 我是周口郸城县职业中专教务处的 想问一下咱们这个党员教育短视频比赛我们中职学校能参加不能",
				kind: KindFact, want: []string{"通知面向各委管高职、中职学校"}, not: []string{"学校其他部门"}},
			{name: "都能报 after school kinds", q: "通知上写的高职中职都能报吗", want: []string{"通知面向"}, not: []string{"数量不限"}},
			{name: "a topic said not asked", q: "嗯 我问的不是报几个 就是中职学校有没有资格参加这个比赛", want: []string{"通知面向"}, not: []string{"数量不限"}},
			// Reject: a department's work and a count keep their answers.
			{name: "reject: a department's work", q: "我们学校团委拍的片子能参加吗", kind: KindNotInNotice, want: []string{"学校其他部门"}},
			{name: "reject: 都能报 after works", q: "两个片子都能报吗", want: []string{"数量不限"}},
		})
	})
	t.Run("the notice does say", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "recommended onwards", q: "听说特别优秀的作品会往上推荐？推荐到哪？", kind: KindFact,
				want: []string{"中组部党员教育中心", "主流媒体"}, not: []string{"没有说明"}},
			{name: "甲方 as printed", q: "协议书甲方名称及地址如何填写", kind: KindFact,
				want: []string{"河南省党员教育中心", "河南省郑州市金水区"}, not: []string{"jytzgc2024@126.com"}},
			{name: "the form's two seals", q: "报名表上要盖几个章？盖在哪", kind: KindFact, want: []string{"2个章", "著作权单位盖章"}, not: []string{"jytzgc2024@126.com"}},
			// Reject: neighbours keep their own answers.
			{name: "reject: 推荐单位 is a field", q: "推荐单位怎么填", not: []string{"中组部党员教育中心"}},
			{name: "reject: 乙方", q: "版全协议书里的乙方写个人名字还是写学校？", want: []string{"单位名称"}, not: []string{"河南省郑州市金水区"}},
			{name: "reject: which seal", q: "报名表上推荐单位意见那一栏盖什么章？党委章还是学校章？", kind: KindNotInNotice,
				want: []string{"没有规定用党委的章还是学校行政公章"}},
		})
	})
	t.Run("typos and seasons", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "阻止部 is 组织部", q: "这个比赛是省委阻止部搞的还是教育厅搞的？我们的东西交给谁审", kind: KindFact,
				want: []string{"省委组织部组织开展"}, not: []string{"我只解答"}},
			{name: "戒指时间 is 截止时间", q: "戒指时间是哪天", kind: KindFact, want: []string{"2025年10月15日前"}},
			{name: "a later season", q: "第二季什么时候开始呀🤔我们想提前准备", kind: KindNotInNotice,
				want: []string{"没有说明以后是否还有下一季", "孟晗"}, not: []string{"2025年10月15日前"}},
			{name: "a film festival is another event", q: "省里那个大学生微电影节什么时候截止", kind: KindOffTopic, not: []string{"2025年10月15日前"}},
			{name: "分管领导 named, not settled", q: "分管领导是指谁", want: []string{"没有指定"}},
			// Reject: another organiser's contest is still another event.
			{name: "reject: another contest", q: "教育厅的微课比赛什么时候截止", kind: KindOffTopic, not: []string{"2025年10月15日前"}},
			{name: "reject: a past season", q: "上一季的获奖作品在哪里看", kind: KindOffTopic, not: []string{"下一季（第二季）"}},
		})
	})
	t.Run("the bot's own features", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "still email after registering", q: "报完名以后还要发邮件吗，还是你们这边直接就提交了", kind: KindFeature,
				want: []string{"不替学校报送", "jytzgc2024@126.com", "D725B"}, not: []string{"你问的是哪一项"}},
			{name: "submit for us", q: "能不能直接把视频发给你，你帮我们交上去？", kind: KindFeature, want: []string{"不替学校报送"}},
			{name: "what it can do", q: "你都能干啥？", kind: KindFeature, want: []string{"我要报名", "检查视频", "退订提醒"}, not: []string{"回答不了"}},
			// Reject: sending a video to check is the check.
			{name: "reject: send to check", q: "视频发给你检查一下", kind: KindFeature, want: []string{"下载链接"}, not: []string{"不替学校报送"}},
			{name: "reject: are you a person", q: "你是真人吗", kind: KindOffTopic, not: []string{"下载报名材料"}},
		})
	})
	t.Run("an average and a peak bitrate", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "peak over the range", q: "1080P要求10-50Mbps，我们是VBR可变码率，平均12Mbps，峰值到了60Mbps，这算合格吗", kind: KindVideo,
				want: []string{"平均在1080P要求的10–50 Mbps之内", "峰值不在", "没有说明指平均码率还是峰值", "孟晗"}, not: []string{"符合要求"}},
			// Reject: both within the range pass.
			{name: "reject: both within", q: "1080p VBR 平均20M 峰值40M 行吗", kind: KindVideo, want: []string{"码率：通过"}, not: []string{"峰值不在"}},
		})
	})
	t.Run("one form per work", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "an agreement each", q: "两个作品要分别签协议吗", kind: KindFact, want: []string{"各签一份版权确认协议书", "每个推荐单位一份"}},
			{name: "no 承诺书", q: "两个作品要分别写承诺书吗", kind: KindNotInNotice, want: []string{"通知里没有承诺书"}},
			{name: "who signs the agreement", q: "协议书能让副校长签吗", kind: KindNotInNotice,
				want: []string{"乙方（签字盖章）", "没有规定由哪位领导签字", "说的是汇总表"}},
			// Reject: copies and the 汇总表's signer keep their answers.
			{name: "reject: copies", q: "版权确认协议书签几份", want: []string{"一式两份"}, not: []string{"每部作品各填一份"}},
			{name: "reject: the 汇总表's signer", q: "汇总表让副校长签行吗", want: []string{"分管负责领导"}, not: []string{"乙方（签字盖章）"}},
			{name: "reject: both parties", q: "版权确认协议书甲方乙方分别填谁", want: []string{"河南省党员教育中心"}, not: []string{"每部作品各填一份"}},
		})
	})
	t.Run("one answer on a 公众号 post", func(t *testing.T) {
		checkAnswers(t, b, []answerCase{
			{name: "asked", q: "公众号上发过算不算公开发表", kind: KindFact, want: []string{"全平台未公开发表", "公众号"}},
			{name: "the follow-up", q: "公众号也算啊？就我们学校自己的号，看的人也不多", kind: KindFact,
				want: []string{"全平台未公开发表", "公众号"}, not: []string{"通知中没有说明这一点"}},
			// Reject: a limited showing stays open.
			{name: "reject: 朋友圈", q: "发过一次朋友圈算公开发表吗", kind: KindNotInNotice, want: []string{"朋友圈", "孟晗"}, not: []string{"不可以"}},
		})
	})
}

// TestSoundTwoSwaps: a word typed with two characters swapped for
// homophones, and words that only sound like one.
func TestSoundTwoSwaps(t *testing.T) {
	find := soundHits(t)
	for _, tt := range []struct{ q, want string }{
		{"省委阻止部搞的吗", "阻止部~组织部"},
		{"戒指时间是哪天", "戒指时间~截止时间"},
	} {
		if got := find(tt.q); !slices.Contains(got, tt.want) {
			t.Errorf("find(%q) = %v, want %s among them", tt.q, got, tt.want)
		}
	}
	for _, tt := range []struct{ q, not string }{
		{"社会实践的视频能报吗", "时间"}, // two characters of two
		{"组织部的邮箱是多少", "组织部"}, // as written
		{"我们是阻止不了的", "组织部"},  // 不 is grammatical
		{"截止时间是哪天", "截止时间"},  // as written
		{"戒指是金的", "截止"},      // a two-character word needs one swap
	} {
		for _, h := range find(tt.q) {
			if strings.HasSuffix(h, "~"+tt.not) {
				t.Errorf("find(%q) = %v: %s is no typo here", tt.q, find(tt.q), tt.not)
			}
		}
	}
}
