package dialogs

import "testing"

func TestCharExplained(t *testing.T) {
	accept := []struct{ in, want string }{
		{"片名叫幼苗与党旗 就是那个小树苗的苗 幼儿的幼", "片名叫幼苗与党旗"},
		{"秦玉兰 秦始皇的秦 玉兰花的玉兰", "秦玉兰"},
		{"秦玉兰，秦始皇的秦，玉兰花的玉兰", "秦玉兰"},
		{"小李是李雪 木子李下雪的雪", "小李是李雪"},
		{"哎不对片名就是幼苗与党旗五个字后面那是我跟你解释是哪个字不是片名里的", "哎不对片名就是幼苗与党旗"},
		{"哎不对片名就是幼苗与党旗五个字", "哎不对片名就是幼苗与党旗"},
		{"联系人张晗 口字旁的晗", "联系人张晗"},
		{"编导李雪 下雪的雪 摄影张斌", "编导李雪 摄影张斌"},
		{"片名叫红色的记忆 记忆的记", "片名叫红色的记忆"},
	}
	for _, c := range accept {
		if got := charExplained(c.in, slot("")); got != c.want {
			t.Errorf("charExplained(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	reject := []string{
		"片名叫党的光辉 我们的片子",
		"监制王建国 编导李雪",
		"片名是春天的故事",
		"剪辑张斌 学校的老师",
		"片名叫红旗渠 三个字以内吗",
		"片名最多能写几个字",
		"秦玉兰 电话13903706218",
		"时长两分四十秒 就是两分四十",
	}
	for _, in := range reject {
		if got := charExplained(in, slot("")); got != in {
			t.Errorf("charExplained(%q) = %q, want as typed", in, got)
		}
	}
}
