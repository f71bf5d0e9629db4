package dialogs

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// s8-a: a self-correction inside a free text.
func TestSelfFixReading(t *testing.T) {
	accept := []struct {
		in, want string
	}{
		{"纸折小红船带中职学生穿越百年党史，回到实训车间立志做大国工匠。AI配音，片头已标注。等下说错了，是片尾已标注",
			"纸折小红船带中职学生穿越百年党史，回到实训车间立志做大国工匠。AI配音，片尾已标注。"},
		{"影片讲述一位老党员扎根乡村三十年的故事，不对，应该是二十年",
			"影片讲述一位老党员扎根乡村二十年的故事"},
		{"影片讲述红旗渠精神在新时代的传承。写错了，应该是在新时期的传承",
			"影片讲述红旗渠精神在新时期的传承。"},
		{"作品讲述驻村书记带领村民致富的故事，哦不是，应该是驻村第一书记带领村民致富",
			"作品讲述驻村第一书记带领村民致富的故事"},
		{"讲述老党员守护夜校的故事。我说错了，应该是：讲述老党员几十年守护村里夜校灯火的故事。",
			"讲述老党员几十年守护村里夜校灯火的故事。"},
	}
	for _, tc := range accept {
		one, two, ok := selfFixReading(tc.in)
		if !ok || one != tc.want || two != nil {
			t.Errorf("selfFixReading(%q) = %q, %q, %v; want %q", tc.in, one, two, ok, tc.want)
		}
	}
	// Unclear: two readings, neither keeps the talk.
	ask := []struct {
		in   string
		want []string
	}{
		{"影片讲述师生下乡讲党课的故事。展现老党员的初心，助力乡村振兴。说错了，是带动村民增收致富",
			[]string{"影片讲述师生下乡讲党课的故事。展现老党员的初心，带动村民增收致富。", "影片讲述师生下乡讲党课的故事。带动村民增收致富。"}},
	}
	for _, tc := range ask {
		one, two, ok := selfFixReading(tc.in)
		if !ok || one != "" || cmp.Diff(tc.want, two) != "" {
			t.Errorf("selfFixReading(%q) = %q, %q, %v; want readings %q", tc.in, one, two, ok, tc.want)
		}
	}
	// No correction: the story's own words stay.
	reject := []string{
		"影片讲述一名青年发现自己做法不对，是老党员带他走上正路的故事。",
		"讲述了驻村第一书记带领村民发展特色产业的故事。",
		"他说错了就改，是我们学习的榜样。",
		"说错了",
	}
	for _, in := range reject {
		if one, two, ok := selfFixReading(in); ok {
			t.Errorf("selfFixReading(%q) = %q, %q, true; want no correction", in, one, two)
		}
	}
}
