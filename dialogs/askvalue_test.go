package dialogs

import (
	"testing"

	"contestbot"
)

func TestAsksInForm(t *testing.T) {
	syn, title, unit := slot(contestbot.FieldSynopsis), slot(contestbot.FieldTitle), slot(contestbot.FieldUnit)
	accept := map[string]slot{
		"内容简介大概写多少字合适":  syn,
		"刚才片名打错了一个字 咋改": syn,
		"简介写多少字合适":      syn,
		"摘要多长合适":        slot(contestbot.FieldSummary),
		"片名能改吗":         title,
	}
	reject := map[string]slot{
		"初心是什么":               title,
		"讲述了什么是初心的故事":         syn,
		"内容简介：退休老党员义务辅导学生。":   syn,
		"内容简介咋成这了 俺还木写嘞":      syn,
		"为什么要填这个":             title,
		"截止时间是哪天":             unit,
		"影片讲述了老党员怎么带学生修农机的故事": syn,
		"片名《黄河岸边的守望》":         title,
	}
	for s, p := range accept {
		if !asksInForm(s, p) {
			t.Errorf("asksInForm(%q, %s) = false, want true", s, p)
		}
	}
	for s, p := range reject {
		if asksInForm(s, p) {
			t.Errorf("asksInForm(%q, %s) = true, want false", s, p)
		}
	}
}
