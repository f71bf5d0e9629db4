package knowledge

import (
	"context"
	"strings"
	"testing"
)

// s9-g (round 28, rp113; round 23's contacts, rp109-rp112).

func TestS9gNamesOtherContest(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{
		"我想问下全国大学生微电影大赛怎么报名",
		"我想报名全国大学生微电影大赛",
		"全国大学生微电影大赛怎么报名",
		"“学宪法讲宪法”比赛怎么报名",
	} {
		if !b.NamesOtherContest(q) {
			t.Errorf("%q: another contest not seen", q)
		}
	}
	for _, q := range []string{
		"我要报名",
		"我们学校想参加这个比赛",
		"党员教育短视频大赛怎么报名",
		"我们拍的是“最美教师”评选里的老师，想报名",
		"省里那个微党课比赛是不是就是这个",
	} {
		if b.NamesOtherContest(q) {
			t.Errorf("%q: read as another contest", q)
		}
	}
}

func TestS9gSeveralDurations(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, c := range []struct{ q, over, within string }{
		{"恁这个比赛 俺学校弄了俩片子 一个两分半一个五分钟 中不中", "第2部 5分钟：超过3分钟", "第1部 2分30秒：没有超过"},
		{"第一个2分钟 第二个4分钟 可以吗", "第2部 4分钟：超过3分钟", "第1部 2分钟：没有超过"},
		{"两个片子一个2分50秒一个3分10秒，都能报吗", "第2部 3分10秒：超过3分钟", "第1部 2分50秒：没有超过"},
	} {
		a, ok := b.severalDurations(normalize(c.q))
		if !ok || !strings.Contains(a.Text, c.over) || !strings.Contains(a.Text, c.within) || !strings.Contains(a.Text, "原则上") {
			t.Errorf("%q: got %v %q", c.q, ok, a.Text)
		}
	}
	for _, q := range []string{
		"超过3分钟会直接被刷掉吗 我们另一个片子好像3分20了", // the limit is no work's duration
		"片头10秒，正片2分50秒，总共3分钟算超吗",      // one work
		"从3分10秒剪到2分50秒行吗",             // one work
		"时长3分钟以内还是5分钟以内",              // the rule asked
		"视频4分钟可以吗",
	} {
		if a, ok := b.severalDurations(normalize(q)); ok {
			t.Errorf("%q: judged as several works: %q", q, a.Text)
		}
	}
}

// answerCases checks each question's answer holds every want and no not.
func answerCases(t *testing.T, cases []struct {
	q         string
	want, not []string
}) {
	t.Helper()
	b := mustLoad(t, Options{})
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%q: lacks %q: [%s] %s", c.q, w, a.Kind, a.Text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("%q: has %q: [%s] %s", c.q, w, a.Kind, a.Text)
			}
		}
	}
}

func TestS9gWhoMayEnter(t *testing.T) {
	answerCases(t, []struct {
		q         string
		want, not []string
	}{
		{"老师好🙏 我们社团拍了个微动漫 能不能参加呀🥺", []string{"暂不接受个人作品", "本校作品统一报送"}, []string{"可以。", "作品分为五类"}},
		{"我们社团拍的能报吗", []string{"暂不接受个人作品"}, []string{"可以。"}},
		{"我们团委自己拍的sp 算个人的不", []string{"不算个人作品", "统一报送"}, nil},
		{"团委拍的算个人的不", []string{"不算个人作品"}, nil},
		// Reject: other topics beside a club or a department keep their answers.
		{"学生社团公众号上发过还能报吗", []string{"全平台未公开发表"}, []string{"社团名义"}},
		{"老师我们社团想拍个AI动画 AI生成的可以参加吗", []string{"明确标注"}, []string{"社团名义"}},
		{"学生党支部自己拍自己剪的，能不能用学校名义报上去", []string{"没有单独说明"}, []string{"不算个人作品"}},
		{"这算学校作品吧 不算个人的吧", []string{"暂不接受个人作品"}, []string{"团委等是学校的部门"}},
	})
}

