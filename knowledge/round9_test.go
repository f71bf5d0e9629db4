package knowledge

import (
	"context"
	"strings"
	"testing"
	"time"
)

// Round 9 (issue 12): the classes of the untuned rp14 batch. Each test
// holds a general rule with accept and reject cases in new phrasings; the
// bank (testdata/questions.yaml, src: rp14) holds the batch itself.

// A configured deadline (config contest.deadline) is never presented as
// the notice's words: the notice's date is quoted and the configured day
// is said as this registration's.
func TestRound9ConfiguredDeadline(t *testing.T) {
	d, _ := ParseDeadline("2099-12-31")
	b := mustLoad(t, Options{Deadline: d, Now: at("2026-12-07T10:00:00+08:00")})
	for _, q := range []string{"截止时间是哪天", "节止日期是几号啊", "材料都要交哪些？", "截止能不能往后延几天",
		"10月15号当天晚上发邮件还算数吗", "纸质材料什么时候交", "这是个什么比赛",
		"视频还没做完，能先报名后面再补视频吗"} {
		t.Run(q, func(t *testing.T) {
			a := b.Answer(context.Background(), q)
			if !strings.Contains(a.Text, "2025年10月15日") {
				t.Errorf("the notice's date is missing: %s", a.Text)
			}
			for _, bad := range []string{"于2099", "2099年12月31日前", "截止2099"} {
				if strings.Contains(a.Text, bad) {
					t.Errorf("the configured date put in the notice's words (%q): %s", bad, a.Text)
				}
			}
			if strings.Contains(a.Text, "2099") && !strings.Contains(a.Text, "本次报名截止：2099年12月31日。") {
				t.Errorf("the configured date said without saying what it is: %s", a.Text)
			}
		})
	}
	// s12-k (rp154 q67): "报名信息填错了怎么改" no longer says the deadline,
	// which it did not ask; it left the list above.
	// Every answer of the facts file that quotes the notice's deadline
	// also says the configured one.
	for _, in := range b.match.intents {
		text := b.render(in.answer)
		if strings.Contains(text, "2025年10月15日前") && !strings.Contains(text, "本次报名截止") {
			t.Errorf("intent %s quotes the notice's deadline without the configured one: %s", in.id, text)
		}
	}
	// Closed by config: said as this registration's close.
	b = mustLoad(t, Options{Deadline: time.Date(2025, 10, 20, 23, 59, 59, 0, shanghai), Now: at("2025-10-21T09:00:00+08:00")})
	checkAnswers(t, b, []answerCase{{name: "closed by config", q: "截止时间", want: []string{"2025年10月15日前", "本次报名已于2025年10月20日截止"}}})
	// Without an override nothing is added.
	b = mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "no override", q: "截止时间是哪天", want: []string{"请各校于2025年10月15日前"}, not: []string{"本次报名截止"}},
		{name: "same day configured", q: "什么时候截止", want: []string{"2025年10月15日前"}, not: []string{"本次报名截止"}},
	})
	same, _ := ParseDeadline("2025-10-15")
	checkAnswers(t, mustLoad(t, Options{Deadline: same}), []answerCase{
		{name: "configured as the notice", q: "什么时候截止", want: []string{"2025年10月15日前"}, not: []string{"本次报名截止"}},
	})
}

// Facts the notice states, asked in dialect or with homophones, are
// answered from the notice.
func TestRound9DialectFacts(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "individual, dialect", q: "俺自个儿拍哩视频中不中", kind: KindFact, want: []string{"暂不接受个人作品"}},
		{name: "individual, 自个", q: "老师自个拍的片子可以直接投吗", kind: KindFact, want: []string{"暂不接受个人作品"}},
		{name: "中职 homophone", q: "俺们是中值学校 能参加不", want: []string{"高职、中职"}, not: []string{"通知中没有说明这一点"}},
		{name: "高职 homophone", q: "我们学校是高只，可以报吗", want: []string{"高职、中职"}, not: []string{"通知中没有说明这一点"}},
		{name: "a school the notice does not address", q: "我们是县属职教中心，不是委管的，能参加吗", kind: KindNotInNotice,
			want: []string{"高职、中职", "0371—69691670"}},
		{name: "introduced as another kind of school", q: "我是一所民办中专的，我们学校能报吗", kind: KindNotInNotice,
			want: []string{"没有说明其他学校或单位能否参加"}},
		// Reject: one's own school is no individual.
		{name: "own school", q: "自个儿学校拍的能报吗", not: []string{"暂不接受个人作品"}},
		// Reject: a homophone without a school is no school.
		{name: "中值 of a bitrate", q: "码率取个中值多少合适", not: []string{"高职、中职"}},
		// Reject: an introduction of an addressed school is still dropped.
		{name: "introduced as an addressed school", q: "我是郑州某职业技术学院党委组织部的，截止时间是哪天",
			kind: KindFact, want: []string{"2025年10月15日前"}, not: []string{"高职、中职"}},
	})
}

