package knowledge

import (
	"context"
	"strings"
	"testing"
)

// Issue 12: answers people can trust. Every exchange quoted in the issue,
// by class, with what the answer must and must not say.

func TestIssueWrongTopic(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "title length", q: "片名有字数限制吗", kind: KindNotInNotice, want: []string{"没有规定片名的字数"}, not: []string{"100字"}, parts: 1},
		{name: "results date", q: "评审结果大概啥时候出来", kind: KindNotInNotice, want: []string{"没有说明结果公布的时间"}, not: []string{"制作单位", "择优上报"}, parts: 1},
	})
}

func TestIssueOtherEvents(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{"省里技能大赛的截止时间是哪天", "省教育厅的微课比赛什么时候截止", "团委那个征文什么时候交", "挑战杯报名要什么材料"} {
		a := b.Answer(context.Background(), q)
		if a.Kind != KindOffTopic || !strings.Contains(a.Text, "我只解答") || strings.Contains(a.Text, "2025年10月15日") ||
			strings.Count(a.Text, "\n") > 0 {
			t.Errorf("%q: [%s] %s", q, a.Kind, a.Text)
		}
	}
	// A work entered in another contest is a question about this one.
	checkAnswers(t, b, []answerCase{
		{name: "work entered elsewhere", q: "参加过教育厅比赛的作品还能报吗", kind: KindNotInNotice, want: []string{"其他比赛"}},
		{name: "opinion", q: "你觉得我们的选题好不好", kind: KindOffTopic, want: []string{"不发表看法"}},
	})
}

func TestIssueOwnFeatures(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "check a video", q: "怎么把视频发给你检查", kind: KindFeature, want: []string{"下载链接", "检查视频"}, not: []string{"通知中没有说明"}},
		{name: "check a video 2", q: "能帮我检查一下视频吗", kind: KindFeature, want: []string{"下载链接"}},
		{name: "register", q: "报名 咋报", kind: KindFact, want: []string{"我要报名"}, not: []string{"通知中没有说明"}},
		{name: "filled forms", q: "把报名表和版权协议书给我下载一下", kind: KindFeature, want: []string{"下载报名材料"}, not: []string{"空白表格的下载方式通知中没有说明"}},
		{name: "filled forms 2", q: "填好的报名表能下载吗", kind: KindFeature, want: []string{"下载报名材料"}},
		{name: "my entries", q: "我想看看我已经报的作品", kind: KindFeature, want: []string{"我的作品"}},
		{name: "edit", q: "报名信息填错了怎么改", kind: KindNotInNotice, want: []string{"电话写错了", "修改第1个作品"}},
		{name: "reorder", q: "两个作品顺序想调一下", kind: KindFeature, want: []string{"调整顺序"}},
		{name: "reminders", q: "不想收提醒了", kind: KindFeature, want: []string{"退订提醒", "恢复提醒"}},
		{name: "who to call", q: "有问题找谁", kind: KindFact, want: []string{"孟晗", "0371—69691670"}},
	})
}

func TestIssueExtraParagraphs(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "bitrate limit", q: "1080p码率上限是多少", kind: KindFact, want: []string{"10-50Mbps"}, not: []string{"数量不限", "720P"}, parts: 1},
		{name: "deadline typo", q: "截至日其是多久", kind: KindFact, want: []string{"2025年10月15日前"}, not: []string{"3分钟"}, parts: 1},
		{name: "h265", q: "h265编码可以吗", kind: KindVideo, want: []string{"没有规定编码"}, not: []string{"通过", "符合通知要求"}},
		{name: "duration limit in a form", q: "时长有上限吗", kind: KindFact, want: []string{"原则上不超过3分钟"}, not: []string{"数量不限", "意味着"}, parts: 1},
		{name: "award then showing", q: "得奖的作品会展播吗", want: []string{"党课开讲"}, not: []string{"特等奖1名"}, parts: 1},
		{name: "format export", q: "文件用啥格式导出", want: []string{"mp4"}, parts: 1},
		{name: "portrait like douyin", q: "竖屏的视频可以吗？抖音那种", want: []string{"横竖屏皆可"}, not: []string{"不可以"}, parts: 1},
		{name: "netdisk", q: "能用网盘链接发过去吗", kind: KindNotInNotice, want: []string{"网盘"}, not: []string{"不可以", "未公开发表"}, parts: 1},
		{name: "copies of the original", q: "版权协议书原件要交几份", want: []string{"一式两份"}, parts: 1},
	})
}

func TestIssueNoContradiction(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "made last December, never published", q: "去年12月拍的片子能报不？一直没发过", want: []string{"2025年以来"}, not: []string{"不可以", "不符合要求"}},
		{name: "a day before the deadline", q: "10月14号晚上交还来得及吗", kind: KindFact, want: []string{"2025年10月15日前"}, not: []string{"是否还算在内"}},
		{name: "the deadline's own day", q: "10月15号当天交还算吗", kind: KindNotInNotice, want: []string{"是否还算在内"}},
		{name: "stated year wins", q: "去年拍的片子能报吗？2024年11月的", want: []string{"2024年11月", "早于2025年"}, not: []string{"时间上符合要求"}},
	})
}

