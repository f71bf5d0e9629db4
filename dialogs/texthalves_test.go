package dialogs

import "testing"

// TestTextHalves: the marks of an unfinished text and the talk around a
// half (s11-b, rp134).
func TestTextHalves(t *testing.T) {
	for _, in := range []string{"……的巨大变化。（未完待续）", "……变化。(未完)", "……变化。待续", "……变化 接下条", "……变化。还没发完"} {
		if !reUnfinished.MatchString(in) {
			t.Errorf("reUnfinished misses %q", in)
		}
	}
	for _, in := range []string{"本片讲述老支书的故事，他的事业未完待续的精神激励后人。", "讲述党员教师接力未完成的事业", "本片讲述了一个未完的故事。故事还在继续"} {
		if reUnfinished.MatchString(in) {
			t.Errorf("reUnfinished reads %q as unfinished", in)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"您好！内容简介较长，分两条发送，前半部分如下：本片讲述兰考县……", "本片讲述兰考县……"},
		{"您好！简介尚未发完，后半部分如下，请接在前半部分之后：片中穿插……", "片中穿插……"},
		{"接上条：片中穿插……", "片中穿插……"},
		{"片中穿插我院学生党员暑期社会实践走访的镜头", "片中穿插我院学生党员暑期社会实践走访的镜头"},
		{"本片讲述：老支书的故事", "本片讲述：老支书的故事"},
	} {
		if got := halfTextOff(c.in); got != c.want {
			t.Errorf("halfTextOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
