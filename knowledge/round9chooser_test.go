package knowledge

import (
	"context"
	"strings"
	"testing"
)

// Round 9 classes, each with questions that must get the behaviour
// (accept) and questions that must not (reject).
func TestRound9ChooserClasses(t *testing.T) {
	b := mustLoad(t, Options{})
	type tc struct {
		q         string
		want, not []string
	}
	classes := []struct {
		name   string
		accept []tc // the class's behaviour
		reject []tc // look alike, but not the class
	}{
		{"a yes or no only where may-I is asked",
			[]tc{
				{"AI配音的要标注吗", []string{"明确标注"}, []string{"可以。"}},
				{"实景拍但AI配音算哪一类、要不要标注", []string{"明确标注"}, []string{"可以。"}},
				{"发过抖音的作品呢", []string{"全平台未公开发表"}, []string{"不可以。"}},
			},
			[]tc{
				{"AI视频能参加吗", []string{"可以。"}, nil},
				{"在抖音发过的还能报吗", []string{"不可以。"}, nil},
				{"和高校合作拍的可以吗", []string{"可以合作。"}, nil},
			}},
		{"a duration alone beside another topic gets no verdict",
			[]tc{
				{"在学校公众号发过一个30秒的预告，算公开发表吗", []string{"预告"}, []string{"时长：通过"}},
				{"公众号发过1分钟的花絮，正片没发，能报吗", []string{"花絮"}, []string{"时长：通过"}},
				// s9-k: the duration is the scene; only publication is asked (was a reject case).
				{"片长30秒，在公众号发过预告，算公开吗", []string{"公开"}, []string{"时长：通过"}},
			},
			[]tc{
				{"片子2分48秒行吗", []string{"时长：通过"}, nil},
				{"视频时长有要求吗，我们的片子2分48秒", []string{"时长：通过"}, nil},
			}},
		{"a duration with its rule asked gets the rule's words too",
			[]tc{
				{"视频时长有要求吗，我们的片子2分48秒", []string{"时长：通过", "原则上不超过3分钟"}, nil},
				{"时长限制是多少？我们3分10秒", []string{"原则上不超过3分钟"}, nil},
			},
			[]tc{
				{"片子2分48秒行吗", []string{"时长：通过"}, []string{"没有规定最短时长"}},
				{"1080p 码率20M 时长2分钟", []string{"时长：通过"}, []string{"没有规定最短时长"}},
			}},
		{"is this where to register",
			[]tc{
				{"这个是党员教育短视频大赛的报名吗", []string{"我要报名"}, nil},
				{"请问这里能报名吗", []string{"我要报名"}, nil},
				{"比赛报名是在这里吗", []string{"我要报名"}, nil},
			},
			[]tc{
				{"这个报名表怎么填", []string{"推荐单位"}, []string{"是的，可以在这里报名"}},
				{"报名截止是哪天", []string{"2025年10月15日前"}, []string{"是的，可以在这里报名"}},
			}},
		{"an event named with 时间 asks when",
			[]tc{
				{"评审时间", []string{"没有说明具体时间"}, nil},
				{"初审时间", []string{"没有说明具体时间"}, nil},
			},
			[]tc{
				{"截止时间", []string{"2025年10月15日前"}, []string{"没有说明具体时间"}},
				{"视频时间多长", []string{"3分钟"}, []string{"没有说明具体时间"}},
			}},
	}
	for _, c := range classes {
		for _, list := range []struct {
			name  string
			cases []tc
		}{{"accept", c.accept}, {"reject", c.reject}} {
			for _, x := range list.cases {
				a := b.Answer(context.Background(), x.q)
				for _, w := range x.want {
					if !strings.Contains(a.Text, w) {
						t.Errorf("%s / %s %q lacks %q: [%s] %s", c.name, list.name, x.q, w, a.Kind, a.Text)
					}
				}
				for _, w := range x.not {
					if strings.Contains(a.Text, w) {
						t.Errorf("%s / %s %q holds %q: [%s] %s", c.name, list.name, x.q, w, a.Kind, a.Text)
					}
				}
			}
		}
	}
}