func TestIssueOverreach(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "four minutes", q: "4分钟的行不行", kind: KindVideo, want: []string{"原则上不超过3分钟", "孟晗"}, not: []string{"意味着", "不会直接判为不合格", "基本符合"}},
		{name: "ten minutes", q: "弄个微党课，十分钟的中不中", kind: KindVideo, not: []string{"基本符合", "符合通知要求"}},
		{name: "duration rule", q: "时长有限制吗", kind: KindFact, want: []string{"原则上不超过3分钟"}, not: []string{"意味着"}},
		{name: "moments", q: "发过一次朋友圈算公开发表吗", kind: KindNotInNotice, want: []string{"全平台未公开发表", "0371—69691670"}, not: []string{"不可以"}},
		{name: "only me", q: "在B站传过但设置了仅自己可见算公开吗", kind: KindNotInNotice, want: []string{"仅自己可见"}, not: []string{"不可以"}},
		{name: "published on douyin", q: "已经在抖音发过了还能报吗", kind: KindFact, want: []string{"不可以"}},
	})
}

func TestIssueMissingAndVagueValues(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "bitrate unknown", q: "1080的那个码率不知道多少能不能报", kind: KindVideo, want: []string{"码率未知", "导出设置", "10-50Mbps"}, not: []string{"符合通知要求"}},
		{name: "bitrate unclear", q: "1080竖屏，码率不清楚，3分钟，行吗", kind: KindVideo, want: []string{"码率未知"}, not: []string{"符合通知要求"}},
		{name: "three-odd minutes", q: "竖屏4k的码率80兆三分多钟中不中", kind: KindVideo, want: []string{"3分多钟", "超过3分钟", "原则上"}, not: []string{"符合通知要求"}},
		{name: "two-odd minutes, forty-fifty", q: "4k码率大概四五十兆，两分多钟，中不中", kind: KindVideo, want: []string{"2分多钟", "40–50 Mbps", "格式（须为mp4）"}, not: []string{"符合通知要求", "时长2分钟"}},
		{name: "bitrate not said", q: "1080P的可以吗", kind: KindVideo, want: []string{"码率：没有说到", "10-50Mbps"}, not: []string{"符合通知要求"}},
		{name: "all four said", q: "时长大概两分半，1080p，码率20M，mp4，能过不", kind: KindVideo, want: []string{"结论：符合通知要求"}},
	})
}

func TestIssueNoticeSilent(t *testing.T) {
	b := mustLoad(t, Options{})
	contacts := "0371—69691670"
	checkAnswers(t, b, []answerCase{
		{name: "party members only", q: "是不是只能党员参加", kind: KindNotInNotice, want: []string{"没有说明", contacts}, not: []string{"回答不了"}},
		{name: "how to label", q: "怎么算标注？简介里写了算不算", kind: KindNotInNotice, want: []string{"应明确标注", "没有说明标注的方式", contacts}, not: []string{"“内容简介”一栏"}},
		{name: "building of D725B", q: "组干处在哪个楼", kind: KindNotInNotice, want: []string{"D725B", "没有写楼栋", contacts}},
		{name: "netdisk", q: "作品太大能不能用百度网盘发", kind: KindNotInNotice, want: []string{"网盘", contacts}},
		{name: "undergraduate", q: "我们是本科院校可以报吗", kind: KindNotInNotice, want: []string{"高职、中职", "没有说明", contacts}},
		{name: "what is 视频切片", q: "视频切片是啥意思", kind: KindNotInNotice, want: []string{"没有解释", contacts}},
		{name: "AI voice", q: "AI配音算AI生成吗", kind: KindNotInNotice, want: []string{"没有解释", "明确标注"}, not: []string{"可以。"}},
		{name: "personal phone", q: "孟老师的手机号有没有", kind: KindNotInNotice, want: []string{"没有公布个人手机号", contacts}},
		{name: "theme fits", q: "拍我们学校一个老党员的事迹合适吗", kind: KindFact, want: []string{"身边典型人物先进事迹"}},
		{name: "synopsis length", q: "内容简介写多少字", kind: KindFact, want: []string{"没有规定", "100字以内"}},
	})
}

