package knowledge

import (
	"context"
	"testing"
)

// s10g: round 30 (rp127), each class with questions that must be read the
// new way (accept) and near misses that must not (reject).

type s10gCase struct {
	q    string
	kind Kind
	want []string
	not  []string
}

func runS10G(t *testing.T, accept, reject []s10gCase) {
	t.Helper()
	b := mustLoad(t, Options{})
	for _, list := range []struct {
		name  string
		cases []s10gCase
	}{{"accept", accept}, {"reject", reject}} {
		for _, x := range list.cases {
			t.Run(list.name+"/"+x.q, func(t *testing.T) {
				checkAnswer(t, b.Answer(context.Background(), x.q), answerCase{q: x.q, kind: x.kind, want: x.want, not: x.not})
			})
		}
	}
}

// TestS10GFormatBitrate: the format clause is container, resolution and
// bitrate together (rp127 q15, q70).
func TestS10GFormatBitrate(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "视频格式有啥要求", kind: KindFact, want: []string{"mp4", "1080P或4K", "10-50Mbps", "30-100Mbps"}},
		{q: "格式要求和命名规则是啥", kind: KindFact, want: []string{"10-50Mbps", "推荐单位-序号-片名"}},
		{q: "视频用什么格式", want: []string{"mp4", "30-100Mbps"}},
	}, []s10gCase{
		{q: "文件名格式", want: []string{"推荐单位-序号-片名"}, not: []string{"10-50Mbps"}},
		{q: "汇总表什么格式", not: []string{"10-50Mbps"}},
		{q: "邮件格式怎么写", not: []string{"10-50Mbps"}},
	})
}

// TestS10GOwnCategory: a category named by its own name and asked what it
// is or whether it may be sent is one of the categories; no unasked AI or
// multi-category line (rp127 q39).
func TestS10GOwnCategory(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "视频切片是啥意思 能报不", kind: KindNotInNotice, want: []string{"“视频切片”是通知所列五类作品之一", "没有解释各类的含义"}, not: []string{"明确标注", "勾选多类"}},
		{q: "实景拍摄是什么意思", want: []string{"“实景拍摄”是通知所列五类作品之一"}, not: []string{"明确标注"}},
		{q: "视频切片能报吗", want: []string{"“视频切片”是通知所列五类作品之一"}},
		{q: "AI生成是啥意思", want: []string{"“AI生成”是通知所列五类作品之一", "明确标注"}},
	}, []s10gCase{
		{q: "动漫算哪类", want: []string{"动漫对应通知所列分类中的“动画制作”"}, not: []string{"是通知所列五类作品之一"}},
		{q: "一个作品能同时勾两个分类不", kind: KindNotInNotice, want: []string{"能否同时报两个类别"}, not: []string{"是通知所列五类作品之一"}},
		{q: "作品分几类", kind: KindFact, not: []string{"是通知所列五类作品之一", "明确标注"}},
	})
}

// TestS10GAnswerAfter: "那选哪个分类" right after a question about a work
// is about that work (rp127 q22); any other pair is answered alone.
func TestS10GAnswerAfter(t *testing.T) {
	b := mustLoad(t, Options{})
	ctx := context.Background()
	for _, tt := range []struct {
		name, prev, q string
		want, not     []string
	}{
		{name: "accept AI", prev: "用AI做的视频可以吗", q: "那选哪个分类", want: []string{"AI对应通知所列分类中的“AI生成”"}, not: []string{"勾选多类"}},
		{name: "accept 动漫", prev: "我们做的是个动漫片子 能报吗", q: "那算哪类", want: []string{"对应通知所列分类中的“动画制作”"}},
		{name: "accept short", prev: "用AI做的视频可以吗", q: "选哪个分类", want: []string{"“AI生成”"}},
		{name: "reject no work before", prev: "截止时间是哪天", q: "那选哪个分类", not: []string{"对应通知所列分类中的"}},
		{name: "reject no previous", prev: "", q: "那选哪个分类", not: []string{"对应通知所列分类中的"}},
		{name: "reject other topic", prev: "用AI做的视频可以吗", q: "那截止时间呢", want: []string{"2025年10月15日前"}, not: []string{"对应通知所列分类中的"}},
		{name: "reject own work named", prev: "用AI做的视频可以吗", q: "那动漫算哪类", want: []string{"“动画制作”"}, not: []string{"“AI生成”。"}},
		{name: "reject two works before", prev: "动画加实拍的片子能报吗", q: "那选哪个分类", not: []string{"对应通知所列分类中的"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkAnswer(t, b.AnswerAfter(ctx, tt.q, tt.prev), answerCase{q: tt.q, want: tt.want, not: tt.not})
		})
	}
}

