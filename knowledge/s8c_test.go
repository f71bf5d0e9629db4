package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestS8CNoUnaskedFacet extends TestNoUnaskedParagraph to the sides of one
// topic (s8-c facets.go, rp88 Q4, Q37, Q67): a question about one side
// of a topic gets no sentence on another side, and a question on the
// topic as a whole, or naming the side, still gets it.
func TestS8CNoUnaskedFacet(t *testing.T) {
	b := mustLoad(t, Options{})
	cases := []struct {
		q         string
		want, not []string
	}{
		// accept: the side asked is said, the others are not
		{"有没有最短时长要求？30秒的行吗", []string{"没有规定最短时长", "时长：通过"}, []string{"超过3分钟会怎样处理", "确需超出"}},
		{"视频最短要多长", []string{"没有规定最短时长"}, []string{"确需超出"}},
		{"超过三分钟行不行", []string{"原则上不超过3分钟", "确需超出"}, []string{"最短时长"}},
		{"尊敬的工作人员：您好！我校拟推荐作品若干部，请问报送数量是否有上限？如报送多部作品，是否需要排序？烦请告知，谢谢！",
			[]string{"数量不限", "排序"}, []string{"推荐单位-序号-片名"}},
		{"报了三部要排序吗", []string{"排序"}, []string{"推荐单位-序号-片名"}},
		{"是不是只能拍党员 拍身边普通群众的好人好事行不行", []string{"身边典型人物"}, []string{"两个确立"}},
		{"选题必须从那7条里面挑吗", []string{"应重点围绕", "第7项"}, []string{"两个确立"}},
		// reject: a question on the whole topic, or naming the side, keeps it
		{"时长有什么要求", []string{"原则上不超过3分钟", "没有规定最短时长", "确需超出"}, nil},
		{"排序和文件名里的序号怎么弄", []string{"排序", "推荐单位-序号-片名"}, nil},
		{"选题有哪些", []string{"两个确立"}, nil},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		holdsAll(t, c.q, a.Text, c.want, c.not)
	}
}

// TestS8CYesNoVerdictFirst: a yes/no question's answer opens with the
// plain verdict (s8-c yesno.go; rp88 Q8, Q10, Q12, Q20).
func TestS8CYesNoVerdictFirst(t *testing.T) {
	b := mustLoad(t, Options{})
	cases := []struct{ q, lead string }{
		// accept: every form of a yes/no question
		{"可以用mov格式吗？只回答是或否", "不可以。"},
		{"AI生成的画面需要标注吗？是或否", "需要。"},
		{"片子里能不能加我们学校的校徽水印", "不可以。"},
		{"视频开头想加个片头字幕介绍一下学校可以不", "不可以。"},
		{"竖屏可以吗", "可以。"},
		{"必须横屏吗", "不是。"},
		{"个人能报不", "不可以。"},
		{"报多个作品需要排序吗", "需要。"},
		{"4K的片子码率25M行不行", "不可以。"},
		{"4K 码率45M 3840x2160 2分钟 mp4 行吗", "可以。"},
		{"能不能用河南话配音", "通知中没有说明"},
		{"帧率有要求吗", "通知中没有说明"},
		{"一个作品能同时报两个类别吗", "通知中没有说明"},
		// reject: a negated action, an open question, a value asked
		{"可以不标注AI吗", ""},
		{"水印可以去掉吗", ""},
		{"竖屏的码率是多少", ""},
		{"AI生成的要怎么标注", ""},
		{"能告诉我交到哪吗", ""},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		if c.lead == "" {
			for _, v := range []string{"可以。", "不可以。", "需要。", "不是。", "通知没有明确规定。"} {
				if strings.HasPrefix(a.Text, v) && !strings.HasPrefix(b.match.intent(a.intents[0]).answer, v) {
					t.Errorf("%q: verdict %q added: %s", c.q, v, a.Text)
				}
			}
			continue
		}
		if !strings.HasPrefix(a.Text, c.lead) {
			t.Errorf("%q: want first %q: [%s] %s", c.q, c.lead, a.Kind, a.Text)
		}
	}
	for _, q := range []string{"截止时间是哪天", "要交哪些材料", "汇总表是附件4还是附件5", "作品分几类啊", "怎么报名"} {
		if yesNoQuestion(normalize(q)) {
			t.Errorf("yesNoQuestion(%q) = true", q)
		}
	}
	for _, q := range []string{"竖屏可以吗", "能报不", "中不中", "是不是只能党员参加", "邮箱是这个对吗", "要不要盖章", "片子能用不"} {
		if !yesNoQuestion(normalize(q)) {
			t.Errorf("yesNoQuestion(%q) = false", q)
		}
	}
}

// TestS8CYesNoBank: across the bank, every yes/no question answered from
// what the notice does not settle opens with that, and every verdict on
// stated parameters that fails opens with 不可以.
func TestS8CYesNoBank(t *testing.T) {
	b := mustLoad(t, Options{})
	qs := loadQuestions(t)
	for _, c := range append(append(qs.Ask, qs.Absent...), qs.Qualify...) {
		if len(splitQuestions(c.Q)) > 1 || !yesNoQuestion(normalize(stripIntro(c.Q))) || knownMisses[c.Q] != "" {
			continue
		}
		a := b.Answer(context.Background(), c.Q)
		switch {
		case a.Kind == KindNotInNotice && !leadsWithVerdict(a.Text):
			t.Errorf("%q: not-in-notice answer without its verdict first: %s", c.Q, a.Text)
		case a.Kind == KindVideo && strings.Contains(a.Text, "结论：不符合") && !strings.HasPrefix(a.Text, "不可以。"):
			t.Errorf("%q: failing check without 不可以 first: %s", c.Q, a.Text)
		}
	}
}

// TestS8CRound23Misses: rp88's wrong and partly answers fixed by facts
// data and general readers, each with a neighbour that keeps its answer.
func TestS8CRound23Misses(t *testing.T) {
	b := mustLoad(t, Options{})
	cases := []struct {
		q         string
		want, not []string
	}{
		// accept
		{"作品是直接发给省委组织部吗", []string{"不是直接发给省委组织部", "组干处", "初审筛选"}, []string{"如果你问的不是这个"}},
		{"视频是不是直接交给组织部", []string{"不是直接发给省委组织部"}, nil},
		{"跟汇总表排序是一个吗", []string{"通知没有明确规定", "孟晗"}, nil},
		{"文件命名里那个序号是啥意思 跟汇总表排序是一个吗", []string{"推荐单位-序号-片名", "通知没有明确规定"}, nil},
		{"联系人能填两个吗", []string{"通知没有明确规定", "一个“联系人”栏"}, []string{"联系人：孟晗"}},
		{"请问\"出彩河南人\"微视频征集什么时候截止？", []string{"我只解答"}, []string{"2025年10月15日前"}},
		// reject
		{"省委组织部搞的还是教育厅搞的", []string{"由省委组织部组织开展"}, []string{"不是直接发给"}},
		{"交到哪", []string{"jytzgc2024@126.com"}, []string{"不是直接发给"}},
		{"老师，请问联系人是哪两位？", []string{"孟晗"}, []string{"一个“联系人”栏"}},
		{"报多个作品需要排序吗", []string{"排序"}, []string{"通知没有明确规定"}},
		{"我们拍的是“最美教师”评选里的老师，能报吗", nil, []string{"我只解答"}},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		holdsAll(t, c.q, a.Text, c.want, c.not)
	}
}
