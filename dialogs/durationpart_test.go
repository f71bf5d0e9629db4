package dialogs

import "testing"

func TestDurationPart(t *testing.T) {
	checkReaders(t, []readerCase{
		{"durationPart", func(s string) bool { _, ok := durationPart(s); return ok },
			[]string{"2分", "两分钟", "3分 没打完", "时长2分"},
			[]string{"2分30秒", "2分多", "大概两分钟", "片名《2分》", "2", "48秒"}},
	})
	tests := []struct{ minutes, in, want string }{
		{"2分", "48秒 刚没打完", "时长：2分48秒 刚没打完"},
		{"2分", "48秒", "时长：2分48秒"},
		{"两分", "十秒", "时长：两分十秒"},
		{"2分", "实景拍摄", ""},
		{"2分", "3分10秒", ""},
		{"2分", "75秒", ""},
	}
	for _, tt := range tests {
		got, _ := joinDuration(tt.minutes, tt.in)
		if got != tt.want {
			t.Errorf("joinDuration(%q, %q) = %q, want %q", tt.minutes, tt.in, got, tt.want)
		}
	}
}
