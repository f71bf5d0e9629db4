package contestbot_test

import (
	"strings"
	"testing"

	"contestbot"
)

func TestParsePhoneExtension(t *testing.T) {
	accept := []struct{ in, stored, shown string }{
		{"0371-63351234转802", "037163351234转802", "0371-63351234转802"},
		{"0371-63351234 转 802", "037163351234转802", "0371-63351234转802"},
		{"0371-63351234分机802", "037163351234转802", "0371-63351234转802"},
		{"0371-63351234，分机号802", "037163351234转802", "0371-63351234转802"},
		{"0371-63351234（分机802）", "037163351234转802", "0371-63351234转802"},
		{"0371-63351234-802", "037163351234转802", "0371-63351234转802"},
		{"0371-63351234 802", "037163351234转802", "0371-63351234转802"},
		{"0371 6335 1234", "037163351234", "0371-63351234"},
		{"０３７１－６３３５１２３４转８０２", "037163351234转802", "0371-63351234转802"},
		{"0371-63351234 ext 802", "037163351234转802", "0371-63351234转802"},
		{"010-12345678转6", "01012345678转6", "010-12345678转6"},
		{"037163351234转802", "037163351234转802", "0371-63351234转802"}, // stored form reads back
		// No extension: dashes inside one number stay one number.
		{"0371-6335-1234", "037163351234", "0371-63351234"},
		{"138-0000-0000", "13800000000", "13800000000"},
	}
	for _, tt := range accept {
		got, err := contestbot.ParsePhone(tt.in)
		if err != nil || got != tt.stored {
			t.Errorf("ParsePhone(%q) = %q, %v; want %q", tt.in, got, err, tt.stored)
			continue
		}
		if s := contestbot.FormatPhone(got); s != tt.shown {
			t.Errorf("FormatPhone(%q) = %q; want %q", got, s, tt.shown)
		}
	}
	reject := []struct{ in, says string }{
		{"13800000000转802", "手机号不能带分机号"},
		{"13800000000-802", "手机号不能带分机号"},
		{"13800000000 802", "手机号不能带分机号"},
		{"138 0000 0000 分机12", "手机号不能带分机号"},
		{"63351234-802", "区号"},
		{"63351234转802", "区号"},
		{"分机802", "总机号"},
		{"0371-63351234转", ""},
	}
	for _, tt := range reject {
		got, err := contestbot.ParsePhone(tt.in)
		if err == nil {
			t.Errorf("ParsePhone(%q) = %q; want an error", tt.in, got)
			continue
		}
		if !strings.Contains(contestbot.ErrorMessage(err), tt.says) {
			t.Errorf("ParsePhone(%q) says %q; want it to mention %q", tt.in, contestbot.ErrorMessage(err), tt.says)
		}
	}
}

func TestPhoneExtension(t *testing.T) {
	for in, want := range map[string]string{"分机802，能不能写在电话后面": "802", "后面的转802得写上": "802", "0371-63351234 ext.9": "9"} {
		if got, ok := contestbot.PhoneExtension(in); !ok || got != want {
			t.Errorf("PhoneExtension(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"0371-63351234", "转发给你了", "13800000000"} {
		if got, ok := contestbot.PhoneExtension(in); ok {
			t.Errorf("PhoneExtension(%q) = %q; want none", in, got)
		}
	}
}
