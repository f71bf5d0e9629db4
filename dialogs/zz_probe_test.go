package dialogs

import "testing"

func TestZZProbe(t *testing.T) {
	for _, s := range []string{"监制就是我们书记吧 孙志强 导演我 剪辑刘洋", "撰稿是我和刘洋", "王磊 俺们信息中心的小伙", "监制是我们王建国书记", "们书记吧", "我们书记吧 孙志强", "我和刘洋", "联系人郑一帆 1383827156", "学院党委组织部 联系人郑一帆 1383827156"} {
		ex := extract(s)
		t.Logf("%q => %+v left=%q", s, ex.values, ex.leftover)
		for _, v := range ex.values {
			pv, ok := personValue(v.raw, "赵红梅")
			t.Logf("   person(%q)=%q %v", v.raw, pv, ok)
		}
		pv, ok := personValue(s, "赵红梅")
		t.Logf("   whole person=%q %v", pv, ok)
	}
}
