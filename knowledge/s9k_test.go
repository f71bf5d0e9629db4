package knowledge

import (
	"context"
	"strings"
	"testing"
)

// s9kCase is one question of a class with the words its answer must hold
// and must not hold.
type s9kCase struct {
	q    string
	want []string
	not  []string
}

func runS9K(t *testing.T, name string, accept, reject []s9kCase) {
	t.Helper()
	b := mustLoad(t, Options{})
	for _, list := range []struct {
		name  string
		cases []s9kCase
	}{{"accept", accept}, {"reject", reject}} {
		for _, x := range list.cases {
			a := b.Answer(context.Background(), x.q)
			for _, w := range x.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("%s / %s %q lacks %q: [%s] %s", name, list.name, x.q, w, a.Kind, a.Text)
				}
			}
			for _, w := range x.not {
				if strings.Contains(a.Text, w) {
					t.Errorf("%s / %s %q holds %q: [%s] %s", name, list.name, x.q, w, a.Kind, a.Text)
				}
			}
		}
	}
}

// TestS9KSceneValues: a value told as the scene of a question on another
// topic, even when the topic is named in the scene too, gets no verdict.
func TestS9KSceneValues(t *testing.T) {
	runS9K(t, "scene values",
		[]s9kCase{
			{q: "我们学校今年拍摄了一部反映乡村振兴的微党课，时长大约两分四十秒，想咨询一下这个题材是否符合本次大赛的主题要求，另外报送时需要准备哪些材料", want: []string{"第5项", "推进乡村全面振兴", "报送四样"}, not: []string{"时长：通过", "按你说的参数"}},
			{q: "拍了个讲乡村振兴的片子，时长2分50秒，这个题材符合主题吗", want: []string{"第5项"}, not: []string{"时长：通过"}},
		},
		[]s9kCase{
			{q: "我们拍了个乡村振兴的片子，时长2分50秒，时长符合要求吗", want: []string{"时长：通过"}},
			{q: "片子2分48秒行吗", want: []string{"时长：通过"}},
		})
}

// TestS9KOriginalInPerson: where the original goes, and whether to take it
// in person, which the notice leaves open.
func TestS9KOriginalInPerson(t *testing.T) {
	runS9K(t, "original in person",
		[]s9kCase{
			{q: "那个协议书原件往哪送嘞 得跑一趟郑州不", want: []string{"D725B", "没有说明原件要专程送去还是可以邮寄", "0371—69691670"}, not: []string{"1式2份", "附件2"}},
			{q: "协议书原件必须亲自送过去吗", want: []string{"D725B", "没有说明"}},
		},
		[]s9kCase{
			{q: "版权确认协议书原件送到哪个房间", want: []string{"D725B"}, not: []string{"专程送去"}},
			{q: "协议书原件和纸质报名表交哪", want: []string{"D725B", "1式2份"}, not: []string{"专程送去"}},
		})
}

// TestS9KNamedOutlet: a named outlet gets what the notice says of outlets.
func TestS9KNamedOutlet(t *testing.T) {
	runS9K(t, "named outlet",
		[]s9kCase{
			{q: "获奖了能上电视吗✨✨", want: []string{"党课开讲", "没有提到电视", "有关主流媒体", "0371—69691670"}},
			{q: "获奖作品能上央视吗", want: []string{"没有提到电视", "有关主流媒体"}},
			{q: "能上人民日报不", want: []string{"没有点名具体哪家媒体"}, not: []string{"没有提到电视"}},
		},
		[]s9kCase{
			{q: "获奖作品会在哪展播", want: []string{"党课开讲"}, not: []string{"没有提到电视", "没有点名具体哪家媒体"}},
		})
}

// TestS9KStages: how many stages the judging has is the notice's three.
func TestS9KStages(t *testing.T) {
	runS9K(t, "judging stages",
		[]s9kCase{
			{q: "评审分几个环节", want: []string{"三个环节", "初审", "现场集中评审"}, not: []string{"没有说明具体数量"}},
			{q: "评选一共几轮", want: []string{"三个环节"}, not: []string{"没有说明具体数量"}},
		},
		[]s9kCase{
			{q: "评审什么时候开始", want: []string{"没有说明"}},
			{q: "一等奖有几个", want: []string{"一等奖5名"}, not: []string{"三个环节"}},
		})
}

// TestS9KWhoAndWhat: "你是谁？能干啥" gets both: what the bot is and what it
// does.
func TestS9KWhoAndWhat(t *testing.T) {
	runS9K(t, "who and what",
		[]s9kCase{
			{q: "你是谁？能干啥", want: []string{"报送助手", "解答", "我要报名", "检查", "下载报名材料"}},
			{q: "你是干啥的", want: []string{"报送助手", "我要报名"}},
			{q: "你是机器人吗 都能干什么", want: []string{"报送助手", "我要报名"}},
		},
		[]s9kCase{
			{q: "你是真人还是机器人？", want: []string{"不是真人"}, not: []string{"下载报名材料"}},
			{q: "获奖了有什么用", not: []string{"下载报名材料"}},
			{q: "附件3是干什么的", not: []string{"下载报名材料"}},
		})
}

// TestS9KCitedClause: the clause cited is the one the answer quotes.
func TestS9KCitedClause(t *testing.T) {
	runS9K(t, "cited clause",
		[]s9kCase{
			{q: "视频三分多钟行不行", want: []string{"（见通知 三（一））"}, not: []string{"附件1 第3条"}},
			{q: "我们报了3个作品，要排序吗", want: []string{"（见通知 附件1 第1条）"}, not: []string{"附件1 第3条"}},
		},
		[]s9kCase{
			{q: "排序和文件名里的序号是一回事吗", want: []string{"附件1 第3条"}},
			{q: "1080P码率8M，3分多钟行吗", want: []string{"附件1 第3条"}},
		})
}

// TestS9KSigningNoCaption: 署名 on the form or the work's credits is no
// caption unless the video is named beside it.
func TestS9KSigningNoCaption(t *testing.T) {
	runS9K(t, "signing no caption",
		[]s9kCase{
			{q: "尊敬的老师您好，打扰了，请问我校与本地电视台合作完成的作品，报名表上制作单位应该怎么填写，是否可以两个单位共同署名？谢谢", want: []string{"合作完成", "制作单位"}, not: []string{"片尾署名", "水印logo"}},
			{q: "合作的公司能署名吗", not: []string{"水印logo"}},
		},
		[]s9kCase{
			{q: "片尾能加署名吗", want: []string{"片尾"}},
			{q: "视频里打上学校署名可以吗", want: []string{"水印logo"}},
		})
}

// TestS9KSentNotEdited: replacing material already sent gets no lines on
// editing the form here.
func TestS9KSentNotEdited(t *testing.T) {
	runS9K(t, "sent not edited",
		[]s9kCase{
			{q: "作品已经发过去了，截止前还能替换修改吗", want: []string{"已经报送的材料如何更正或替换", "孟晗"}, not: []string{"电话写错了"}},
			{q: "材料已经报送了 发现有错能修改吗", want: []string{"通知中没有说明"}, not: []string{"电话写错了"}},
		},
		[]s9kCase{
			{q: "报名信息填错了怎么修改", want: []string{"电话写错了"}},
		})
}
