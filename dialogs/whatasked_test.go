package dialogs

import "testing"

func TestIsWhatAsked(t *testing.T) {
	accept := []string{"上一步是啥来着", "你刚问的啥", "刚才问我啥", "上一个问题是什么", "上一个问题是什么？", "你刚才问的是什么来着",
		"刚刚问我什么", "上一题是啥", "嗯 上一步是什么", "你刚问我的啥来着", "上个问题问的是啥"}
	reject := []string{"上一步填错了", "上一步怎么改", "刚才问的那个通知上怎么说", "刚问的啥意思", "上一个作品是什么", "时长是什么",
		"2分30秒", "刚才那个片名改成红色账本", "上一步", "你是谁"}
	checkReaders(t, []readerCase{{name: "asks what was asked", fn: func(s string) bool { return isWhatAsked(s) }, accept: accept, reject: reject}})
}