// The date of the events filmed is not the date the work was made.
func TestRound9EventDate(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "deeds of an earlier year", q: "片子讲的是2008年汶川地震时候的救援故事，能报吗", not: []string{"早于2025年", "不在2025年以来"}},
		{name: "deeds and a year made", q: "拍的是2019年抗洪的事迹，今年拍的，能报吗", want: []string{"时间上符合要求"}, not: []string{"早于2025年"}},
		{name: "a meeting dated by its year", q: "我们用去年七一大会的录像剪了一个片子，算哪一类", not: []string{"按你说的时间"}},
		{name: "an in-range date beside another question", q: "今年拍的片子，时长4分钟，必须剪到3分钟吗",
			want: []string{"原则上不超过3分钟"}, not: []string{"按你说的时间", "须为2025年以来"}},
		// Reject: the date the work was made is judged.
		{name: "made, with the events' year after", q: "我们2025年拍的，讲的是1998年抗洪，可以吗", want: []string{"时间上符合要求"}},
		{name: "made the year before", q: "2024年拍的片子能报吗", want: []string{"早于2025年"}},
		{name: "made, said before the date", q: "片子拍摄时间是2023年，还能报吗", want: []string{"早于2025年"}},
		{name: "made, said after", q: "去年年底拍完的可以吗", want: []string{"早于2025年"}},
		{name: "a date restating the making", q: "去年拍的片子能报吗？2024年11月的", want: []string{"2024年11月"}},
	})
}

// Several questions in one message, numbered, are each answered once.
func TestRound9NumberedQuestions(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "numbered with dots", q: "想问三个问题：1.邮箱是多少 2.一个学校能报几个 3.要不要纸质版", kind: KindFact,
			want: []string{"jytzgc2024@126.com", "数量不限", "1式2份"}},
		{name: "numbered with 、", q: "1、时长多长 2、分辨率有啥要求", want: []string{"原则上不超过3分钟", "1080P"}},
		{name: "circled numbers", q: "①截止时间②联系人", want: []string{"2025年10月15日前", "孟晗"}},
		// Reject: a decimal is no list marker.
		{name: "a decimal", q: "时长2.5分钟可以吗", kind: KindVideo, want: []string{"2分30秒"}},
		{name: "a count of works", q: "我们有2、3个作品，怎么排序", want: []string{"排序"}},
	})
	for _, c := range []struct {
		msg  string
		want int
	}{
		{"请问老师：1.作品时长有限制吗 2.需要交纸质材料吗 3.截止时间？谢谢", 3},
		{"（1）邮箱多少（2）联系人是谁", 2},
		{"时长1.5分钟行吗", 1},
		{"报2、3个可以吗", 1},
	} {
		var asks int
		for _, s := range splitQuestions(c.msg) {
			if n := normalize(s); isQuestion(n) || utf8Len(n) > 3 {
				asks++
			}
		}
		if asks < c.want || c.want == 1 && asks != 1 {
			t.Errorf("splitQuestions(%q) = %q, want %d questions", c.msg, splitQuestions(c.msg), c.want)
		}
	}
}

func utf8Len(s string) int { return len([]rune(s)) }

// Another contest or another season gets one line: only this contest, and
// this season's name from the facts file.
func TestRound9OtherContestOrSeason(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "a quoted contest", q: "“青春心向党”演讲比赛什么时候截止", kind: KindOffTopic,
			want: []string{"只解答"}, not: []string{"2025年10月15日前"}},
		{name: "a titled contest", q: "《我和我的祖国》征文要交什么材料", kind: KindOffTopic, not: []string{"报名表"}},
		{name: "the previous season", q: "上届的获奖作品在哪里能看", kind: KindOffTopic, want: []string{"第一季"}, not: []string{"党课开讲"}},
		// s7-h: a later season is a question about this contest the notice
		// leaves open, not another event (rp78 Q50).
		{name: "the next season", q: "下一季什么时候开始", kind: KindNotInNotice, want: []string{"第一季", "没有说明以后是否还有下一季"}, not: []string{"2025年10月15日前"}},
		// Reject: a work about another event is this contest's.
		{name: "a work about another event", q: "我们拍的是“最美教师”评选里的老师，可以吗", not: []string{"只解答"}},
		// Reject: this contest in quotes is this contest.
		{name: "this contest quoted", q: "“党员教育短视频创作”大赛什么时候截止", kind: KindFact, want: []string{"2025年10月15日前"}},
		{name: "an earlier award asked about this contest", q: "上届我们学校得过奖，这次还能报吗", kind: KindNotInNotice, not: []string{"这一季是"}},
		{name: "a quoted title of one's work", q: "我们的“黄河岸边的守望”片子时长2分半行吗", kind: KindVideo},
	})
	// The season's name is the facts file's.
	b2 := mustLoad(t, Options{NoticeFile: "../testdata/season2/notice.txt", FactsFile: "../testdata/season2/facts.yaml"})
	checkAnswers(t, b2, []answerCase{
		{name: "season 2", q: "上一季的获奖作品在哪能看到", kind: KindOffTopic, want: []string{"第二季"}, not: []string{"第一季"}},
	})
}

