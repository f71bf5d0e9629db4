package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// TestPersonWithTitle: a person named with a title, an office or a nickname
// keeps the name; a title alone is the contact only when the contact gave it.
func TestPersonWithTitle(t *testing.T) {
	t.Run("nickname off", func(t *testing.T) {
		for in, want := range map[string]string{
			"小李李明": "李明", "老张 张伟": "张伟", "大刘刘洋": "刘洋", "小李（李明）": "李明",
			"李明": "李明", "小李": "小李", "小李王明": "小李王明", "老党员": "老党员", "小明明": "小明明",
		} {
			if got := nicknameOff(in); got != want {
				t.Errorf("nicknameOff(%q) = %q, want %q", in, got, want)
			}
		}
	})
	t.Run("person value", func(t *testing.T) {
		for in, want := range map[string]string{
			"王海峰科长": "王海峰", "我们校长李建国": "李建国", "书记张红旗同志": "张红旗", "小李李明": "李明",
			"俺": "王建国",
		} {
			if got, ok := personValue(in, "王建国"); !ok || got != want {
				t.Errorf("personValue(%q) = %q, %v; want %q", in, got, ok, want)
			}
		}
		if _, ok := personValue("我", ""); ok {
			t.Errorf("personValue(我) with no contact is read; want asked")
		}
	})
	t.Run("contact title", func(t *testing.T) {
		for _, tc := range []struct{ raw, name, want string }{
			{"我们王科长，王海峰", "王海峰", "科长"},
			{"我是组织部的王科长，王海峰", "王海峰", "科长"},
			{"王海峰科长", "王海峰", "科长"},
			{"我是党办副主任王海峰", "王海峰", "副主任"},
			{"王海峰", "王海峰", ""},
			{"王海峰老师", "王海峰", ""},
			{"找李科长，王海峰", "王海峰", ""},
		} {
			if got := contactTitleOf(tc.raw, tc.name); got != tc.want {
				t.Errorf("contactTitleOf(%q, %q) = %q, want %q", tc.raw, tc.name, got, tc.want)
			}
		}
	})
	t.Run("title alone is the contact", func(t *testing.T) {
		tr := &turn{st: &state{ContactTitle: "科长", ContactTitled: "王海峰"}}
		e := &contestbot.Entry{Contact: "王海峰"}
		for _, s := range []string{"我们科长", "俺们科长", "王科长", "就写我们科长吧", "我们组织部的科长", "科长"} {
			if n, ok := tr.titleIsContact(e, s); !ok || n != "王海峰" {
				t.Errorf("titleIsContact(%q) = %q, %v; want 王海峰", s, n, ok)
			}
		}
		for _, s := range []string{"我们书记", "李科长", "王海峰", "科长说了算", "我们科长和李明"} {
			if n, ok := tr.titleIsContact(e, s); ok {
				t.Errorf("titleIsContact(%q) = %q; want not read", s, n)
			}
		}
		other := &contestbot.Entry{Contact: "李娜"}
		if _, ok := tr.titleIsContact(other, "我们科长"); ok {
			t.Errorf("a title given by another contact is read")
		}
	})
	checkReaders(t, []readerCase{{
		name:   "a role word opens the message",
		fn:     startsWithRole,
		accept: []string{"监制是我们校长李建国", "编导李明", "摄影：王芳", "剪辑也是他"},
		reject: []string{"我们校长李建国", "书记张红旗同志", "王海峰科长", "李明"},
	}})
}

// TestAppositionOff: a title said before the same person's full name is no
// second person.
func TestAppositionOff(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"我们王科长", "王海峰"}, []string{"王海峰"}},
		{[]string{"我们科长", "王海峰"}, []string{"王海峰"}},
		{[]string{"王老师", "王芳"}, []string{"王芳"}},
		{[]string{"李科长", "王海峰"}, []string{"李科长", "王海峰"}},
		{[]string{"王海峰", "李明"}, []string{"王海峰", "李明"}},
		{[]string{"我们科长"}, []string{"我们科长"}},
	} {
		if got := appositionOff(tc.in); strings.Join(got, "、") != strings.Join(tc.want, "、") {
			t.Errorf("appositionOff(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
