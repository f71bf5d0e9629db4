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
