package dialogs

import (
	"testing"

	"contestbot"
)

func TestFreeTextAskAt(t *testing.T) {
	// Question words inside a story are the story: no clause asks.
	whole := []string{
		"影片讲述淇滨区大河涧乡一位退休老支书带领村民修路、种核桃、办夜校的故事，我校学生跟拍三个月，用老支书自己的话讲基层党员怎么在乡村振兴里当先锋，小切口讲大道理，让学生党员知道啥叫初心。",
		"学校组织师生党员走进红旗渠纪念馆和青年洞 请当年参与修渠的老党员讲述自力更生艰苦创业的故事 讲清楚新时代职校党员为啥要传承红旗渠精神",
		"讲述青年党员怎么扎根基层，为什么选择留下。",
		"为什么要扎根基层？影片用一位村医的三十年给出回答。",
		"片子讲了什么是初心，哪些人在坚守。",
	}
	// A part addressed to the bot: the index of its first clause.
	asks := map[string]int{
		"影片讲述老支书的故事。另外问一下，原件寄到哪？":   1,
		"影片讲述老支书的故事，这样写行吗":          1,
		"影片讲述老支书怎么带村民修路。简介要写多少字？":   1,
		"讲述矿山一线党员的坚守。请问摘要写多少字":      1,
		"讲述矿山一线党员的坚守，让人知道啥叫初心。可以吗？": 2,
	}
	for _, s := range whole {
		if k := freeTextAskAt(splitClauses(s)); k != -1 {
			t.Errorf("freeTextAskAt(%q) = %d, want -1 (all text)", s, k)
		}
	}
	for s, want := range asks {
		if k := freeTextAskAt(splitClauses(s)); k != want {
			t.Errorf("freeTextAskAt(%q) = %d, want %d", s, k, want)
		}
	}
}

func TestUnfillSpokenOKBeforeFreeText(t *testing.T) {
	syn := slot(contestbot.FieldSynopsis)
	cases := map[string]string{
		"中 简介是这样 嗯 学校组织师生党员走进红旗渠纪念馆": "学校组织师生党员走进红旗渠纪念馆",
		"行，简介如下：讲述老支书的故事。":           "讲述老支书的故事。",
		// kept: no separator after the word
		"中国梦照亮乡村振兴路。":  "中国梦照亮乡村振兴路。",
		"好人老王三十年守护山村。": "好人老王三十年守护山村。",
		"行走在太行山上的党员。":  "行走在太行山上的党员。",
	}
	for in, want := range cases {
		if got := unfill(in, syn); got != want {
			t.Errorf("unfill(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnfillCourtesyLead(t *testing.T) {
	syn := slot(contestbot.FieldSynopsis)
	cases := map[string]string{
		"烦请录入：讲述矿山一线党员的坚守。":     "讲述矿山一线党员的坚守。",
		"请录入讲述矿山一线党员的坚守。":       "讲述矿山一线党员的坚守。",
		"麻烦记一下：讲述矿山一线党员的坚守。":    "讲述矿山一线党员的坚守。",
		"帮我登记一下简介：讲述矿山一线党员的坚守。": "讲述矿山一线党员的坚守。",
		"就：讲述矿山一线党员的坚守。":        "讲述矿山一线党员的坚守。",
		"重新发：讲述矿山一线党员的坚守。":      "讲述矿山一线党员的坚守。",
		// kept: a story that starts with such a word
		"记下老支书的一天，讲述基层党员的坚守。": "记下老支书的一天，讲述基层党员的坚守。",
		"登记在册的老党员讲述入党经历。":     "登记在册的老党员讲述入党经历。",
		"就是这样一群人守护着黄河。":       "就是这样一群人守护着黄河。",
		"请党员讲述自己的初心故事。":       "请党员讲述自己的初心故事。",
	}
	for in, want := range cases {
		if got := unfill(in, syn); got != want {
			t.Errorf("unfill(%q) = %q, want %q", in, got, want)
		}
	}
}
