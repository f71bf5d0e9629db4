package dialogs

import "testing"

func TestTextEditOf(t *testing.T) {
	accept := map[string][2]string{
		"简介改成 作品选取我校主题团日影像片段，讲述学生的故事。":             {"内容简介", "作品选取我校主题团日影像片段，讲述学生的故事。"},
		"内容简介改成，动画以学校图书馆一本书为线索，讲述几代师生的故事。":         {"内容简介", "动画以学校图书馆一本书为线索，讲述几代师生的故事。"},
		"摘要改成选取我校主题团日影像片段，讲述青年学生的故事。":              {"内容摘要", "选取我校主题团日影像片段，讲述青年学生的故事。"},
		"怎么这么麻烦 摘要改成 选取我校主题团日影像片段，讲述青年故事。":         {"内容摘要", "选取我校主题团日影像片段，讲述青年故事。"},
		"我没问学生！！让你改简介 内容简介改成：作品选取我校主题团日影像片段，讲述故事。": {"内容简介", "作品选取我校主题团日影像片段，讲述故事。"},
	}
	reject := []string{"简介改成什么好", "摘要改成", "简介怎么改", "怎么把简介改成别的内容呢我不会弄这个东西啊老师", "片名改成红色青春", "同简介"}
	for in, want := range accept {
		l, text, ok := textEditOf(in)
		if !ok || l != want[0] || text != want[1] {
			t.Errorf("textEditOf(%q) = %q, %q, %v; want %q", in, l, text, ok, want)
		}
	}
	for _, in := range reject {
		if l, text, ok := textEditOf(in); ok {
			t.Errorf("textEditOf(%q) = %q, %q; want no reading", in, l, text)
		}
	}
}
