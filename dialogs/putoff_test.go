package dialogs

import (
	"testing"

	"contestbot"
)

func TestPutOffField(t *testing.T) {
	syn := slot(contestbot.FieldSynopsis)
	accept := map[string]slot{
		"简介稍后提供。":  syn,
		"稍后提供":     syn,
		"我回头再发您":   syn,
		"等会儿补上":    syn,
		"晚点给你吧":    syn,
		"后面再补充":    syn,
		"摘要明天发你":   slot(contestbot.FieldSummary),
		"电话晚些时候给您": slot(contestbot.FieldPhone),
		"片名回头再给你哈": slot(contestbot.FieldTitle),
	}
	for in, want := range accept {
		if got, ok := putOffField(in, syn); !ok || got != want {
			t.Errorf("putOffField(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	reject := []string{
		"稍后提供了帮助",
		"回头看看百年党史",
		"晚上发布了消息",
		"讲述了驻村第一书记带领村民发展特色产业的故事",
		"明天会更好",
		"之后他们一起走进乡村",
		"简介",
		"",
	}
	for _, in := range reject {
		if got, ok := putOffField(in, syn); ok {
			t.Errorf("putOffField(%q) = %q; want no put-off", in, got)
		}
	}
}
