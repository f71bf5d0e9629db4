package knowledge

import (
	"context"
	"testing"
	"time"
)

// s11-c: round 32 (rp136) and the round-27/28 contacts' own questions
// (rp128–rp131, rp133–rp135). Each class has questions that must be read
// the new way and near-misses that must not.

// s11cCase is a question with what its answer must and must not hold and,
// when set, its kind.
type s11cCase struct {
	q         string
	kind      Kind
	want, not []string
}

func (c s11cCase) check(t *testing.T, a Answer) {
	t.Helper()
	if c.kind != "" && a.Kind != c.kind {
		t.Errorf("%q: kind %s, want %s (%s)", c.q, a.Kind, c.kind, a.Text)
	}
	holdsAll(t, c.q, a.Text, c.want, c.not)
}

func runS11c(t *testing.T, b *Base, cases []s11cCase) {
	t.Helper()
	for _, c := range cases {
		c.check(t, b.Answer(context.Background(), c.q))
	}
}

// TestS11cSecondsDuration (rp136 q41): seconds alone are a duration even
// when a Latin word follows them ("时长190秒 mp4": normalize drops the space).
func TestS11cSecondsDuration(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "视频1080 码率15 时长190秒 mp4 竖的", kind: KindVideo, want: []string{"时长3分10秒", "码率 15 Mbps"}, not: []string{"还要确认：时长"}},
		{q: "时长190秒 mp4", kind: KindVideo, want: []string{"时长3分10秒", "MP4"}},
		{q: "片长150秒mp4格式1080p 码率20M", kind: KindVideo, want: []string{"时长2分30秒", "符合通知要求"}},
		{q: "视频30s", kind: KindVideo, want: []string{"时长30秒"}},
		// Rejects: the limit said in seconds is the rule, not a value.
		{q: "时长不能超过180秒吗", not: []string{"按你说的参数"}},
		{q: "视频最长多少秒", not: []string{"按你说的参数"}},
	})
}

// TestS11cDateNoDeadline (rp136 q11): with registration kept open past the
// notice's deadline, a work made before that deadline gets its verdict
// without the two dates; one made after it still gets them.
func TestS11cDateNoDeadline(t *testing.T) {
	late := func() time.Time { return time.Date(2026, 12, 8, 10, 0, 0, 0, shanghai) }
	open := time.Date(2099, 12, 31, 23, 59, 59, 0, shanghai)
	b := mustLoad(t, Options{Now: late, Deadline: open})
	runS11c(t, b, []s11cCase{
		{q: "去年拍的片子中不中", kind: KindFact, want: []string{"时间上符合要求"}, not: []string{"本次报名截止", "通知规定的报送时间"}},
		{q: "25年6月拍完的片子能报吗", want: []string{"2025年以来"}, not: []string{"本次报名截止"}},
		// Rejects: a work finished after the notice's deadline, and a
		// question about the deadline itself, still name the dates.
		{q: "去年12月拍完的片子能报吗", want: []string{"通知规定的报送时间是2025年10月15日前", "本次报名截止：2099年12月31日"}},
		{q: "截止时间是啥时候", want: []string{"2025年10月15日前", "本次报名截止：2099年12月31日"}},
	})
	closed := mustLoad(t, Options{Now: late})
	runS11c(t, closed, []s11cCase{
		{q: "去年拍的片子中不中", want: []string{"本季报送已于2025年10月15日前截止"}},
	})
}

// TestS11cCreatorsColumn (rp136 q23): the 主创人员 column asked alone gets
// its five roles, not every field of the form.
func TestS11cCreatorsColumn(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "报名表里主创人员要填哪些", kind: KindFact, want: []string{"监制(策划)", "剪辑(制作)"}, not: []string{"推荐单位、片名", "1式2份"}},
		{q: "主创人员那一栏都要填哪些人", kind: KindFact, want: []string{"编导(导演)"}, not: []string{"推荐单位、片名"}},
		{q: "主创都包括哪几项", kind: KindFact, want: []string{"撰稿", "摄影"}, not: []string{"内容简介"}},
		// Rejects: the whole form, and students as creators.
		{q: "报名表要填哪些", want: []string{"推荐单位、片名", "主创人员"}},
		{q: "主创人员填学生可以吗", kind: KindNotInNotice, want: []string{"没有说明主创人员能否写学生"}},
	})
}

