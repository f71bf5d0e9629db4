package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// TestPhoneDigitFix: a fix of phone digits by place edits the stored number;
// a stated old digit that does not match is asked about (s7-i, rp80 p80b).
func TestPhoneDigitFix(t *testing.T) {
	tr := &turn{st: &state{Mode: modeForm}}
	e := &contestbot.Entry{Phone: "15039681231"}
	accept := map[string]string{
		"电话最后一位是7不是1 打错了😂": "联系电话：15039681237",
		"电话最后一位不是1是7":      "联系电话：15039681237",
		"电话倒数第二位是5":        "联系电话：15039681251",
		"手机号第四位是8不是3":      "联系电话：15089681231",
		"手机号第4位应该是8":       "联系电话：15089681231",
		"尾号改成67":           "联系电话：15039681267",
		"后四位是5146":         "联系电话：15039685146",
		"电话末位改成七":          "联系电话：15039681237",
		"号码第十一位是9":         "联系电话：15039681239",
	}
	for in, want := range accept {
		if v, ask, ok := tr.phoneDigitFix(e, in); !ok || v != want || ask != "" {
			t.Errorf("phoneDigitFix(%q) = %q, %q, %v; want %q", in, v, ask, ok, want)
		}
	}
	asks := map[string]string{
		"电话最后一位是7不是2": "是1，不是2",
		"电话第十二位是3":    "一共11位",
		"后四位是123":     "要4位数字",
		"电话最后一位是1":    "已经是1了",
		"第四位是3":       "已经是3了", // s9-b phoneplace.go: only a phone has digits by place (was: no fix)
	}
	for in, want := range asks {
		if v, ask, ok := tr.phoneDigitFix(e, in); !ok || v != "" || !strings.Contains(ask, want) {
			t.Errorf("phoneDigitFix(%q) = %q, %q, %v; want a question with %q", in, v, ask, ok, want)
		}
	}
	for _, in := range []string{
		"最后一位是7不是1",        // no phone named, phone not just answered
		"电话13837925146",    // a whole number: the phone step reads it
		"电话最后一位是7，时长2分30秒", // more digits: not only a digit fix
		"片名最后一个字是错的",
		"电话是多少位",
	} {
		if v, ask, ok := tr.phoneDigitFix(e, in); ok {
			t.Errorf("phoneDigitFix(%q) = %q, %q; want no fix", in, v, ask)
		}
	}
	if _, _, ok := tr.phoneDigitFix(&contestbot.Entry{}, "电话最后一位是7"); ok {
		t.Error("a fix with no phone stored was read")
	}
	tr.st.Prev = slot(contestbot.FieldPhone)
	if v, _, _ := tr.phoneDigitFix(e, "最后一位是7不是1"); v != "联系电话：15039681237" {
		t.Errorf("right after the phone: %q", v)
	}
}
