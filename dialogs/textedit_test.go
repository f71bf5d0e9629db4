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

func TestCountedRemoval(t *testing.T) {
	accept := map[string]removal{
		"把最后那俩字去掉":       {count: 2, back: true},
		"开头那三个字删掉":       {count: 3, front: true},
		"摘要里开头多了俩字摘要 去掉": {field: "summary", words: "摘要", count: 2, front: true},
	}
	reject := []string{"去掉", "把字去掉", "简介不要了", "最后那个去掉"}
	for in, want := range accept {
		rm, ok := readRemoval(in)
		if !ok || rm.count != want.count || rm.front != want.front || rm.back != want.back || rm.words != want.words || want.field != "" && rm.field != want.field {
			t.Errorf("readRemoval(%q) = %+v, %v; want %+v", in, rm, ok, want)
		}
	}
	for _, in := range reject {
		if rm, ok := readRemoval(in); ok && rm.words == "" {
			t.Errorf("readRemoval(%q) = %+v; want no counted removal", in, rm)
		}
	}
}

func TestCountedRange(t *testing.T) {
	v := "讲述青年学生的故事。谢谢"
	if i, j, ok := countedRange(v, 2, false); !ok || v[i:j] != "谢谢" {
		t.Errorf("last two = %q, %v", v[i:j], ok)
	}
	if i, j, ok := countedRange("摘要 选取片段", 2, true); !ok || "摘要 选取片段"[i:j] != "摘要" {
		t.Errorf("first two = %v, %v", i, j)
	}
	if _, _, ok := countedRange("故事", 2, true); ok {
		t.Error("removing every character must not be offered")
	}
}