// TestS11cEditAfterRegistering (rp136 q59): changing what was registered
// here is the bot's own edit, said first; material already sent is the
// office's.
func TestS11cEditAfterRegistering(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, c := range []s11cCase{
		{q: "报完名了想改片名咋弄", want: []string{"在这里填的报名信息随时可以改", "片名改成"}},
		{q: "报完名了片名写错了 咋改", want: []string{"在这里填的报名信息随时可以改"}},
	} {
		a := b.Answer(context.Background(), c.q)
		c.check(t, a)
		if len(a.Text) < 10 || a.Text[:len("在这里")] != "在这里" {
			t.Errorf("%q: the edit here does not lead: %s", c.q, a.Text)
		}
	}
	runS11c(t, b, []s11cCase{
		// Rejects: material already sent gets no edit-here lines.
		{q: "材料已经发过去了 发现片名有错字咋办", not: []string{"片名改成《"}},
	})
}

// TestS11cRuleFollowUp (rp136 q64): "那4k呢" after a question answered by a
// rule is that rule for 4K; after a verdict, or with a value to judge, it
// stays a verdict.
func TestS11cRuleFollowUp(t *testing.T) {
	b := mustLoad(t, Options{})
	ctx := context.Background()
	for _, c := range []struct {
		prev string
		s11cCase
	}{
		{"1080p的码率要求是多少", s11cCase{q: "那4k呢", kind: KindFact, want: []string{"30-100Mbps"}, not: []string{"按你说的参数"}}},
		{"码率要多少", s11cCase{q: "那4K的呢", kind: KindFact, want: []string{"30-100Mbps"}, not: []string{"按你说的参数"}}},
		{"4K的码率范围是多少", s11cCase{q: "那1080P呢", kind: KindFact, want: []string{"10-50Mbps"}, not: []string{"按你说的参数"}}},
		// Rejects: a value to judge, and a follow-up on a verdict.
		{"1080p的码率要求是多少", s11cCase{q: "那15M呢", kind: KindVideo}},
		{"俺的视频1920x1080 码率8M mp4 2分半 中不中", s11cCase{q: "那720p呢", kind: KindVideo}},
		{"一等奖几个", s11cCase{q: "三等奖呢", kind: KindFact, want: []string{"三等奖20名"}}},
	} {
		c.check(t, b.AnswerAfter(ctx, c.q, c.prev))
	}
}

// TestS11cSaidBefore (rp136 q28): a later question that only names a
// thing an earlier answer gives is answered by it; a question that asks
// more about it stays a part.
func TestS11cSaidBefore(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "联系电话多少 邮箱多少", kind: KindFact, want: []string{"0371—69691670", "jytzgc2024@126.com"}, not: []string{"D725B"}},
		{q: "联系人是谁？邮箱是多少？", want: []string{"孟晗", "jytzgc2024@126.com"}, not: []string{"D725B"}},
		// Rejects: where to send, and the original, are asked.
		{q: "截止日期是哪天 发哪个邮箱 原件交到哪", want: []string{"2025年10月15日前", "jytzgc2024@126.com", "D725B"}},
		{q: "联系人是谁 作品交到哪", want: []string{"孟晗", "D725B"}},
	})
}

// TestS11cWhichCategoryBeside (rp136 q31): "分类选啥" beside a clause that
// names the work's category gets that category first.
func TestS11cWhichCategoryBeside(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "AI生成的要标注吗 分类选啥", want: []string{"明确标注", "勾选“AI生成”"}},
		{q: "我们用AI做的 分类选啥", want: []string{"AI对应通知所列分类中的“AI生成”"}},
		{q: "动画做的片子 分类勾啥", want: []string{"“动画制作”"}},
		// Rejects: no work named, nothing to lead with.
		{q: "分类选啥", kind: KindNotInNotice, want: []string{"五类"}, not: []string{"对应通知所列分类"}},
		{q: "作品分几类", kind: KindFact, want: []string{"五类"}, not: []string{"对应通知所列分类"}},
	})
}

// TestS11cBitrateUnknown (rp136 q38): a bitrate the asker does not know
// gets how to find it beside the rule; the rule asked alone does not.
func TestS11cBitrateUnknown(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "俺这视频挺清楚的 就是不知道码率 能交不", kind: KindFact, want: []string{"10-50Mbps", "属性", "检查视频"}},
		{q: "码率不清楚 要多少才行", want: []string{"30-100Mbps", "属性"}},
		// Rejects: the rule alone, and a stated video with its bitrate unknown.
		{q: "码率要多少", kind: KindFact, want: []string{"10-50Mbps"}, not: []string{"属性"}},
		{q: "码率不知道多少 1080的 能报不", kind: KindVideo, want: []string{"码率未知"}},
	})
}

