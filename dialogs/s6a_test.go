package dialogs

import (
	"slices"
	"testing"
)

// TestItemsCounted: a Han count before a counter and 都/全 answers every
// item asked (round 12, rp54: "四条都符合 是" answered item 4 only); an
// ordinal (第四条), a digit, or a count below the items asked names items.
func TestItemsCounted(t *testing.T) {
	all := []int{1, 2, 3, 4}
	accept := map[string][]int{"四条都符合": all, "四个都对": all, "四项全是": all, "四点都满足": all, "五条都是": all,
		"第四条不是": {4}, "4个都是": {4}, "前三条都是": {1, 2, 3}}
	for s, want := range accept {
		items, _, ok := itemsSaid(s, 4)
		if !ok || !slices.Equal(items, want) {
			t.Errorf("itemsSaid(%q) = %v, %v; want %v", s, items, ok, want)
		}
	}
	for _, s := range []string{"四条", "四条都符合吗", "都是", "四个人拍的"} {
		if items, _, ok := itemsSaid(s, 4); ok {
			t.Errorf("itemsSaid(%q) = %v, want none", s, items)
		}
	}
}

// TestItemsNamedCount: the same count rule in the eligibility reader.
func TestItemsNamedCount(t *testing.T) {
	open := []slot{"unit_work", "made_in_period", "unpublished", "ai_used"}
	for _, s := range []string{"四条都符合", "四个都对", "四项全是"} {
		if items, agree, ok := itemsNamed(s, open); !ok || !agree || len(items) != 4 {
			t.Errorf("itemsNamed(%q) = %v, %v, %v; want all four", s, items, agree, ok)
		}
	}
	for s, n := range map[string]int{"第四条符合": 1, "第一二条都是": 2} {
		if items, _, ok := itemsNamed(s, open); !ok || len(items) != n {
			t.Errorf("itemsNamed(%q) = %v, %v; want %d items", s, items, ok, n)
		}
	}
}