// TestS10GWhoMakes: who must have made a work is 三（三）'s scope, not
// "通知中没有说明" (rp127 q32).
func TestS10GWhoMakes(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "作品得是谁做的才行", kind: KindFact, want: []string{"党委组织人事部门独立完成", "合作完成"}, not: []string{"通知面向", "没有说明这一点"}},
		{q: "片子必须是谁拍的", kind: KindFact, want: []string{"党委组织人事部门独立完成"}},
	}, []s10gCase{
		{q: "剪辑是谁做的填谁", not: []string{"通知规定的报送范围是"}},
		{q: "中职学校能参加吗", kind: KindFact, want: []string{"通知面向"}, not: []string{"通知规定的报送范围是"}},
	})
}

// TestS10GDeadlineBasis: whether sending or arrival meets the deadline is
// not settled (rp127 q51).
func TestS10GDeadlineBasis(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "截止日期是以收到为准还是发出为准", kind: KindNotInNotice, want: []string{"没有说明以发出", "2025年10月15日前", "0371—69691670"}},
		{q: "邮寄的话以邮戳为准吗", kind: KindNotInNotice, want: []string{"没有说明以发出"}},
	}, []s10gCase{
		{q: "截止时间是哪天", kind: KindFact, not: []string{"没有说明以发出"}},
		{q: "汇总表和报名表不一致以哪个为准", not: []string{"没有说明以发出"}},
	})
}

// TestS10GOneLine: a school's own events and which other contests there
// are get one line (rp127 q57, q61); this contest's name and works entered
// elsewhere are still about this contest.
func TestS10GOneLine(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "今年教师节学校有啥活动", kind: KindOffTopic, not: []string{"五类", "2025年10月15日前"}},
		{q: "省委组织部今年还有啥别的比赛", kind: KindOffTopic, want: []string{"我只解答"}, not: []string{"参加过其他比赛"}},
		{q: "除了这个还有什么比赛", kind: KindOffTopic, want: []string{"我只解答"}},
	}, []s10gCase{
		{q: "这是什么活动", kind: KindFact, want: []string{"全省党员教育短视频创作大赛"}},
		{q: "参加过别的比赛的作品能报吗", kind: KindNotInNotice, want: []string{"参加过其他比赛"}},
		{q: "我们学校有什么活动可以拍", kind: KindFact, want: []string{"选题"}},
	})
	b := mustLoad(t, Options{})
	if !b.NamesOtherContest("省委组织部今年还有啥别的比赛") {
		t.Error("NamesOtherContest: a question which other contests there are is about none of this one's works")
	}
	if b.NamesOtherContest("参加过别的比赛的作品能报吗") {
		t.Error("NamesOtherContest: a work entered elsewhere is a question about this contest")
	}
}

// TestS10GWithdraw: taking back a work is this bot's feature, with the
// exact words and the contacts (rp127 q67).
func TestS10GWithdraw(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "报了的作品能撤回不", kind: KindFeature, want: []string{"取消第1个作品", "我的作品", "0371—69691670"}, not: []string{"修改第1个作品"}},
		{q: "我想撤销报名", kind: KindFeature, want: []string{"取消第1个作品"}},
		{q: "交了能撤回吗", kind: KindFeature, want: []string{"取消第1个作品"}},
	}, []s10gCase{
		{q: "我报名信息填错了咋改", kind: KindNotInNotice, want: []string{"修改第1个作品"}, not: []string{"取消第1个作品"}},
		{q: "作品发过去了还能替换吗", not: []string{"取消第1个作品"}},
	})
}