// TestS11cDeleteInfo (rp136 q60): deleting one's information here is the
// bot's own feature; deleting a work is withdrawing it.
func TestS11cDeleteInfo(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "报名信息能删掉吗", kind: KindFeature, want: []string{"删除我的信息"}},
		{q: "我的个人信息能删除不", kind: KindFeature, want: []string{"删除我的信息"}},
		// Rejects: a work, and a correction.
		{q: "作品删掉行不行", kind: KindFeature, want: []string{"取消第1个作品"}, not: []string{"删除我的信息"}},
		{q: "报名信息填错了咋改", want: []string{"在这里填的报名信息随时可以改"}, not: []string{"删除我的信息"}},
	})
}

// TestS11cContactsQuestions: the round-27/28 contacts' questions fixed by
// data (facts.yaml): an editing tool's automatic function asked as AI, a
// work registered for another school, moving a work's 序号, the word 原则上,
// a 摘要 the same as the 简介, a mobile or the office landline. Each with
// near-misses that keep their old reading.
func TestS11cContactsQuestions(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "字幕是剪映自动识别的 这算用AI不", kind: KindNotInNotice, want: []string{"明确标注", "自动识别字幕"}, not: []string{"五类作品之一"}},
		{q: "用了智能调色算AI吗", kind: KindNotInNotice, want: []string{"智能调色"}},
		{q: "AI生成的要标注吗", kind: KindFact, want: []string{"明确标注"}, not: []string{"自动识别字幕"}},
		{q: "河南经贸职业学院。我们这次有两个片子，其中一个是帮我们集团里的中职学校报的，可以一起在这报吗", kind: KindFeature,
			want: []string{"推荐单位写那所学校", "分管负责领导"}, not: []string{"数量不限", "通知面向"}},
		{q: "帮别的学校报个片子行不行", kind: KindFeature, want: []string{"推荐单位"}},
		{q: "两个片子可以一起在这报吗", kind: KindFeature, want: []string{"再报一个"}, not: []string{"那所学校"}},
		{q: "我们集团里的几个学校能一起报吗", kind: KindNotInNotice, not: []string{"那所学校"}},
		{q: "要是别的系后报的片子比我们这个好 序号能往前调吗", kind: KindFeature, want: []string{"调整顺序"}},
		{q: "汇总表要排序吗", kind: KindFact, want: []string{"排序"}, not: []string{"调整顺序"}},
		{q: "原则上是啥意思 那就是可以超呗", kind: KindFact, want: []string{"原则上不超过3分钟", "没有说明超过3分钟会怎样处理"}},
		{q: "摘要能不能跟简介一样？", kind: KindFact, want: []string{"摘要可以和简介写成一样"}},
		{q: "简介有字数要求吗", kind: KindFact, not: []string{"写成一样"}},
		{q: "电话留手机还是办公室座机", kind: KindFact, want: []string{"手机或带区号的座机"}, not: []string{"D725B"}},
		{q: "办公室在哪", want: []string{"D725B"}},
		{q: "报名信息能删掉吗", kind: KindFeature, want: []string{"删除我的信息"}},
		{q: "删除我的信息", kind: KindNone},
		{q: "俺不想报了 我的信息咋删", want: []string{"取消"}},
	})
}

// TestS11cExportedResolution (rp131): the file sent is the one exported; a
// camera's or the footage's resolution is no verdict on it.
func TestS11cExportedResolution(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "好 还有个事，我们有个机位是720p拍的，剪出来能导1080的，这样可以吗", kind: KindVideo, want: []string{"1080P"}, not: []string{"720P", "不符合要求"}},
		{q: "素材是4K的 导出1080 码率15M", kind: KindVideo, want: []string{"码率 15 Mbps，符合 1080P"}},
		{q: "手机拍的1080 导成720可以吗", kind: KindVideo, want: []string{"不符合要求", "720P"}},
		// Rejects: one resolution, said of the video itself.
		{q: "720p的视频可以吗", kind: KindVideo, want: []string{"不符合要求"}},
		{q: "导出设置里码率多少合适", not: []string{"按你说的参数"}},
	})
}
