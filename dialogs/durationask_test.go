package dialogs

import (
	"testing"

	"contestbot"
)

func TestDurationAskReaders(t *testing.T) {
	how := func(s string) bool {
		w := contestbot.NormalizeWidth(s)
		return len(reDuration.FindAllString(w, -1)) == 0 && reHowToWrite.MatchString(w)
	}
	for _, s := range []string{"等下，时长是写几分几秒还是只写分钟", "时长是写分钟还是写秒", "这个时长咋写", "要写到秒吗", "写几分几秒呢"} {
		if !how(s) {
			t.Errorf("%q: how to write the time not seen", s)
		}
	}
	for _, s := range []string{"2分30秒", "写的是2分30秒", "时长还是2分50秒", "三分钟"} {
		if how(s) {
			t.Errorf("%q: a value read as a question on how to write it", s)
		}
	}
	allowed := func(s string) bool {
		w := contestbot.NormalizeWidth(s)
		return len(reDuration.FindAllString(w, -1)) == 1 && reAllowedAsk.MatchString(w)
	}
	for _, s := range []string{"我们这个3分05秒 填上去会不会不让报", "3分10秒行不行", "两分五十秒可以吗", "3分20秒 超了吗"} {
		if !allowed(s) {
			t.Errorf("%q: a time with a question not seen", s)
		}
	}
	for _, s := range []string{"3分05秒", "时长2分50秒", "填上去会不会不让报", "2分30秒到3分钟之间"} {
		if allowed(s) {
			t.Errorf("%q: read as a time with a question", s)
		}
	}
}