func TestS9gDateHedge(t *testing.T) {
	answerCases(t, []struct {
		q         string
		want, not []string
	}{
		{"2024年拍的视频可以报送吗", []string{"2025年以来完成", "通知没有说明"}, []string{"不可以。"}},
		{"我们去年（2024年）11月拍的一个微党课能报吗", []string{"2024年11月", "看完成时间"}, []string{"不可以。"}},
		// Reject: a work finished before 2025 is still plainly out.
		{"2024年就做完了能报吗", []string{"不在"}, []string{"通知没有说明这种情况"}},
	})
}

func TestS9gContactsQuestions(t *testing.T) {
	answerCases(t, []struct {
		q         string
		want, not []string
	}{
		{"想再确认一下，我们是在片尾字幕写了“本片画面由AI生成”，这样算明确标注了吗？不算开场字幕吧？", []string{"没有说明标注的方式和位置", "片尾的文字说明不是开场字幕"}, []string{"报名表（附件2）要填"}},
		{"用AI生成的内容需要标注吗？怎么标", []string{"明确标注", "没有说明标注的方式和位置"}, nil},
		{"问下里面出镜的学生是未成年的 要不要家长签什么东西", []string{"未成年", "肖像权", "孟晗"}, []string{"学生能否参与制作", "要报送四样"}},
		{"省委教育工委组干处在哪 具体地址是啥", []string{"D725B", "jytzgc2024@126.com", "没有写楼栋、街道地址"}, []string{"如果你问的不是这个"}},
		{"简介和摘要一样吗", []string{"不是同一栏", "100字以内", "写成一样"}, nil},
		{"等下 著作权声明是啥意思😱 我点确认了是不是出事要我负责啊", []string{"以单位名义", "盖章", "不是个人签字"}, nil},
		// Reject: the neighbours keep their own answers.
		{"组干处在哪个房间", []string{"D725B"}, []string{"没有写楼栋"}},
		{"片尾加字幕说明制作单位可以吗", []string{"片尾署名"}, []string{"明确标注"}},
		{"简介要写多少字", []string{"100字以内"}, []string{"不是同一栏"}},
		{"著作权声明怎么填", []string{"在《》里填片名"}, []string{"不是个人签字"}},
		{"视频里出现学生的脸需要肖像授权吗", []string{"肖像权"}, []string{"未成年学生"}},
	})
}

// A teacher's exemplary story fits theme 6 (rp113 N37); a story the
// theme words do not name still gets the list.
func TestS9gThemeSix(t *testing.T) {
	answerCases(t, []struct {
		q         string
		want, not []string
	}{
		{"拍我们学校一个优秀老师的事迹符合主题吗", []string{"第6项"}, []string{"1.坚持不懈"}},
		{"我们拍了个优秀教师的片子 主题对吗", []string{"第6项"}, nil},
		{"拍劳模的故事可以吗", []string{"第6项"}, nil},
		// Reject: theme 5's words point to theme 5, not 6.
		{"拍驻村第一书记的事迹可以吗", []string{"第5项"}, []string{"第6项"}},
	})
}

// A category named by its own name and asked which it is gets that
// category (rp113 N55); two named, or an everyday word, keep their answers.
func TestS9gOwnCategoryNamed(t *testing.T) {
	answerCases(t, []struct {
		q         string
		want, not []string
	}{
		{"我们的片子采用实景拍摄，应该归入哪个类别", []string{"勾选“实景拍摄”"}, nil},
		{"我们是AI生成的 算哪类", []string{"勾选“AI生成”"}, nil},
		// Reject.
		{"分类怎么选？我们是实景拍摄加了一点动画", []string{"没有解释各类的含义"}, []string{"勾选“实景拍摄”"}},
		{"实景拍摄和动画制作都有 算哪类", nil, []string{"勾选“"}},
		{"做的是动漫 算哪一类呀", []string{"动漫对应通知所列分类中的“动画制作”"}, nil},
		{"作品分几类", []string{"五类"}, []string{"勾选“"}},
	})
}
