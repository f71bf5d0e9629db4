package dialogs

import (
	"testing"

	"contestbot/knowledge"
)

// A question at the category prompt that names two options or asks which
// one is a question; a choice in any words is not (rp24 F10). How to cope
// ("没有撰稿咋办") is no edit request; a typed-wrong value is (rp24 F04).
func TestChoiceQuestionReaders(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	season := kb.Season() // the first season's categories and their everyday words
	checkReaders(t, []readerCase{
		{"asksBetweenOptions", func(s string) bool { return asksBetweenOptions(season, s) },
			[]string{"AI做的片子分类选AI生成还是动画制作", "实拍加动画算哪类", "AI生成和动画制作有啥区别", "实拍还是动画啊",
				"选2还是3", "动画或者AI生成", "我们这种选哪个", "用手机剪的录像是哪一类", "实景拍摄跟视频切片不一样吗"},
			[]string{"选AI生成吧", "3", "动画", "实景拍摄", "那就1吧", "2，动画的", "AI生成", "还是实拍吧", "就选其他",
				"用AI做的动画", "实拍的"}},
		{"onlyHowToCope", func(s string) bool { return onlyHowToCope(compact(s)) },
			[]string{"主创人员必须都写吗 我们没有撰稿咋办", "没有摄影怎么办", "监制不知道写谁咋弄"},
			[]string{"片名填错了咋办", "电话写错了怎么办", "咋改", "怎么改一下分类", "能改吗", "分类选错了咋弄"}},
	})
}
