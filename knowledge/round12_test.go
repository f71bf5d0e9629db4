package knowledge

import (
	"context"
	"strings"
	"testing"
)

// Round 12 (rp33): each class of miss with the questions it must answer
// (accept) and the neighbours it must leave alone (reject).

type round12Case struct {
	q    string
	want []string
	not  []string
	kind Kind
}

func checkRound12(t *testing.T, b *Base, cases []round12Case) {
	t.Helper()
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		if c.kind != "" && a.Kind != c.kind {
			t.Errorf("%q: kind %s, want %s\n  %s", c.q, a.Kind, c.kind, a.Text)
		}
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%q: lacks %q\n  %s", c.q, w, a.Text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("%q: must not say %q\n  %s", c.q, w, a.Text)
			}
		}
	}
}

// A work made before the works-since period is judged on that rule too,
// and never gets a part that implies yes.
func TestRound12DateRule(t *testing.T) {
	b := mustLoad(t, Options{})
	checkRound12(t, b, []round12Case{
		// accept: the date fails the work whatever else it meets
		{q: "去年年底（2024年12月）拍的片子还没发过，能报吗", want: []string{"早于2025年"}, not: []string{"符合这一条"}, kind: KindFact},
		{q: "2024年12月拍的片子一直没发过能报吗", want: []string{"早于2025年"}, not: []string{"符合这一条"}},
		{q: "前年拍的能报吗", want: []string{"早于2025年"}},
		{q: "2023年做的片子没在网上发过，还能参加吗", want: []string{"早于2025年"}, not: []string{"符合这一条"}},
		// reject: a date in range is no failure, and no date is no date verdict
		{q: "今年3月拍的片子一直没发过，能报吗", want: []string{"时间上符合要求", "全平台未公开发表"}, not: []string{"早于"}},
		{q: "已经在学校抖音号上发过了 还能报吗", want: []string{"全平台未公开发表"}, not: []string{"按你说的时间"}},
	})
}

// A theme limited to a period, asked about deeds of an earlier year.
func TestRound12ThemeYear(t *testing.T) {
	b := mustLoad(t, Options{})
	checkRound12(t, b, []round12Case{
		{q: "拍我们学校一个优秀党员老师的事迹可以吗？不过他评先进是2023年的事了", want: []string{"第6项", "2023年", "第7项", "孟晗"}},
		{q: "想拍2019年抗洪的老党员事迹行不行", want: []string{"第6项", "2019年"}},
		// reject: no earlier year, or a theme of no period
		{q: "拍身边的优秀党员老师可以吗", not: []string{"不在这一项的时间内"}},
		{q: "我们想拍黄河生态保护，2023年开始的治理，在范围内吗", want: []string{"第4项"}, not: []string{"第6项"}},
	})
}

// Related rules quoted where the notice does not settle the case; forms
// per work and per school; the attachment numbering; exams as other events.
func TestRound12RelatedRules(t *testing.T) {
	b := mustLoad(t, Options{})
	checkRound12(t, b, []round12Case{
		{q: "这个和学习强国那个短视频征集是一回事吗？能一稿两投吗", want: []string{"全平台未公开发表", "首播权", "第三方", "孟晗"}, kind: KindNotInNotice},
		{q: "作品能不能同时投给别的比赛", want: []string{"第三方"}, kind: KindNotInNotice},
		{q: "视频开头加一行“××职业技术学院出品”的字幕可以吧", want: []string{"开场字幕说明", "建议不要加"}, kind: KindNotInNotice},
		{q: "片尾能写联合出品单位吗", want: []string{"开场字幕说明"}},
		{q: "是一个作品一张报名表吗 汇总表一个学校一张吗", want: []string{"每部作品一张", "一个学校一张"}, kind: KindFact},
		{q: "到底要交几个表啊", want: []string{"报名表", "汇总表", "版权确认协议书"}},
		{q: "附件1里写汇总表是“附件5”，可我下载下来只有附件1到附件4，到底是哪个？", want: []string{"附件4"}, not: []string{"下载报名材料"}},
		{q: "对了 教师资格证面试啥时候报名你知道不", kind: KindOffTopic, not: []string{"2025年10月15日前"}},
		{q: "普通话考试什么时候报名", kind: KindOffTopic},
		// reject: this contest's own questions keep their answers
		{q: "填好的报名表怎么下载", want: []string{"下载报名材料"}},
		{q: "片头能放学校名称吗", kind: KindNotInNotice, not: []string{"出品"}},
		{q: "截止是哪天", want: []string{"2025年10月15日前"}},
		{q: "评审需要去现场答辩吗", not: []string{"我只解答"}},
	})
}

// A sentence that only offers the other choice stays with its question.
func TestRound12JoinChoices(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want int
	}{
		{"时长这一栏要写几分几秒吗？还是写几分钟就行", 1},
		{"版权确任协议书上的乙方写谁？写学校还是写拍视频的老师个人？", 1},
		// reject: a second question of its own
		{"截止到啥时候？发到哪个邮箱？", 2},
		{"乙方写谁？还有原件交到哪？", 2},
	} {
		if got := splitQuestions(c.msg); len(got) != c.want {
			t.Errorf("%q: %d questions %q, want %d", c.msg, len(got), got, c.want)
		}
	}
}

// The questions of a message that all get the same answer get it once,
// without the context said before them.
func TestRound12SameAnswer(t *testing.T) {
	b := mustLoad(t, Options{})
	a := b.Answer(context.Background(), "您好，打扰一下。我是开封一所委管中职学校党委办公室的，我们今年准备报送两部作品，想确认一下：是不是每部作品各填一张报名表，汇总表只要一张就可以？麻烦您了，谢谢！")
	if strings.Contains(a.Text, "数量不限") || !strings.Contains(a.Text, "每部作品一张") {
		t.Errorf("got %s", a.Text)
	}
	if n := strings.Count(a.Text, "（见通知"); n != 1 {
		t.Errorf("%d parts: %s", n, a.Text)
	}
}

// Beside a verdict on stated parameters, how the work was shot is context.
func TestRound12MadeWith(t *testing.T) {
	b := mustLoad(t, Options{})
	checkRound12(t, b, []round12Case{
		{q: "苹果手机拍的mov格式 直接交可以吗", want: []string{"MP4"}, not: []string{"拍摄设备"}, kind: KindVideo},
		{q: "用无人机航拍的4K 80M码率行不行", want: []string{"30–100 Mbps"}, not: []string{"拍摄设备"}},
		// reject: no verdict, or a rule named on its own
		{q: "用手机拍的可以吗", want: []string{"拍摄设备"}, kind: KindNotInNotice},
		{q: "手机拍的1080p 25帧可以吗", want: []string{"帧率"}},
	})
}

// A change of what was typed here before is this bot's edit; a change of
// materials already sent is the notice's open question.
func TestRound12EditHere(t *testing.T) {
	b := mustLoad(t, Options{})
	checkRound12(t, b, []round12Case{
		{q: "上次填的联系电话少了一位数，怎么改？", want: []string{"随时可以改"}, not: []string{"已经报送的材料"}, kind: KindFeature},
		{q: "刚才片名打错了一个字 咋改", want: []string{"片名改成"}, kind: KindFeature},
		// reject: materials already sent, or no word of typing here
		{q: "已经报送的材料能修改吗", want: []string{"已经报送的材料"}, kind: KindNotInNotice},
		{q: "报名信息填错了能改吗", want: []string{"已经报送的材料"}, kind: KindNotInNotice},
	})
}