// Distinct questions get distinct answers: a direct reply on a theme, the
// school's own publishing, the 汇总表's stamp, no "勾选其一".
func TestRound9DistinctAnswers(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "theme named", q: "拍乡村振兴的可以吗", kind: KindFact, want: []string{"可以，和通知的选题第5项相关", "乡村全面振兴"}},
		{name: "theme in dialect", q: "拍黄河滩治沙哩中不中", want: []string{"第4项", "黄河流域生态保护"}},
		{name: "theme list asked too", q: "选题方向有哪些？拍八项规定的符合吗", want: []string{"1.坚持不懈用习近平", "第3项"}},
		{name: "theme period", q: "2018年抗震救灾的先进事迹算身边典型吗", want: []string{"第6项", "2018年的事", "第7项"}, not: []string{"可以，和通知"}},
		// Reject: words several themes share get the list, not a yes.
		{name: "theme unclear", q: "拍我们学校一个老党员的事迹合适吗", want: []string{"身边典型人物先进事迹"}, not: []string{"可以，和通知"}},
		{name: "theme list alone", q: "主题有什么要求", want: []string{"两个确立"}, not: []string{"可以，和通知"}},
		{name: "publishing after signing", q: "协议签了以后学校视频号还能发吗", kind: KindNotInNotice,
			want: []string{"首播权", "通知没有说明"}, not: []string{"甲方（组织方）"}},
		{name: "parties still", q: "协议的甲方是谁", kind: KindFact, want: []string{"甲方（组织方）"}},
		{name: "summary stamp", q: "汇总表需要盖章吗", want: []string{"没有要求汇总表"}},
		{name: "category box", q: "作品分几类", want: []string{"按作品实际勾选"}, not: []string{"勾选其一"}},
		{name: "rank effect", q: "排第三的作品会不会吃亏", kind: KindNotInNotice, want: []string{"没有说明排序对评审有什么影响"}},
		{name: "ranking of awards", q: "获奖作品排名靠前的有什么好处", not: []string{"排序对评审"}},
		{name: "students in the credits", q: "主创里能写学生名字吗", kind: KindNotInNotice, want: []string{"主创人员能否写学生"}},
	})
}

// The bot's own features are answered with the words to send, never
// "通知中没有说明".
func TestRound9OwnFeatures(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "download the agreement, typos", q: "版权协议书去哪下栽", kind: KindFeature, want: []string{"下载报名材料", "附件3"}},
		{name: "download the forms", q: "报名表模板哪里下", kind: KindFeature, want: []string{"下载报名材料"}},
		{name: "register here", q: "在这儿咋报名", kind: KindFeature, want: []string{"我要报名"}},
		{name: "register online", q: "可以在线报名吗", kind: KindFeature, want: []string{"我要报名"}},
		{name: "the video later", q: "片子还没剪完，能不能先登记，视频后面补", kind: KindFeature, want: []string{"我要报名", "检查视频"}},
		{name: "the duration field", q: "时长一栏写几分几秒吗", kind: KindNotInNotice, want: []string{"2分30秒"}},
		// Reject: the other way round is not this feature.
		{name: "video first, form later", q: "能不能先交视频后补表", kind: KindNotInNotice},
		{name: "which attachment", q: "汇总表是附件几", kind: KindFact, want: []string{"附件4"}},
		{name: "registering here, the deadline asked", q: "这里报名截止时间是哪天", kind: KindFact, want: []string{"2025年10月15日前"}, not: []string{"我要报名"}},
		{name: "registering online, the materials asked", q: "网上报名要交哪些材料", kind: KindFact, want: []string{"要报送四样"}},
		{name: "registered here, mail asked", q: "我们学校在这里报名了，还要发邮件吗", want: []string{"jytzgc2024@126.com"}, not: []string{"一项项问"}},
		{name: "not about this bot", q: "这里天气怎么样", kind: KindOffTopic},
	})
}
