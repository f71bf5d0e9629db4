package dialogs

import "testing"

func TestTakesOffer(t *testing.T) {
	accept := []string{"中", "中中", "中中中", "中嘞", "中！", "就它", "就他", "就这", "就这个", "那就它吧", "对", "对对对", "嗯", "嗯嗯", "行", "可以", "好", "中哩", "就用这个"}
	reject := []string{"中不中", "不中", "中专", "中国", "中原工学院", "中吗", "不行", "没有", "郸城县宁平职业中专", "张中", "中职党员教师张立群用信息技术专长", "就它不中", "同上", ""}
	for _, s := range accept {
		if !takesOffer(s) {
			t.Errorf("takesOffer(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if takesOffer(s) {
			t.Errorf("takesOffer(%q) = true, want false", s)
		}
	}
}
