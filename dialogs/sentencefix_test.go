package dialogs

import "testing"

func TestSentenceEditPatterns(t *testing.T) {
	accept := []string{
		"把简介最后一句换成展现了青年党员的初心。",
		"摘要第二句改为：矿工党员的担当。",
		"简介前面那句不要",
		"把摘要最后一句删掉",
		"简介里那句展现了新时代党员风采不对，应该是展现了矿工党员的担当。",
		"简介中那句“风采”写错了，改成担当",
		"那你简介后头加一句 讲清楚新时代职校党员传承红旗渠精神的道理",
		"简介最后还有一句 讲清楚新时代职校党员为啥要传承红旗渠精神 这一句你给加上",
		"内容简介少了后半截 后头还有用老支书自己的话讲基层党员怎么在乡村振兴里当先锋",
	}
	reject := []string{
		"讲述矿山一线党员的坚守。展现了新时代党员风采。",
		"影片最后一句台词是“我们还会回来”。",
		"简介写多少字合适？",
		"内容简介改成讲述矿山一线党员的坚守。",
		"同简介",
		"简介还有别的写法吗",
		"影片最后加了一段老支书的独白。",
	}
	match := func(s string) bool {
		return reSentenceSwap.MatchString(s) || reSentenceDrop.MatchString(s) || reSentenceFix.MatchString(s) ||
			reSentenceAdd.MatchString(s) || reSentenceMissing.MatchString(s)
	}
	for _, s := range accept {
		if !match(s) {
			t.Errorf("%q: not read as a sentence edit", s)
		}
	}
	for _, s := range reject {
		if match(s) {
			t.Errorf("%q: read as a sentence edit", s)
		}
	}
}

func TestSentencesAndIndex(t *testing.T) {
	ps := sentences("讲述矿山一线党员的坚守。展现了新时代党员风采。")
	if len(ps) != 2 || ps[1] != "展现了新时代党员风采。" {
		t.Fatalf("sentences = %q", ps)
	}
	for pos, want := range map[string]int{"最后一句": 1, "第一句": 0, "前面那句": 0, "第2句": 1, "第二句": 1, "后头那句": 1} {
		if got := sentenceIndex(pos, 2); got != want {
			t.Errorf("sentenceIndex(%q) = %d, want %d", pos, got, want)
		}
	}
	if ps := sentences("学校组织师生走进红旗渠 讲清楚为啥要传承红旗渠精神"); len(ps) != 2 {
		t.Errorf("a spoken text splits at its clauses: %q", ps)
	}
}

func TestEndsSameAsSynopsis(t *testing.T) {
	accept := []string{
		"就同简介那段",
		"摘要就用简介那段",
		"就用上头那一段中 同简介",
		"对了恁那个摘要记哩不对 俺哩意思是摘要跟简介一样",
		"和简介一样就行",
	}
	reject := []string{
		"讲述矿山一线党员的坚守，展现了新时代党员风采，和简介一样的主题在片中反复出现，贯穿三十年的坚守与传承的故事",
		"你怎么把这句话记成摘要了？？摘要就用上面那段简介",
		"矿山党员的坚守。",
		"简介写多少字",
	}
	for _, s := range accept {
		if !endsSameAsSynopsis(s) {
			t.Errorf("endsSameAsSynopsis(%q) = false", s)
		}
	}
	for _, s := range reject {
		if endsSameAsSynopsis(s) {
			t.Errorf("endsSameAsSynopsis(%q) = true", s)
		}
	}
}
