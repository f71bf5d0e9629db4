package dialogs

import "testing"

// s9-j: a field called wrong is a correction.
func TestWrongSaid(t *testing.T) {
	for s, want := range map[string]string{
		"制作单位不对 多了几个字 就是河南建筑职业技术学院土木工程学院党总支": "制作单位改成河南建筑职业技术学院土木工程学院党总支",
		"制作单位不对 多了几个字":       "改制作单位",
		"片名错了，应该是《黄河岸边》":     "片名改成《黄河岸边》",
		"电话记错了 是13800000000": "电话改成13800000000",
	} {
		if got := wrongSaid(s); got != want {
			t.Errorf("wrongSaid(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"制作单位写什么", "制作单位是哪个单位", "制作单位不对吗", "制作单位不对 是不是要写学校", "片名叫不对劲的夏天", "简介有问题吗"} {
		if got := wrongSaid(s); got != s {
			t.Errorf("wrongSaid(%q) = %q, want unchanged", s, got)
		}
	}
}
