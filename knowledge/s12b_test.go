package knowledge

import "testing"

// TestS12bEnglishTitle (s12-b, rp144): "English title" typed in English is
// the 英文片名 group, so "那English title先不填了是吧" gets the 片名 rule (the
// notice asks only for the 片名), as "英文片名…" did. Other English words are
// not a title question.
func TestS12bEnglishTitle(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "那English title先不填了是吧，只写中文的ok", want: []string{"没有说明片名能不能加英文名"}},
		{q: "english name要写吗", want: []string{"没有说明片名能不能加英文名"}},
		{q: "英文title要不要加", want: []string{"没有说明片名能不能加英文名"}},
		// near-misses
		{q: "English subtitles可以吗", not: []string{"没有说明片名能不能加英文名"}},
		{q: "片名有字数限制吗", not: []string{"没有说明片名能不能加英文名"}},
	})
}