// TestS10GListedTopics: a clause that only names a topic is an item of the
// list asked, not context (rp127 q68).
func TestS10GListedTopics(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "截止时间 邮箱 还有联系电话都发我一下", want: []string{"2025年10月15日前", "jytzgc2024@126.com", "0371—69691670"}},
		{q: "截止时间，邮箱，电话都发我", want: []string{"2025年10月15日前", "jytzgc2024@126.com", "0371—69691670"}},
	}, []s10gCase{
		{q: "我们是高职，能报几个", want: []string{"数量不限"}, not: []string{"通知面向"}},
		{q: "不好意思再打扰一下，截止时间是哪天", want: []string{"2025年10月15日前"}, not: []string{"联系人："}},
	})
}

// TestS10GCopyrightLiability: who answers for a dispute quotes the
// statement and the agreement (rp127 q80).
func TestS10GCopyrightLiability(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "要是有版权纠纷谁负责", kind: KindFact, want: []string{"由我单位承担一切法律责任", "3.3", "承担全部赔偿责任"}, not: []string{"联系人："}},
		{q: "作品被人起诉了谁来赔", kind: KindFact, want: []string{"承担全部赔偿责任"}},
	}, []s10gCase{
		{q: "背景音乐用了一首流行歌，会不会有版权问题", kind: KindNotInNotice, not: []string{"3.3"}},
		{q: "版权归谁", kind: KindFact, want: []string{"首播权"}, not: []string{"3.3"}},
		{q: "谁负责这个比赛", kind: KindFact, want: []string{"孟晗"}, not: []string{"3.3"}},
	})
}

// TestS10GOnceEach: the same thing is said once, in whatever words (rp127
// q31, q72); a clause with a point of its own stays.
func TestS10GOnceEach(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "这通知是发给谁的 哪些学校能参加", want: []string{"通知面向"}, not: []string{"通知是发给"}},
		{q: "要交哪些材料 原件交哪", want: []string{"D725B", "1式2份"}, not: []string{"电子材料（参评作品"}},
	}, []s10gCase{
		{q: "能用英文配音吗？能快递吗", want: []string{"配音", "快递"}},
		{q: "截止时间和要交哪些材料", want: []string{"7天", "报名表（附件2"}},
		{q: "这通知是发给谁的", want: []string{"通知是发给"}},
	})
}

// TestDropRestated: a clause whose facts were all said, in most of the
// same words, goes; one with a fact not said, or a point the notice
// leaves open, stays.
func TestDropRestated(t *testing.T) {
	said := "要报送四样：参评作品（mp4视频）、报名表（附件2，纸质版1式2份）。发送至省委教育工委组干处邮箱jytzgc2024@126.com。"
	for _, tt := range []struct{ name, part, want string }{
		{"restated", "报名表纸质版报送1式2份。（见通知 附件2）", ""},
		{"new fact", "报名表纸质版报送1式3份。（见通知 附件2）", "报名表纸质版报送1式3份。（见通知 附件2）"},
		{"no fact", "报名表要打印出来。（见通知 附件2）", "报名表要打印出来。（见通知 附件2）"},
		{"open point", "能否邮寄到jytzgc2024@126.com通知中没有说明。（见通知 六）", "能否邮寄到jytzgc2024@126.com通知中没有说明。（见通知 六）"},
		{"partly", "报名表纸质版报送1式2份。原件报D725B房间。（见通知 附件2）", "原件报D725B房间。（见通知 附件2）"},
	} {
		if got := dropRestated(tt.part, said); got != tt.want {
			t.Errorf("%s: dropRestated(%q) = %q, want %q", tt.name, tt.part, got, tt.want)
		}
	}
}
