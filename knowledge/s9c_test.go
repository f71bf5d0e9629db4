package knowledge

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

// s9-c (issue 12): one topic per answer. TestTopicsPerAnswer measures
// how many bank answers carry more than one topic (more than one intent,
// or more than one cited part); with KNOWLEDGE_TOPICS=1 it lists them.
func TestTopicsPerAnswer(t *testing.T) {
	b := mustLoad(t, Options{})
	qs := loadQuestions(t)
	all := [][]question{qs.Ask, qs.Qualify, qs.Absent, qs.Offtopic, qs.None, qs.Untuned}
	total, multi, single := 0, 0, 0
	for _, g := range all {
		for _, c := range g {
			a := b.Answer(context.Background(), c.Q)
			total++
			if len(a.intents) > 1 || len(answerParts(a.Text)) > 1 && strings.Count(a.Text, "（见通知 ") > 1 {
				multi++
				if asksOneThing(c.Q) {
					single++
					if os.Getenv("KNOWLEDGE_TOPICS") != "" {
						t.Logf("%q → %v\n    %s", c.Q, a.intents, a.Text)
					}
				}
			}
		}
	}
	t.Logf("bank answers with more than one topic: %d of %d; of them to a question that asks one thing: %d", multi, total, single)
}

// asksOneThing reports whether q reads as one question: one question
// mark at most, no word that joins two things, no numbered list and no
// second clause after a space.
func asksOneThing(q string) bool {
	n := normalize(q)
	marks := strings.Count(n, "?")
	return marks <= 1 && !joinsTwo(n) && !strings.ContainsAny(n, "123一二三") && !strings.Contains(strings.TrimSpace(n), " ")
}

// s9c cases: one class of fix each, with questions that must get it
// (accept) and questions it must leave alone (reject).
func TestS9cClasses(t *testing.T) {
	clock := Options{Deadline: time.Date(2099, 12, 31, 23, 59, 0, 0, shanghai),
		Now: func() time.Time { return time.Date(2026, 12, 7, 10, 0, 0, 0, shanghai) }}
	b := mustLoad(t, clock)
	cases := []struct {
		class, q  string
		want, not []string
	}{
		// One work in two categories: the notice's words, no menu, no AI paragraph.
		{"two categories", "一个片子可以同时报实景拍摄和AI生成两个类吗", []string{"没有说明一部作品能否同时报两个类别"}, []string{"你问的是哪一项", "明确标注", "可以。"}},
		{"two categories", "能同时勾动画制作和AI生成吗", []string{"没有说明一部作品能否同时报两个类别"}, []string{"明确标注"}},
		{"two categories: reject", "这个片子能同时投学习强国吗", []string{"3.2条"}, []string{"两个类别"}},
		{"two categories: reject", "我们学校有两个片子要报，能一起报吗", []string{"再报一个"}, []string{"两个类别"}},
		// AI named as a category beside the categories is no topic of its own.
		{"AI as a category", "作品分几类啊，AI做的算哪类", []string{"AI生成", "实景拍摄"}, []string{"明确标注"}},
		{"AI as a category: reject", "AI生成的要怎么标注 算哪类", []string{"明确标注"}, nil},
		{"AI as a category: reject", "用AI做的视频可以参加吗", []string{"明确标注"}, nil},
		// A named outlet: what the notice says of outlets.
		{"outlet", "能上央视不", []string{"有关主流媒体", "没有点名"}, []string{"新闻联播", "完整的版权"}},
		{"outlet", "获奖了能上电视吗", []string{"有关主流媒体"}, []string{"完整的版权"}},
		{"outlet: reject", "用央视的画面剪个片子能报吗", []string{"视频切片"}, []string{"没有点名"}},
		{"outlet: reject", "获奖作品会展播吗", []string{"党课开讲"}, []string{"没有点名"}},
		// A filled field to change is the edit here.
		{"edit a field", "联系电话填错了 怎么改", []string{"随时可以改"}, []string{"已经报送的材料"}},
		{"edit a field", "片名写错了能改吗", []string{"随时可以改"}, []string{"已经报送的材料"}},
		{"edit a field: reject", "材料已经发邮件了 片名写错了怎么办", []string{"已经报送的材料"}, nil},
		{"edit a field: reject", "电话号码", []string{"0371—69691670"}, []string{"随时可以改"}},
		// The 汇总表 sent how: the mailbox too.
		{"summary sent", "汇总表签完后是扫描发邮箱还是寄原件", []string{"jytzgc2024@126.com", "是否另交纸质版"}, nil},
		// One verdict: a published work is not eligible, whatever its date.
		{"one verdict", "我们去年12月拍的片子能报吗？已经在学校公众号发过了", []string{"不可以", "全平台未公开发表"}, []string{"时间上符合要求"}},
		{"one verdict", "今年3月拍的，在抖音发过，能报吗", []string{"不可以"}, []string{"时间上符合要求"}},
		{"one verdict: reject", "今年3月拍的片子一直没发过，能报吗", []string{"时间上符合要求"}, []string{"不可以"}},
		// Two questions in one message, both answered.
		{"two questions", "我们中职能报吗？一个学校能报几个？", []string{"委管高职、中职", "数量不限"}, nil},
		{"two questions: reject", "中职学校可以参加吗？我们是市属中职不是委管的", []string{"没有说明其他学校"}, []string{"暂不接受个人作品"}},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("[%s] %q: missing %q\n    got %s", c.class, c.q, w, a.Text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("[%s] %q: must not contain %q\n    got %s", c.class, c.q, w, a.Text)
			}
		}
	}
}

// TestS9cOnceEach: no clause said twice in one reply (rp108 Q7: 1式2份).
func TestS9cOnceEach(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{
		"请问版权确认协议书原件要寄到哪里？具体哪个房间？另外报名表纸质版要几份？",
		"请问附件1里说汇总表是附件5，但是通知里汇总表是附件4，到底以哪个为准？",
	} {
		a := b.Answer(context.Background(), q)
		for _, w := range []string{"1式2份", "附件1 第1条写的“附件5”", "附件5）排序后报送"} {
			if strings.Count(a.Text, w) > 1 {
				t.Errorf("%q says %q twice:\n%s", q, w, a.Text)
			}
		}
	}
}
