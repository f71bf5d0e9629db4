package knowledge

import (
	"strings"
	"testing"
)

// TestS8kOtherEvent: another event only when one is named (round 25, rp98
// Q3; rp97): an organisation beside this contest's own words, or beside
// 活动 in "主题党日活动的录像", names none (branch s8-k).
func TestS8kOtherEvent(t *testing.T) {
	b := mustLoad(t, Options{})
	const refusal = "其他比赛或活动请看它们自己的通知"
	checkAnswers(t, b, []answerCase{
		{name: "subject of this contest", q: "请问此次大赛的参赛主体是什么？我们学院团委能否以团委名义报送？", want: []string{"孟晗"}, not: []string{refusal}},
		{name: "subject", q: "参赛主体是谁", kind: KindFact, want: []string{"委管高职、中职学校"}, not: []string{refusal, "两个确立"}},
		{name: "youth league footage", q: "我们是团委的 手里有学校之前主题党日活动的录像 剪成短片能参加吗 算哪一类啊", want: []string{"五类"}, not: []string{refusal}},
		{name: "activity footage", q: "从学校活动录像里剪的算哪一类", want: []string{"视频切片"}, not: []string{refusal}},
		{name: "reject: ministry contest", q: "我们学校还想参加教育部的微课大赛，那个截止时间是多少", kind: KindOffTopic, want: []string{refusal}},
		{name: "reject: league essay", q: "团委办的那个征文比赛什么时候截止", kind: KindOffTopic, want: []string{refusal}},
		{name: "reject: provincial league", q: "团省委的比赛什么时候截止", kind: KindOffTopic, want: []string{refusal}},
	})
}

// TestS8kNoOrientationAssumed: a size named by its tier assumes no 横屏
// (rp98 Q6/Q27/Q28); a size given in pixels, or an orientation said, is
// kept.
func TestS8kNoOrientationAssumed(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "1080P low rate", q: "我们的视频是1080P，码率8Mbps，mp4格式，符合要求吗？", kind: KindVideo, want: []string{"1080P（1920×1080或1080×1920，横竖屏皆可）", "码率：不通过"}, not: []string{"横屏）"}},
		{name: "4K low rate", q: "4K码率25M行不行", kind: KindVideo, want: []string{"4K（3840×2160或2160×3840，横竖屏皆可）"}, not: []string{"横屏）"}},
		{name: "1080P high rate", q: "视频码率55Mbps 1080P 可以吗", kind: KindVideo, want: []string{"横竖屏皆可）"}, not: []string{"横屏）"}},
		{name: "reject: pixels given", q: "1920x1080 码率20M 行吗", kind: KindVideo, want: []string{"1920×1080"}},
		{name: "reject: portrait said", q: "4K 码率60M 竖屏 2分45秒 mp4 行不行", kind: KindVideo, want: []string{"2160×3840（4K 竖屏）"}},
		{name: "reject: landscape said", q: "1080P 横屏 码率20M 行吗", kind: KindVideo, want: []string{"横屏"}, not: []string{"（横竖屏皆可）"}},
	})
}

// TestS8kOnceEach: each thing said once, and no firm verdict after the
// notice was said not to settle the question (rp98 Q11, Q71).
func TestS8kOnceEach(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "three numbered", q: "您好，我是党办的小王，想咨询三个问题：1.材料发到哪个邮箱？2.纸质的要不要寄？3.寄到哪个地址？", want: []string{"jytzgc2024@126.com", "D725B", "1式2份"}},
		{name: "two categories", q: "同一个作品能同时报两个类别吗，比如既是动画又用了AI", kind: KindNotInNotice, want: []string{"没有说明一部作品能否同时报两个类别", "孟晗"}, not: []string{"可以。"}},
		{name: "reject: settled yes kept", q: "能和校外的传媒公司合作做吗", want: []string{"可以合作。"}},
		{name: "reject: video lines kept", q: "4K 码率60M 竖屏 2分45秒 mov格式 行不行", kind: KindVideo, want: []string{"文件格式：不通过", "时长：通过", "码率：通过"}},
	})
	for _, q := range []string{"您好，我是党办的小王，想咨询三个问题：1.材料发到哪个邮箱？2.纸质的要不要寄？3.寄到哪个地址？"} {
		a := b.Answer(t.Context(), q)
		if n := strings.Count(a.Text, "D725B"); n != 1 {
			t.Errorf("%q: D725B said %d times:\n%s", q, n, a.Text)
		}
	}
	accept := []string{"通知中没有说明一部作品能否同时报两个类别。", "能否邮寄（快递）通知中没有说明，请联系"}
	reject := []string{"通知中没有说明奖金、奖品或证书。", "可以合作。"}
	for _, s := range accept {
		if !reUnsettledWhether.MatchString(s) {
			t.Errorf("reUnsettledWhether misses %q", s)
		}
	}
	for _, s := range reject {
		if reUnsettledWhether.MatchString(s) {
			t.Errorf("reUnsettledWhether matches %q", s)
		}
	}
}

