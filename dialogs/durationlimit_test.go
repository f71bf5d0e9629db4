package dialogs

import (
	"slices"
	"testing"
)

// s9-a: the limit named after 超了/超出了 is no value of the user's.
func TestOwnDurationsLimit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// the limit only: a question, nothing stored
		{"时长超了3分钟中不中", nil},
		{"超出了三分钟行不行", nil},
		{"超过3分钟可以不", nil},
		// the user's own time beside the question
		{"我们这个3分05秒 填上去会不会不让报", []string{"3分05秒"}},
		{"3分10秒中不中", []string{"3分10秒"}},
		{"两分四十八秒多一点超过三分钟的话还能报吗", []string{"两分四十八秒"}},
	}
	for _, tt := range tests {
		if got := ownDurations(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("ownDurations(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
