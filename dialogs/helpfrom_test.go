package dialogs

import (
	"testing"

	"contestbot"
)

func TestTakesFromText(t *testing.T) {
	syn, sum := slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)
	accept := map[string]slot{
		"摘要你从简介里弄一个":   sum,
		"你帮我从简介里摘一段":   "",
		"帮我从上面那段里挑几句":  "",
		"您根据简介给我写个摘要":  sum,
		"你就从简介中摘一段当摘要": sum,
		"你用简介里的内容概括一下": "",
	}
	for in, want := range accept {
		c := compact(in)
		if !takesFromText(c) {
			t.Errorf("takesFromText(%q) = false; want true", in)
		}
		if got := requestTarget(c); got != want {
			t.Errorf("requestTarget(%q) = %q; want %q", in, got, want)
		}
	}
	reject := []string{
		"他从老支书手里接过党旗，讲述了三代人的坚守",
		"影片从简介里的故事出发，记录了驻村第一书记带领村民发展特色产业的点滴，展现党员担当",
		"从小在黄河边长大的他回到家乡",
		"讲述了驻村第一书记带领村民发展特色产业的故事",
		"简介写好了",
	}
	for _, in := range reject {
		if takesFromText(compact(in)) {
			t.Errorf("takesFromText(%q) = true; want false", in)
		}
	}
	if got := requestTarget(compact("简介帮我缩一下")); got != syn {
		t.Errorf("requestTarget(简介帮我缩一下) = %q; want %q", got, syn)
	}
}