// TestS8kUnsettledCases: cases the notice does not settle get what it
// says and the contacts (rp98 Q22, Q46, Q69, Q78).
func TestS8kUnsettledCases(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "posted then deleted", q: "抖音上发过一次又删了，算公开发表吗", kind: KindNotInNotice, want: []string{"全平台未公开发表", "又删除", "孟晗"}},
		{name: "reject: posted", q: "视频之前在学校公众号发过了还能参赛吗", want: []string{"不可以", "公开发过的作品不符合要求"}, not: []string{"又删除"}},
		{name: "what is slicing", q: "什么是视频切片类", kind: KindNotInNotice, want: []string{"没有解释各类的含义", "孟晗"}},
		{name: "reject: the categories", q: "作品分为哪几类", kind: KindFact, want: []string{"五类"}, not: []string{"没有解释各类的含义"}},
		{name: "rumoured change", q: "截至时间是10月15还是10月5号 我听说改了", kind: KindNotInNotice, want: []string{"2025年10月15日前", "没有改期", "孟晗"}},
		{name: "reject: the deadline", q: "截止时间是几号", want: []string{"2025年10月15日前"}, not: []string{"没有改期"}},
		{name: "certificate when", q: "获奖证书什么时候发", kind: KindNotInNotice, want: []string{"没有说明是否颁发获奖证书", "孟晗"}, not: []string{"人才库", "一等奖5名"}},
		{name: "reject: prize money", q: "有没有奖金啊 一等奖给多少钱", kind: KindNotInNotice, want: []string{"没有说明奖金", "一等奖5名"}},
	})
}

// TestS8kCitedKept: a citation only cut sentences used goes with them
// (rp98 Q13); one the kept text still uses stays.
func TestS8kCitedKept(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "paper copies", q: "报名表纸质版要交几份", want: []string{"1式2份", "（见通知 附件2）"}, not: []string{"附件3"}},
		{name: "both documents", q: "老师好 俺是老教师了 不太会弄这个 就是想问问这个报名表填完了是交电子版还是纸质版 还是两样都要", want: []string{"这是电子版", "1式2份"}},
		{name: "reject: agreement copies", q: "协议书要几份", want: []string{"一式两份", "附件3 第六条"}},
	})
	if got := citedKept("甲（附件2 注）。乙（附件3 第6.3条）。", "甲（附件2 注）。", []string{"附件2", "附件3 第六条", "六"}); strings.Join(got, ",") != "附件2,六" {
		t.Errorf("citedKept = %v", got)
	}
	if got := citedKept("甲（附件3 第1条）。", "甲（附件3 第1条）。", []string{"附件3 第一条"}); len(got) != 1 {
		t.Errorf("citedKept unchanged text = %v", got)
	}
}

// TestS8kRound20Contacts: the round-20 role-play contacts' questions
// (rp96, rp97): a 技师学院 is a school the notice does not name, and "对视频
// 有啥要求" asks the file's requirements, not the themes.
func TestS8kRound20Contacts(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "technician college", q: "技师学院能不能报这个比赛？通知上写的是高职中职学校", kind: KindNotInNotice, want: []string{"委管高职、中职学校", "孟晗"}, not: []string{"第二季"}},
		{name: "reject: technical school", q: "俺们是技校 能报不", want: []string{"委管高职、中职学校"}, not: []string{"其他学校或单位能否参加"}},
		{name: "video requirements", q: "我们是拿手机拍的 对视频有啥要求没有", kind: KindFact, want: []string{"mp4", "1080P或4K"}, not: []string{"小切口"}},
		{name: "reject: content requirements", q: "作品内容有什么要求", not: []string{"mov、avi"}},
	})
}

// TestS8kThemeYearAcrossClauses: a year told in the clause after a theme
// question dates the deeds asked about (rp98 Q34).
func TestS8kThemeYearAcrossClauses(t *testing.T) {
	b := mustLoad(t, Options{})
	checkAnswers(t, b, []answerCase{
		{name: "honour in 2023", q: "拍我们学校的优秀教师事迹可以吗？她是2023年评上的先进", want: []string{"2023年的事", "不在这一项的时间内", "第7项"}, not: []string{"可以，和通知的选题第6项相关"}},
		{name: "reject: honour in 2025", q: "拍我们学校的优秀教师事迹可以吗？她是2025年评上的先进", not: []string{"不在这一项的时间内"}},
	})
}
