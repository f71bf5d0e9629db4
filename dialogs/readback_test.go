package dialogs

import "testing"

func TestReadBack(t *testing.T) {
	accept := []string{
		"你刚才记的是啥", "我填的啥", "刚才记上没", "你记成啥了", "填了没",
		"不是，我是问你刚才记的是啥，你给我念念你记下来的，我怕语音给我识别错了",
		"等一下，简介我一会儿说，你先把主创人员你都记的是啥给我念一遍，你刚才记的是啥",
		"我刚才填的对不对", "记下了没有", "你记的是什么",
	}
	for _, s := range accept {
		if _, ok := readBack(s); !ok {
			t.Errorf("readBack(%q) = false; want true", s)
		}
	}
	reject := []string{
		"监制是啥", "简介写啥", "简介写多长", "制作单位是啥意思", "我们拍的是啥内容", "讲述党员教师扎根讲台的故事",
		"没有记录", "简介写什么", "讲述了我们一起填写的是一份怎样的人生答卷和青春的故事", "马丽娜", "无", "这算发表吗", "我们还没写好",
	}
	for _, s := range reject {
		if _, ok := readBack(s); ok {
			t.Errorf("readBack(%q) = true; want false", s)
		}
	}
	if rest, _ := readBack("就写漯河市郾城区职业教育中心图书馆，你刚才记的是啥"); rest != "就写漯河市郾城区职业教育中心图书馆，" {
		t.Errorf("rest = %q", rest)
	}
}

func TestCheckBack(t *testing.T) {
	accept := []struct{ in, field, rest string }{
		{"撰稿就是写稿子的人对吧，那就写马丽娜", "creators.writer", "马丽娜"},
		{"监制是领导吧？那就是我们张书记张建华", "creators.supervisor", "我们张书记张建华"},
		{"剪辑就是做动画剪片子的人对吧，那就是马丽娜和周航，周航是我们计算机专业的老师", "creators.editor", "马丽娜和周航"},
		{"制作单位是说谁做的这个片子吧，就写漯河市郾城区职业教育中心图书馆", "producer", "漯河市郾城区职业教育中心图书馆"},
	}
	for _, c := range accept {
		f, rest, ok := checkBack(c.in)
		if !ok || string(f) != c.field || rest != c.rest {
			t.Errorf("checkBack(%q) = %q, %q, %v; want %q, %q", c.in, f, rest, ok, c.field, c.rest)
		}
	}
	reject := []string{
		"监制是领导吧？", "撰稿是啥", "片名是《书页里的初心》吧，对", "监制张三，编导李四",
		"讲述党员教师扎根讲台的故事吧，很感人", "马丽娜", "这算发表吗",
	}
	for _, s := range reject {
		if _, _, ok := checkBack(s); ok {
			t.Errorf("checkBack(%q) = true; want false", s)
		}
	}
}

func TestReadsBackOnly(t *testing.T) {
	for _, s := range []string{"我填的啥", "看看我填了哪些", "你刚才记的是啥", "刚才记上没"} {
		if !readsBackOnly(s) {
			t.Errorf("readsBackOnly(%q) = false; want true", s)
		}
	}
	for _, s := range []string{"就写马丽娜，你刚才记的是啥", "片名改成《守望》", "我要报名", "监制是啥"} {
		if readsBackOnly(s) {
			t.Errorf("readsBackOnly(%q) = true; want false", s)
		}
	}
}
