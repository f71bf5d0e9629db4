package dialogs

import "testing"

// TestOfferTakenWords (s7-c): any confirmation takes the offered text,
// a reference to it included; a negation, a question, a request for another
// text or a new text does not.
func TestOfferTakenWords(t *testing.T) {
	accept := []string{"行 先用这个", "就用你刚才摘的那段", "就这个吧", "行", "可以", "好的", "中", "就这个", "没问题", "嗯",
		"可以 就这样", "没问题 用这段", "好的就用它", "中 就它", "用你摘的", "你摘的那段可以", "就按你摘的来", "这段挺好",
		"那就这样吧", "嗯嗯 行", "好 就用这段吧", "用这段就行", "ok", "行吧", "就用刚才那段"}
	reject := []string{"不用这个", "我自己写", "太长了", "再短一点", "这个不行", "用这个的话会不会太长？", "72岁退休老党员李德山每周三晚回校义务教玉雕。",
		"这个摘要不对", "用简介吧", "那个我再想想", "好 我改一下再发", "这个好像太长了", "别用这个", "换一段", "先别填", "就用这个行吗",
		"摘要改成同简介", "领导说截的那段没说到清正廉洁", "就", "先"}
	checkReaders(t, []readerCase{{name: "takes the offer", fn: offerTaken, accept: accept, reject: reject}})
}

// TestNamesPastOffer (s7-c): a reply that names the text the bot gave
// earlier, and replies that do not.
func TestNamesPastOffer(t *testing.T) {
	accept := []string{"就用你刚才摘的那段", "用你摘的", "就用刚才那段", "你截的那段可以"}
	reject := []string{"行", "好的", "用这个", "就这个吧", "不用你摘的", "你摘的太长了", "刚才那段是啥"}
	checkReaders(t, []readerCase{{name: "names a past offer", fn: namesPastOffer, accept: accept, reject: reject}})
}
