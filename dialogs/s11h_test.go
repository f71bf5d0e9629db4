package dialogs

import "testing"

// s11-h (round 30, rp143): the phone named as wrong with the speaker said
// ("电话我打错了 后三位是524 不是542") is the tail fix at every step.
func TestPhonePlaceSaidSpeaker(t *testing.T) {
	accept := map[string]string{
		"电话我打错了 后三位是524 不是542": "电话后三位是524 不是542",
		"我电话写错了 最后三位是524":      "电话最后三位是524",
		"我的手机号打错了，尾号是1524":     "手机号尾号是1524",
		"电话我刚刚输错了 后两位是65":      "电话后两位是65",
	}
	for in, want := range accept {
		if got := phonePlaceSaid(in); got != want {
			t.Errorf("accept: phonePlaceSaid(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"电话我打错了 是13837961524",
		"我电话没错",
		"我们电话多少来着",
		"我打错了 后三位是524",
		"电话我打错了 片名是车间里的党旗红",
	}
	for _, in := range reject {
		if got := phonePlaceSaid(in); got != in {
			t.Errorf("reject: phonePlaceSaid(%q) = %q, want it unchanged", in, got)
		}
	}
}
