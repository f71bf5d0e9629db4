package dialogs

import "testing"

func TestCoWorkers(t *testing.T) {
	accept := map[string]string{
		"我和马晓雯一起写的":  "我、马晓雯",
		"孙丽跟刘佳合作写的":  "孙丽、刘佳",
		"我写的":        "我",
		"陈浩拍的":       "陈浩",
		"王强与李娜一块儿剪的": "王强、李娜",
	}
	for in, want := range accept {
		if got := coWorkers(in); got != want {
			t.Errorf("coWorkers(%q) = %q, want %q", in, got, want)
		}
	}
	// Unchanged: no join and no deed, or pieces too long for names.
	for _, in := range []string{"王老师", "张三", "我们郑卫东书记和学校宣传部写的", "和平", "我们学校宣传部的同志写的", "胡静同志"} {
		if got := coWorkers(in); got != in {
			t.Errorf("coWorkers(%q) = %q, want it unchanged", in, got)
		}
	}
}

func TestEnglishAsChinese(t *testing.T) {
	for in, want := range map[string]string{
		"summary跟synopsis一样": "摘要跟简介一样",
		"Summary同synopsis":   "摘要同简介",
		"director就是我":        "编导就是我",
	} {
		if got := englishAsChinese(in); got != want {
			t.Errorf("englishAsChinese(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"synopsises一样", "同简介", "subtitle一样"} {
		if got := englishAsChinese(in); got != in && in != "synopsises一样" {
			t.Errorf("englishAsChinese(%q) = %q, want unchanged", in, got)
		}
	}
	if got := englishAsChinese("synopsises一样"); got != "synopsises一样" {
		t.Errorf("a longer word is no label: got %q", got)
	}
	for _, in := range []string{"ok的 下一个", "ok的 我们继续"} { // fillers only alone
		if isFiller(in) {
			t.Errorf("isFiller(%q) = true", in)
		}
	}
	for _, in := range []string{"ok的", "OK", "okay"} {
		if !isFiller(in) {
			t.Errorf("isFiller(%q) = false", in)
		}
	}
}
