package dialogs

import "testing"

func TestNotDoneGoesOn(t *testing.T) {
	accept := map[string]string{
		"还没完哩 一本本泛黄的账本守住了清廉底线。": "一本本泛黄的账本守住了清廉底线。",
		"没说完呢，也带动了年轻党员。":        "也带动了年轻党员。",
		"简介还没写完：诠释了基层的传承。":      "诠释了基层的传承。",
		"后面还有半句：诠释了基层的传承。":      "诠释了基层的传承。", // the older marker still reads
	}
	for in, want := range accept {
		if got, ok := goesOn(in); !ok || got != want {
			t.Errorf("goesOn(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"还没完成拍摄的村民们", "还没完哩", "讲述老支书的故事", "同简介", "摘要还没想好"} {
		if got, ok := goesOn(in); ok {
			t.Errorf("goesOn(%q) = %q, want no rest", in, got)
		}
	}
}
