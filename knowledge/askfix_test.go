package knowledge

import (
	"os"
	"strings"
	"testing"
)

// TestRound10Fixes: the rp19 misreads the knowledge makes (issue 12,
// branch fc), each with questions that must keep their old reading.
func TestRound10Fixes(t *testing.T) {
	d, _ := ParseDeadline("2099-12-31")
	b := mustLoad(t, Options{Deadline: d, Now: at("2026-12-07T10:00:00+08:00")})
	checkAnswers(t, b, []answerCase{
		// Late entries: the notice's date, no provision, the contacts;
		// the configured day never as a yes.
		{name: "late after the 15th", q: "截止时间是哪天？过了15号还能交吗", kind: KindNotInNotice, parts: 1,
			want: []string{"2025年10月15日前", "没有说明能否延期或逾期补交", "孟晗", "本次报名截止：2099年12月31日。", "不代表通知同意逾期报送"},
			not:  []string{"距截止还有"}},
		{name: "two days late", q: "晚两天交行不行", kind: KindNotInNotice,
			want: []string{"2025年10月15日前", "没有说明能否延期或逾期补交", "0371—69691670"}, not: []string{"距截止还有"}},
		{name: "after the 15th, still taken", q: "15号以后还收不收", kind: KindNotInNotice, want: []string{"逾期补交"}},
		{name: "reject: the deadline itself", q: "截止时间是哪天", kind: KindFact, want: []string{"2025年10月15日前"}, not: []string{"逾期"}},
		{name: "reject: the last day", q: "15号当天交还算吗", want: []string{"当天"}, not: []string{"逾期补交"}},

		// What the bot is.
		{name: "human or bot", q: "你是真人还是机器人？", kind: KindOffTopic, want: []string{"报送助手，是自动回复，不是真人", "0371—69691670"}, not: []string{"电子邮箱", "可以解答", "\n"}},
		{name: "human or bot, other words", q: "是不是机器人在回我啊", kind: KindOffTopic, want: []string{"自动回复"}},
		{name: "reject: wants a person", q: "有问题找谁？电话多少？", kind: KindFact, want: []string{"0371—69691670"}, not: []string{"自动回复"}},

		// A help request naming a format is no file to judge.
		{name: "cannot make mp4", q: "俺不会弄那个mp4 咋整", kind: KindNotInNotice,
			want: []string{"通知中没有说明", "mp4格式", "孟晗"}, not: []string{"通过", "符合要求"}},
		{name: "how to convert mov", q: "mov怎么转成mp4", kind: KindNotInNotice, want: []string{"通知中没有说明", "mp4"}},
		{name: "reject: mp4 is fine?", q: "mp4格式可以吗", kind: KindVideo, want: []string{"MP4"}},
		{name: "reject: mov judged", q: "我们导出来是mov格式的🥲 行吗", kind: KindVideo, want: []string{"不通过"}},
		{name: "reject: format rule", q: "咋整 视频格式啥要求", kind: KindFact, want: []string{"mp4"}},

		// Large files: the notice is silent; the contacts.
		{name: "too large to mail", q: "视频文件太大了，邮箱发不过去怎么办", kind: KindNotInNotice,
			want: []string{"通知中没有说明文件大小限制", "孟晗"}, not: []string{"D725B"}},
		{name: "upload fails", q: "视频传不上去怎么办", kind: KindNotInNotice, want: []string{"联系"}},
		{name: "reject: the mailbox", q: "往哪个邮箱发", kind: KindFact, want: []string{"jytzgc2024@126.com"}, not: []string{"文件大小"}},

		// The category an everyday word names.
		{name: "anime", q: "做的是动漫 算哪一类呀🎨", want: []string{"动漫对应通知所列分类中的“动画制作”"}},
		{name: "cartoon", q: "卡通的属于哪类", want: []string{"“动画制作”"}},
		{name: "mixed work", q: "分类我们是实景拍摄加了一点AI画面，选哪个？", kind: KindNotInNotice,
			want: []string{"没有解释各类的含义和怎么归类", "明确标注", "孟晗"}, not: []string{"对应通知所列分类"}},
		// Parts only for topics asked.
		{name: "described work, asked whether it may enter", q: "尊敬的老师，您好！我是某职业技术学院党委组织部的工作人员，想冒昧请教一下：我们学校今年拍摄了一部反映乡村振兴的短片，时长约4分半，上个月已经在学校公众号发布过，请问这样的作品是否还能参赛？如果不能，需要怎么调整？非常感谢！",
			want: []string{"4分30秒", "全平台未公开发表"}, not: []string{"报送作品应重点围绕以下选题", "通知面向"}},
		{name: "whom the notice is sent to", q: "这个通知是发给哪些单位的？", kind: KindFact, parts: 1,
			want: []string{"委管高职、中职学校党委组织部（党办）"}, not: []string{"报送范围", "个人作品"}},
		{name: "reject: who may enter", q: "俺们是中职学校能报不", kind: KindFact, want: []string{"通知面向", "暂不接受个人作品"}},
		{name: "reject: sent to whom = the mailbox", q: "片子做好了发给谁", want: []string{"jytzgc2024@126.com"}},
		{name: "attachment 5 or 4", q: "通知里说在汇总表（附件5）排序，但附件里汇总表是附件4，没有附件5，到底是哪个？",
			want: []string{"就是附件4"}, not: []string{"下载报名材料"}},
		{name: "reject: listed topics", q: "截止时间、邮箱、电话分别是多少", want: []string{"2025年10月15日前", "jytzgc2024@126.com", "0371—69691670"}},
		{name: "reject: the theme a subject fits", q: "拍中央八项规定精神学习教育方面的可以吗", want: []string{"第3项"}},
		// An answer another says too is no second part (covers).
		{name: "category meaning covers the list", q: "视频切片是啥意思🤔 哪种算视频切片", kind: KindNotInNotice, parts: 1,
			want: []string{"没有解释各类的含义"}, not: []string{"题材形式不限"}},
		{name: "who party B is covers the parties", q: "版权协议书上的乙方写谁？写个人还是学校？", kind: KindFact, parts: 1, // s6-k: the school
			want: []string{"投稿作者", "报送单位", "孟晗"}, not: []string{"甲方（组织方）"}},
		{name: "reject: the parties alone", q: "版权协议书的甲方乙方是谁", kind: KindFact, want: []string{"甲方"}},
		// One form asked: no sentence on another form; one topic asked twice: one answer.
		{name: "the entry form's copies", q: "报名表要交纸质版吗？交几份？", kind: KindFact, parts: 1,
			want: []string{"1式2份"}, not: []string{"甲乙双方各执一份"}},
		{name: "reject: the agreement's copies", q: "协议书一式几份", want: []string{"一式两份"}},
		{name: "reject: copies of what is not said", q: "一式几份", want: []string{"1式2份", "一式两份"}},
		{name: "reject: the list", q: "作品分哪几类？", kind: KindFact, want: []string{"实景拍摄、动画制作"}, not: []string{"对应通知所列分类"}},
	})
}

// TestCoversChecked: a facts file whose covers names no intent is refused.
func TestCoversChecked(t *testing.T) {
	data, err := os.ReadFile("season1/facts.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), "covers: [categories]", "covers: [no_such_intent]", 1)
	if bad == string(data) {
		t.Fatal("the facts file has no covers to break")
	}
	f := t.TempDir() + "/facts.yaml"
	if err := os.WriteFile(f, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(Options{FactsFile: f}); err == nil || !strings.Contains(err.Error(), "no_such_intent") {
		t.Errorf("Load accepted a covers of no intent: %v", err)
	}
	if _, err := Load(Options{FactsFile: "season1/facts.yaml"}); err != nil {
		t.Errorf("the season's own facts: %v", err)
	}
}
