package dialogs

import "testing"

// s7-g: a wish to register beside chatter or a question on how to register
// starts the form; a question about the rules does not.
func TestWishWithHow(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "wish beside how",
		fn:   func(s string) bool { _, ok := wishWithHow(s); return ok },
		accept: []string{
			"俺是问咋报名 俺想报名",
			"那中 那俺报今年拍哩这个 咋弄",
			"ok 那我报两个 先报第一个",
			"我们报一个，咋弄",
			"好的 那我报这个片子 怎么报呢",
			"行 俺们学校报两部",
			"那就报这个吧",
			"我想报名，怎么弄",
			"嗯嗯 我也报一个",
			"俺们想报这个 咋弄哩",
			"我们要报两个片子",
			"那就报吧 咋弄",
			"俺想报 咋报",
		},
		reject: []string{
			"我们报两个可以吗",
			"一个学校最多能报几个",
			"去年拍的能报吗",
			"俺报这个中不中",
			"咋报名",
			"怎么报名啊",
			"我报两个 最多能报几个",
			"不报了",
			"我们已经报过了",
			"报名表是一个作品一张吗",
			"俺想报名 截止是哪天",
			"片名《老支书的板车》 我报这个",
			"我报这个 时长3分20秒",
			"报这个需要啥材料",
			"咱们学校能报几个",
		},
	}, {
		name:   "works named",
		fn:     func(s string) bool { n, ok := wishWithHow(s); return ok && n == 2 },
		accept: []string{"ok 那我报两个 先报第一个", "行 俺们学校报两部", "我们报2个"},
		reject: []string{"我们报一个，咋弄", "俺想报名"},
	}})
}
