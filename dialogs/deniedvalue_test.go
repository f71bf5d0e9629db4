package dialogs

import (
	"testing"

	"contestbot"
)

func TestFieldHolding(t *testing.T) {
	e := &contestbot.Entry{Unit: "漯河市职业技术教育中心", Producer: "漯河市职业技术教育中心", Title: "车间里的党员先锋岗",
		Contact: "贾文博", Phone: "13839512647", DurationSeconds: 170}
	found := []struct {
		said string
		want contestbot.Field
	}{
		{"两分五十", contestbot.FieldDuration},
		{"2分50秒", contestbot.FieldDuration},
		{"贾文博", contestbot.FieldContact},
		{"《车间里的党员先锋岗》", contestbot.FieldTitle},
		{"13839512647", contestbot.FieldPhone},
	}
	for _, c := range found {
		if f, ok := fieldHolding(e, c.said); !ok || f != c.want {
			t.Errorf("fieldHolding(%q) = %q, %v; want %q", c.said, f, ok, c.want)
		}
	}
	for _, said := range []string{
		"两分十五",        // no field holds it
		"漯河市职业技术教育中心", // two fields hold it
		"贾老师",         // not the value as written
		"实景拍摄",        // the category is no value compared here
	} {
		if f, ok := fieldHolding(e, said); ok {
			t.Errorf("fieldHolding(%q) = %q; want none", said, f)
		}
	}
}

func TestReDenied(t *testing.T) {
	accept := map[string][2]string{
		"不是两分五十 是两分十五":    {"两分五十", "两分十五"},
		"不对，不是贾文博，是贾文斌":   {"贾文博", "贾文斌"},
		"不是两分五十而是两分十五":    {"两分五十", "两分十五"},
		"不是两分五十，应该是两分十五。": {"两分五十", "两分十五"},
	}
	for in, want := range accept {
		m := reDenied.FindStringSubmatch(in)
		if m == nil || m[1] != want[0] || m[2] != want[1] {
			t.Errorf("reDenied(%q) = %q; want %q", in, m, want)
		}
	}
	for _, in := range []string{
		"不是说两分五十就行吗 我问问",     // a question, more than two values
		"是两分十五",              // no denied value
		"不是片名，是制作单位写错了 是学工部", // more than one clause after
	} {
		if m := reDenied.FindStringSubmatch(in); m != nil {
			t.Errorf("reDenied(%q) = %q; want no match", in, m)
		}
	}
}
