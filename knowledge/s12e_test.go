package knowledge

import "testing"

// s12-e (round 32, rp153): a comparison with the limit is no running time
// when an exact one is given, or when it only places the time at the bound.
func TestS12ENearBound(t *testing.T) {
	for _, s := range []string{"2分56卡着3分钟呢超一点点行不行", "卡着3分钟呢超一点点行不行", "卡着3分钟2分56超一点行不行",
		"差不多3分钟实际2分50秒", "接近3分钟176秒", "压着3分钟"} {
		if nearBound(s) == nil {
			t.Errorf("nearBound(%q) = nil", s)
		}
	}
	for _, s := range []string{"3分钟整不算超吧", "差不多3分钟超一点行不行", "接近3分钟", "2分56秒", "超过3分钟会怎样"} {
		if nearBound(s) != nil {
			t.Errorf("nearBound(%q) = %v", s, nearBound(s))
		}
	}
}
