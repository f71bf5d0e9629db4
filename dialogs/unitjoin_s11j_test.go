package dialogs_test

import (
	"strings"
	"testing"

	"contestbot/dialogs"
	"contestbot/store/storetest"
)

// TestColleagueWorkAndSaidCode (s11-j, rp145): a second contact asks to see
// the first one's work and is told how (the unit code); the code said inside
// a sentence joins; then the work is listed, and it is in the 汇总表.
func TestColleagueWorkAndSaidCode(t *testing.T) {
	db := storetest.Open(t)
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	m := reCode.FindStringSubmatch(complete(t, c, "u1"))
	if m == nil {
		t.Fatal("no unit code")
	}
	code := m[1]
	if r := say(t, c, "u2", "我能看到张老师报的那个吗"); !strings.Contains(r, "单位码") || strings.Contains(r, "通知中没有说明") || strings.Contains(r, "守望") {
		t.Fatalf("non-member asking to see a colleague's work: %q", r)
	}
	say(t, c, "u2", "我要报名，推荐单位：郑州职业技术学院")
	r := say(t, c, "u2", "那我问张老师要了单位码 "+code)
	if !strings.Contains(r, "已加入") || !strings.Contains(r, "《守望》") {
		t.Fatalf("a code inside a sentence: %q", r)
	}
	for _, q := range []string{"汇总表里有张老师那个吗", "能看到张伟老师已经报上去的那个作品吗"} {
		if r := say(t, c, "u2", q); !strings.Contains(r, "《守望》") || !strings.Contains(r, "汇总表") {
			t.Fatalf("%q for a member: %q", q, r)
		}
	}
	// The draft is kept, its 制作单位 not taken from the sentence.
	if r := say(t, c, "u2", "我的作品"); strings.Contains(r, "单位码") && strings.Contains(r, "制作单位：那我") {
		t.Fatalf("the sentence was stored: %q", r)
	}
}
