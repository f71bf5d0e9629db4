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