func TestClarify(t *testing.T) {
	b := mustLoad(t, Options{})
	ctx := context.Background()
	for _, q := range []string{"作品时间有要求吗", "要填什么表"} {
		a := b.Answer(ctx, q)
		if a.Kind != KindClarify || len(a.Options) < 2 || len(a.Options) > 3 || !strings.Contains(a.Text, "1. ") ||
			!strings.Contains(a.Text, "2. ") || !strings.Contains(a.Text, "回复数字") {
			t.Fatalf("%q: [%s] %s %v", q, a.Kind, a.Text, a.Options)
		}
	}
	a := b.Answer(ctx, "作品时间有要求吗")
	for reply, want := range map[string]string{"1": "原则上不超过3分钟", "第2个": "2025年以来", "二": "2025年以来", "2。": "2025年以来", "①": "原则上不超过3分钟"} {
		got, ok := b.AnswerOption(ctx, a.Options, reply)
		if !ok || !strings.Contains(got.Text, want) || !strings.Contains(got.Text, "（见通知 ") || got.Kind != KindFact {
			t.Errorf("option %q: ok=%v [%s] %s", reply, ok, got.Kind, got.Text)
		}
	}
	for _, reply := range []string{"3", "0", "截止时间", "12", "第二季"} {
		if _, ok := b.AnswerOption(ctx, a.Options, reply); ok {
			t.Errorf("%q chose an option", reply)
		}
	}
	// Beside a clearer question, the ambiguous phrase adds no empty part.
	if a := b.Answer(ctx, "截止时间和作品时间有要求吗"); a.Kind == KindClarify || strings.Contains(a.Text, "\n\n") ||
		strings.HasSuffix(a.Text, "\n") || !strings.Contains(a.Text, "2025年10月15日前") {
		t.Errorf("clarify beside a clear question: [%s] %q", a.Kind, a.Text)
	}
	// Two questions in one message are both answered, not clarified.
	if a := b.Answer(ctx, "请问一下协议书要签几份，谁签字？"); a.Kind == KindClarify {
		t.Errorf("two questions clarified: %s", a.Text)
	}
}

// TestNoUnaskedParagraph: a question asking one thing gets one part, and no
// part from a topic it did not ask (markers of the usual intruders).
func TestNoUnaskedParagraph(t *testing.T) {
	b := mustLoad(t, Options{})
	intruders := []string{"数量不限", "联系人：孟晗", "通知面向", "两个确立", "择优上报", "要报送四样", "报名表（附件2）要填",
		"以“小切口”", "汇总表即附件4", "的甲方（组织方）是", "不可以。", "特等奖1名"}
	cases := []struct{ q, topic string }{
		{"1080p码率上限是多少", "10-50Mbps"},
		{"时长有上限吗", "原则上不超过3分钟"},
		{"截至日其是多久", "2025年10月15日前"},
		{"竖屏的视频可以吗", "横竖屏皆可"},
		{"片名有字数限制吗", "片名的字数"},
		{"评审结果大概啥时候出来", "结果公布的时间"},
		{"得奖的作品会展播吗", "党课开讲"},
		{"文件用啥格式导出", "mp4"},
		{"东西最晚哪天给你们", "2025年10月15日前"},
		{"获奖者有什么培训机会吗", "培训班"},
		{"盖章的协议原件交到哪", "D725B"},
		{"谁负责签字", "分管负责领导"},
		{"手机拍摄时长有限制吗", "3分钟"},
		{"片头能不能加学校的logo", "不可以。报送作品请勿添加"}, // s8-c: the plain verdict first is asked
		{"版权协议书原件要交几份", "一式两份"},
		{"内容简介写多少字", "100字以内"},
		{"能用网盘链接发过去吗", "网盘"},
		{"联系邮箱", "jytzgc2024@126.com"},
		{"怎么把视频发给你检查", "下载链接"},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		if !strings.Contains(a.Text, c.topic) {
			t.Errorf("%q: lacks %q: %s", c.q, c.topic, a.Text)
		}
		if n := strings.Count(a.Text, "（见通知 "); n > 1 {
			t.Errorf("%q: %d parts: %s", c.q, n, a.Text)
		}
		for _, w := range intruders {
			if strings.Contains(a.Text, w) && !strings.Contains(c.topic, w) && !strings.Contains(w, c.topic) {
				t.Errorf("%q: unasked %q in %s", c.q, w, a.Text)
			}
		}
	}
	// Across the question bank: a question that joins no two things is
	// answered in one part.
	qs := loadQuestions(t)
	for _, c := range append(append(qs.Ask, qs.Absent...), qs.Qualify...) {
		if len(splitQuestions(c.Q)) > 1 || joinsTwo(normalize(c.Q)) || listsVideoRules(b, c.Q) || knownMisses[c.Q] != "" {
			continue
		}
		a := b.Answer(context.Background(), c.Q)
		if n := strings.Count(a.Text, "（见通知 "); n > 1 {
			t.Errorf("%q: %d parts: %s", c.Q, n, a.Text)
		}
	}
}

// listsVideoRules reports whether q names two video rules side by side
// ("时长码率有啥要求"), which asks both.
func listsVideoRules(b *Base, q string) bool {
	nq := strings.Trim(normalize(q), " .,;:!?~…")
	occ := b.match.occurrences(nq)
	return namedSideBySide(b.match.match(occ, 3, func(in *intent) bool { return in.group == "override" }))
}
