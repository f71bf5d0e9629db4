package dialogs

import (
	"testing"

	"contestbot"
)

func TestNicknameKnown(t *testing.T) {
	e := &contestbot.Entry{Contact: "陈静"}
	e.Creators.Supervisor = "刘建华"
	for in, want := range map[string]string{"小陈": "陈静", "老陈": "陈静", "小刘": "刘建华"} {
		if got := nicknameKnown(e, in); got != want {
			t.Errorf("nicknameKnown(%q) = %q, want %q", in, got, want)
		}
	}
	// Reject: no known person with the surname, two of them, a full name,
	// a longer word.
	two := &contestbot.Entry{Contact: "陈静"}
	two.Creators.Writer = "陈晓东"
	for _, c := range []struct {
		e  *contestbot.Entry
		in string
	}{{e, "小王"}, {two, "小陈"}, {e, "陈静"}, {e, "小陈陈"}, {e, "小"}, {nil, "小陈"}} {
		if got := nicknameKnown(c.e, c.in); got != "" {
			t.Errorf("nicknameKnown(%q) = %q, want none", c.in, got)
		}
	}
}
